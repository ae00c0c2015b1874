// The activation link in a real browser: Debian's chromium, headless, opens
// the join page (which must work without JavaScript), a user types a full
// name and clicks Join, and the invitee is then an active member.
#include "DemoServer.h"
#include "HeadlessChromium.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestJoinPageInBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageRendersWithoutJavaScript();
    void submittingTheFormJoinsTheOrganization();
    void usedLinkShowsAClearMessage();

private:
    DemoServer m_demo;
    QString m_link;
};

void TestJoinPageInBrowser::initTestCase()
{
    if (HeadlessChromium::executable().isEmpty())
        QSKIP("chromium is not installed (scripts/install-deps.sh --test installs it)");
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    const QJsonObject invitation =
        m_demo
            .invite(QStringLiteral("browser-join@example.net"), m_demo.ownerToken(),
                    QStringLiteral("MEMBER"), {QStringLiteral("KRE")})
            .value(QLatin1String("invitation"))
            .toObject();
    m_link = invitation.value(QLatin1String("activationUrl")).toString();
    QVERIFY(!m_link.isEmpty());
}

void TestJoinPageInBrowser::pageRendersWithoutJavaScript()
{
    // The server forbids scripts on the page outright (the browser enforces
    // its Content-Security-Policy), so what chromium renders here is what a
    // browser without JavaScript shows. (--dump-dom itself needs scripting.)
    const HttpTestResponse page = m_demo.http().get(QUrl(m_link));
    QVERIFY_STATUS(page, 200);
    const QByteArray policy = page.header("Content-Security-Policy");
    QVERIFY2(policy.contains("default-src 'none'") && !policy.contains("script-src"),
             policy.constData());

    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(HeadlessChromium::executable(), HeadlessChromium::baseArguments(profile.path())
                                                       << QStringLiteral("--dump-dom") << m_link);
    QVERIFY(chromium.waitForStarted(10000));
    if (!chromium.waitForFinished(60000)) {
        chromium.kill();
        QFAIL("chromium --dump-dom did not finish within 60 s");
    }
    const QString dom = QString::fromUtf8(chromium.readAllStandardOutput());
    QVERIFY2(dom.contains(QLatin1String("<form")), qPrintable(dom.left(2000)));
    QVERIFY(dom.contains(QLatin1String("name=\"fullName\"")));
    QVERIFY(dom.contains(QLatin1String("name=\"token\"")));
    QVERIFY(dom.contains(QLatin1String("id=\"join\"")));
    QVERIFY(dom.contains(QLatin1String("browser-join@example.net")));
    QVERIFY2(!dom.contains(QLatin1String("<script"), Qt::CaseInsensitive),
             "the page must need no JavaScript");
}

void TestJoinPageInBrowser::submittingTheFormJoinsTheOrganization()
{
    HeadlessChromium browser;
    QVERIFY2(browser.start(), qPrintable(browser.errorString()));
    QVERIFY2(browser.open(QUrl(m_link), /*scriptsDisabled=*/true),
             qPrintable(browser.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        browser
            .evaluate(QStringLiteral(
                "document.readyState === 'complete' && !!document.getElementById('join')"))
            .toBool(),
        15000);
    // No third-party assets: every resource the page loaded came from our server.
    const QJsonArray resources =
        browser
            .evaluate(QStringLiteral(
                "performance.getEntriesByType('resource').map(function(e){return e.name;})"))
            .toArray();
    for (const QJsonValue &resource : resources)
        QVERIFY2(resource.toString().startsWith(m_demo.process().baseUrl().toString()),
                 qPrintable(resource.toString()));
    QCOMPARE(browser.evaluate(QStringLiteral("document.scripts.length")).toInt(-1), 0);

    // Type the name as a user would, then click Join at its place on screen.
    QVERIFY(browser
                .evaluate(QStringLiteral(
                    "(function(){var f=document.querySelector('input[name=fullName]');"
                    "f.focus(); return document.activeElement === f;})()"))
                .toBool());
    QVERIFY2(browser.insertText(QStringLiteral("Zoë Brówser-Łukasz")),
             qPrintable(browser.errorString()));
    const QJsonObject box =
        browser
            .evaluate(QStringLiteral(
                "(function(){var b=document.getElementById('join');b.scrollIntoView();"
                "var r=b.getBoundingClientRect();return {x:r.left+r.width/2,y:r.top+r.height/2,"
                "w:r.width,h:r.height};})()"))
            .toObject();
    QVERIFY2(box.value(QLatin1String("w")).toDouble() > 0 &&
                 box.value(QLatin1String("h")).toDouble() > 0,
             "the Join button is visible");
    QVERIFY2(browser.click(box.value(QLatin1String("x")).toDouble(),
                           box.value(QLatin1String("y")).toDouble()),
             qPrintable(browser.errorString()));

    // The browser leaves the form for the answer page …
    QTRY_VERIFY_WITH_TIMEOUT(browser
                                 .evaluate(QStringLiteral("document.readyState === 'complete' && "
                                                          "!document.getElementById('join')"))
                                 .toBool(),
                             15000);
    const QString answer = browser.evaluate(QStringLiteral("document.body.innerText")).toString();
    QVERIFY2(!answer.isEmpty(), "an answer page");
    // … and the invitee is an active member with the invitation's role and licenses.
    QJsonObject member;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(member = m_demo.member(QStringLiteral("browser-join@example.net"))).isEmpty(), 5000);
    QCOMPARE(member.value(QLatin1String("fullName")).toString(),
             QStringLiteral("Zoë Brówser-Łukasz"));
    QCOMPARE(member.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(member.value(QLatin1String("role")).toString(), QStringLiteral("MEMBER"));
    QCOMPARE(member.value(QLatin1String("licenses")).toArray(), QJsonArray{QStringLiteral("KRE")});
}

void TestJoinPageInBrowser::usedLinkShowsAClearMessage()
{
    HeadlessChromium browser;
    QVERIFY2(browser.start(), qPrintable(browser.errorString()));
    QVERIFY2(browser.open(QUrl(m_link), /*scriptsDisabled=*/true),
             qPrintable(browser.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(browser
                                 .evaluate(QStringLiteral("document.readyState === 'complete' && "
                                                          "document.body.innerText.length > 0"))
                                 .toBool(),
                             15000);
    QVERIFY(!browser.evaluate(QStringLiteral("!!document.getElementById('join')")).toBool());
    const QString text = browser.evaluate(QStringLiteral("document.body.innerText")).toString();
    QVERIFY2(text.contains(QLatin1String("used"), Qt::CaseInsensitive) ||
                 text.contains(QLatin1String("already"), Qt::CaseInsensitive),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestJoinPageInBrowser)
#include "TestJoinPageInBrowser.moc"

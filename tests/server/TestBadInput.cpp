// Every kind of bad input gets a clear 4xx error and changes nothing: each row
// compares the organization's lists, license pools and audit log before and
// after the request.
#include "DemoServer.h"

#include <QJsonArray>
#include <QTest>

namespace {

QByteArray manyEmails(int count)
{
    QJsonArray emails;
    for (int i = 0; i < count; ++i)
        emails.append(QStringLiteral("bulk-%1@example.net").arg(i));
    return QJsonDocument(QJsonObject{{QStringLiteral("emails"), emails},
                                     {QStringLiteral("role"), QStringLiteral("MEMBER")},
                                     {QStringLiteral("licenses"), QJsonArray{}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray manyIds(const char *field, int count, const QByteArray &extra = {})
{
    QByteArray body = QByteArray("{\"") + field + "\":[";
    for (int i = 0; i < count; ++i)
        body += (i ? "," : "") + QByteArray::number(i + 1);
    return body + "]" + extra + "}";
}

// A syntactically valid body of more than 1 MiB.
QByteArray oversized(const char *field)
{
    return QByteArray("{\"") + field + "\":\"" + QByteArray(1024 * 1024 + 100, 'x') + "\"}";
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void joinFormRefusesControlCharacters();
    void refusalsNameNulAndInvisibleNames();
    void joinFormRefusesOtherOriginsAndEncodings_data();
    void joinFormRefusesOtherOriginsAndEncodings();
    void namesInEveryScriptStillJoin();
    void rejectedAcceptKeepsTheInvitationUsable();
    void tooManyRequestsSayWhenToRetry();

private:
    QByteArray snapshot();

    DemoServer m_demo;
    QString m_owner;
    QString m_link;
};

void TestBadInput::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
    const QJsonObject invitation =
        m_demo.invite(QStringLiteral("bad-input-link@example.net"), m_owner)
            .value(QLatin1String("invitation"))
            .toObject();
    m_link = DemoServer::linkToken(invitation.value(QLatin1String("activationUrl")).toString());
    QVERIFY(!m_link.isEmpty());
}

QByteArray TestBadInput::snapshot()
{
    QByteArray state;
    for (const QString &path :
         {QStringLiteral("/members?size=1"), QStringLiteral("/members?status=removed&size=1"),
          QStringLiteral("/invitations?status=open&size=1"),
          QStringLiteral("/invitations?status=pending&size=1"),
          QStringLiteral("/audit-events?size=1")})
        state += path.toUtf8() + '=' + QByteArray::number(m_demo.total(path)) + '\n';
    // Pools carry seats used and reserved; machines their count.
    state += m_demo.http().get(m_demo.org(), m_owner).body + '\n';
    state += QByteArray::number(
        m_demo.http().get(m_demo.org(QStringLiteral("/machines")), m_owner).items().size());
    state +=
        '\n' + m_demo.http().get(m_demo.org(QStringLiteral("/audit-events?size=1")), m_owner).body;
    state += '\n' + m_demo.http().get(m_demo.api(QStringLiteral("/invitations/") + m_link)).body;
    return state;
}

void TestBadInput::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // "{org}" and "{link}" are filled in
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("expected");

    const QList<int> bad{400};
    const QList<int> badOrInvalid{400, 422};
    const QList<int> tooLarge{413};
    const QList<int> tooMany{422};
    const QList<int> notFound{404};
    const QString invitations = QStringLiteral("/organizations/{org}/invitations");
    const QString revoke = QStringLiteral("/organizations/{org}/invitations/revoke");
    const QString resend = QStringLiteral("/organizations/{org}/invitations/resend");
    const QString remove = QStringLiteral("/organizations/{org}/members/remove");
    const QString changeRole = QStringLiteral("/organizations/{org}/members/change-role");
    const QString ownership = QStringLiteral("/organizations/{org}/ownership");
    const QString machines = QStringLiteral("/organizations/{org}/machines");
    const QString accept = QStringLiteral("/invitations/{link}/accept");

    // Malformed JSON on every route that takes a body.
    for (const QString &path :
         {invitations, revoke, resend, remove, changeRole, ownership, machines, accept}) {
        QTest::addRow("malformed %s", qPrintable(path))
            << QByteArray("POST") << path << QByteArray("{\"emails\": [") << bad;
        QTest::addRow("not an object %s", qPrintable(path))
            << QByteArray("POST") << path << QByteArray("[1, 2]") << bad;
        QTest::addRow("empty body %s", qPrintable(path))
            << QByteArray("POST") << path << QByteArray() << bad;
        QTest::addRow("trailing garbage %s", qPrintable(path))
            << QByteArray("POST") << path << QByteArray("{} x") << bad;
    }
    // Wrong types and missing fields.
    QTest::newRow("emails is a string")
        << QByteArray("POST") << invitations
        << QByteArray(R"({"emails":"a@example.net","role":"MEMBER"})") << bad;
    QTest::newRow("emails hold numbers")
        << QByteArray("POST") << invitations << QByteArray(R"({"emails":[1,2],"role":"MEMBER"})")
        << bad;
    QTest::newRow("role is a number")
        << QByteArray("POST") << invitations
        << QByteArray(R"({"emails":["a@example.net"],"role":7})") << bad;
    QTest::newRow("unknown role") << QByteArray("POST") << invitations
                                  << QByteArray(R"({"emails":["a@example.net"],"role":"KING"})")
                                  << badOrInvalid;
    QTest::newRow("licenses is a string")
        << QByteArray("POST") << invitations
        << QByteArray(R"({"emails":["a@example.net"],"role":"MEMBER","licenses":"KSE"})") << bad;
    QTest::newRow("unknown license")
        << QByteArray("POST") << invitations
        << QByteArray(R"({"emails":["a@example.net"],"role":"MEMBER","licenses":["NOPE"]})")
        << badOrInvalid;
    QTest::newRow("emails missing")
        << QByteArray("POST") << invitations << QByteArray(R"({"role":"MEMBER"})") << bad;
    QTest::newRow("ids is a string")
        << QByteArray("POST") << revoke << QByteArray(R"({"ids":"1"})") << bad;
    QTest::newRow("ids hold strings")
        << QByteArray("POST") << revoke << QByteArray(R"({"ids":["1"]})") << bad;
    QTest::newRow("ids hold fractions")
        << QByteArray("POST") << resend << QByteArray(R"({"ids":[1.5]})") << bad;
    QTest::newRow("ids missing") << QByteArray("POST") << resend << QByteArray(R"({})") << bad;
    QTest::newRow("userIds hold booleans")
        << QByteArray("POST") << remove << QByteArray(R"({"userIds":[true]})") << bad;
    QTest::newRow("userIds is null")
        << QByteArray("POST") << remove << QByteArray(R"({"userIds":null})") << bad;
    QTest::newRow("change-role without role")
        << QByteArray("POST") << changeRole << QByteArray(R"({"userIds":[2]})") << bad;
    QTest::newRow("change-role unknown role")
        << QByteArray("POST") << changeRole << QByteArray(R"({"userIds":[2],"role":"GOD"})")
        << badOrInvalid;
    QTest::newRow("removeFromTeams is a string")
        << QByteArray("POST") << changeRole
        << QByteArray(R"({"userIds":[2],"role":"MEMBER","removeFromTeams":"yes"})") << bad;
    QTest::newRow("ownership userId is a string")
        << QByteArray("POST") << ownership << QByteArray(R"({"userId":"2"})") << bad;
    QTest::newRow("ownership userId missing")
        << QByteArray("POST") << ownership << QByteArray(R"({})") << bad;
    QTest::newRow("machineId is a number")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":5})") << bad;
    QTest::newRow("machineId empty")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":""})") << badOrInvalid;
    QTest::newRow("machineId with a control character")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":"pc\u0001\u001b[2J"})")
        << badOrInvalid;
    QTest::newRow("machineId with a bidi override")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":"pc\u202e1"})")
        << badOrInvalid;
    QTest::newRow("fullName is a number")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":5})") << bad;
    QTest::newRow("fullName empty")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":""})") << badOrInvalid;
    QTest::newRow("fullName blank") << QByteArray("POST") << accept
                                    << QByteArray(R"({"fullName":"  \u00a0 "})") << badOrInvalid;
    // Characters that garble the admins' lists, the CSV export and mail headers.
    QTest::newRow("fullName with C0 controls")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"Eve\u0001\u001b[31m"})")
        << badOrInvalid;
    QTest::newRow("fullName with DEL") << QByteArray("POST") << accept
                                       << QByteArray(R"({"fullName":"Eve\u007f"})") << badOrInvalid;
    QTest::newRow("fullName with a C1 control")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"Eve\u009b"})")
        << badOrInvalid;
    QTest::newRow("fullName with a bidi override")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"Eve \u202egnp.exe"})")
        << badOrInvalid;
    QTest::newRow("fullName with an unpaired surrogate")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"Eve \udc00"})")
        << badOrInvalid;
    // NUL is a control like any other, wherever it stands.
    QTest::newRow("fullName with NUL")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"Eve\u0000Smith"})")
        << badOrInvalid;
    QTest::newRow("fullName ending in NUL")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"Eve\u0000"})")
        << badOrInvalid;
    QTest::newRow("fullName NUL alone")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"\u0000"})") << badOrInvalid;
    QTest::newRow("machineId with NUL")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":"pc\u0000"})")
        << badOrInvalid;
    QTest::newRow("machineId starting with NUL")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":"\u0000pc"})")
        << badOrInvalid;
    // Names nobody can see.
    QTest::newRow("fullName of zero-width spaces")
        << QByteArray("POST") << accept << QByteArray(R"({"fullName":"\u200b\u200b"})")
        << badOrInvalid;
    QTest::newRow("fullName of blank fillers")
        << QByteArray("POST") << accept
        << QByteArray(R"({"fullName":"\u3164 \u2800\u115f\ufeff\u2060"})") << badOrInvalid;
    QTest::newRow("machineId of zero-width characters")
        << QByteArray("POST") << machines << QByteArray(R"({"machineId":"\u200b\u200d\u2060"})")
        << badOrInvalid;
    // Bodies over 1 MiB.
    QTest::newRow("1 MiB invite") << QByteArray("POST") << invitations << oversized("emails")
                                  << tooLarge;
    QTest::newRow("1 MiB remove") << QByteArray("POST") << remove << oversized("userIds")
                                  << tooLarge;
    QTest::newRow("1 MiB accept") << QByteArray("POST") << accept << oversized("fullName")
                                  << tooLarge;
    // More than 1,000 items.
    QTest::newRow("1001 invitations")
        << QByteArray("POST") << invitations << manyEmails(1001) << tooMany;
    QTest::newRow("1001 revokes") << QByteArray("POST") << revoke << manyIds("ids", 1001)
                                  << tooMany;
    QTest::newRow("1001 resends") << QByteArray("POST") << resend << manyIds("ids", 1001)
                                  << tooMany;
    QTest::newRow("1001 removals")
        << QByteArray("POST") << remove << manyIds("userIds", 1001) << tooMany;
    QTest::newRow("1001 role changes")
        << QByteArray("POST") << changeRole << manyIds("userIds", 1001, ",\"role\":\"MEMBER\"")
        << tooMany;
    // Paging and sorting.
    const QStringList badQueries{QStringLiteral("page=-1"),
                                 QStringLiteral("page=abc"),
                                 QStringLiteral("page=1.5"),
                                 QStringLiteral("size=0"),
                                 QStringLiteral("size=1001"),
                                 QStringLiteral("size=-5"),
                                 QStringLiteral("size=ten"),
                                 QStringLiteral("sort=passwordHash,asc"),
                                 QStringLiteral("sort=fullName,up"),
                                 QStringLiteral("sort=fullName,asc,email"),
                                 QStringLiteral("sort=%3Bdrop,asc"),
                                 QStringLiteral("page=99999999999999999999"),
                                 QStringLiteral("page=1&page=2"),
                                 QStringLiteral("size=5&size=5"),
                                 QStringLiteral("sort=email&sort=fullName"),
                                 QStringLiteral("q=a&q=b")};
    for (const QString &query : badQueries) {
        QTest::addRow("members?%s", qPrintable(query))
            << QByteArray("GET") << QStringLiteral("/organizations/{org}/members?") + query
            << QByteArray() << bad;
        QTest::addRow("invitations?%s", qPrintable(query))
            << QByteArray("GET") << QStringLiteral("/organizations/{org}/invitations?") + query
            << QByteArray() << bad;
    }
    QTest::newRow("audit-events?size=0")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}/audit-events?size=0")
        << QByteArray() << bad;
    QTest::newRow("audit-events?page=-1")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}/audit-events?page=-1")
        << QByteArray() << bad;
    QTest::newRow("members?status=deleted")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}/members?status=deleted")
        << QByteArray() << bad;
    QTest::newRow("members?role=KING")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}/members?role=KING")
        << QByteArray() << bad;
    QTest::newRow("invitations?status=everything")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}/invitations?status=everything")
        << QByteArray() << bad;
    QTest::newRow("machines?userId=abc")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}/machines?userId=abc")
        << QByteArray() << bad;
    // Unknown organization and unknown links.
    QTest::newRow("unknown org members")
        << QByteArray("GET") << QStringLiteral("/organizations/999999/members") << QByteArray()
        << notFound;
    QTest::newRow("unknown org invite")
        << QByteArray("POST") << QStringLiteral("/organizations/999999/invitations")
        << QByteArray(R"({"emails":["ghost@example.net"],"role":"MEMBER","licenses":[]})")
        << notFound;
    QTest::newRow("unknown org remove")
        << QByteArray("POST") << QStringLiteral("/organizations/999999/members/remove")
        << QByteArray(R"({"userIds":[2]})") << notFound;
    QTest::newRow("unknown org ownership")
        << QByteArray("POST") << QStringLiteral("/organizations/999999/ownership")
        << QByteArray(R"({"userId":2})") << notFound;
    QTest::newRow("non-numeric org")
        << QByteArray("GET") << QStringLiteral("/organizations/abc/members") << QByteArray()
        << QList<int>{400, 404};
    // One organization, one spelling: the id is canonical decimal digits.
    const QStringList orgSpellings{QStringLiteral("0{org}"),   QStringLiteral("+{org}"),
                                   QStringLiteral("%20{org}"), QStringLiteral("{org}%20"),
                                   QStringLiteral("{org}%00"), QStringLiteral("{org}.0"),
                                   QStringLiteral("-{org}"),   QStringLiteral("0")};
    for (const QString &spelling : orgSpellings) {
        QTest::addRow("org spelled %s", qPrintable(spelling))
            << QByteArray("GET")
            << QStringLiteral("/organizations/") + spelling + QStringLiteral("/members")
            << QByteArray() << notFound;
    }
    // An encoded slash stays inside its segment: it neither routes elsewhere
    // nor climbs up.
    QTest::newRow("org with encoded slash")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}%2Fmembers") << QByteArray()
        << notFound;
    QTest::newRow("org with encoded dot-dot")
        << QByteArray("GET") << QStringLiteral("/organizations/{org}%2F..%2F..%2Fhealth")
        << QByteArray() << notFound;
    QTest::newRow("link with encoded slash")
        << QByteArray("POST") << QStringLiteral("/invitations/{link}%2Faccept")
        << QByteArray(R"({"fullName":"Slash"})") << QList<int>{404, 405};
    QTest::newRow("unknown link") << QByteArray("GET")
                                  << QStringLiteral("/invitations/no-such-link") << QByteArray()
                                  << notFound;
    QTest::newRow("unknown link accept")
        << QByteArray("POST") << QStringLiteral("/invitations/no-such-link/accept")
        << QByteArray(R"({"fullName":"Ghost"})") << notFound;
}

void TestBadInput::badInputChangesNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, expected);

    path.replace(QLatin1String("{org}"), QString::number(m_demo.orgId()));
    path.replace(QLatin1String("{link}"), m_link);
    const QByteArray before = snapshot();
    const HttpTestResponse response = m_demo.http().send(method, m_demo.api(path), body, m_owner);
    QVERIFY2(expected.contains(response.status),
             QByteArray("expected one of " + QByteArray::number(expected.first()) + "…, got " +
                        response.describe())
                 .constData());
    QVERIFY2(!response.errorCode().isEmpty(), response.describe().constData());
    QVERIFY(!response.object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestBadInput::joinFormRefusesControlCharacters()
{
    // The browser form says why, keeps the link usable and changes nothing.
    const QByteArray before = snapshot();
    QUrl url = m_demo.process().baseUrl();
    url.setPath(QStringLiteral("/join"));
    const HttpTestResponse page =
        m_demo.http().postRaw(url, "token=" + m_link.toUtf8() + "&fullName=Eve%01%1B%5B31m+Smith",
                              {}, "application/x-www-form-urlencoded");
    QVERIFY_STATUS(page, 422);
    QVERIFY2(page.body.contains("control character"), page.describe().constData());
    QVERIFY(page.body.contains("id=\"join\""));
    QCOMPARE(snapshot(), before);
}

void TestBadInput::refusalsNameNulAndInvisibleNames()
{
    const QUrl acceptUrl = m_demo.api(QStringLiteral("/invitations/%1/accept").arg(m_link));
    const QString machineToken = m_demo.token(DemoServer::MemberEmail);
    const auto message = [](const HttpTestResponse &response) {
        return response.object()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("message"))
            .toString();
    };
    const HttpTestResponse nul = m_demo.http().postJson(
        acceptUrl,
        {{QStringLiteral("fullName"), QStringLiteral("Eve") + QChar(0) + QStringLiteral("Smith")}});
    QVERIFY_STATUS(nul, 422);
    QVERIFY2(message(nul).contains(QLatin1String("U+0000")), nul.describe().constData());
    const HttpTestResponse invisible = m_demo.http().postJson(
        acceptUrl, {{QStringLiteral("fullName"), QStringLiteral("\u200b\u200b")}});
    QVERIFY_STATUS(invisible, 422);
    QVERIFY2(message(invisible).contains(QLatin1String("no visible character")),
             invisible.describe().constData());
    const HttpTestResponse machine =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/machines")),
                               {{QStringLiteral("machineId"), QString(QChar(0))}}, machineToken);
    QVERIFY_STATUS(machine, 422);
    QVERIFY2(message(machine).contains(QLatin1String("U+0000")), machine.describe().constData());
    // Invisible characters at the ends of a real name are dropped, not refused.
    QVERIFY(m_demo
                .inviteAndAccept(QStringLiteral("zero-width-ends@example.net"),
                                 QStringLiteral("\u200b Ada Lovelace \ufeff"))
                .value(QLatin1String("fullName"))
                .toString() == QStringLiteral("Ada Lovelace"));
}

void TestBadInput::joinFormRefusesOtherOriginsAndEncodings_data()
{
    QTest::addColumn<QByteArray>("origin");      // empty: no Origin header
    QTest::addColumn<QByteArray>("contentType"); // empty: none
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("sentence");

    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray other = "can be sent only from the invitation";
    const QByteArray encoding = "is sent as application/x-www-form-urlencoded";
    QTest::newRow("another site") << QByteArray("https://evil.example") << form << 403 << other;
    QTest::newRow("a sandboxed frame") << QByteArray("null") << form << 403 << other;
    QTest::newRow("another port") << QByteArray("http://127.0.0.1:1") << form << 403 << other;
    QTest::newRow("https for http")
        << QByteArray("https://127.0.0.1:{port}") << form << 403 << other;
    QTest::newRow("a sub-domain") << QByteArray("http://127.0.0.1.evil.example:{port}") << form
                                  << 403 << other;
    QTest::newRow("text/plain (a simple cross-site POST)")
        << QByteArray() << QByteArray("text/plain") << 415 << encoding;
    QTest::newRow("JSON") << QByteArray() << QByteArray("application/json") << 415 << encoding;
    QTest::newRow("multipart") << QByteArray() << QByteArray("multipart/form-data; boundary=x")
                               << 415 << encoding;
    // What passes both checks reaches the form's own rule (the control
    // character in the name): 422, not 403 or 415.
    QTest::newRow("own origin") << QByteArray("http://127.0.0.1:{port}") << form << 422
                                << QByteArray("control character");
    QTest::newRow("own origin, upper case, charset")
        << QByteArray("HTTP://127.0.0.1:{port}")
        << QByteArray("Application/X-WWW-Form-Urlencoded; charset=UTF-8") << 422
        << QByteArray("control character");
    QTest::newRow("no Origin (not a browser)")
        << QByteArray() << form << 422 << QByteArray("control character");
}

void TestBadInput::joinFormRefusesOtherOriginsAndEncodings()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QByteArray, sentence);
    origin.replace("{port}", QByteArray::number(m_demo.process().baseUrl().port()));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!origin.isEmpty())
        headers.append({"Origin", origin});
    const QByteArray before = snapshot();
    QUrl url = m_demo.process().baseUrl();
    url.setPath(QStringLiteral("/join"));
    const HttpTestResponse page = m_demo.http().send(
        "POST", url, "token=" + m_link.toUtf8() + "&fullName=Eve%01", {}, contentType, headers);
    QVERIFY_STATUS(page, status);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY2(page.body.contains(sentence), page.describe().constData());
    QCOMPARE(snapshot(), before);
}

void TestBadInput::namesInEveryScriptStillJoin()
{
    // Right-to-left text, a zero-width non-joiner (Persian), a zero-width
    // joiner (an emoji sequence), CJK and apostrophes are names, not controls.
    const QString name =
        QStringLiteral(u"مريم\u200cعلي 李小龍 O\u2019Brien-Łoś 🧑\u200d💻");
    const QJsonObject member =
        m_demo.inviteAndAccept(QStringLiteral("every-script@example.net"), name);
    QCOMPARE(member.value(QLatin1String("fullName")).toString(), name);
}

void TestBadInput::rejectedAcceptKeepsTheInvitationUsable()
{
    // After every rejected attempt above, the link still works once.
    const HttpTestResponse accepted =
        m_demo.http().postJson(m_demo.api(QStringLiteral("/invitations/%1/accept").arg(m_link)),
                               {{QStringLiteral("fullName"), QStringLiteral("Finally Joined")}});
    QVERIFY_STATUS(accepted, 200);
    QCOMPARE(m_demo.member(QStringLiteral("bad-input-link@example.net"))
                 .value(QLatin1String("fullName"))
                 .toString(),
             QStringLiteral("Finally Joined"));
}

void TestBadInput::tooManyRequestsSayWhenToRetry()
{
    // A server of its own with a limit of 10 requests a minute per token.
    DemoServer limited;
    QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("10")}),
             qPrintable(limited.errorString()));
    const QString member = limited.token(DemoServer::MemberEmail);
    HttpTestResponse response;
    int sent = 0;
    while (sent < 30 && response.status != 429) { // bounded: the limit is 10
        response = limited.http().get(limited.api(QStringLiteral("/me")), member);
        ++sent;
    }
    QVERIFY_STATUS(response, 429);
    QVERIFY2(sent <= 11, qPrintable(QString::number(sent)));
    QVERIFY(response.header("Retry-After").toInt() > 0);
    QVERIFY(!response.errorCode().isEmpty());
    // The limit is per token: another user is not held back.
    QVERIFY_STATUS(limited.http().get(limited.api(QStringLiteral("/me")),
                                      limited.token(DemoServer::BillingEmail)),
                   200);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"

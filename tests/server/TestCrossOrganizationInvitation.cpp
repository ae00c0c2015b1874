// An invitation across organizations: the activation link reaches the inviter
// before the invitee, so whoever accepts an invitation to an address that
// already has a user may only make that user a member of the inviting
// organization. The attack: an Admin of organization 2 invites organization
// 1's Owner and accepts with a name of their choosing. Each function starts
// its own server on a fresh demo database.
#include "DemoServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString OwnerName = QStringLiteral("Amelia Hartmann");
const QString HostileName = QStringLiteral("Security Desk - reset your password at evil.example");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The unfolded value of header `name` in an RFC 5322 message; empty when absent.
QString headerValue(const QByteArray &raw, const QByteArray &name)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    QByteArray headers = raw.left(end < 0 ? raw.size() : end);
    headers.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return QString::fromUtf8(line.mid(name.size() + 1).trimmed());
    }
    return {};
}

// A member record without lastAccessAt, which the member's own use changes.
QJsonObject withoutLastAccess(QJsonObject member)
{
    member.remove(QStringLiteral("lastAccessAt"));
    return member;
}

} // namespace

class TestCrossOrganizationInvitation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hostileNameOnAcceptRenamesNobody();
    void joinPageNamesTheExistingUserAndAsksForNoName();
    void joinFormCannotRenameAnExistingUser();
    void acceptForAnExistingUserReadsNoName();
    void newUserStillNeedsAName();
    void anotherOrganizationLearnsNothingOfLastAccess();

private:
    /// Organization 2's Admin invites `email` into organization 2 with `role`;
    /// the activation link the API hands to that Admin, or empty.
    QString inviteIntoOtherOrganization(const QString &email,
                                        const QString &role = QStringLiteral("MEMBER"));
    HttpTestResponse accept(const QString &link, const QJsonObject &body);
    /// The member `email` of organization 2, as its Admin sees them.
    QJsonObject otherMember(const QString &email);
    QStringList mailFiles();

    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
    QString m_otherAdmin;
};

void TestCrossOrganizationInvitation::init()
{
    m_demo = std::make_unique<DemoServer>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
    m_otherAdmin = m_demo->token(DemoServer::OtherAdminEmail);
    QVERIFY(!m_otherAdmin.isEmpty());
}

void TestCrossOrganizationInvitation::cleanup()
{
    m_demo.reset();
}

QString TestCrossOrganizationInvitation::inviteIntoOtherOrganization(const QString &email,
                                                                     const QString &role)
{
    const HttpTestResponse response = m_demo->http().postJson(
        m_demo->api(QStringLiteral("/organizations/%1/invitations").arg(m_demo->otherOrgId())),
        {{QStringLiteral("emails"), QJsonArray{email}},
         {QStringLiteral("role"), role},
         {QStringLiteral("licenses"), QJsonArray{QStringLiteral("KSE")}}},
        m_otherAdmin);
    const QJsonObject result = response.results().first().toObject();
    if (str(result, "status") != QLatin1String("invited"))
        qWarning("%s", response.describe().constData());
    return str(result.value(QLatin1String("invitation")).toObject(), "activationUrl");
}

HttpTestResponse TestCrossOrganizationInvitation::accept(const QString &link,
                                                         const QJsonObject &body)
{
    return m_demo->http().postJson(
        m_demo->api(QStringLiteral("/invitations/%1/accept").arg(DemoServer::linkToken(link))),
        body);
}

QJsonObject TestCrossOrganizationInvitation::otherMember(const QString &email)
{
    const HttpTestResponse response = m_demo->http().get(
        m_demo->api(
            QStringLiteral("/organizations/%1/members?size=1000").arg(m_demo->otherOrgId())),
        m_otherAdmin);
    for (const QJsonValue &item : response.items()) {
        if (str(item.toObject(), "email") == email)
            return item.toObject();
    }
    return {};
}

QStringList TestCrossOrganizationInvitation::mailFiles()
{
    QDir outbox(m_demo->process().outboxPath());
    QStringList paths;
    for (const QString &name : outbox.entryList({QStringLiteral("*.eml")}, QDir::Files))
        paths.append(outbox.filePath(name));
    return paths;
}

void TestCrossOrganizationInvitation::hostileNameOnAcceptRenamesNobody()
{
    const QJsonObject ownerBefore = m_demo->member(DemoServer::OwnerEmail);
    QCOMPARE(str(ownerBefore, "fullName"), OwnerName);
    const qint64 auditBefore = m_demo->total(QStringLiteral("/audit-events"));

    const QString link = inviteIntoOtherOrganization(DemoServer::OwnerEmail);
    QVERIFY(!link.isEmpty());
    // Its email goes out on the mail thread, late on a busy machine: wait for
    // it, so that the count below sees organization 1's next email alone.
    QTRY_COMPARE_WITH_TIMEOUT(mailFiles().size(), 1, 5000);
    const HttpTestResponse view = m_demo->http().get(
        m_demo->api(QStringLiteral("/invitations/") + DemoServer::linkToken(link)));
    QVERIFY_STATUS(view, 200);
    QCOMPARE(str(view.object().value(QLatin1String("existingUser")).toObject(), "fullName"),
             OwnerName);

    const HttpTestResponse accepted = accept(link, {{QStringLiteral("fullName"), HostileName}});
    QVERIFY_STATUS(accepted, 200);
    QCOMPARE(str(accepted.object().value(QLatin1String("member")).toObject(), "fullName"),
             OwnerName);

    // Organization 1 sees its Owner exactly as before: name, role, licenses,
    // teams, machines.
    QCOMPARE(withoutLastAccess(m_demo->member(DemoServer::OwnerEmail)),
             withoutLastAccess(ownerBefore));
    const HttpTestResponse search = m_demo->http().get(
        m_demo->org(QStringLiteral("/members?q=%1").arg(QStringLiteral("Security%20Desk"))),
        m_owner);
    QVERIFY_STATUS(search, 200);
    QCOMPARE(search.total(), 0);
    // Nothing happened in organization 1, so its log has nothing new.
    QCOMPARE(m_demo->total(QStringLiteral("/audit-events")), auditBefore);
    const HttpTestResponse log =
        m_demo->http().get(m_demo->org(QStringLiteral("/audit-events?size=1000")), m_owner);
    QVERIFY(!log.body.contains("Security Desk"));

    // The Owner's own view, and their token, are theirs as before.
    const HttpTestResponse me = m_demo->get(QStringLiteral("/me"), m_owner);
    QVERIFY_STATUS(me, 200);
    QCOMPARE(str(me.object(), "fullName"), OwnerName);
    QCOMPARE(me.object().value(QLatin1String("organizations")).toArray().size(), 2);
    // In organization 2 they are who they are, too.
    QCOMPARE(str(otherMember(DemoServer::OwnerEmail), "fullName"), OwnerName);

    // Organization 1's next invitation email comes from its Owner's real name.
    const QStringList before = mailFiles();
    QCOMPARE(str(m_demo->invite(QStringLiteral("after-attack@example.net"), m_owner), "status"),
             QStringLiteral("invited"));
    QTRY_COMPARE_WITH_TIMEOUT(mailFiles().size(), before.size() + 1, 5000);
    QString newest;
    for (const QString &path : mailFiles()) {
        if (!before.contains(path))
            newest = path;
    }
    QFile file(newest);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY2(
        headerValue(raw, "From").startsWith(QStringLiteral("\"%1 via TestOps\"").arg(OwnerName)),
        qPrintable(headerValue(raw, "From")));
    QVERIFY2(headerValue(raw, "Subject").startsWith(OwnerName),
             qPrintable(headerValue(raw, "Subject")));
    QVERIFY(!raw.contains("Security Desk"));
}

void TestCrossOrganizationInvitation::joinPageNamesTheExistingUserAndAsksForNoName()
{
    const QString link = inviteIntoOtherOrganization(DemoServer::OwnerEmail);
    QVERIFY(!link.isEmpty());
    const HttpTestResponse page = m_demo->http().get(QUrl(link));
    QVERIFY_STATUS(page, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY2(html.contains(QStringLiteral("You will join as %1.").arg(OwnerName)),
             qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("name=\"fullName\"")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("id=\"join\"")));

    // A new address gets the name field and no "join as".
    const QString fresh = inviteIntoOtherOrganization(QStringLiteral("fresh-join@example.net"));
    const HttpTestResponse freshPage = m_demo->http().get(QUrl(fresh));
    QVERIFY_STATUS(freshPage, 200);
    QVERIFY(freshPage.body.contains("name=\"fullName\""));
    QVERIFY(!freshPage.body.contains("You will join as"));
    const HttpTestResponse freshView = m_demo->http().get(
        m_demo->api(QStringLiteral("/invitations/") + DemoServer::linkToken(fresh)));
    QVERIFY(freshView.object().value(QLatin1String("existingUser")).isNull());
}

void TestCrossOrganizationInvitation::joinFormCannotRenameAnExistingUser()
{
    // The Admin of organization 1 this time, through the HTML form.
    const QJsonObject adminBefore = m_demo->member(DemoServer::AdminEmail);
    const QString link =
        inviteIntoOtherOrganization(DemoServer::AdminEmail, QStringLiteral("MEMBER"));
    QVERIFY(!link.isEmpty());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), DemoServer::linkToken(link));
    form.addQueryItem(QStringLiteral("fullName"), HostileName);
    const HttpTestResponse joined = m_demo->http().postRaw(
        m_demo->process().baseUrl().resolved(QUrl(QStringLiteral("/join"))),
        form.query(QUrl::FullyEncoded).toUtf8(), {}, "application/x-www-form-urlencoded");
    QVERIFY_STATUS(joined, 200);
    QVERIFY(joined.body.contains("id=\"joined\""));
    QCOMPARE(withoutLastAccess(m_demo->member(DemoServer::AdminEmail)),
             withoutLastAccess(adminBefore));
    QCOMPARE(str(otherMember(DemoServer::AdminEmail), "fullName"), str(adminBefore, "fullName"));
}

void TestCrossOrganizationInvitation::acceptForAnExistingUserReadsNoName()
{
    const QString billingName = str(m_demo->member(DemoServer::BillingEmail), "fullName");
    // A fullName that is not a string is a malformed request, whoever is invited.
    const QString link =
        inviteIntoOtherOrganization(DemoServer::BillingEmail, QStringLiteral("MEMBER"));
    QVERIFY_STATUS(accept(link, {{QStringLiteral("fullName"), 42}}), 400);
    // Any string is ignored, even one a new user could not take.
    QVERIFY_STATUS(accept(link, {{QStringLiteral("fullName"), QStringLiteral("\u202eevil\u0001")}}),
                   200);
    QCOMPARE(str(m_demo->member(DemoServer::BillingEmail), "fullName"), billingName);
    // No name at all is fine.
    const QString second =
        inviteIntoOtherOrganization(DemoServer::MemberEmail, QStringLiteral("MEMBER"));
    const QString memberName = str(m_demo->member(DemoServer::MemberEmail), "fullName");
    const HttpTestResponse accepted = accept(second, {});
    QVERIFY_STATUS(accepted, 200);
    QCOMPARE(str(accepted.object().value(QLatin1String("member")).toObject(), "fullName"),
             memberName);
    QCOMPARE(str(m_demo->member(DemoServer::MemberEmail), "fullName"), memberName);
}

void TestCrossOrganizationInvitation::newUserStillNeedsAName()
{
    const QString link = inviteIntoOtherOrganization(QStringLiteral("needs-name@example.net"),
                                                     QStringLiteral("MEMBER"));
    const HttpTestResponse nameless = accept(link, {});
    QVERIFY_STATUS(nameless, 422);
    QCOMPARE(nameless.errorCode(), QStringLiteral("full_name_required"));
    QVERIFY_STATUS(accept(link, {{QStringLiteral("fullName"), QStringLiteral("Nadia Name")}}), 200);
    QCOMPARE(str(otherMember(QStringLiteral("needs-name@example.net")), "fullName"),
             QStringLiteral("Nadia Name"));
}

void TestCrossOrganizationInvitation::anotherOrganizationLearnsNothingOfLastAccess()
{
    const QString member = m_demo->token(DemoServer::MemberEmail);
    QVERIFY_STATUS(m_demo->http().get(m_demo->org(), member), 200);
    QVERIFY(!str(m_demo->member(DemoServer::MemberEmail), "lastAccessAt").isEmpty());

    const QString link =
        inviteIntoOtherOrganization(DemoServer::MemberEmail, QStringLiteral("MEMBER"));
    QVERIFY_STATUS(accept(link, {}), 200);
    QVERIFY(otherMember(DemoServer::MemberEmail).value(QLatin1String("lastAccessAt")).isNull());

    // Using the API, and organization 1, says nothing to organization 2.
    QVERIFY_STATUS(m_demo->get(QStringLiteral("/me"), member), 200);
    QVERIFY_STATUS(m_demo->http().get(m_demo->org(QStringLiteral("/machines")), member), 200);
    QVERIFY(otherMember(DemoServer::MemberEmail).value(QLatin1String("lastAccessAt")).isNull());

    // Using organization 2 does.
    QVERIFY_STATUS(
        m_demo->http().get(
            m_demo->api(QStringLiteral("/organizations/%1").arg(m_demo->otherOrgId())), member),
        200);
    const QDateTime access = QDateTime::fromString(
        str(otherMember(DemoServer::MemberEmail), "lastAccessAt"), Qt::ISODateWithMs);
    QVERIFY(access.isValid());
    QVERIFY(qAbs(access.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(TestCrossOrganizationInvitation)
#include "TestCrossOrganizationInvitation.moc"

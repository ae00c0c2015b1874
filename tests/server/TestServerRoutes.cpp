// Every route of docs/openapi.json answers as specified, over real HTTP against the demo
// organization. One server for the class; functions that change data run
// after those that only read, in declaration order.
#include "DemoServer.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

bool isIsoUtc(const QJsonValue &value)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    return value.isString() && iso.match(value.toString()).hasMatch();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

} // namespace

class TestServerRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void healthNeedsNoToken();
    void meListsTheUsersOrganizations();
    void organizationHasLicensePools();
    void membersListIsPagedWithDefaults();
    void membersHaveEveryFieldAndExactlyOneOwner();
    void demoDataIsVaried();
    void removedMembersSayWhenAndByWhom();
    void membersFilterByRole();
    void pagesAreDisjointAndBeyondTheEndEmpty();
    void sortByJoinDateBothWays();
    void invitationListsByStatus();
    void teamsListTheirMembers();
    void auditEventsArePaged();
    void unknownPathIsNotFoundWithErrorBody();
    void wrongMethodIsNotAllowed();

    void inviteGivesInvitationWithLinkAndReservesSeats();
    void publicInvitationShowsOrganizationAndExpiry();
    void acceptMakesAnActiveMember();
    void joinPageAndFormPost();
    void searchIsCaseAndAccentInsensitive();
    void sortByNameIgnoresAccentsAndCase();
    void removedMembersAreSortedByJoinDateByDefault();
    void searchIsLiteral_data();
    void searchIsLiteral();
    void revokeAndResend();
    void removeMember();
    void changeRole();
    void machinesRegisterAndList();
    void usingATokenRecordsLastAccess();
    void mutationsAreAudited();
    void ownershipTransfer();

private:
    DemoServer m_demo;
    QString m_owner;
};

void TestServerRoutes::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
}

void TestServerRoutes::healthNeedsNoToken()
{
    const HttpTestResponse response = m_demo.get(QStringLiteral("/health"), {});
    QVERIFY_STATUS(response, 200);
    QCOMPARE(str(response.object(), "status"), QStringLiteral("ok"));
    QVERIFY(!str(response.object(), "version").isEmpty());
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
}

void TestServerRoutes::meListsTheUsersOrganizations()
{
    const HttpTestResponse response = m_demo.get(QStringLiteral("/me"), m_owner);
    QVERIFY_STATUS(response, 200);
    const QJsonObject me = response.object();
    QCOMPARE(str(me, "email"), DemoServer::OwnerEmail);
    QVERIFY(id(me, "userId") > 0);
    QVERIFY(!str(me, "fullName").isEmpty());
    const QJsonArray organizations = me.value(QLatin1String("organizations")).toArray();
    QCOMPARE(organizations.size(), 1);
    QCOMPARE(id(organizations.first().toObject(), "id"), m_demo.orgId());
    QCOMPARE(str(organizations.first().toObject(), "role"), QStringLiteral("OWNER"));
    QVERIFY(!str(organizations.first().toObject(), "name").isEmpty());

    const HttpTestResponse billing =
        m_demo.get(QStringLiteral("/me"), m_demo.token(DemoServer::BillingEmail));
    QVERIFY_STATUS(billing, 200);
    QCOMPARE(
        str(billing.object().value(QLatin1String("organizations")).toArray().first().toObject(),
            "role"),
        QStringLiteral("BILLING_MANAGER"));
}

void TestServerRoutes::organizationHasLicensePools()
{
    const HttpTestResponse response = m_demo.http().get(m_demo.org(), m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(id(response.object(), "id"), m_demo.orgId());
    QVERIFY(!str(response.object(), "name").isEmpty());
    QSet<QString> products;
    const QJsonArray pools = response.object().value(QLatin1String("licensePools")).toArray();
    for (const QJsonValue &value : pools) {
        const QJsonObject pool = value.toObject();
        products.insert(str(pool, "product"));
        QVERIFY(!str(pool, "name").isEmpty());
        const int total = pool.value(QLatin1String("seatsTotal")).toInt(-1);
        const int used = pool.value(QLatin1String("seatsUsed")).toInt(-1);
        const int reserved = pool.value(QLatin1String("seatsReserved")).toInt(-1);
        QVERIFY(total > 0);
        QVERIFY(used > 0); // "seats partly used"
        QVERIFY(reserved >= 0);
        QVERIFY2(used + reserved <= total, qPrintable(str(pool, "product")));
    }
    QVERIFY(products.contains(QStringLiteral("KSE")));
    QVERIFY(products.contains(QStringLiteral("KRE")));
}

void TestServerRoutes::membersListIsPagedWithDefaults()
{
    const HttpTestResponse response =
        m_demo.http().get(m_demo.org(QStringLiteral("/members")), m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(response.object().value(QLatin1String("page")).toInt(-1), 0);
    QCOMPARE(response.object().value(QLatin1String("size")).toInt(-1), 50);
    QVERIFY2(response.total() >= 250 && response.total() <= 400,
             qPrintable(QString::number(response.total())));
    QCOMPARE(response.items().size(), 50);
    for (const QJsonValue &item : response.items())
        QCOMPARE(str(item.toObject(), "status"), QStringLiteral("active"));
}

void TestServerRoutes::membersHaveEveryFieldAndExactlyOneOwner()
{
    const QList<QJsonObject> members = m_demo.allMembers();
    QVERIFY(members.size() >= 250);
    int owners = 0;
    QSet<QString> roles;
    QSet<qint64> ids;
    for (const QJsonObject &member : members) {
        for (const char *key :
             {"userId", "fullName", "email", "role", "status", "joinedAt", "lastAccessAt",
              "licenses", "machineCount", "teams", "removedAt", "removedBy"})
            QVERIFY2(member.contains(QLatin1String(key)), key);
        QVERIFY(isIsoUtc(member.value(QLatin1String("joinedAt"))));
        QVERIFY(member.value(QLatin1String("lastAccessAt")).isNull() ||
                isIsoUtc(member.value(QLatin1String("lastAccessAt"))));
        QVERIFY(member.value(QLatin1String("licenses")).isArray());
        QVERIFY(member.value(QLatin1String("teams")).isArray());
        QVERIFY(member.value(QLatin1String("removedAt")).isNull());
        QVERIFY(member.value(QLatin1String("removedBy")).isNull());
        roles.insert(str(member, "role"));
        ids.insert(id(member, "userId"));
        if (str(member, "role") == QLatin1String("OWNER"))
            ++owners;
    }
    QCOMPARE(owners, 1);
    QCOMPARE(ids.size(), members.size());
    QCOMPARE(roles, (QSet<QString>{QStringLiteral("OWNER"), QStringLiteral("ADMIN"),
                                   QStringLiteral("BILLING_MANAGER"), QStringLiteral("MEMBER")}));
}

void TestServerRoutes::demoDataIsVaried()
{
    // Issue 2: names from many languages and scripts, machines for many
    // members, last-access times spread over months.
    const QList<QJsonObject> members = m_demo.allMembers();
    bool cjk = false, rightToLeft = false, apostrophe = false, hyphen = false, accent = false,
         longName = false;
    int withMachines = 0;
    QDateTime firstAccess, lastAccess;
    for (const QJsonObject &member : members) {
        const QString name = str(member, "fullName");
        for (const QChar c : name) {
            cjk = cjk || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
            rightToLeft = rightToLeft || (c.unicode() >= 0x0590 && c.unicode() <= 0x06FF);
            accent = accent || (c.unicode() >= 0x00C0 && c.unicode() <= 0x017F);
        }
        apostrophe = apostrophe || name.contains(QLatin1Char('\'')) || name.contains(QChar(0x2019));
        hyphen = hyphen || name.contains(QLatin1Char('-'));
        longName = longName || name.size() >= 40;
        if (member.value(QLatin1String("machineCount")).toInt() > 0)
            ++withMachines;
        const QDateTime access =
            QDateTime::fromString(str(member, "lastAccessAt"), Qt::ISODateWithMs);
        if (access.isValid()) {
            firstAccess = firstAccess.isValid() ? qMin(firstAccess, access) : access;
            lastAccess = lastAccess.isValid() ? qMax(lastAccess, access) : access;
        }
    }
    QVERIFY(cjk);
    QVERIFY(rightToLeft);
    QVERIFY(apostrophe);
    QVERIFY(hyphen);
    QVERIFY(accent);
    QVERIFY(longName);
    QVERIFY2(withMachines >= members.size() / 5, qPrintable(QString::number(withMachines)));
    QVERIFY(firstAccess.daysTo(lastAccess) >= 60);
}

void TestServerRoutes::removedMembersSayWhenAndByWhom()
{
    const QList<QJsonObject> removed = m_demo.allMembers(QStringLiteral("removed"));
    QVERIFY2(removed.size() >= 40, qPrintable(QString::number(removed.size())));
    for (const QJsonObject &member : removed) {
        QCOMPARE(str(member, "status"), QStringLiteral("removed"));
        QVERIFY(isIsoUtc(member.value(QLatin1String("removedAt"))));
        const QJsonObject by = member.value(QLatin1String("removedBy")).toObject();
        QVERIFY(id(by, "id") > 0);
        QVERIFY(!str(by, "name").isEmpty());
        QCOMPARE(member.value(QLatin1String("machineCount")).toInt(-1), 0);
        QVERIFY(member.value(QLatin1String("licenses")).toArray().isEmpty());
    }
}

void TestServerRoutes::membersFilterByRole()
{
    for (const QString &role : {QStringLiteral("OWNER"), QStringLiteral("ADMIN"),
                                QStringLiteral("BILLING_MANAGER"), QStringLiteral("MEMBER")}) {
        const HttpTestResponse response = m_demo.http().get(
            m_demo.org(QStringLiteral("/members?role=%1&size=1000").arg(role)), m_owner);
        QVERIFY_STATUS(response, 200);
        QVERIFY2(response.total() >= 1, qPrintable(role));
        QCOMPARE(response.items().size(), int(response.total()));
        for (const QJsonValue &item : response.items())
            QCOMPARE(str(item.toObject(), "role"), role);
        if (role == QLatin1String("OWNER"))
            QCOMPARE(response.total(), qint64(1));
    }
}

void TestServerRoutes::pagesAreDisjointAndBeyondTheEndEmpty()
{
    QSet<qint64> seen;
    qint64 total = -1;
    for (int page = 0; page < 3; ++page) {
        const HttpTestResponse response = m_demo.http().get(
            m_demo.org(QStringLiteral("/members?size=10&page=%1&sort=email,asc").arg(page)),
            m_owner);
        QVERIFY_STATUS(response, 200);
        QCOMPARE(response.object().value(QLatin1String("page")).toInt(-1), page);
        QCOMPARE(response.object().value(QLatin1String("size")).toInt(-1), 10);
        QCOMPARE(response.items().size(), 10);
        if (total >= 0)
            QCOMPARE(response.total(), total);
        total = response.total();
        for (const QJsonValue &item : response.items())
            QVERIFY2(!seen.contains(id(item.toObject(), "userId")), "a member on two pages");
        for (const QJsonValue &item : response.items())
            seen.insert(id(item.toObject(), "userId"));
    }
    const HttpTestResponse beyond = m_demo.http().get(
        m_demo.org(QStringLiteral("/members?size=10&page=%1").arg(total / 10 + 5)), m_owner);
    QVERIFY_STATUS(beyond, 200);
    QVERIFY(beyond.items().isEmpty());
    QCOMPARE(beyond.total(), total);
}

void TestServerRoutes::sortByJoinDateBothWays()
{
    for (const QString &direction : {QStringLiteral("asc"), QStringLiteral("desc")}) {
        const HttpTestResponse response = m_demo.http().get(
            m_demo.org(QStringLiteral("/members?size=1000&sort=joinedAt,%1").arg(direction)),
            m_owner);
        QVERIFY_STATUS(response, 200);
        QDateTime previous;
        for (const QJsonValue &item : response.items()) {
            const QDateTime joined =
                QDateTime::fromString(str(item.toObject(), "joinedAt"), Qt::ISODateWithMs);
            QVERIFY(joined.isValid());
            if (previous.isValid()) {
                QVERIFY2(direction == QLatin1String("asc") ? previous <= joined
                                                           : previous >= joined,
                         qPrintable(direction + QLatin1Char(' ') + joined.toString(Qt::ISODate)));
            }
            previous = joined;
        }
    }
    // Removed Users are sorted by join date by default, as the app shows them
    // only in the app; the server must at least accept the same sort there.
    const HttpTestResponse removed = m_demo.http().get(
        m_demo.org(QStringLiteral("/members?status=removed&sort=removedAt,desc")), m_owner);
    QVERIFY_STATUS(removed, 200);
}

void TestServerRoutes::invitationListsByStatus()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HttpTestResponse open =
        m_demo.http().get(m_demo.org(QStringLiteral("/invitations?size=1000")), m_owner);
    QVERIFY_STATUS(open, 200);
    QVERIFY2(open.total() >= 30 && open.total() <= 60, qPrintable(QString::number(open.total())));
    int pending = 0;
    int expired = 0;
    for (const QJsonValue &value : open.items()) {
        const QJsonObject invitation = value.toObject();
        for (const char *key : {"id", "email", "role", "licenses", "invitedBy", "createdAt",
                                "expiresAt", "status", "activationUrl"})
            QVERIFY2(invitation.contains(QLatin1String(key)), key);
        QVERIFY(isIsoUtc(invitation.value(QLatin1String("expiresAt"))));
        const QString status = str(invitation, "status");
        const QDateTime expires =
            QDateTime::fromString(str(invitation, "expiresAt"), Qt::ISODateWithMs);
        if (status == QLatin1String("pending")) {
            ++pending;
            QVERIFY(expires > now.addSecs(-5));
        } else {
            QCOMPARE(status, QStringLiteral("expired"));
            ++expired;
            QVERIFY(expires <= now.addSecs(5));
        }
    }
    QVERIFY(pending > 0);
    QVERIFY(expired > 0); // "some expired"
    QCOMPARE(m_demo.total(QStringLiteral("/invitations?status=pending")), qint64(pending));
    QCOMPARE(m_demo.total(QStringLiteral("/invitations?status=expired")), qint64(expired));
    QCOMPARE(m_demo.total(QStringLiteral("/invitations?status=open")), open.total());
}

void TestServerRoutes::teamsListTheirMembers()
{
    const HttpTestResponse response =
        m_demo.http().get(m_demo.org(QStringLiteral("/teams")), m_owner);
    QVERIFY_STATUS(response, 200);
    const QJsonArray teams = response.items();
    QVERIFY(!teams.isEmpty());
    bool someMemberInATeam = false;
    const QJsonObject plainMember = m_demo.member(DemoServer::MemberEmail);
    for (const QJsonValue &value : teams) {
        QVERIFY(!str(value.toObject(), "name").isEmpty());
        const QJsonArray members = value.toObject().value(QLatin1String("members")).toArray();
        for (const QJsonValue &member : members)
            someMemberInATeam = someMemberInATeam || id(member.toObject(), "userId") > 0;
    }
    QVERIFY(someMemberInATeam);
    QVERIFY(!plainMember.isEmpty());
}

void TestServerRoutes::auditEventsArePaged()
{
    const HttpTestResponse response =
        m_demo.http().get(m_demo.org(QStringLiteral("/audit-events?size=5")), m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(response.object().value(QLatin1String("size")).toInt(-1), 5);
    QVERIFY(response.total() >= 0);
    QVERIFY(response.items().size() <= 5);
}

void TestServerRoutes::unknownPathIsNotFoundWithErrorBody()
{
    const HttpTestResponse response =
        m_demo.http().get(m_demo.api(QStringLiteral("/no-such-thing")), m_owner);
    QVERIFY_STATUS(response, 404);
    QVERIFY(!response.errorCode().isEmpty());
    QVERIFY(!response.object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
}

void TestServerRoutes::wrongMethodIsNotAllowed()
{
    const HttpTestResponse response =
        m_demo.http().send("DELETE", m_demo.org(QStringLiteral("/members")), {}, m_owner);
    QVERIFY_STATUS(response, 405);
    QVERIFY(response.header("Allow").contains("GET"));
    QVERIFY(!response.errorCode().isEmpty());
    QVERIFY(m_demo.total(QStringLiteral("/members")) > 0);
}

void TestServerRoutes::inviteGivesInvitationWithLinkAndReservesSeats()
{
    auto reserved = [this] {
        const QJsonArray pools = m_demo.http()
                                     .get(m_demo.org(), m_owner)
                                     .object()
                                     .value(QLatin1String("licensePools"))
                                     .toArray();
        for (const QJsonValue &pool : pools) {
            if (str(pool.toObject(), "product") == QLatin1String("KRE"))
                return pool.toObject().value(QLatin1String("seatsReserved")).toInt(-1);
        }
        return -1;
    };
    const int before = reserved();
    const HttpTestResponse response = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/invitations")),
        {{QStringLiteral("emails"),
          QJsonArray{QStringLiteral("route-a@example.net"), QStringLiteral("not an address")}},
         {QStringLiteral("role"), QStringLiteral("MEMBER")},
         {QStringLiteral("licenses"), QJsonArray{QStringLiteral("KRE")}}},
        m_owner);
    QVERIFY_STATUS(response, 200);
    const QJsonArray results = response.results();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(str(first, "status"), QStringLiteral("invited"));
    const QJsonObject invitation = first.value(QLatin1String("invitation")).toObject();
    QCOMPARE(str(invitation, "email"), QStringLiteral("route-a@example.net"));
    QCOMPARE(str(invitation, "status"), QStringLiteral("pending"));
    QCOMPARE(strings(invitation.value(QLatin1String("licenses"))),
             QStringList{QStringLiteral("KRE")});
    QCOMPARE(str(invitation.value(QLatin1String("invitedBy")).toObject(), "name"),
             str(m_demo.get(QStringLiteral("/me"), m_owner).object(), "fullName"));
    const QUrl link(str(invitation, "activationUrl"));
    QCOMPARE(link.path(), QStringLiteral("/join"));
    QCOMPARE(link.host(), m_demo.process().baseUrl().host());
    QCOMPARE(link.port(), m_demo.process().baseUrl().port());
    QVERIFY2(DemoServer::linkToken(link.toString()).size() >= 22, "a guessable link token");
    QCOMPARE(str(results.at(1).toObject(), "status"), QStringLiteral("invalid_email"));
    QCOMPARE(reserved(), before + 1);
}

void TestServerRoutes::publicInvitationShowsOrganizationAndExpiry()
{
    const QJsonObject result = m_demo.invite(QStringLiteral("route-b@example.net"), m_owner);
    const QString link = str(result.value(QLatin1String("invitation")).toObject(), "activationUrl");
    const HttpTestResponse response = m_demo.http().get(
        m_demo.api(QStringLiteral("/invitations/") + DemoServer::linkToken(link)));
    QVERIFY_STATUS(response, 200);
    QCOMPARE(str(response.object(), "email"), QStringLiteral("route-b@example.net"));
    QCOMPARE(str(response.object(), "status"), QStringLiteral("pending"));
    QVERIFY(isIsoUtc(response.object().value(QLatin1String("expiresAt"))));
    QCOMPARE(str(response.object().value(QLatin1String("organization")).toObject(), "name"),
             str(m_demo.http().get(m_demo.org(), m_owner).object(), "name"));
    // The invitee's view never shows the link or who else is invited.
    QVERIFY(!response.body.contains("activationUrl"));
}

void TestServerRoutes::acceptMakesAnActiveMember()
{
    const qint64 activeBefore = m_demo.total(QStringLiteral("/members"));
    const QJsonObject result = m_demo.invite(QStringLiteral("route-c@example.net"), m_owner,
                                             QStringLiteral("BILLING_MANAGER"));
    const QString link = str(result.value(QLatin1String("invitation")).toObject(), "activationUrl");
    const HttpTestResponse response = m_demo.http().postJson(
        m_demo.api(QStringLiteral("/invitations/%1/accept").arg(DemoServer::linkToken(link))),
        {{QStringLiteral("fullName"), QStringLiteral("Route Cé")}});
    QVERIFY_STATUS(response, 200);
    const QJsonObject member = m_demo.member(QStringLiteral("route-c@example.net"));
    QCOMPARE(str(member, "fullName"), QStringLiteral("Route Cé"));
    QCOMPARE(str(member, "role"), QStringLiteral("BILLING_MANAGER"));
    QCOMPARE(str(member, "status"), QStringLiteral("active"));
    QCOMPARE(m_demo.total(QStringLiteral("/members")), activeBefore + 1);
}

void TestServerRoutes::joinPageAndFormPost()
{
    const QJsonObject result = m_demo.invite(QStringLiteral("route-d@example.net"), m_owner);
    const QString link = str(result.value(QLatin1String("invitation")).toObject(), "activationUrl");
    const HttpTestResponse page = m_demo.http().get(QUrl(link));
    QVERIFY_STATUS(page, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("name=\"fullName\""));
    QVERIFY(page.body.contains("id=\"join\""));
    QVERIFY(page.body.contains("action=\"/join\""));
    QVERIFY2(!page.body.contains("<script"), "the join page must work without JavaScript");
    // No other site may frame it (clickjacking), old browsers included; no
    // other site sees its URL, which holds the link token.
    QVERIFY(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(page.header("Referrer-Policy"), QByteArray("same-origin"));

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), DemoServer::linkToken(link));
    form.addQueryItem(QStringLiteral("fullName"), QStringLiteral("Route D'Arcy"));
    // As a browser posts it: with the page's own origin.
    const HttpTestResponse posted = m_demo.http().send(
        "POST", m_demo.process().baseUrl().resolved(QUrl(QStringLiteral("/join"))),
        form.query(QUrl::FullyEncoded).toUtf8(), {}, "application/x-www-form-urlencoded",
        {{"Origin", m_demo.process().baseUrl().toString().toUtf8()}});
    QVERIFY2(posted.status == 200 || posted.status == 303, posted.describe().constData());
    QCOMPARE(str(m_demo.member(QStringLiteral("route-d@example.net")), "fullName"),
             QStringLiteral("Route D'Arcy"));
}

void TestServerRoutes::searchIsCaseAndAccentInsensitive()
{
    QVERIFY(!m_demo
                 .inviteAndAccept(QStringLiteral("zoe.search@example.net"),
                                  QStringLiteral("Zoë Ångström-Nüñezová"))
                 .isEmpty());
    for (const QString &query :
         {QStringLiteral("zoe angstrom"), QStringLiteral("ZOË ÅNGSTRÖM"),
          QStringLiteral("nunezova"), QStringLiteral("ZOE.SEARCH@EXAMPLE")}) {
        const HttpTestResponse response =
            m_demo.http().get(m_demo.org(QStringLiteral("/members?q=") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(query))),
                              m_owner);
        QVERIFY_STATUS(response, 200);
        QVERIFY2(response.total() == 1,
                 qPrintable(query + QStringLiteral(": ") + QString::fromUtf8(response.describe())));
        QCOMPARE(str(response.items().first().toObject(), "email"),
                 QStringLiteral("zoe.search@example.net"));
    }
}

void TestServerRoutes::sortByNameIgnoresAccentsAndCase()
{
    // Added out of order; a byte-wise sort would put "Émile" last.
    const QStringList names{QStringLiteral("Fabian Zqsort"), QStringLiteral("Émile Zqsort"),
                            QStringLiteral("elise Zqsort"), QStringLiteral("Ezra Zqsort")};
    for (int i = 0; i < names.size(); ++i)
        QVERIFY(!m_demo.inviteAndAccept(QStringLiteral("zqsort-%1@example.net").arg(i), names.at(i))
                     .isEmpty());
    const QStringList ascending{QStringLiteral("elise Zqsort"), QStringLiteral("Émile Zqsort"),
                                QStringLiteral("Ezra Zqsort"), QStringLiteral("Fabian Zqsort")};
    for (const QString &direction : {QStringLiteral("asc"), QStringLiteral("desc")}) {
        const HttpTestResponse response = m_demo.http().get(
            m_demo.org(QStringLiteral("/members?q=zqsort&sort=fullName,%1").arg(direction)),
            m_owner);
        QVERIFY_STATUS(response, 200);
        QStringList order;
        for (const QJsonValue &item : response.items())
            order.append(str(item.toObject(), "fullName"));
        QStringList expected = ascending;
        if (direction == QLatin1String("desc"))
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(order, expected);
    }
}

void TestServerRoutes::removedMembersAreSortedByJoinDateByDefault()
{
    const HttpTestResponse response =
        m_demo.http().get(m_demo.org(QStringLiteral("/members?status=removed&size=1000")), m_owner);
    QVERIFY_STATUS(response, 200);
    QDateTime previous;
    for (const QJsonValue &item : response.items()) {
        const QDateTime joined =
            QDateTime::fromString(str(item.toObject(), "joinedAt"), Qt::ISODateWithMs);
        if (previous.isValid())
            QVERIFY(previous <= joined);
        previous = joined;
    }
}

void TestServerRoutes::searchIsLiteral_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("email");
    QTest::newRow("plus") << QStringLiteral("+") << QStringLiteral("lit+plus@example.net");
    QTest::newRow("percent") << QStringLiteral("%") << QStringLiteral("lit.percent@example.net");
    QTest::newRow("underscore") << QStringLiteral("_")
                                << QStringLiteral("lit.underscore@example.net");
    QTest::newRow("parenthesis") << QStringLiteral("(") << QStringLiteral("lit.paren@example.net");
    QTest::newRow("bracket") << QStringLiteral("[") << QStringLiteral("lit.bracket@example.net");
    QTest::newRow("backslash") << QStringLiteral("\\")
                               << QStringLiteral("lit.backslash@example.net");
    QTest::newRow("star") << QStringLiteral(".*") << QStringLiteral("lit.star@example.net");
}

void TestServerRoutes::searchIsLiteral()
{
    QFETCH(QString, query);
    QFETCH(QString, email);
    // Names carry the special character; the one with "+" carries it in the address.
    const QString name =
        QStringLiteral("Literal %1 Case").arg(query == QLatin1String("+") ? QString() : query);
    QVERIFY(!m_demo.inviteAndAccept(email, name).isEmpty());
    const HttpTestResponse response =
        m_demo.http().get(m_demo.org(QStringLiteral("/members?size=1000&q=") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(query))),
                          m_owner);
    QVERIFY_STATUS(response, 200);
    bool found = false;
    for (const QJsonValue &item : response.items()) {
        const QJsonObject member = item.toObject();
        QVERIFY2(str(member, "fullName").contains(query) || str(member, "email").contains(query),
                 qPrintable(QStringLiteral("%1 matched %2 <%3>")
                                .arg(query, str(member, "fullName"), str(member, "email"))));
        found = found || str(member, "email") == email;
    }
    QVERIFY2(found, response.describe().constData());
}

void TestServerRoutes::revokeAndResend()
{
    const qint64 first = id(m_demo.invite(QStringLiteral("route-e@example.net"), m_owner)
                                .value(QLatin1String("invitation"))
                                .toObject(),
                            "id");
    const qint64 second = id(m_demo.invite(QStringLiteral("route-f@example.net"), m_owner)
                                 .value(QLatin1String("invitation"))
                                 .toObject(),
                             "id");
    QVERIFY(first > 0 && second > 0);
    const HttpTestResponse revoked =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/invitations/revoke")),
                               {{QStringLiteral("ids"), QJsonArray{first, 987654321}}}, m_owner);
    QVERIFY_STATUS(revoked, 200);
    QCOMPARE(revoked.results().size(), 2);
    QCOMPARE(id(revoked.results().at(0).toObject(), "id"), first);
    QCOMPARE(str(revoked.results().at(0).toObject(), "status"), QStringLiteral("revoked"));
    QCOMPARE(str(revoked.results().at(1).toObject(), "status"), QStringLiteral("not_found"));
    QVERIFY(m_demo.openInvitation(first).isEmpty());

    const QString oldExpiry = str(m_demo.openInvitation(second), "expiresAt");
    QTest::qWait(1100); // the new expiry is later by whole seconds
    const HttpTestResponse resent =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/invitations/resend")),
                               {{QStringLiteral("ids"), QJsonArray{second}}}, m_owner);
    QVERIFY_STATUS(resent, 200);
    const QJsonObject result = resent.results().first().toObject();
    QCOMPARE(str(result, "status"), QStringLiteral("resent"));
    QVERIFY(isIsoUtc(result.value(QLatin1String("expiresAt"))));
    QVERIFY(QDateTime::fromString(str(result, "expiresAt"), Qt::ISODateWithMs) >
            QDateTime::fromString(oldExpiry, Qt::ISODateWithMs));
}

void TestServerRoutes::removeMember()
{
    const QJsonObject member =
        m_demo.inviteAndAccept(QStringLiteral("route-g@example.net"), QStringLiteral("Route G"));
    const HttpTestResponse response = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/members/remove")),
        {{QStringLiteral("userIds"), QJsonArray{id(member, "userId")}}}, m_owner);
    QVERIFY_STATUS(response, 200);
    const QJsonObject result = response.results().first().toObject();
    QCOMPARE(id(result, "id"), id(member, "userId"));
    QCOMPARE(str(result, "status"), QStringLiteral("removed"));
    QCOMPARE(result.value(QLatin1String("releasedMachines")).toInt(-1), 0);
    const QJsonObject removed =
        m_demo.member(QStringLiteral("route-g@example.net"), QStringLiteral("removed"));
    QCOMPARE(str(removed, "status"), QStringLiteral("removed"));
    QCOMPARE(str(removed.value(QLatin1String("removedBy")).toObject(), "name"),
             str(m_demo.get(QStringLiteral("/me"), m_owner).object(), "fullName"));
}

void TestServerRoutes::changeRole()
{
    const QJsonObject member =
        m_demo.inviteAndAccept(QStringLiteral("route-h@example.net"), QStringLiteral("Route H"));
    const HttpTestResponse response =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{id(member, "userId")}},
                                {QStringLiteral("role"), QStringLiteral("ADMIN")},
                                {QStringLiteral("removeFromTeams"), false}},
                               m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(str(response.results().first().toObject(), "status"), QStringLiteral("changed"));
    QCOMPARE(str(m_demo.member(QStringLiteral("route-h@example.net")), "role"),
             QStringLiteral("ADMIN"));
}

void TestServerRoutes::machinesRegisterAndList()
{
    const QString memberToken = m_demo.token(DemoServer::MemberEmail);
    const qint64 memberId = id(m_demo.member(DemoServer::MemberEmail), "userId");
    const int countBefore =
        m_demo.member(DemoServer::MemberEmail).value(QLatin1String("machineCount")).toInt(-1);
    const HttpTestResponse registered = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/machines")),
        {{QStringLiteral("machineId"), QStringLiteral("route-machine-1")}}, memberToken);
    QVERIFY2(registered.status == 201 || registered.status == 200,
             registered.describe().constData());
    QCOMPARE(m_demo.member(DemoServer::MemberEmail).value(QLatin1String("machineCount")).toInt(-1),
             countBefore + 1);

    const HttpTestResponse all =
        m_demo.http().get(m_demo.org(QStringLiteral("/machines")), m_owner);
    QVERIFY_STATUS(all, 200);
    const HttpTestResponse mine =
        m_demo.http().get(m_demo.org(QStringLiteral("/machines?userId=%1").arg(memberId)), m_owner);
    QVERIFY_STATUS(mine, 200);
    QCOMPARE(mine.items().size(), countBefore + 1);
    QVERIFY(all.items().size() > mine.items().size());
    bool found = false;
    for (const QJsonValue &machine : mine.items()) {
        QCOMPARE(id(machine.toObject(), "userId"), memberId);
        found = found || str(machine.toObject(), "machineId") == QLatin1String("route-machine-1");
    }
    QVERIFY(found);
}

void TestServerRoutes::usingATokenRecordsLastAccess()
{
    const QJsonObject joined = m_demo.inviteAndAccept(QStringLiteral("route-access@example.net"),
                                                      QStringLiteral("Route Access"));
    QVERIFY(joined.value(QLatin1String("lastAccessAt")).isNull());
    // Last access is the member's use of this organization.
    QVERIFY_STATUS(
        m_demo.http().get(m_demo.org(), m_demo.token(QStringLiteral("route-access@example.net"))),
        200);
    const QDateTime access = QDateTime::fromString(
        str(m_demo.member(QStringLiteral("route-access@example.net")), "lastAccessAt"),
        Qt::ISODateWithMs);
    QVERIFY(access.isValid());
    QVERIFY(qAbs(access.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestServerRoutes::mutationsAreAudited()
{
    const qint64 before = m_demo.total(QStringLiteral("/audit-events"));
    QCOMPARE(str(m_demo.invite(QStringLiteral("route-audit@example.net"), m_owner), "status"),
             QStringLiteral("invited"));
    QCOMPARE(m_demo.total(QStringLiteral("/audit-events")), before + 1);
    const HttpTestResponse newest =
        m_demo.http().get(m_demo.org(QStringLiteral("/audit-events?size=1")), m_owner);
    QVERIFY(newest.body.contains("route-audit@example.net"));
}

void TestServerRoutes::ownershipTransfer()
{
    const qint64 adminId = id(m_demo.member(DemoServer::AdminEmail), "userId");
    const HttpTestResponse response = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/ownership")), {{QStringLiteral("userId"), adminId}}, m_owner);
    QVERIFY_STATUS(response, 200);
    QCOMPARE(str(m_demo.member(DemoServer::AdminEmail), "role"), QStringLiteral("OWNER"));
    QCOMPARE(str(m_demo.member(DemoServer::OwnerEmail), "role"), QStringLiteral("ADMIN"));
}

QTEST_GUILESS_MAIN(TestServerRoutes)
#include "TestServerRoutes.moc"

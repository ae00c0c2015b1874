// Assigning and taking back licenses over real HTTP (POST …/members/licenses):
// one typed result per member in request order, the permission rule over
// every role, seats at the limit shared with invitations (also under
// concurrent requests, on two servers when on PostgreSQL), repeat safety,
// bad input that changes nothing, and the audit entries.
#include "DemoServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QJsonObject result(const HttpTestResponse &response, int index)
{
    return response.results().at(index).toObject();
}

QString errorCode(const QJsonObject &item)
{
    return str(item.value(QLatin1String("error")).toObject(), "code");
}

} // namespace

class TestMemberLicenses : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assignsAndTakesBackInRequestOrder();
    void repeatingTheRequestChangesNothing();
    void rolesDecideWhoseLicensesChange();
    void removedAndUnknownMembersAreReported();
    void lastSeatGoesToOneMemberOnly();
    void pendingInvitationsHoldTheirSeats();
    void concurrentAssignmentsAndInvitationsNeverOverAssign();
    void badInputChangesNothing();
    void eachChangeIsAudited();

private:
    QJsonObject pool(const QString &product);
    int freeSeats(const QString &product);
    /// Sets the pool's total so that exactly `free` seats are neither used nor reserved.
    void setFreeSeats(const QString &product, int free);
    qint64 newMember(const QString &email, const QStringList &licenses = {});
    HttpTestResponse change(const QJsonArray &userIds, const QStringList &add,
                            const QStringList &remove, const QString &token = {});
    QStringList licensesOf(const QString &email, const QString &status = QStringLiteral("active"));

    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
};

void TestMemberLicenses::init()
{
    m_demo = std::make_unique<DemoServer>();
    QVERIFY2(m_demo->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
}

void TestMemberLicenses::cleanup()
{
    m_demo.reset();
}

QJsonObject TestMemberLicenses::pool(const QString &product)
{
    const QJsonArray pools = m_demo->http()
                                 .get(m_demo->org(), m_owner)
                                 .object()
                                 .value(QLatin1String("licensePools"))
                                 .toArray();
    for (const QJsonValue &value : pools) {
        if (str(value.toObject(), "product") == product)
            return value.toObject();
    }
    return {};
}

int TestMemberLicenses::freeSeats(const QString &product)
{
    const QJsonObject p = pool(product);
    return p.value(QLatin1String("seatsTotal")).toInt() -
           p.value(QLatin1String("seatsUsed")).toInt() -
           p.value(QLatin1String("seatsReserved")).toInt();
}

void TestMemberLicenses::setFreeSeats(const QString &product, int free)
{
    const QJsonObject p = pool(product);
    const int total = p.value(QLatin1String("seatsUsed")).toInt() +
                      p.value(QLatin1String("seatsReserved")).toInt() + free;
    {
        QSqlDatabase db = m_demo->process().openDirect(QStringLiteral("arrange"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral(
            "UPDATE license_pools SET seats_total = ? WHERE org_id = ? AND product = ?")));
        query.addBindValue(total);
        query.addBindValue(m_demo->orgId());
        query.addBindValue(product);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("arrange"));
    QCOMPARE(freeSeats(product), free);
}

qint64 TestMemberLicenses::newMember(const QString &email, const QStringList &licenses)
{
    return id(m_demo->inviteAndAccept(email, QStringLiteral("Licensed Person"), licenses),
              "userId");
}

HttpTestResponse TestMemberLicenses::change(const QJsonArray &userIds, const QStringList &add,
                                            const QStringList &remove, const QString &token)
{
    return m_demo->http().postJson(m_demo->org(QStringLiteral("/members/licenses")),
                                   {{QStringLiteral("userIds"), userIds},
                                    {QStringLiteral("add"), QJsonArray::fromStringList(add)},
                                    {QStringLiteral("remove"), QJsonArray::fromStringList(remove)}},
                                   token.isEmpty() ? m_owner : token);
}

QStringList TestMemberLicenses::licensesOf(const QString &email, const QString &status)
{
    return strings(m_demo->member(email, status).value(QLatin1String("licenses")));
}

void TestMemberLicenses::assignsAndTakesBackInRequestOrder()
{
    const QString kse = QStringLiteral("KSE");
    const QString kre = QStringLiteral("KRE");
    const qint64 plain = newMember(QStringLiteral("lic-plain@example.net"));
    const qint64 runtime = newMember(QStringLiteral("lic-runtime@example.net"), {kre});
    QVERIFY(plain > 0 && runtime > 0);
    const int kseUsed = pool(kse).value(QLatin1String("seatsUsed")).toInt();
    const int kreUsed = pool(kre).value(QLatin1String("seatsUsed")).toInt();

    const HttpTestResponse response =
        change(QJsonArray{runtime, plain, 987654321, runtime}, {kse}, {kre});
    QVERIFY_STATUS(response, 200);
    QCOMPARE(response.results().size(), 4);
    const QJsonObject first = result(response, 0);
    QCOMPARE(id(first, "id"), runtime);
    QCOMPARE(str(first, "status"), QStringLiteral("changed"));
    QCOMPARE(strings(first.value(QLatin1String("licenses"))), QStringList{kse});
    QCOMPARE(strings(first.value(QLatin1String("addedLicenses"))), QStringList{kse});
    QCOMPARE(strings(first.value(QLatin1String("removedLicenses"))), QStringList{kre});
    const QJsonObject second = result(response, 1);
    QCOMPARE(id(second, "id"), plain);
    QCOMPARE(str(second, "status"), QStringLiteral("changed"));
    QCOMPARE(strings(second.value(QLatin1String("licenses"))), QStringList{kse});
    QVERIFY(strings(second.value(QLatin1String("removedLicenses"))).isEmpty());
    const QJsonObject unknown = result(response, 2);
    QCOMPARE(id(unknown, "id"), qint64(987654321));
    QCOMPARE(str(unknown, "status"), QStringLiteral("error"));
    QCOMPARE(errorCode(unknown), QStringLiteral("not_found"));
    // The same id twice is one change, reported twice.
    const QJsonObject repeated = result(response, 3);
    QCOMPARE(str(repeated, "status"), QStringLiteral("changed"));
    QVERIFY(repeated.value(QLatin1String("duplicate")).toBool());

    QCOMPARE(licensesOf(QStringLiteral("lic-plain@example.net")), QStringList{kse});
    QCOMPARE(licensesOf(QStringLiteral("lic-runtime@example.net")), QStringList{kse});
    QCOMPARE(pool(kse).value(QLatin1String("seatsUsed")).toInt(), kseUsed + 2);
    QCOMPARE(pool(kre).value(QLatin1String("seatsUsed")).toInt(), kreUsed - 1);
}

void TestMemberLicenses::repeatingTheRequestChangesNothing()
{
    const qint64 member = newMember(QStringLiteral("lic-repeat@example.net"));
    QVERIFY(member > 0);
    const QStringList both{QStringLiteral("KRE"), QStringLiteral("KSE")};
    QVERIFY_STATUS(change(QJsonArray{member}, both, {}), 200);
    const int kseUsed = pool(QStringLiteral("KSE")).value(QLatin1String("seatsUsed")).toInt();
    const qint64 audit = m_demo->total(QStringLiteral("/audit-events"));

    // A retry after a lost answer: the member holds the licenses already.
    const HttpTestResponse again = change(QJsonArray{member}, both, {});
    QVERIFY_STATUS(again, 200);
    QCOMPARE(str(result(again, 0), "status"), QStringLiteral("unchanged"));
    QCOMPARE(strings(result(again, 0).value(QLatin1String("licenses"))), both);
    // Taking back what the member does not hold is no change either.
    QVERIFY_STATUS(change(QJsonArray{member}, {}, {QStringLiteral("KRE")}), 200);
    const HttpTestResponse takeAgain = change(QJsonArray{member}, {}, {QStringLiteral("KRE")});
    QCOMPARE(str(result(takeAgain, 0), "status"), QStringLiteral("unchanged"));
    QCOMPARE(strings(result(takeAgain, 0).value(QLatin1String("licenses"))),
             QStringList{QStringLiteral("KSE")});

    QCOMPARE(pool(QStringLiteral("KSE")).value(QLatin1String("seatsUsed")).toInt(), kseUsed);
    // Only the one real change was logged.
    QCOMPARE(m_demo->total(QStringLiteral("/audit-events")), audit + 1);
}

void TestMemberLicenses::rolesDecideWhoseLicensesChange()
{
    // Subjects of every role; the Owner and the Admin also act on themselves.
    QHash<QString, qint64> idOf;
    QHash<QString, qint64> otherOfRole;
    for (const QJsonObject &member : m_demo->allMembers()) {
        idOf.insert(str(member, "email"), id(member, "userId"));
        const QString email = str(member, "email");
        if (email == DemoServer::AdminEmail)
            continue;
        if (!otherOfRole.contains(str(member, "role")))
            otherOfRole.insert(str(member, "role"), id(member, "userId"));
    }
    const qint64 owner = idOf.value(DemoServer::OwnerEmail);
    const qint64 admin = idOf.value(DemoServer::AdminEmail);
    const qint64 otherAdmin = otherOfRole.value(QStringLiteral("ADMIN"));
    const qint64 billing = idOf.value(DemoServer::BillingEmail);
    const qint64 member = idOf.value(DemoServer::MemberEmail);
    QVERIFY(owner && admin && otherAdmin && billing && member && otherAdmin != admin);
    const QJsonArray everyone{owner, admin, otherAdmin, billing, member};

    // Taking back a product needs no seat, so only the rule decides.
    const auto statuses = [&](const QString &token) {
        QStringList list;
        const HttpTestResponse response = change(everyone, {}, {QStringLiteral("KRE")}, token);
        if (response.status != 200)
            return QStringList{QString::number(response.status) + QLatin1Char(' ') +
                               response.errorCode()};
        for (const QJsonValue &value : response.results()) {
            const QJsonObject item = value.toObject();
            list.append(str(item, "status") == QLatin1String("error") ? errorCode(item)
                                                                      : QStringLiteral("ok"));
        }
        return list;
    };
    const QString ok = QStringLiteral("ok");
    const QString forbidden = QStringLiteral("forbidden");
    // The Owner changes anyone's, their own included.
    QCOMPARE(statuses(m_owner), (QStringList{ok, ok, ok, ok, ok}));
    // An Admin changes those it may manage: not the Owner's, an Admin's or its own.
    QCOMPARE(statuses(m_demo->token(DemoServer::AdminEmail)),
             (QStringList{forbidden, forbidden, forbidden, ok, ok}));
    QCOMPARE(statuses(m_demo->token(DemoServer::BillingEmail)),
             QStringList{QStringLiteral("403 forbidden")});
    QCOMPARE(statuses(m_demo->token(DemoServer::MemberEmail)),
             QStringList{QStringLiteral("403 forbidden")});
    // Another organization's Admin is no member here.
    const HttpTestResponse stranger =
        change(everyone, {}, {QStringLiteral("KRE")}, m_demo->token(DemoServer::OtherAdminEmail));
    QVERIFY_STATUS(stranger, 403);
    QCOMPARE(stranger.object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("reason"))
                 .toString(),
             QStringLiteral("not_a_member"));
    // A refusal changes nothing: the Admin still holds what it held.
    const QStringList adminBefore = licensesOf(DemoServer::AdminEmail);
    QVERIFY_STATUS(change(QJsonArray{otherAdmin, admin}, {QStringLiteral("KSE")}, {},
                          m_demo->token(DemoServer::AdminEmail)),
                   200);
    QCOMPARE(licensesOf(DemoServer::AdminEmail), adminBefore);
}

void TestMemberLicenses::removedAndUnknownMembersAreReported()
{
    const QString email = QStringLiteral("lic-removed@example.net");
    const qint64 gone = newMember(email, {QStringLiteral("KSE")});
    QVERIFY(gone > 0);
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/members/remove")),
                                           {{QStringLiteral("userIds"), QJsonArray{gone}}},
                                           m_owner),
                   200);
    const qint64 otherOrgMember =
        id(m_demo->get(QStringLiteral("/me"), m_demo->token(DemoServer::OtherAdminEmail)).object(),
           "userId");
    const HttpTestResponse response =
        change(QJsonArray{gone, otherOrgMember}, {QStringLiteral("KSE")}, {});
    QVERIFY_STATUS(response, 200);
    QCOMPARE(errorCode(result(response, 0)), QStringLiteral("removed_member"));
    QCOMPARE(errorCode(result(response, 1)), QStringLiteral("not_found"));
    QVERIFY(licensesOf(email, QStringLiteral("removed")).isEmpty());
}

void TestMemberLicenses::lastSeatGoesToOneMemberOnly()
{
    const qint64 first = newMember(QStringLiteral("lic-first@example.net"));
    const qint64 second =
        newMember(QStringLiteral("lic-second@example.net"), {QStringLiteral("KRE")});
    QVERIFY(first > 0 && second > 0);
    setFreeSeats(QStringLiteral("KSE"), 1);
    const HttpTestResponse response =
        change(QJsonArray{first, second}, {QStringLiteral("KSE")}, {QStringLiteral("KRE")});
    QVERIFY_STATUS(response, 200);
    QCOMPARE(str(result(response, 0), "status"), QStringLiteral("changed"));
    const QJsonObject refused = result(response, 1);
    QCOMPARE(str(refused, "status"), QStringLiteral("no_seats"));
    QCOMPARE(errorCode(refused), QStringLiteral("no_seats"));
    QCOMPARE(strings(refused.value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("details"))
                         .toObject()
                         .value(QLatin1String("products"))),
             QStringList{QStringLiteral("KSE")});
    // All or nothing per member: the KRE it also asked to take back stays.
    QCOMPARE(strings(refused.value(QLatin1String("licenses"))), QStringList{QStringLiteral("KRE")});
    QCOMPARE(licensesOf(QStringLiteral("lic-second@example.net")),
             QStringList{QStringLiteral("KRE")});
    QCOMPARE(freeSeats(QStringLiteral("KSE")), 0);

    // A seat taken back earlier in a request goes to a later member.
    const HttpTestResponse moved =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/members/licenses")),
                                {{QStringLiteral("userIds"), QJsonArray{first}},
                                 {QStringLiteral("remove"), QJsonArray{QStringLiteral("KSE")}}},
                                m_owner);
    QCOMPARE(str(result(moved, 0), "status"), QStringLiteral("changed"));
    QCOMPARE(freeSeats(QStringLiteral("KSE")), 1);
    QCOMPARE(str(result(change(QJsonArray{second}, {QStringLiteral("KSE")}, {}), 0), "status"),
             QStringLiteral("changed"));
    QCOMPARE(freeSeats(QStringLiteral("KSE")), 0);
}

void TestMemberLicenses::pendingInvitationsHoldTheirSeats()
{
    const qint64 member = newMember(QStringLiteral("lic-waiting@example.net"));
    QVERIFY(member > 0);
    setFreeSeats(QStringLiteral("KSE"), 1);
    QCOMPARE(str(m_demo->invite(QStringLiteral("lic-invitee@example.net"), m_owner,
                                QStringLiteral("MEMBER"), {QStringLiteral("KSE")}),
                 "status"),
             QStringLiteral("invited"));
    // The invitation reserved the last seat.
    QCOMPARE(str(result(change(QJsonArray{member}, {QStringLiteral("KSE")}, {}), 0), "status"),
             QStringLiteral("no_seats"));
    // And an assignment takes a seat an invitation then cannot have.
    QVERIFY_STATUS(
        m_demo->http().postJson(
            m_demo->org(QStringLiteral("/invitations/revoke")),
            {{QStringLiteral("ids"), QJsonArray{id(m_demo->allInvitations().first(), "id")}}},
            m_owner),
        200);
    setFreeSeats(QStringLiteral("KSE"), 1);
    QCOMPARE(str(result(change(QJsonArray{member}, {QStringLiteral("KSE")}, {}), 0), "status"),
             QStringLiteral("changed"));
    QCOMPARE(str(m_demo->invite(QStringLiteral("lic-late@example.net"), m_owner,
                                QStringLiteral("MEMBER"), {QStringLiteral("KSE")}),
                 "status"),
             QStringLiteral("no_seats"));
}

void TestMemberLicenses::concurrentAssignmentsAndInvitationsNeverOverAssign()
{
    // On PostgreSQL a second server shares the database, so that the
    // requests race between processes, not only inside one.
    ServerProcess second;
    const bool twoServers = ServerProcess::usesPostgreSql();
    if (twoServers) {
        second.shareDatabaseOf(m_demo->process());
        QVERIFY2(second.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                               QStringLiteral("--secret-file"), m_demo->process().secretPath()}),
                 qPrintable(second.errorString()));
    }
    constexpr int Members = 12;
    constexpr int Free = 5;
    QList<qint64> members;
    for (int i = 0; i < Members; ++i) {
        members.append(newMember(QStringLiteral("lic-race-%1@example.net").arg(i)));
        QVERIFY(members.last() > 0);
    }
    setFreeSeats(QStringLiteral("KSE"), Free);
    const QJsonObject before = pool(QStringLiteral("KSE"));

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QList<QNetworkReply *> replies;
    const auto post = [&](int server, const QString &path, const QJsonObject &body) {
        const QString orgPath = QStringLiteral("/organizations/%1").arg(m_demo->orgId()) + path;
        QNetworkRequest request(server == 0 ? m_demo->api(orgPath) : second.apiUrl(orgPath));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_owner.toUtf8());
        replies.append(manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    };
    for (int i = 0; i < Members; ++i) {
        const int server = twoServers ? i % 2 : 0;
        post(server, QStringLiteral("/members/licenses"),
             {{QStringLiteral("userIds"), QJsonArray{members.at(i)}},
              {QStringLiteral("add"), QJsonArray{QStringLiteral("KSE")}}});
        post(twoServers ? 1 - server : 0, QStringLiteral("/invitations"),
             {{QStringLiteral("emails"),
               QJsonArray{QStringLiteral("lic-race-invitee-%1@example.net").arg(i)}},
              {QStringLiteral("licenses"), QJsonArray{QStringLiteral("KSE")}}});
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *reply) { return reply->isFinished(); }),
                             60000);
    int granted = 0;
    int refused = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString status = str(QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray()
                                       .first()
                                       .toObject(),
                                   "status");
        granted += status == QLatin1String("changed") || status == QLatin1String("invited");
        refused += status == QLatin1String("no_seats");
    }
    qDeleteAll(replies);
    QCOMPARE(granted, Free);
    QCOMPARE(refused, 2 * Members - Free);
    const QJsonObject after = pool(QStringLiteral("KSE"));
    QCOMPARE(after.value(QLatin1String("seatsUsed")).toInt() +
                 after.value(QLatin1String("seatsReserved")).toInt(),
             after.value(QLatin1String("seatsTotal")).toInt());
    QCOMPARE(after.value(QLatin1String("seatsTotal")).toInt(),
             before.value(QLatin1String("seatsTotal")).toInt());
    int holders = 0;
    for (int i = 0; i < Members; ++i)
        holders += licensesOf(QStringLiteral("lic-race-%1@example.net").arg(i))
                       .contains(QStringLiteral("KSE"));
    QCOMPARE(after.value(QLatin1String("seatsUsed")).toInt() -
                 before.value(QLatin1String("seatsUsed")).toInt(),
             holders);
}

void TestMemberLicenses::badInputChangesNothing()
{
    const qint64 member = newMember(QStringLiteral("lic-bad@example.net"), {QStringLiteral("KRE")});
    QVERIFY(member > 0);
    const qint64 audit = m_demo->total(QStringLiteral("/audit-events"));
    const QUrl url = m_demo->org(QStringLiteral("/members/licenses"));
    struct Case
    {
        const char *name;
        QJsonObject body;
        int status;
        const char *code;
    };
    const QList<Case> cases{
        {"no userIds",
         {{QStringLiteral("add"), QJsonArray{QStringLiteral("KSE")}}},
         400,
         "invalid_request"},
        {"add not an array",
         {{QStringLiteral("userIds"), QJsonArray{member}}, {QStringLiteral("add"), 1}},
         400,
         "invalid_request"},
        {"a product that is not a string",
         {{QStringLiteral("userIds"), QJsonArray{member}},
          {QStringLiteral("remove"), QJsonArray{7}}},
         400,
         "invalid_request"},
        {"nothing to do", {{QStringLiteral("userIds"), QJsonArray{member}}}, 422, "no_items"},
        {"added and removed",
         {{QStringLiteral("userIds"), QJsonArray{member}},
          {QStringLiteral("add"), QJsonArray{QStringLiteral("KSE")}},
          {QStringLiteral("remove"), QJsonArray{QStringLiteral("KSE")}}},
         422,
         "conflicting_licenses"},
    };
    for (const Case &c : cases) {
        const HttpTestResponse response = m_demo->http().postJson(url, c.body, m_owner);
        QVERIFY2(response.status == c.status, c.name);
        QVERIFY2(response.errorCode() == QLatin1String(c.code), response.describe().constData());
    }
    // A product the organization does not have: every member says so, none changes.
    const HttpTestResponse unknown =
        change(QJsonArray{member}, {QStringLiteral("KSE"), QStringLiteral("NOPE")},
               {QStringLiteral("KRE")});
    QVERIFY_STATUS(unknown, 200);
    QCOMPARE(errorCode(result(unknown, 0)), QStringLiteral("unknown_product"));
    QCOMPARE(strings(result(unknown, 0)
                         .value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("details"))
                         .toObject()
                         .value(QLatin1String("products"))),
             QStringList{QStringLiteral("NOPE")});
    QCOMPARE(licensesOf(QStringLiteral("lic-bad@example.net")), QStringList{QStringLiteral("KRE")});
    QCOMPARE(m_demo->total(QStringLiteral("/audit-events")), audit);
}

void TestMemberLicenses::eachChangeIsAudited()
{
    const QString email = QStringLiteral("lic-audit@example.net");
    const qint64 member = newMember(email, {QStringLiteral("KRE")});
    QVERIFY(member > 0);
    QVERIFY_STATUS(change(QJsonArray{member}, {QStringLiteral("KSE")}, {QStringLiteral("KRE")}),
                   200);
    const QJsonObject event = m_demo->http()
                                  .get(m_demo->org(QStringLiteral("/audit-events?size=1")), m_owner)
                                  .items()
                                  .first()
                                  .toObject();
    QCOMPARE(str(event, "action"), QStringLiteral("member.licenses_changed"));
    QCOMPARE(str(event.value(QLatin1String("actor")).toObject(), "email"), DemoServer::OwnerEmail);
    const QJsonObject target = event.value(QLatin1String("target")).toObject();
    QCOMPARE(id(target.value(QLatin1String("user")).toObject(), "id"), member);
    QCOMPARE(str(target, "label"), email);
    const QJsonObject details = event.value(QLatin1String("details")).toObject();
    QCOMPARE(strings(details.value(QLatin1String("added"))), QStringList{QStringLiteral("KSE")});
    QCOMPARE(strings(details.value(QLatin1String("removed"))), QStringList{QStringLiteral("KRE")});
    QCOMPARE(strings(details.value(QLatin1String("licenses"))), QStringList{QStringLiteral("KSE")});
}

QTEST_GUILESS_MAIN(TestMemberLicenses)
#include "TestMemberLicenses.moc"

// The JSON the server sends and the app reads (docs/openapi.json): what goes
// out comes back unchanged, times are ISO 8601 UTC with "Z", absent values are
// JSON null, and a malformed resource is refused rather than half read.
#include "JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(time.isValid());
    return time.toUTC();
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad JSON in the test: %s", json);
    return document.object();
}

Member fullMember()
{
    Member member;
    member.userId = 4242;
    member.fullName = QString::fromUtf8("Zoë O’Brien-Łukasiewicz 山田");
    member.email = QStringLiteral("zoe+qa@xn--bcher-kva.example");
    member.role = Role::BillingManager;
    member.status = MemberStatus::Removed;
    member.joinedAt = utc("2025-01-31T23:59:59Z");
    member.lastAccessAt = utc("2026-11-29T06:40:00Z");
    member.licenses = {QStringLiteral("KSE"), QStringLiteral("KRE")};
    member.machineCount = 3;
    member.teams = {QStringLiteral("Mobile QA"), QStringLiteral("Web")};
    member.removedAt = utc("2026-11-28T12:00:00Z");
    member.removedBy = UserRef{7, QStringLiteral("Owner Person")};
    return member;
}

Invitation fullInvitation()
{
    Invitation invitation;
    invitation.id = 99;
    invitation.email = QStringLiteral("new.person@example.photography");
    invitation.role = Role::Admin;
    invitation.licenses = {QStringLiteral("KSE")};
    invitation.invitedBy = UserRef{7, QStringLiteral("Owner Person")};
    invitation.createdAt = utc("2026-11-28T06:40:00Z");
    invitation.expiresAt = utc("2026-11-29T06:40:00Z");
    invitation.status = InvitationStatus::Expired;
    invitation.activationUrl = QStringLiteral("http://127.0.0.1:8080/join?token=abc");
    invitation.deliveryError = QStringLiteral("mailbox unavailable");
    return invitation;
}

void compareMembers(const Member &actual, const Member &expected)
{
    QCOMPARE(actual.userId, expected.userId);
    QCOMPARE(actual.fullName, expected.fullName);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.joinedAt, expected.joinedAt);
    QCOMPARE(actual.lastAccessAt, expected.lastAccessAt);
    QCOMPARE(actual.licenses, expected.licenses);
    QCOMPARE(actual.machineCount, expected.machineCount);
    QCOMPARE(actual.teams, expected.teams);
    QCOMPARE(actual.removedAt, expected.removedAt);
    QVERIFY(actual.removedBy == expected.removedBy);
}

void compareInvitations(const Invitation &actual, const Invitation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.licenses, expected.licenses);
    QVERIFY(actual.invitedBy == expected.invitedBy);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.expiresAt, expected.expiresAt);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.activationUrl, expected.activationUrl);
    QCOMPARE(actual.deliveryError, expected.deliveryError);
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void memberRoundTrip();
    void memberNullsRoundTrip();
    void memberReadsWhatTheApiSends();
    void malformedMember_data();
    void malformedMember();
    void invitationRoundTrip();
    void invitationWithoutLinkOmitsIt();
    void malformedInvitation_data();
    void malformedInvitation();
    void organizationRoundTrip();
    void malformedOrganization_data();
    void malformedOrganization();
    void currentUserRoundTrip();
    void apiErrorRoundTrip();
    void itemResultRoundTrip_data();
    void itemResultRoundTrip();
    void itemResultDetailsAreTyped();
    void unknownItemStatusIsAnError();
    void bulkAnswers();
    void itemResultNeedsStatus();
    void times_data();
    void times();
    void timesAreWrittenInUtcWithZ();
    void statusNames();
};

void TestJsonCodec::memberRoundTrip()
{
    const Member member = fullMember();
    const QJsonObject json = JsonCodec::toJson(member);
    QCOMPARE(json.value(QLatin1String("role")).toString(), QStringLiteral("BILLING_MANAGER"));
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("removed"));
    QCOMPARE(json.value(QLatin1String("joinedAt")).toString(),
             QStringLiteral("2025-01-31T23:59:59Z"));

    // Through text too, as it travels over HTTP.
    const QByteArray wire = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const auto decoded = JsonCodec::memberFromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(decoded);
    compareMembers(*decoded, member);
}

void TestJsonCodec::memberNullsRoundTrip()
{
    Member member;
    member.userId = 5;
    member.email = QStringLiteral("never@example.com");
    member.joinedAt = utc("2026-01-01T00:00:00Z");

    const QJsonObject json = JsonCodec::toJson(member);
    for (const char *key : {"lastAccessAt", "removedAt", "removedBy"})
        QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(json.value(QLatin1String("licenses")).toArray().size(), 0);

    const auto decoded = JsonCodec::memberFromJson(json);
    QVERIFY(decoded);
    compareMembers(*decoded, member);
    QVERIFY(!decoded->lastAccessAt.isValid());
    QVERIFY(decoded->removedBy.isNull());
}

void TestJsonCodec::memberReadsWhatTheApiSends()
{
    const auto member = JsonCodec::memberFromJson(parse(R"({
        "userId": 12, "fullName": "Ana", "email": "ana@example.com", "role": "ADMIN",
        "status": "active", "joinedAt": "2026-03-01T08:00:00+02:00", "lastAccessAt": null,
        "licenses": ["KRE"], "machineCount": 2, "teams": [], "removedAt": null,
        "removedBy": null, "somethingNew": {"ignored": true}})"));
    QVERIFY(member);
    QCOMPARE(member->role, Role::Admin);
    QCOMPARE(member->joinedAt, utc("2026-03-01T06:00:00Z"));
    QCOMPARE(member->joinedAt.timeSpec(), Qt::UTC);
    QCOMPARE(member->licenses, QStringList{QStringLiteral("KRE")});
    QCOMPARE(member->machineCount, 2);
}

void TestJsonCodec::malformedMember_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray valid = R"("fullName": "Ana", "licenses": [], "teams": [])";
    auto row = [&valid](const char *name, const QByteArray &fields) {
        QTest::newRow(name) << QByteArray("{" + fields + ", " + valid + "}");
    };
    row("no userId", R"("email": "a@example.com", "role": "MEMBER", "status": "active")");
    row("userId as text",
        R"("userId": "12", "email": "a@example.com", "role": "MEMBER", "status": "active")");
    row("userId not whole",
        R"("userId": 1.5, "email": "a@example.com", "role": "MEMBER", "status": "active")");
    row("no email", R"("userId": 1, "role": "MEMBER", "status": "active")");
    row("email as number", R"("userId": 1, "email": 7, "role": "MEMBER", "status": "active")");
    row("unknown role",
        R"("userId": 1, "email": "a@example.com", "role": "SUPERUSER", "status": "active")");
    row("role in lower case",
        R"("userId": 1, "email": "a@example.com", "role": "member", "status": "active")");
    row("no role", R"("userId": 1, "email": "a@example.com", "status": "active")");
    row("unknown status",
        R"("userId": 1, "email": "a@example.com", "role": "MEMBER", "status": "gone")");
    QTest::newRow("licenses not a list")
        << QByteArray(R"({"userId": 1, "email": "a@example.com", "role": "MEMBER",
                         "status": "active", "licenses": "KSE"})");
    QTest::newRow("licenses with a number")
        << QByteArray(R"({"userId": 1, "email": "a@example.com", "role": "MEMBER",
                         "status": "active", "licenses": ["KSE", 3]})");
    QTest::newRow("teams not a list")
        << QByteArray(R"({"userId": 1, "email": "a@example.com", "role": "MEMBER",
                         "status": "active", "teams": {"name": "Web"}})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestJsonCodec::malformedMember()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonCodec::memberFromJson(parse(json.constData())));
}

void TestJsonCodec::invitationRoundTrip()
{
    const Invitation invitation = fullInvitation();
    const QJsonObject json = JsonCodec::toJson(invitation);
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(json.value(QLatin1String("invitedBy")).toObject().value(QLatin1String("id")).toInt(),
             7);
    QCOMPARE(json.value(QLatin1String("expiresAt")).toString(),
             QStringLiteral("2026-11-29T06:40:00Z"));

    const QByteArray wire = QJsonDocument(json).toJson();
    const auto decoded = JsonCodec::invitationFromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(decoded);
    compareInvitations(*decoded, invitation);
}

void TestJsonCodec::invitationWithoutLinkOmitsIt()
{
    // The link goes only to those who may manage the invitation.
    Invitation invitation = fullInvitation();
    invitation.activationUrl.clear();
    invitation.deliveryError.clear();
    invitation.invitedBy = UserRef();
    const QJsonObject json = JsonCodec::toJson(invitation);
    QVERIFY(!json.contains(QLatin1String("activationUrl")));
    QVERIFY(!json.contains(QLatin1String("deliveryError")));
    QVERIFY(json.value(QLatin1String("invitedBy")).isNull());

    const auto decoded = JsonCodec::invitationFromJson(json);
    QVERIFY(decoded);
    compareInvitations(*decoded, invitation);
}

void TestJsonCodec::malformedInvitation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(
        R"({"email": "a@example.com", "role": "MEMBER", "status": "pending", "licenses": []})");
    QTest::newRow("id as text") << QByteArray(
        R"({"id": "9", "email": "a@example.com", "role": "MEMBER", "status": "pending"})");
    QTest::newRow("no email") << QByteArray(R"({"id": 9, "role": "MEMBER", "status": "pending"})");
    QTest::newRow("unknown role") << QByteArray(
        R"({"id": 9, "email": "a@example.com", "role": "GUEST", "status": "pending"})");
    QTest::newRow("unknown status")
        << QByteArray(R"({"id": 9, "email": "a@example.com", "role": "MEMBER", "status": "sent"})");
    QTest::newRow("status in upper case") << QByteArray(
        R"({"id": 9, "email": "a@example.com", "role": "MEMBER", "status": "PENDING"})");
    QTest::newRow("licenses not a list") << QByteArray(
        R"({"id": 9, "email": "a@example.com", "role": "MEMBER", "status": "pending",
            "licenses": 1})");
}

void TestJsonCodec::malformedInvitation()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonCodec::invitationFromJson(parse(json.constData())));
}

void TestJsonCodec::organizationRoundTrip()
{
    Organization organization;
    organization.id = 3;
    organization.name = QString::fromUtf8("Ωmega Testing GmbH");
    organization.inactiveDays = 90;
    organization.licensePools = {
        LicensePool{QStringLiteral("KSE"), QStringLiteral("Katalon Studio Enterprise"), 50, 41, 4,
                    12},
        LicensePool{QStringLiteral("KRE"), QStringLiteral("Katalon Runtime Engine"), 10, 10, 0, 0},
    };
    const auto decoded = JsonCodec::organizationFromJson(JsonCodec::toJson(organization));
    QVERIFY(decoded);
    QCOMPARE(decoded->id, organization.id);
    QCOMPARE(decoded->name, organization.name);
    QCOMPARE(decoded->licensePools.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const LicensePool &pool = decoded->licensePools.at(i);
        const LicensePool &expected = organization.licensePools.at(i);
        QCOMPARE(pool.product, expected.product);
        QCOMPARE(pool.name, expected.name);
        QCOMPARE(pool.seatsTotal, expected.seatsTotal);
        QCOMPARE(pool.seatsUsed, expected.seatsUsed);
        QCOMPARE(pool.seatsReserved, expected.seatsReserved);
        QCOMPARE(pool.seatsHeldByInactive, expected.seatsHeldByInactive);
    }
    QCOMPARE(decoded->inactiveDays, organization.inactiveDays);
    QCOMPARE(decoded->licensePools.at(0).seatsAvailable(), 5);
    QCOMPARE(decoded->licensePools.at(1).seatsAvailable(), 0);
}

void TestJsonCodec::malformedOrganization_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"name": "Org", "licensePools": []})");
    QTest::newRow("no name") << QByteArray(R"({"id": 1, "licensePools": []})");
    QTest::newRow("pool without product")
        << QByteArray(R"({"id": 1, "name": "Org", "licensePools": [{"name": "KSE"}]})");
    QTest::newRow("pool that is not an object")
        << QByteArray(R"({"id": 1, "name": "Org", "licensePools": ["KSE"]})");
}

void TestJsonCodec::malformedOrganization()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonCodec::organizationFromJson(parse(json.constData())));
}

void TestJsonCodec::currentUserRoundTrip()
{
    CurrentUser user;
    user.userId = 8;
    user.fullName = QStringLiteral("Admin Person");
    user.email = QStringLiteral("admin@example.com");
    user.organizations = {{1, QStringLiteral("Demo"), Role::Admin},
                          {2, QStringLiteral("Other"), Role::Member}};
    const auto decoded = JsonCodec::currentUserFromJson(JsonCodec::toJson(user));
    QVERIFY(decoded);
    QCOMPARE(decoded->userId, user.userId);
    QCOMPARE(decoded->fullName, user.fullName);
    QCOMPARE(decoded->email, user.email);
    QCOMPARE(decoded->organizations.size(), 2);
    QCOMPARE(decoded->organizations.at(1).organizationId, qint64(2));
    QCOMPARE(decoded->organizations.at(1).organizationName, QStringLiteral("Other"));
    QCOMPARE(decoded->organizations.at(1).role, Role::Member);

    QVERIFY(!JsonCodec::currentUserFromJson(
        parse(R"({"userId": 8, "organizations": [{"id": 1, "name": "Demo", "role": "KING"}]})")));
}

void TestJsonCodec::apiErrorRoundTrip()
{
    const ApiError error{QStringLiteral("billing_manager_in_teams"),
                         QStringLiteral("A Billing Manager cannot belong to teams."),
                         QJsonObject{{QStringLiteral("teams"), QJsonArray{QStringLiteral("Web")}}}};
    const QJsonObject body = JsonCodec::toJson(error);
    QVERIFY(body.value(QLatin1String("error")).isObject());
    const auto decoded = JsonCodec::apiErrorFromJson(body);
    QVERIFY(decoded);
    QCOMPARE(decoded->code, error.code);
    QCOMPARE(decoded->message, error.message);
    QCOMPARE(decoded->details, error.details);

    QVERIFY(!JsonCodec::apiErrorFromJson(QJsonObject()));
    QVERIFY(!JsonCodec::apiErrorFromJson(parse(R"({"error": "boom"})")));
}

void TestJsonCodec::itemResultRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    // The shapes of the bulk answers in docs/openapi.json.
    QTest::newRow("removed with extras")
        << QByteArray(R"({"id": 7, "status": "removed", "releasedMachines": 2,
                         "releasedLicenses": ["KSE"], "revokedInvitations": [31]})");
    QTest::newRow("error") << QByteArray(
        R"({"id": 9, "status": "error", "error": {"code": "cannot_remove_owner",
            "message": "The Owner cannot be removed.", "details": {}}})");
    QTest::newRow("invited by address") << QByteArray(
        R"({"id": 31, "email": "new@example.com", "status": "invited",
            "invitation": {"id": 31, "email": "new@example.com", "role": "MEMBER",
            "licenses": ["KSE"], "invitedBy": {"id": 1, "name": "Olivia Owner"},
            "createdAt": "2026-11-28T06:40:00Z", "expiresAt": "2026-11-29T06:40:00Z",
            "status": "pending"}})");
    QTest::newRow("invalid email without id")
        << QByteArray(R"({"email": "nope", "status": "invalid_email", "error": {"code":
            "invalid_email", "message": "An address needs exactly one @.", "details": {}}})");
    QTest::newRow("already a member, repeated")
        << QByteArray(R"({"email": "a@example.com", "status": "already_member", "userId": 12,
                         "duplicate": true})");
    QTest::newRow("already invited")
        << QByteArray(R"({"email": "b@example.com", "status": "already_invited",
                         "invitationId": 44})");
    QTest::newRow("changed") << QByteArray(
        R"({"id": 5, "status": "changed", "role": "BILLING_MANAGER", "previousRole": "MEMBER",
            "removedFromTeams": ["Web"]})");
    QTest::newRow("unchanged") << QByteArray(
        R"({"id": 5, "status": "unchanged", "role": "ADMIN"})");
    QTest::newRow("licenses changed") << QByteArray(
        R"({"id": 5, "status": "changed", "licenses": ["KRE", "KSE"],
            "addedLicenses": ["KSE"], "removedLicenses": []})");
    QTest::newRow("licenses unchanged")
        << QByteArray(R"({"id": 5, "status": "unchanged", "licenses": []})");
    QTest::newRow("licenses without seats") << QByteArray(
        R"({"id": 6, "status": "no_seats", "licenses": ["KRE"], "error": {"code": "no_seats",
            "message": "No free seat left for KSE.", "details": {"products": ["KSE"]}}})");
    QTest::newRow("resent") << QByteArray(
        R"({"id": 3, "email": "c@example.com", "status": "resent",
            "expiresAt": "2026-11-30T06:40:00Z", "deliveryError": "outbox is full"})");
}

void TestJsonCodec::itemResultRoundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = parse(json.constData());
    const auto result = JsonCodec::itemResultFromJson(object);
    QVERIFY(result);
    QCOMPARE(JsonCodec::statusName(result->status),
             object.value(QLatin1String("status")).toString());
    QCOMPARE(result->id, object.value(QLatin1String("id")).toInteger());
    QCOMPARE(result->error.isNull(), !object.contains(QLatin1String("error")));
    QCOMPARE(JsonCodec::toJson(*result), object);
}

void TestJsonCodec::itemResultDetailsAreTyped()
{
    const auto removed =
        JsonCodec::itemResultFromJson(parse(R"({"id": 7, "status": "removed", "releasedMachines": 2,
                  "releasedLicenses": ["KSE", "KRE"], "revokedInvitations": [31, 32]})"));
    QVERIFY(removed);
    QCOMPARE(removed->status, ItemStatus::Removed);
    QCOMPARE(removed->outcome(), ItemOutcome::Done);
    QCOMPARE(removed->releasedMachines, 2);
    QCOMPARE(removed->releasedLicenses,
             (QStringList{QStringLiteral("KSE"), QStringLiteral("KRE")}));
    QCOMPARE(removed->revokedInvitations, (QList<qint64>{31, 32}));

    const auto inTeams = JsonCodec::itemResultFromJson(parse(
        R"({"id": 8, "status": "error", "error": {"code": "billing_manager_in_teams",
            "message": "A Billing Manager cannot belong to teams.",
            "details": {"teams": ["Web", "Mobile"]}}})"));
    QVERIFY(inTeams);
    QCOMPARE(inTeams->status, ItemStatus::Error);
    QCOMPARE(inTeams->outcome(), ItemOutcome::Failed);
    QCOMPARE(inTeams->error.code, QStringLiteral("billing_manager_in_teams"));

    const auto resent = JsonCodec::itemResultFromJson(
        parse(R"({"id": 3, "status": "resent", "expiresAt": "2026-11-30T06:40:00Z"})"));
    QVERIFY(resent);
    QCOMPARE(resent->expiresAt, utc("2026-11-30T06:40:00Z"));
    QCOMPARE(resent->outcome(), ItemOutcome::Done);

    const auto changed = JsonCodec::itemResultFromJson(
        parse(R"({"id": 5, "status": "changed", "role": "ADMIN", "previousRole": "MEMBER"})"));
    QVERIFY(changed);
    QCOMPARE(changed->role, std::optional<Role>(Role::Admin));
    QCOMPARE(changed->previousRole, std::optional<Role>(Role::Member));

    const auto licenses = JsonCodec::itemResultFromJson(
        parse(R"({"id": 5, "status": "changed", "licenses": ["KRE", "KSE"],
                  "addedLicenses": ["KSE"], "removedLicenses": ["KRE"]})"));
    QVERIFY(licenses);
    QCOMPARE(licenses->outcome(), ItemOutcome::Done);
    QCOMPARE(licenses->licenses,
             std::optional<QStringList>({QStringLiteral("KRE"), QStringLiteral("KSE")}));
    QCOMPARE(licenses->addedLicenses, QStringList{QStringLiteral("KSE")});
    QCOMPARE(licenses->removedLicenses, QStringList{QStringLiteral("KRE")});
    QVERIFY(!licenses->role);
    // A role change carries no licenses.
    QVERIFY(!changed->licenses);
    QVERIFY(!JsonCodec::itemResultFromJson(
        parse(R"({"id": 5, "status": "changed", "licenses": ["KSE"], "addedLicenses": [1]})")));

    // A half invitation or a list of the wrong type is a malformed answer.
    QVERIFY(!JsonCodec::itemResultFromJson(
        parse(R"({"id": 31, "status": "invited", "invitation": {"id": 31}})")));
    QVERIFY(!JsonCodec::itemResultFromJson(
        parse(R"({"id": 7, "status": "removed", "releasedLicenses": "KSE"})")));
}

void TestJsonCodec::unknownItemStatusIsAnError()
{
    // A newer server's status is shown as a failure with its name, not dropped.
    const auto result = JsonCodec::itemResultFromJson(parse(R"({"id": 7, "status": "archived"})"));
    QVERIFY(result);
    QCOMPARE(result->status, ItemStatus::Error);
    QCOMPARE(result->error.code, QStringLiteral("unknown_status"));
    QVERIFY2(result->error.message.contains(QStringLiteral("archived")),
             qPrintable(result->error.message));
    QCOMPARE(result->outcome(), ItemOutcome::Failed);
}

void TestJsonCodec::bulkAnswers()
{
    BulkResult results(2);
    results[0].id = 1;
    results[0].status = ItemStatus::Revoked;
    results[1].id = 2;
    results[1].status = ItemStatus::NotFound;
    const QJsonObject body = JsonCodec::toJson(results);
    QVERIFY(body.value(QLatin1String("results")).isArray());
    const auto decoded = JsonCodec::bulkResultFromJson(body);
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), 2);
    QCOMPARE(decoded->at(1).status, ItemStatus::NotFound);
    QCOMPARE(decoded->at(1).outcome(), ItemOutcome::Skipped);
    QVERIFY(!JsonCodec::bulkResultFromJson(parse(R"({"result": []})")));
    QVERIFY(!JsonCodec::bulkResultFromJson(parse(R"({"results": [{"id": 1}]})")));

    const OwnershipTransfer transfer{fullMember(), fullMember()};
    const auto read = JsonCodec::ownershipTransferFromJson(JsonCodec::toJson(transfer));
    QVERIFY(read);
    compareMembers(read->owner, transfer.owner);
    QVERIFY(!JsonCodec::ownershipTransferFromJson(parse(R"({"owner": {}})")));
}

void TestJsonCodec::itemResultNeedsStatus()
{
    QVERIFY(!JsonCodec::itemResultFromJson(parse(R"({"id": 7})")));
    QVERIFY(!JsonCodec::itemResultFromJson(parse(R"({"id": 7, "status": 1})")));
}

void TestJsonCodec::times_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("time"); // invalid: read as "no time"

    QTest::newRow("Z") << QJsonValue(QStringLiteral("2026-11-29T06:40:00Z"))
                       << utc("2026-11-29T06:40:00Z");
    QTest::newRow("offset converted to UTC")
        << QJsonValue(QStringLiteral("2026-11-29T08:40:00+02:00")) << utc("2026-11-29T06:40:00Z");
    QTest::newRow("milliseconds") << QJsonValue(QStringLiteral("2026-11-29T06:40:00.250Z"))
                                  << utc("2026-11-29T06:40:00Z").addMSecs(250);
    QTest::newRow("leap day") << QJsonValue(QStringLiteral("2028-02-29T23:59:59Z"))
                              << utc("2028-02-29T23:59:59Z");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QDateTime();
    QTest::newRow("empty") << QJsonValue(QString()) << QDateTime();
    QTest::newRow("garbage") << QJsonValue(QStringLiteral("yesterday")) << QDateTime();
    QTest::newRow("no such day") << QJsonValue(QStringLiteral("2026-02-30T00:00:00Z"))
                                 << QDateTime();
    QTest::newRow("a number") << QJsonValue(1764398400) << QDateTime();
}

void TestJsonCodec::times()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, time);
    const QDateTime decoded = JsonCodec::toTime(value);
    QCOMPARE(decoded.isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(decoded, time);
        QCOMPARE(decoded.timeSpec(), Qt::UTC);
    }
}

void TestJsonCodec::timesAreWrittenInUtcWithZ()
{
    const QDateTime berlin = QDateTime(QDate(2026, 11, 29), QTime(7, 40), QTimeZone(3600));
    QCOMPARE(JsonCodec::fromTime(berlin).toString(), QStringLiteral("2026-11-29T06:40:00Z"));
    QCOMPARE(JsonCodec::fromTime(utc("2026-11-29T06:40:00Z")).toString(),
             QStringLiteral("2026-11-29T06:40:00Z"));
    QVERIFY(JsonCodec::fromTime(QDateTime()).isNull());
    // What is written reads back as the same instant.
    QCOMPARE(JsonCodec::toTime(JsonCodec::fromTime(berlin)), berlin);
}

void TestJsonCodec::statusNames()
{
    for (MemberStatus status : {MemberStatus::Active, MemberStatus::Removed})
        QCOMPARE(JsonCodec::memberStatusFromName(JsonCodec::statusName(status)),
                 std::optional<MemberStatus>(status));
    for (InvitationStatus status : {InvitationStatus::Pending, InvitationStatus::Expired,
                                    InvitationStatus::Accepted, InvitationStatus::Revoked})
        QCOMPARE(JsonCodec::invitationStatusFromName(JsonCodec::statusName(status)),
                 std::optional<InvitationStatus>(status));
    QCOMPARE(JsonCodec::statusName(InvitationStatus::Pending), QStringLiteral("pending"));
    for (int i = 0; i <= int(ItemStatus::Error); ++i)
        QCOMPARE(JsonCodec::itemStatusFromName(JsonCodec::statusName(ItemStatus(i))),
                 std::optional<ItemStatus>(ItemStatus(i)));
    QCOMPARE(JsonCodec::statusName(ItemStatus::AlreadyRemoved), QStringLiteral("already_removed"));
    QVERIFY(!JsonCodec::itemStatusFromName(u"Removed"));
    QVERIFY(!JsonCodec::memberStatusFromName(u"Active"));
    QVERIFY(!JsonCodec::invitationStatusFromName(u""));
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "TestJsonCodec.moc"

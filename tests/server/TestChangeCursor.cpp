// The lists' change cursors over real HTTP, on both engines: every list
// answer carries a cursor; `changedSince=CURSOR` tells every kind of change
// once, and a record that left the list as a removal; a cursor the server
// cannot serve is 410 (the client then loads the whole list), a malformed
// one 400.
#include "DemoServer.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

namespace {

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

/// Every page of one change answer, joined.
struct Changes
{
    int status = 0;
    QString errorCode;
    QJsonObject error;
    QList<qint64> itemIds; ///< in answer order, duplicates kept
    QHash<qint64, QJsonObject> items;
    QList<qint64> removedIds;
    qint64 total = -1;
    QString cursor; ///< of the first page

    /// Every id the answer named, items and removals.
    QList<qint64> allIds() const { return itemIds + removedIds; }
};

} // namespace

class TestChangeCursor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyListAnswerCarriesACursor();
    void nothingChangedTellsNothing();
    void everyKindOfMemberChangeAppearsOnce();
    void everyKindOfInvitationChangeAppearsOnce();
    void invitationsThatExpiredSinceAreChanges();
    void changesArePagedInIdOrder();
    void recordsOutsideTheFiltersAreRemovals();
    void malformedCursorIsRefused();
    void cursorOfAnotherDatabaseIsGone();
    void cursorOfAnotherOrganizationIsGone();
    void cursorAheadOfTheDatabaseIsGone();

private:
    /// `path` is a list path with its query (e.g. "/members?status=active").
    QString cursorOf(const QString &path);
    Changes changes(const QString &path, const QString &cursor, int pageSize = 1000);
    /// An active MEMBER of the demo organization that no test has touched yet.
    QJsonObject freshMember();
    HttpTestResponse post(const QString &path, const QJsonObject &body, const QString &token = {});

    DemoServer m_demo;
    QString m_owner;
    QSet<qint64> m_used;
};

void TestChangeCursor::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
    m_used.insert(id(m_demo.member(DemoServer::OwnerEmail), "userId"));
    m_used.insert(id(m_demo.member(DemoServer::MemberEmail), "userId"));
}

QString TestChangeCursor::cursorOf(const QString &path)
{
    const HttpTestResponse response = m_demo.http().get(m_demo.org(path), m_owner);
    return response.object().value(QLatin1String("cursor")).toString();
}

Changes TestChangeCursor::changes(const QString &path, const QString &cursor, int pageSize)
{
    Changes changes;
    const QChar separator = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (int page = 0; page < 100; ++page) {
        const HttpTestResponse response =
            m_demo.http().get(m_demo.org(path + separator +
                                         QStringLiteral("changedSince=%1&size=%2&page=%3")
                                             .arg(encode(cursor))
                                             .arg(pageSize)
                                             .arg(page)),
                              m_owner);
        changes.status = response.status;
        if (response.status != 200) {
            changes.errorCode = response.errorCode();
            changes.error = response.object().value(QLatin1String("error")).toObject();
            return changes;
        }
        const QJsonObject body = response.object();
        if (page == 0) {
            changes.cursor = body.value(QLatin1String("cursor")).toString();
            changes.total = response.total();
        }
        const QJsonArray items = response.items();
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            const qint64 itemId =
                object.contains(QLatin1String("userId")) ? id(object, "userId") : id(object, "id");
            changes.itemIds.append(itemId);
            changes.items.insert(itemId, object);
        }
        const QJsonArray removed = body.value(QLatin1String("removedIds")).toArray();
        for (const QJsonValue &value : removed)
            changes.removedIds.append(qint64(value.toDouble()));
        if (items.isEmpty() && removed.isEmpty())
            break;
        if (changes.allIds().size() >= changes.total)
            break;
    }
    return changes;
}

QJsonObject TestChangeCursor::freshMember()
{
    const QList<QJsonObject> members = m_demo.allMembers();
    for (const QJsonObject &member : members) {
        const qint64 userId = id(member, "userId");
        if (member.value(QLatin1String("role")).toString() == QLatin1String("MEMBER") &&
            member.value(QLatin1String("teams")).toArray().isEmpty() && !m_used.contains(userId)) {
            m_used.insert(userId);
            return member;
        }
    }
    return {};
}

HttpTestResponse TestChangeCursor::post(const QString &path, const QJsonObject &body,
                                        const QString &token)
{
    return m_demo.http().postJson(m_demo.org(path), body, token.isEmpty() ? m_owner : token);
}

void TestChangeCursor::everyListAnswerCarriesACursor()
{
    for (const QString &path :
         {QStringLiteral("/members?status=active"), QStringLiteral("/members?status=removed"),
          QStringLiteral("/members?status=active&q=an"), QStringLiteral("/invitations"),
          QStringLiteral("/invitations?status=pending")}) {
        const HttpTestResponse response = m_demo.http().get(m_demo.org(path), m_owner);
        QCOMPARE(response.status, 200);
        const QString cursor = response.object().value(QLatin1String("cursor")).toString();
        QVERIFY2(!cursor.isEmpty(), qPrintable(path));
        // Opaque, but safe to put in a query string as it is.
        QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(cursor)), cursor);
        QCOMPARE(response.object().value(QLatin1String("totalIsLowerBound")).toBool(true), false);
        QVERIFY(!response.object().contains(QLatin1String("removedIds")));
    }
}

void TestChangeCursor::nothingChangedTellsNothing()
{
    const QString path = QStringLiteral("/members?status=active");
    const QString cursor = cursorOf(path);
    const Changes members = changes(path, cursor);
    QCOMPARE(members.status, 200);
    // Only the Owner's own last access may have moved (once a minute, on any request).
    const qint64 ownerId = id(m_demo.member(DemoServer::OwnerEmail), "userId");
    QVERIFY(members.removedIds.isEmpty());
    for (qint64 other : members.itemIds)
        QCOMPARE(other, ownerId);
    QVERIFY(!members.cursor.isEmpty());
    const Changes invitations = changes(QStringLiteral("/invitations"), cursor);
    QCOMPARE(invitations.status, 200);
    QVERIFY(invitations.allIds().isEmpty());
}

void TestChangeCursor::everyKindOfMemberChangeAppearsOnce()
{
    const QString activePath = QStringLiteral("/members?status=active");
    const QString removedPath = QStringLiteral("/members?status=removed");
    const QJsonObject toPromote = freshMember();
    const QJsonObject toRemove = freshMember();
    const QJsonObject withMachine = freshMember();
    QVERIFY(!toPromote.isEmpty() && !toRemove.isEmpty() && !withMachine.isEmpty());
    const QList<QJsonObject> removedBefore = m_demo.allMembers(QStringLiteral("removed"));
    QVERIFY(!removedBefore.isEmpty());
    const QJsonObject toReactivate = removedBefore.first();
    const QString machineOwnerToken =
        m_demo.token(withMachine.value(QLatin1String("email")).toString());
    QVERIFY(!machineOwnerToken.isEmpty());
    // The member's first request of the minute is a change of its own (last
    // access): make it before the cursor.
    QCOMPARE(m_demo.http().get(m_demo.org(), machineOwnerToken).status, 200);

    const QString cursor = cursorOf(activePath);

    // Joined with a license.
    const QJsonObject joined =
        m_demo.inviteAndAccept(QStringLiteral("cursor-new@example.net"),
                               QStringLiteral("Cursor Newcomer"), {QStringLiteral("KSE")});
    QVERIFY(!joined.isEmpty());
    // Role.
    QCOMPARE(post(QStringLiteral("/members/change-role"),
                  {{QStringLiteral("userIds"), QJsonArray{id(toPromote, "userId")}},
                   {QStringLiteral("role"), QStringLiteral("ADMIN")}})
                 .status,
             200);
    // Role and teams (member@example.com is in QA Automation).
    const qint64 teamMemberId = id(m_demo.member(DemoServer::MemberEmail), "userId");
    QCOMPARE(post(QStringLiteral("/members/change-role"),
                  {{QStringLiteral("userIds"), QJsonArray{teamMemberId}},
                   {QStringLiteral("role"), QStringLiteral("BILLING_MANAGER")},
                   {QStringLiteral("removeFromTeams"), true}})
                 .status,
             200);
    // Removed (licenses and machines released with it).
    QCOMPARE(post(QStringLiteral("/members/remove"),
                  {{QStringLiteral("userIds"), QJsonArray{id(toRemove, "userId")}}})
                 .status,
             200);
    // A machine (machineCount).
    const HttpTestResponse machine =
        post(QStringLiteral("/machines"), {{QStringLiteral("machineId"), QStringLiteral("cc-1")}},
             machineOwnerToken);
    QVERIFY2(machine.status == 201, machine.describe().constData());
    // Reactivated: a removed member invited again and accepting.
    const QJsonObject back =
        m_demo.inviteAndAccept(toReactivate.value(QLatin1String("email")).toString(), {});
    QVERIFY(!back.isEmpty());

    const Changes active = changes(activePath, cursor);
    QCOMPARE(active.status, 200);
    const QList<qint64> ids = active.allIds();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size()); // each once
    QCOMPARE(active.total, qint64(ids.size()));
    const qint64 ownerId = id(m_demo.member(DemoServer::OwnerEmail), "userId");
    const QSet<qint64> expectedItems{id(joined, "userId"), id(toPromote, "userId"), teamMemberId,
                                     id(withMachine, "userId"), id(toReactivate, "userId")};
    for (qint64 expected : expectedItems)
        QVERIFY2(active.items.contains(expected), qPrintable(QString::number(expected)));
    QCOMPARE(active.removedIds, QList<qint64>{id(toRemove, "userId")});
    for (qint64 other : active.itemIds) {
        // Nothing else changed, except the Owner's own last access (once a
        // minute, on any request).
        QVERIFY2(expectedItems.contains(other) || other == ownerId,
                 qPrintable(QString::number(other)));
    }
    // The records are as they are now.
    QCOMPARE(active.items.value(id(joined, "userId")).value(QLatin1String("licenses")).toArray(),
             QJsonArray{QStringLiteral("KSE")});
    QCOMPARE(active.items.value(id(toPromote, "userId")).value(QLatin1String("role")).toString(),
             QStringLiteral("ADMIN"));
    const QJsonObject teamMember = active.items.value(teamMemberId);
    QCOMPARE(teamMember.value(QLatin1String("role")).toString(), QStringLiteral("BILLING_MANAGER"));
    QVERIFY(teamMember.value(QLatin1String("teams")).toArray().isEmpty());
    QCOMPARE(
        active.items.value(id(withMachine, "userId")).value(QLatin1String("machineCount")).toInt(),
        withMachine.value(QLatin1String("machineCount")).toInt() + 1);
    QCOMPARE(
        active.items.value(id(toReactivate, "userId")).value(QLatin1String("status")).toString(),
        QStringLiteral("active"));

    // The same changes seen from the removed list: one in, one out.
    const Changes removed = changes(removedPath, cursor);
    QCOMPARE(removed.status, 200);
    QVERIFY(removed.items.contains(id(toRemove, "userId")));
    QCOMPARE(removed.items.value(id(toRemove, "userId")).value(QLatin1String("status")).toString(),
             QStringLiteral("removed"));
    QVERIFY(removed.removedIds.contains(id(toReactivate, "userId")));
    QVERIFY(removed.removedIds.contains(id(joined, "userId")));

    // From the answer's own cursor on, those changes are told no more.
    const Changes after = changes(activePath, active.cursor);
    QCOMPARE(after.status, 200);
    for (qint64 other : after.allIds())
        QCOMPARE(other, ownerId);
}

void TestChangeCursor::everyKindOfInvitationChangeAppearsOnce()
{
    const QString openPath = QStringLiteral("/invitations?status=open");
    const QList<QJsonObject> pending = m_demo.allInvitations(QStringLiteral("pending"));
    QVERIFY(pending.size() >= 3);
    const qint64 toResend = id(pending.at(0), "id");
    const qint64 toRevoke = id(pending.at(1), "id");
    const QString cursor = cursorOf(openPath);

    const QJsonObject invited =
        m_demo.invite(QStringLiteral("cursor-invited@example.net"), m_owner);
    const qint64 invitedId = id(invited.value(QLatin1String("invitation")).toObject(), "id");
    QVERIFY(invitedId > 0);
    QCOMPARE(
        post(QStringLiteral("/invitations/resend"), {{QStringLiteral("ids"), QJsonArray{toResend}}})
            .status,
        200);
    QCOMPARE(
        post(QStringLiteral("/invitations/revoke"), {{QStringLiteral("ids"), QJsonArray{toRevoke}}})
            .status,
        200);
    const QJsonObject accepted = m_demo.inviteAndAccept(
        QStringLiteral("cursor-accepts@example.net"), QStringLiteral("Cursor Accepts"));
    QVERIFY(!accepted.isEmpty());

    const Changes open = changes(openPath, cursor);
    QCOMPARE(open.status, 200);
    const QList<qint64> ids = open.allIds();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    QVERIFY(open.items.contains(invitedId));
    QCOMPARE(open.items.value(invitedId).value(QLatin1String("status")).toString(),
             QStringLiteral("pending"));
    QVERIFY(open.items.contains(toResend));
    QVERIFY(open.items.value(toResend).value(QLatin1String("expiresAt")).toString() !=
            pending.at(0).value(QLatin1String("expiresAt")).toString());
    QVERIFY(open.removedIds.contains(toRevoke));
    QCOMPARE(open.itemIds.size(), 2);
    QCOMPARE(open.removedIds.size(), 2); // revoked, and the accepted one

    const Changes revoked = changes(QStringLiteral("/invitations?status=revoked"), cursor);
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.items.contains(toRevoke));
    QCOMPARE(revoked.items.value(toRevoke).value(QLatin1String("status")).toString(),
             QStringLiteral("revoked"));
}

void TestChangeCursor::invitationsThatExpiredSinceAreChanges()
{
    // Its own server: invitations that live two seconds.
    DemoServer demo;
    QVERIFY2(demo.start({QStringLiteral("--invitation-ttl"), QStringLiteral("2")}),
             qPrintable(demo.errorString()));
    const QString owner = demo.ownerToken();
    const QJsonObject invited = demo.invite(QStringLiteral("expires-soon@example.net"), owner);
    const qint64 invitedId = id(invited.value(QLatin1String("invitation")).toObject(), "id");
    QVERIFY(invitedId > 0);
    const QString cursor = demo.http()
                               .get(demo.org(QStringLiteral("/invitations?status=pending")), owner)
                               .object()
                               .value(QLatin1String("cursor"))
                               .toString();
    QThread::msleep(2500);
    auto since = [&](const QString &status) {
        return demo.http().get(demo.org(QStringLiteral("/invitations?status=%1&changedSince=%2")
                                            .arg(status, encode(cursor))),
                               owner);
    };
    const HttpTestResponse pending = since(QStringLiteral("pending"));
    QCOMPARE(pending.status, 200);
    QVERIFY(pending.items().isEmpty());
    QCOMPARE(pending.object().value(QLatin1String("removedIds")).toArray(), QJsonArray{invitedId});
    const HttpTestResponse open = since(QStringLiteral("open"));
    QCOMPARE(open.items().size(), 1);
    QCOMPARE(id(open.items().first().toObject(), "id"), invitedId);
    QCOMPARE(open.items().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("expired"));
    const HttpTestResponse expired = since(QStringLiteral("expired"));
    QCOMPARE(expired.items().size(), 1);
}

void TestChangeCursor::changesArePagedInIdOrder()
{
    // Sixty role changes in one request: one change number, sixty records.
    QJsonArray userIds;
    QSet<qint64> changed;
    while (userIds.size() < 60) {
        const QJsonObject member = freshMember();
        QVERIFY(!member.isEmpty());
        userIds.append(id(member, "userId"));
        changed.insert(id(member, "userId"));
    }
    const QString path = QStringLiteral("/members?status=active");
    const QString cursor = cursorOf(path);
    QCOMPARE(post(QStringLiteral("/members/change-role"),
                  {{QStringLiteral("userIds"), userIds},
                   {QStringLiteral("role"), QStringLiteral("ADMIN")}})
                 .status,
             200);
    const Changes paged = changes(path, cursor, 25);
    QCOMPARE(paged.status, 200);
    QVERIFY(paged.total >= 60);
    QCOMPARE(paged.allIds().size(), paged.total);
    QList<qint64> sorted = paged.itemIds;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(paged.itemIds, sorted);
    for (qint64 userId : changed)
        QVERIFY(paged.items.contains(userId));
    // Past the last page: nothing, and the same total.
    const HttpTestResponse beyond = m_demo.http().get(
        m_demo.org(path + QStringLiteral("&changedSince=%1&size=25&page=9").arg(encode(cursor))),
        m_owner);
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.items().isEmpty());
    QCOMPARE(beyond.total(), paged.total);
}

void TestChangeCursor::recordsOutsideTheFiltersAreRemovals()
{
    const QJsonObject promoted = freshMember();
    const QJsonObject touched = freshMember();
    QVERIFY(!promoted.isEmpty() && !touched.isEmpty());
    const QString path = QStringLiteral("/members?status=active&role=ADMIN");
    const QString cursor = cursorOf(path);
    QCOMPARE(post(QStringLiteral("/members/change-role"),
                  {{QStringLiteral("userIds"), QJsonArray{id(promoted, "userId")}},
                   {QStringLiteral("role"), QStringLiteral("ADMIN")}})
                 .status,
             200);
    QCOMPARE(post(QStringLiteral("/members/change-role"),
                  {{QStringLiteral("userIds"), QJsonArray{id(touched, "userId")}},
                   {QStringLiteral("role"), QStringLiteral("BILLING_MANAGER")}})
                 .status,
             200);
    const Changes admins = changes(path, cursor);
    QVERIFY(admins.items.contains(id(promoted, "userId")));
    QVERIFY(admins.removedIds.contains(id(touched, "userId")));
    // A search is a filter too: the promoted member matches their own
    // address, the other one does not.
    const QString email = promoted.value(QLatin1String("email")).toString();
    const Changes searched =
        changes(QStringLiteral("/members?status=active&q=%1").arg(encode(email)), cursor);
    QVERIFY(searched.items.contains(id(promoted, "userId")));
    QVERIFY(searched.removedIds.contains(id(touched, "userId")));
}

void TestChangeCursor::malformedCursorIsRefused()
{
    const QString good = cursorOf(QStringLiteral("/members?status=active"));
    for (const QString &bad :
         {QStringLiteral("garbage"), QStringLiteral(""), good + QStringLiteral(".1"),
          QString(good).replace(0, 2, QStringLiteral("c9")), QStringLiteral("c1.xyz.1.1.1"),
          QStringLiteral("c1.ab.-1.1.1")}) {
        const HttpTestResponse response = m_demo.http().get(
            m_demo.org(QStringLiteral("/members?status=active&changedSince=%1").arg(encode(bad))),
            m_owner);
        QVERIFY2(response.status == 400,
                 qPrintable(bad + QLatin1Char(' ') + QString::fromUtf8(response.describe())));
        QCOMPARE(response.errorCode(), QStringLiteral("invalid_parameter"));
    }
    const HttpTestResponse twice = m_demo.http().get(
        m_demo.org(QStringLiteral("/members?changedSince=%1&changedSince=%1").arg(encode(good))),
        m_owner);
    QCOMPARE(twice.status, 400);
}

void TestChangeCursor::cursorOfAnotherDatabaseIsGone()
{
    DemoServer other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    const QString foreign = other.http()
                                .get(other.org(QStringLiteral("/members")), other.ownerToken())
                                .object()
                                .value(QLatin1String("cursor"))
                                .toString();
    QVERIFY(!foreign.isEmpty());
    for (const QString &path : {QStringLiteral("/members"), QStringLiteral("/invitations")}) {
        const Changes gone = changes(path, foreign);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.errorCode, QStringLiteral("cursor_expired"));
        QCOMPARE(gone.error.value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("other_database"));
    }
}

void TestChangeCursor::cursorOfAnotherOrganizationIsGone()
{
    const QString otherAdmin = m_demo.token(DemoServer::OtherAdminEmail);
    const QString foreign =
        m_demo.http()
            .get(m_demo.api(QStringLiteral("/organizations/%1/members").arg(m_demo.otherOrgId())),
                 otherAdmin)
            .object()
            .value(QLatin1String("cursor"))
            .toString();
    QVERIFY(!foreign.isEmpty());
    const Changes gone = changes(QStringLiteral("/members"), foreign);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.error.value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("reason"))
                 .toString(),
             QStringLiteral("other_organization"));
}

void TestChangeCursor::cursorAheadOfTheDatabaseIsGone()
{
    // What a database restored from a backup sees: a cursor handed out after
    // the backup was made, with a change number the database never reached.
    // The format is the server's own business; this test knows it.
    const QString cursor = cursorOf(QStringLiteral("/members"));
    QStringList parts = cursor.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 5);
    parts[3] = QString::number(parts.at(3).toLongLong() + 1000);
    const Changes gone = changes(QStringLiteral("/members"), parts.join(QLatin1Char('.')));
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.error.value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("reason"))
                 .toString(),
             QStringLiteral("ahead_of_database"));
}

QTEST_GUILESS_MAIN(TestChangeCursor)
#include "TestChangeCursor.moc"

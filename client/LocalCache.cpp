#include "LocalCache.h"

#include "ServerUrl.h"

#include <JsonCodec.h>

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>

namespace {

// Write transactions take SQLite's write lock at BEGIN (IMMEDIATE), where the
// busy timeout waits for another writer. A deferred BEGIN would first read,
// and in WAL mode a reader whose snapshot another connection has since
// committed over gets SQLITE_BUSY at once, without waiting ("database is
// locked" when a save and a load meet on a new file).
bool beginWrite(QSqlQuery &query)
{
    return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

// Version 1: meta, members, invitations.
constexpr int SchemaVersion = 1;

// Lists (licenses, team names) are stored joined by the unit separator, which
// no product code or team name contains.
const QChar ListSeparator(0x1F);

QAtomicInteger<quint64> s_connectionCounter;

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QStringList listFrom(const QString &joined)
{
    if (joined.isEmpty())
        return {};
    return joined.split(ListSeparator);
}

Role roleFrom(const QString &name)
{
    return Roles::fromApiName(name).value_or(Role::Member);
}

const char *const MemberColumns =
    "user_id, status, full_name, email, role, joined_at, last_access_at, licenses, "
    "machine_count, teams, removed_at, removed_by_id, removed_by_name";
const char *const InvitationColumns =
    "id, email, role, licenses, invited_by_id, invited_by_name, created_at, expires_at, "
    "status, activation_url, delivery_error";

} // namespace

LocalCache::LocalCache(const QString &directory, const QUrl &serverUrl, qint64 organizationId)
    : m_path(fileName(directory, serverUrl, organizationId)),
      m_connectionName(QStringLiteral("testops-cache-%1").arg(++s_connectionCounter)),
      m_serverUrl(ServerUrl::normalized(serverUrl).toString()), m_organizationId(organizationId)
{
    QDir().mkpath(directory);
}

LocalCache::~LocalCache()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString LocalCache::fileName(const QString &directory, const QUrl &serverUrl, qint64 organizationId)
{
    const QUrl url = ServerUrl::normalized(serverUrl);
    const QByteArray key = url.toEncoded() + '#' + QByteArray::number(organizationId);
    const QByteArray hash =
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QDir(directory).filePath(
        QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(hash)));
}

CacheError LocalCache::sqlError(const QString &message, const QString &detail) const
{
    return CacheError{message, detail};
}

Result<Done, CacheError> LocalCache::open()
{
    if (m_open)
        return Done{};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return sqlError(tr("The local cache cannot be used: the SQLite driver of Qt is missing."),
                        {});
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // A save on a pool thread and a load in another window may meet: wait
    // for the other writer instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return sqlError(tr("The local cache %1 could not be opened.").arg(m_path),
                        db.lastError().text());
    QSqlQuery pragma(db);
    // WAL: a reader (another window) never blocks the writer; NORMAL sync is
    // enough for data the server can always give again.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    Result<Done, CacheError> migrated = migrate();
    if (!migrated) {
        db.close();
        return migrated;
    }
    m_open = true;
    return Done{};
}

Result<Done, CacheError> LocalCache::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                   "NOT NULL)")))
        return sqlError(tr("The local cache %1 is damaged or is not a cache file.").arg(m_path),
                        query.lastError().text());
    int version = 0;
    if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next())
        version = query.value(0).toInt();
    if (version > SchemaVersion)
        return sqlError(tr("The local cache %1 was written by a newer version of the app and "
                           "is left untouched.")
                            .arg(m_path),
                        QStringLiteral("schema version %1").arg(version));
    if (version == SchemaVersion)
        return Done{};

    // IF NOT EXISTS: two connections opening a new file at once both succeed.
    if (!beginWrite(query))
        return sqlError(tr("The local cache %1 could not be prepared.").arg(m_path),
                        query.lastError().text());
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS members (user_id INTEGER NOT NULL, status TEXT NOT NULL, "
            "full_name TEXT, email TEXT, role TEXT, joined_at INTEGER, "
            "last_access_at INTEGER, licenses TEXT, machine_count INTEGER, teams TEXT, "
            "removed_at INTEGER, removed_by_id INTEGER, removed_by_name TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS invitations (id INTEGER NOT NULL, email TEXT, role TEXT, "
            "licenses TEXT, invited_by_id INTEGER, invited_by_name TEXT, "
            "created_at INTEGER, expires_at INTEGER, status TEXT, "
            "activation_url TEXT, delivery_error TEXT)"),
        QStringLiteral("DELETE FROM schema_version"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(SchemaVersion),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QString detail = query.lastError().text();
            db.rollback();
            return sqlError(tr("The local cache %1 could not be prepared.").arg(m_path), detail);
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return sqlError(tr("The local cache %1 could not be prepared.").arg(m_path), detail);
    }
    return Done{};
}

Result<Done, CacheError> LocalCache::save(const CacheSnapshot &snapshot)
{
    if (Result<Done, CacheError> opened = open(); !opened)
        return opened;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString failed = tr("The lists could not be saved in the local cache %1.").arg(m_path);
    QSqlQuery query(db);
    if (!beginWrite(query))
        return sqlError(failed, query.lastError().text());

    auto abort = [&](const QSqlQuery &failing) {
        const QString detail = failing.lastError().text();
        db.rollback();
        return Result<Done, CacheError>(sqlError(failed, detail));
    };
    for (const char *table : {"meta", "members", "invitations"}) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return abort(query);
    }

    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> metaValues = {
        {QStringLiteral("server_url"), m_serverUrl},
        {QStringLiteral("organization_id"), QString::number(m_organizationId)},
        {QStringLiteral("refreshed_at"), snapshot.refreshedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("organization"),
         QString::fromUtf8(QJsonDocument(JsonCodec::toJson(snapshot.organization))
                               .toJson(QJsonDocument::Compact))},
    };
    for (const auto &[key, value] : metaValues) {
        meta.addBindValue(key);
        meta.addBindValue(value);
        if (!meta.exec())
            return abort(meta);
    }

    QSqlQuery member(db);
    member.prepare(QStringLiteral("INSERT INTO members (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                       .arg(QLatin1String(MemberColumns)));
    for (const QList<Member> *list : {&snapshot.activeMembers, &snapshot.removedMembers}) {
        for (const Member &m : *list) {
            member.bindValue(0, m.userId);
            member.bindValue(1, JsonCodec::statusName(m.status));
            member.bindValue(2, m.fullName);
            member.bindValue(3, m.email);
            member.bindValue(4, Roles::toApiName(m.role));
            member.bindValue(5, timeValue(m.joinedAt));
            member.bindValue(6, timeValue(m.lastAccessAt));
            member.bindValue(7, m.licenses.join(ListSeparator));
            member.bindValue(8, m.machineCount);
            member.bindValue(9, m.teams.join(ListSeparator));
            member.bindValue(10, timeValue(m.removedAt));
            member.bindValue(11, m.removedBy.id);
            member.bindValue(12, m.removedBy.name);
            if (!member.exec())
                return abort(member);
        }
    }

    QSqlQuery invitation(db);
    invitation.prepare(QStringLiteral("INSERT INTO invitations (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(QLatin1String(InvitationColumns)));
    for (const Invitation &i : snapshot.invitations) {
        invitation.bindValue(0, i.id);
        invitation.bindValue(1, i.email);
        invitation.bindValue(2, Roles::toApiName(i.role));
        invitation.bindValue(3, i.licenses.join(ListSeparator));
        invitation.bindValue(4, i.invitedBy.id);
        invitation.bindValue(5, i.invitedBy.name);
        invitation.bindValue(6, timeValue(i.createdAt));
        invitation.bindValue(7, timeValue(i.expiresAt));
        invitation.bindValue(8, JsonCodec::statusName(i.status));
        invitation.bindValue(9, i.activationUrl);
        invitation.bindValue(10, i.deliveryError);
        if (!invitation.exec())
            return abort(invitation);
    }

    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return sqlError(failed, detail);
    }
    return Done{};
}

Result<CacheSnapshot, CacheError> LocalCache::load()
{
    if (Result<Done, CacheError> opened = open(); !opened)
        return opened.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString failed = tr("The local cache %1 could not be read.").arg(m_path);
    CacheSnapshot snapshot;

    // One read transaction: a consistent view even while another process writes.
    db.transaction();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        const QString detail = query.lastError().text();
        db.rollback();
        return sqlError(failed, detail);
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("refreshed_at"))
            snapshot.refreshedAt = QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
        else if (key == QLatin1String("organization"))
            snapshot.organization =
                JsonCodec::organizationFromJson(QJsonDocument::fromJson(value.toUtf8()).object())
                    .value_or(Organization{});
    }

    QSqlQuery members(db);
    members.setForwardOnly(true);
    if (!members.exec(QStringLiteral("SELECT %1 FROM members ORDER BY rowid")
                          .arg(QLatin1String(MemberColumns)))) {
        const QString detail = members.lastError().text();
        db.rollback();
        return sqlError(failed, detail);
    }
    while (members.next()) {
        Member m;
        m.userId = members.value(0).toLongLong();
        m.status = JsonCodec::memberStatusFromName(members.value(1).toString())
                       .value_or(MemberStatus::Active);
        m.fullName = members.value(2).toString();
        m.email = members.value(3).toString();
        m.role = roleFrom(members.value(4).toString());
        m.joinedAt = timeFrom(members.value(5));
        m.lastAccessAt = timeFrom(members.value(6));
        m.licenses = listFrom(members.value(7).toString());
        m.machineCount = members.value(8).toInt();
        m.teams = listFrom(members.value(9).toString());
        m.removedAt = timeFrom(members.value(10));
        m.removedBy.id = members.value(11).toLongLong();
        m.removedBy.name = members.value(12).toString();
        if (m.status == MemberStatus::Active)
            snapshot.activeMembers.append(std::move(m));
        else
            snapshot.removedMembers.append(std::move(m));
    }

    QSqlQuery invitations(db);
    invitations.setForwardOnly(true);
    if (!invitations.exec(QStringLiteral("SELECT %1 FROM invitations ORDER BY rowid")
                              .arg(QLatin1String(InvitationColumns)))) {
        const QString detail = invitations.lastError().text();
        db.rollback();
        return sqlError(failed, detail);
    }
    while (invitations.next()) {
        Invitation i;
        i.id = invitations.value(0).toLongLong();
        i.email = invitations.value(1).toString();
        i.role = roleFrom(invitations.value(2).toString());
        i.licenses = listFrom(invitations.value(3).toString());
        i.invitedBy.id = invitations.value(4).toLongLong();
        i.invitedBy.name = invitations.value(5).toString();
        i.createdAt = timeFrom(invitations.value(6));
        i.expiresAt = timeFrom(invitations.value(7));
        i.status = JsonCodec::invitationStatusFromName(invitations.value(8).toString())
                       .value_or(InvitationStatus::Pending);
        i.activationUrl = invitations.value(9).toString();
        i.deliveryError = invitations.value(10).toString();
        snapshot.invitations.append(std::move(i));
    }
    db.commit();
    return snapshot;
}

Result<Done, CacheError> LocalCache::clear()
{
    return save(CacheSnapshot{});
}

namespace {

// Delivers a pool thread's result in the caller's thread. The relay object
// lives in that thread and is deleted only there, after delivery, so the pool
// thread never touches an object that may be gone.
template<typename R>
void runInPool(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    auto *relay = new QObject;
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [relay, guard, work = std::move(work), done = std::move(done)]() mutable {
            R result = work();
            QMetaObject::invokeMethod(
                relay,
                [relay, guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard && done)
                        done(std::move(result));
                    relay->deleteLater();
                },
                Qt::QueuedConnection);
        });
}

} // namespace

void LocalCache::loadAsync(const QString &directory, const QUrl &serverUrl, qint64 organizationId,
                           QObject *context,
                           std::function<void(Result<CacheSnapshot, CacheError>)> done)
{
    runInPool<Result<CacheSnapshot, CacheError>>(
        context,
        [directory, serverUrl, organizationId] {
            LocalCache cache(directory, serverUrl, organizationId);
            return cache.load();
        },
        std::move(done));
}

void LocalCache::saveAsync(const QString &directory, const QUrl &serverUrl, qint64 organizationId,
                           CacheSnapshot snapshot, QObject *context,
                           std::function<void(Result<Done, CacheError>)> done)
{
    runInPool<Result<Done, CacheError>>(
        context,
        [directory, serverUrl, organizationId, snapshot = std::move(snapshot)] {
            LocalCache cache(directory, serverUrl, organizationId);
            return cache.save(snapshot);
        },
        std::move(done));
}

#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

class Database;

/// A position in one organization's changes: what a list answer's `cursor`
/// stands for. Which database (its random id), which organization, the
/// organization's change number when the answer was made, and the server's
/// time then (invitations expire without a write).
struct ChangePosition
{
    QString databaseId;
    qint64 organizationId = 0;
    qint64 change = 0;
    qint64 timeMs = 0; ///< milliseconds since 1970-01-01 UTC

    /// The API's opaque cursor: "c1.<databaseId>.<organizationId>.<change>.<timeMs>"
    /// (URL-safe: letters, digits and dots).
    QString toCursor() const;
    /// Reads toCursor()'s text; std::nullopt when `cursor` is not of that
    /// form (another version's cursor, a typo, a value made up).
    static std::optional<ChangePosition> fromCursor(QStringView cursor);
};

/// The change numbers behind the lists' change cursors (schema version 5).
///
/// Each organization counts its changes (organizations.change_seq). Every
/// write that changes what a member or invitation list shows — a row added,
/// a field, a license, a team, a status — stamps the changed memberships or
/// invitations row with the number stamp() gives, so that "what changed
/// since N" is one index range (change_seq > N).
///
/// Why a counter on the organization's row and not a sequence: a writer
/// increments it under the row's lock, which it keeps until its commit, so a
/// reader that sees number N sees every row stamped with N or less (READ
/// COMMITTED, each statement its own snapshot: read the position first, then
/// the rows, and a row may come twice but never be missed). Every change in
/// an organization holds that lock already (OrganizationStore::lock).
///
/// Throws StorageError. One ChangeLog per store is fine: each increments at
/// most once per transaction.
class ChangeLog
{
public:
    explicit ChangeLog(Database &database) : m_db(database) {}

    /// The number to stamp rows with that the open transaction changes in
    /// `organizationId`: the organization's counter incremented once per
    /// transaction (the first call), the same number for later calls in it.
    /// Outside a transaction every call increments: wrap the stamp and the
    /// write in one transaction.
    qint64 stamp(qint64 organizationId);

    /// The organization's committed position at `now`, read before the rows
    /// of an answer. The organization must exist.
    ChangePosition position(qint64 organizationId, const QDateTime &now);

    /// Whether changes since `since` can be told in this database:
    /// `current` (position() of now) is of the same database and
    /// organization and not behind it. A restored backup is behind the
    /// cursors handed out after it was made; another database has another id.
    static bool canServe(const ChangePosition &since, const ChangePosition &current);

    /// This database's random id (made by schema version 5).
    QString databaseId();

private:
    Database &m_db;
    /// organization → (Database::transactionSerial(), number stamped then)
    QHash<qint64, std::pair<quint64, qint64>> m_stamps;
    QString m_databaseId;
};

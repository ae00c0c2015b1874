#include "ChangeLog.h"

#include "Database.h"
#include "StorageError.h"

#include <QStringList>

namespace {

const QLatin1String cursorVersion("c1");

std::optional<qint64> number(QStringView text)
{
    // Digits only: toLongLong() also takes signs and spaces.
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

QString ChangePosition::toCursor() const
{
    return QStringList{cursorVersion, databaseId, QString::number(organizationId),
                       QString::number(change), QString::number(timeMs)}
        .join(QLatin1Char('.'));
}

std::optional<ChangePosition> ChangePosition::fromCursor(QStringView cursor)
{
    const QList<QStringView> parts = cursor.split(QLatin1Char('.'));
    if (parts.size() != 5 || parts.at(0) != cursorVersion || parts.at(1).isEmpty() ||
        parts.at(1).size() > 64)
        return std::nullopt;
    for (QChar c : parts.at(1)) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    const auto organization = number(parts.at(2));
    const auto change = number(parts.at(3));
    const auto time = number(parts.at(4));
    if (!organization || !change || !time)
        return std::nullopt;
    return ChangePosition{parts.at(1).toString(), *organization, *change, *time};
}

qint64 ChangeLog::stamp(qint64 organizationId)
{
    const quint64 transaction = m_db.transactionSerial();
    if (m_db.depth() > 0) {
        const auto known = m_stamps.constFind(organizationId);
        if (known != m_stamps.constEnd() && known->first == transaction)
            return known->second;
    }
    const QVariant change = m_db.scalar(QStringLiteral("UPDATE organizations"
                                                       " SET change_seq = change_seq + 1"
                                                       " WHERE id = ? RETURNING change_seq"),
                                        {organizationId});
    if (!change.isValid())
        throw StorageError(QStringLiteral("no organization %1 to stamp").arg(organizationId));
    if (m_db.depth() > 0)
        m_stamps.insert(organizationId, {transaction, change.toLongLong()});
    return change.toLongLong();
}

ChangePosition ChangeLog::position(qint64 organizationId, const QDateTime &now)
{
    const QVariant change = m_db.scalar(
        QStringLiteral("SELECT change_seq FROM organizations WHERE id = ?"), {organizationId});
    if (!change.isValid())
        throw StorageError(QStringLiteral("no organization %1").arg(organizationId));
    return ChangePosition{databaseId(), organizationId, change.toLongLong(),
                          now.toMSecsSinceEpoch()};
}

bool ChangeLog::canServe(const ChangePosition &since, const ChangePosition &current)
{
    return since.databaseId == current.databaseId &&
           since.organizationId == current.organizationId && since.change <= current.change;
}

QString ChangeLog::databaseId()
{
    if (m_databaseId.isEmpty()) {
        m_databaseId = m_db.scalar(QStringLiteral("SELECT id FROM database_identity")).toString();
        if (m_databaseId.isEmpty())
            throw StorageError(QStringLiteral("the database has no identity"));
    }
    return m_databaseId;
}

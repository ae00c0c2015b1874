#include "MemberTableModel.h"

#include "DateText.h"
#include "LocalOffsets.h"
#include "SearchFilter.h"

#include <QHash>

#include <algorithm>
#include <limits>

using DateText::fromMs;
using DateText::toMs;

MemberTableModel::MemberTableModel(QList<Column> columns, QObject *parent)
    : RecordTableModel(parent), m_columns(std::move(columns))
{}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

MemberField MemberTableModel::fieldOf(int column) const
{
    return column >= 1 && column <= m_columns.size() ? m_columns.at(column - 1).field
                                                     : MemberField::FullName;
}

QString MemberTableModel::columnTitle(int column) const
{
    return MemberFields::title(fieldOf(column));
}

int MemberTableModel::columnWidthInChars(int column) const
{
    return column >= 1 && column <= m_columns.size() ? m_columns.at(column - 1).widthInChars : 0;
}

ActionTarget MemberTableModel::targetOf(int record) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    return ActionTarget{idOfRecord(record), row.role, listEntry(row.teams).items};
}

QStringList MemberTableModel::emails() const
{
    QStringList list;
    list.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        list.append(row.email);
    return list;
}

void MemberTableModel::setMembers(QList<Member> members)
{
    const QSet<qint64> checked = beginLoad(members.size());
    m_rows.clear();
    m_rows.reserve(static_cast<size_t>(members.size()));
    QList<QString> names;
    names.reserve(members.size());
    for (Role role : Roles::all())
        m_roleText[Roles::rank(role)] = internText(Roles::displayName(role));
    m_neverText = internText(tr("Never", "last access"));

    for (const Member &member : std::as_const(members)) {
        Row row;
        // Copies, not shares: the caller's list (and whatever its parsing left
        // between its strings) can then go back to the system as whole pages.
        row.fullName = QString(member.fullName.constData(), member.fullName.size());
        row.email = QString(member.email.constData(), member.email.size());
        row.joinedAt = toMs(member.joinedAt);
        row.lastAccessAt = toMs(member.lastAccessAt);
        row.removedAt = toMs(member.removedAt);
        row.licenses = internList(member.licenses);
        row.removedBy = internPerson(member.removedBy.id, member.removedBy.name);
        row.teams = internList(member.teams);
        row.machineCount = member.machineCount;
        row.role = member.role;
        row.status = member.status;
        addRecord(member.userId, SearchFilter::haystack(member.fullName, member.email), member.role,
                  false);
        names.append(member.fullName);
        m_rows.push_back(std::move(row));
    }

    const std::vector<quint32> nameRanks = collationRanks(names);
    const std::vector<quint32> emailRanks = foldedEmailRanks();
    for (size_t r = 0; r < m_rows.size(); ++r) {
        m_rows[r].nameRank = nameRanks[r];
        m_rows[r].emailRank = emailRanks[r];
    }
    // Times sort by rank too (a missing time first), so that every column
    // has dense keys and a header click is a linear counting sort.
    std::vector<qint64> times(m_rows.size());
    for (quint32 Row::*rank : {&Row::joinedRank, &Row::lastAccessRank, &Row::removedRank}) {
        qint64 Row::*time = rank == &Row::joinedRank       ? &Row::joinedAt
                            : rank == &Row::lastAccessRank ? &Row::lastAccessAt
                                                           : &Row::removedAt;
        for (size_t r = 0; r < m_rows.size(); ++r)
            times[r] = m_rows[r].*time;
        const std::vector<quint32> ranks = valueRanks(times);
        for (size_t r = 0; r < m_rows.size(); ++r)
            m_rows[r].*rank = ranks[r];
    }
    rankLists();
    formatTimes();
    const qsizetype count = members.size();
    members = {};
    names = {};
    endLoad(checked);
    if (count >= largeLoad)
        releaseFreedMemory();
}

void MemberTableModel::formatTimes()
{
    // Each distinct text is formatted once and shared: a day has one short
    // date, "3 days ago" is one string for every row it fits. The local day
    // of each time comes from the zone's transitions, read once.
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const Row &row : m_rows) {
        for (qint64 ms : {row.joinedAt, row.lastAccessAt, row.removedAt}) {
            if (ms != DateText::null) {
                from = std::min(from, ms);
                to = std::max(to, ms);
            }
        }
    }
    const LocalOffsets zone(from, to);
    QHash<qint64, int> dates;
    QHash<qint64, int> relatives;
    const qint64 now = nowMs();
    auto dateText = [&](qint64 ms) {
        if (ms == DateText::null)
            return -1;
        const qint64 key = DateText::dateKey(ms, zone);
        auto it = dates.constFind(key);
        if (it == dates.constEnd())
            it = dates.insert(key, internText(DateText::shortDateOfKey(key)));
        return it.value();
    };
    for (Row &row : m_rows) {
        row.joinedText = dateText(row.joinedAt);
        row.removedText = dateText(row.removedAt);
        if (row.lastAccessAt == DateText::null) {
            row.lastAccessText = m_neverText;
        } else {
            const qint64 key = DateText::relativeKey(row.lastAccessAt, now, zone);
            auto it = relatives.constFind(key);
            if (it == relatives.constEnd())
                it = relatives.insert(key, internText(DateText::relativeText(key)));
            row.lastAccessText = it.value();
        }
    }
}

QVariant MemberTableModel::recordData(int record, int column, int role) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    const MemberField field = fieldOf(column);
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case MemberField::FullName:
            return row.fullName;
        case MemberField::Email:
            return row.email;
        case MemberField::Role:
        case MemberField::LastRole:
            return text(m_roleText[Roles::rank(row.role)]);
        case MemberField::JoinedAt:
            return text(row.joinedText);
        case MemberField::Licenses:
            return text(listEntry(row.licenses).textIndex);
        case MemberField::LastAccessAt:
            return text(row.lastAccessText);
        case MemberField::RemovedAt:
            return text(row.removedText);
        case MemberField::RemovedBy:
            return text(listEntry(row.removedBy).textIndex);
        case MemberField::Teams:
            return text(listEntry(row.teams).textIndex);
        case MemberField::Status:
        case MemberField::MachineCount:
            break; // not a list column (the export writes them)
        }
        return {};
    case Qt::ToolTipRole:
    case ExactTextRole:
        switch (field) {
        case MemberField::JoinedAt:
            return DateText::exact(row.joinedAt);
        case MemberField::LastAccessAt:
            return row.lastAccessAt == DateText::null ? text(m_neverText)
                                                      : DateText::exact(row.lastAccessAt);
        case MemberField::RemovedAt:
            return DateText::exact(row.removedAt);
        default:
            // The full text of a cell the view may elide.
            return recordData(record, column, Qt::DisplayRole);
        }
    case DateTimeRole:
        switch (field) {
        case MemberField::JoinedAt:
            return fromMs(row.joinedAt);
        case MemberField::LastAccessAt:
            return fromMs(row.lastAccessAt);
        case MemberField::RemovedAt:
            return fromMs(row.removedAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

qint64 MemberTableModel::sortKey(int record, int column) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    switch (fieldOf(column)) {
    case MemberField::FullName:
        return row.nameRank;
    case MemberField::Email:
        return row.emailRank;
    case MemberField::Role:
    case MemberField::LastRole:
        return Roles::rank(row.role);
    case MemberField::JoinedAt:
        return row.joinedRank;
    case MemberField::Licenses:
        return licensesKey(listEntry(row.licenses));
    case MemberField::LastAccessAt:
        return row.lastAccessRank;
    case MemberField::RemovedAt:
        return row.removedRank;
    case MemberField::RemovedBy:
        return listEntry(row.removedBy).rank;
    case MemberField::Teams:
        return listEntry(row.teams).rank;
    case MemberField::MachineCount:
        return row.machineCount;
    case MemberField::Status:
        return qint64(row.status);
    }
    return 0;
}

void MemberTableModel::sortKeys(int column, std::vector<qint64> &keys) const
{
    // One loop per field: a header click on 100,000 rows gathers its keys
    // without a virtual call per row.
    const size_t count = m_rows.size();
    const Row *rows = m_rows.data();
    qint64 *out = keys.data();
    switch (fieldOf(column)) {
    case MemberField::FullName:
        for (size_t r = 0; r < count; ++r)
            out[r] = rows[r].nameRank;
        return;
    case MemberField::Email:
        for (size_t r = 0; r < count; ++r)
            out[r] = rows[r].emailRank;
        return;
    case MemberField::JoinedAt:
        for (size_t r = 0; r < count; ++r)
            out[r] = rows[r].joinedRank;
        return;
    case MemberField::LastAccessAt:
        for (size_t r = 0; r < count; ++r)
            out[r] = rows[r].lastAccessRank;
        return;
    case MemberField::RemovedAt:
        for (size_t r = 0; r < count; ++r)
            out[r] = rows[r].removedRank;
        return;
    case MemberField::Role:
    case MemberField::LastRole:
        for (size_t r = 0; r < count; ++r)
            out[r] = Roles::rank(rows[r].role);
        return;
    case MemberField::Licenses:
    case MemberField::RemovedBy: {
        // A key per interned list, then one look-up per row.
        const bool licenses = fieldOf(column) == MemberField::Licenses;
        std::vector<qint64> listKeys;
        for (int i = 0;; ++i) {
            if (!hasListEntry(i))
                break;
            const ListEntry &entry = listEntry(i);
            listKeys.push_back(licenses ? licensesKey(entry) : qint64(entry.rank));
        }
        const qint64 *byList = listKeys.data();
        for (size_t r = 0; r < count; ++r)
            out[r] = byList[licenses ? rows[r].licenses : rows[r].removedBy];
        return;
    }
    case MemberField::Teams:
    case MemberField::MachineCount:
    case MemberField::Status:
        RecordTableModel::sortKeys(column, keys);
        return;
    }
}

Member MemberTableModel::toMember(int record) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    Member member;
    member.userId = idOfRecord(record);
    member.fullName = row.fullName;
    member.email = row.email;
    member.role = row.role;
    member.status = row.status;
    member.joinedAt = fromMs(row.joinedAt);
    member.lastAccessAt = fromMs(row.lastAccessAt);
    member.licenses = listEntry(row.licenses).items;
    member.machineCount = row.machineCount;
    member.teams = listEntry(row.teams).items;
    member.removedAt = fromMs(row.removedAt);
    const ListEntry &removedBy = listEntry(row.removedBy);
    member.removedBy =
        UserRef{removedBy.id, removedBy.items.isEmpty() ? QString() : removedBy.items.first()};
    return member;
}

Member MemberTableModel::memberAt(int row) const
{
    if (row < 0 || row >= recordCount())
        return {};
    return toMember(recordAt(row));
}

QList<Member> MemberTableModel::members(const QList<qint64> &ids) const
{
    QList<Member> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            result.append(memberAt(row));
    }
    return result;
}

QList<Member> MemberTableModel::checkedMembers() const
{
    return members(checkedIds());
}

#include "MemberTableModel.h"

#include "DateText.h"
#include "SearchFilter.h"

#include <QHash>

namespace {

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : DateText::null;
}

QDateTime fromMs(qint64 ms)
{
    return ms == DateText::null ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent) : RecordTableModel(parent) {}

void MemberTableModel::setMembers(const QList<Member> &members)
{
    const QSet<qint64> checked = beginLoad(members.size());
    m_rows.clear();
    m_rows.reserve(static_cast<size_t>(members.size()));
    QList<QString> names;
    QList<QString> emails;
    names.reserve(members.size());
    emails.reserve(members.size());
    for (Role role : Roles::all())
        m_roleText[Roles::rank(role)] = internText(Roles::displayName(role));
    m_neverText = internText(tr("Never", "last access"));

    for (const Member &member : members) {
        Row row;
        row.fullName = member.fullName;
        row.email = member.email;
        row.userId = member.userId;
        row.joinedAt = toMs(member.joinedAt);
        row.lastAccessAt = toMs(member.lastAccessAt);
        row.removedAt = toMs(member.removedAt);
        row.removedById = member.removedBy.id;
        row.licenses = internList(member.licenses);
        row.removedBy = internList(member.removedBy.isNull() ? QStringList()
                                                             : QStringList{member.removedBy.name});
        row.teams = internList(member.teams);
        row.machineCount = member.machineCount;
        row.role = member.role;
        row.status = member.status;
        addRecord(member.userId, SearchFilter::haystack(member.fullName, member.email), member.role,
                  false);
        names.append(member.fullName);
        emails.append(member.email);
        m_rows.push_back(std::move(row));
    }

    const std::vector<quint32> nameRanks = collationRanks(names);
    const std::vector<quint32> emailRanks = collationRanks(emails);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        m_rows[r].nameRank = nameRanks[r];
        m_rows[r].emailRank = emailRanks[r];
    }
    rankLists();
    formatTimes();
    endLoad(checked);
}

void MemberTableModel::formatTimes()
{
    // Each distinct text is formatted once and shared: a day has one short
    // date, "3 days ago" is one string for every row it fits.
    QHash<qint64, int> dates;
    QHash<qint64, int> relatives;
    const qint64 now = nowMs();
    auto dateText = [&](qint64 ms) {
        if (ms == DateText::null)
            return -1;
        const qint64 key = DateText::dateKey(ms);
        auto it = dates.constFind(key);
        if (it == dates.constEnd())
            it = dates.insert(key, internText(DateText::shortDate(ms)));
        return it.value();
    };
    for (Row &row : m_rows) {
        row.joinedText = dateText(row.joinedAt);
        row.removedText = dateText(row.removedAt);
        if (row.lastAccessAt == DateText::null) {
            row.lastAccessText = m_neverText;
        } else {
            const qint64 key = DateText::relativeKey(row.lastAccessAt, now);
            auto it = relatives.constFind(key);
            if (it == relatives.constEnd())
                it = relatives.insert(key, internText(DateText::relative(row.lastAccessAt, now)));
            row.lastAccessText = it.value();
        }
    }
}

QVariant MemberTableModel::recordData(int record, int column, int role) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    const Field field = fieldOf(column);
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case Field::FullName:
            return row.fullName;
        case Field::Email:
            return row.email;
        case Field::Role:
            return text(m_roleText[Roles::rank(row.role)]);
        case Field::JoinedAt:
            return text(row.joinedText);
        case Field::Licenses:
            return text(listEntry(row.licenses).textIndex);
        case Field::LastAccessAt:
            return text(row.lastAccessText);
        case Field::RemovedAt:
            return text(row.removedText);
        case Field::RemovedBy:
            return text(listEntry(row.removedBy).textIndex);
        }
        return {};
    case Qt::ToolTipRole:
    case ExactTextRole:
        switch (field) {
        case Field::JoinedAt:
            return DateText::exact(row.joinedAt);
        case Field::LastAccessAt:
            return row.lastAccessAt == DateText::null ? text(m_neverText)
                                                      : DateText::exact(row.lastAccessAt);
        case Field::RemovedAt:
            return DateText::exact(row.removedAt);
        default:
            // The full text of a cell the view may elide.
            return recordData(record, column, Qt::DisplayRole);
        }
    case DateTimeRole:
        switch (field) {
        case Field::JoinedAt:
            return fromMs(row.joinedAt);
        case Field::LastAccessAt:
            return fromMs(row.lastAccessAt);
        case Field::RemovedAt:
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
    case Field::FullName:
        return row.nameRank;
    case Field::Email:
        return row.emailRank;
    case Field::Role:
        return Roles::rank(row.role);
    case Field::JoinedAt:
        return row.joinedAt;
    case Field::Licenses: {
        // By count first ("counts numerically"), then by the products' names.
        const ListEntry &entry = listEntry(row.licenses);
        return (qint64(entry.items.size()) << 32) | entry.rank;
    }
    case Field::LastAccessAt:
        return row.lastAccessAt;
    case Field::RemovedAt:
        return row.removedAt;
    case Field::RemovedBy:
        return listEntry(row.removedBy).rank;
    }
    return 0;
}

Member MemberTableModel::toMember(const Row &row) const
{
    Member member;
    member.userId = row.userId;
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
    const QStringList &removedBy = listEntry(row.removedBy).items;
    member.removedBy =
        UserRef{row.removedById, removedBy.isEmpty() ? QString() : removedBy.first()};
    return member;
}

Member MemberTableModel::memberAt(int row) const
{
    if (row < 0 || row >= recordCount())
        return {};
    return toMember(m_rows[static_cast<size_t>(recordAt(row))]);
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

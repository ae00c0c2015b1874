#pragma once

#include "Member.h"
#include "MemberField.h"
#include "RecordTableModel.h"

#include <QList>

#include <vector>

/// The storage shared by Active Users and Removed Users: members kept as
/// compact rows (display texts and sort keys computed once per load, license
/// lists, people and teams interned), so that 200,000 members fit in well
/// under 150 MB. The subclasses only choose columns: a table of fields.
class MemberTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    /// One column after the check box: the field it shows (titled by
    /// MemberFields::title()) and a width in average characters that fits
    /// most values (headerData()'s WidthInCharsRole).
    struct Column
    {
        MemberField field;
        int widthInChars;
    };

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// The field shown in `column` (column >= 1); FullName for others.
    MemberField fieldOf(int column) const;

    /// Replaces the members (a load or a refresh). Checks are kept for user
    /// ids that are still present; the current sort is re-applied. Members
    /// are shown in the given order until a sort. Pass the list with
    /// std::move: the model keeps compact copies and drops the list, and
    /// after a large load (10,000 records or more) returns the freed memory
    /// to the system (releaseFreedMemory()).
    void setMembers(QList<Member> members);

    /// The member at `row`, rebuilt from the compact row (times in UTC);
    /// a default Member when out of range.
    Member memberAt(int row) const;
    /// The members with the given user ids, in the order of `ids`; unknown
    /// ids are skipped.
    QList<Member> members(const QList<qint64> &ids) const;
    /// The checked members, in row order.
    QList<Member> checkedMembers() const;

    /// The addresses of every member, in load order (for the Invite Users
    /// dialog's "already a member").
    QStringList emails() const;

protected:
    /// `columns`: what columns 1… show, in order.
    MemberTableModel(QList<Column> columns, QObject *parent);

    QString columnTitle(int column) const override;
    int columnWidthInChars(int column) const override;
    ActionTarget targetOf(int record) const override;
    QVariant recordData(int record, int column, int role) const override;
    qint64 sortKey(int record, int column) const override;
    void sortKeys(int column, std::vector<qint64> &keys) const override;
    void formatTimes() override;

private:
    struct Row
    {
        QString fullName;
        QString email;
        qint64 joinedAt = 0;
        qint64 lastAccessAt = 0;
        qint64 removedAt = 0;
        quint32 nameRank = 0;
        quint32 emailRank = 0;
        quint32 joinedRank = 0; ///< dense sort keys of the times (valueRanks())
        quint32 lastAccessRank = 0;
        quint32 removedRank = 0;
        qint32 licenses = -1;  ///< listEntry()
        qint32 removedBy = -1; ///< listEntry() of the person (internPerson())
        qint32 teams = -1;     ///< listEntry()
        qint32 joinedText = -1;
        qint32 lastAccessText = -1;
        qint32 removedText = -1;
        qint32 machineCount = 0;
        Role role = Role::Member;
        MemberStatus status = MemberStatus::Active;
    };

    Member toMember(int record) const;

    QList<Column> m_columns;
    std::vector<Row> m_rows; ///< by record
    int m_roleText[4] = {-1, -1, -1, -1};
    int m_neverText = -1;
};

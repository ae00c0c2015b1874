#pragma once

#include "ActionRules.h"
#include "Role.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

/// The shared base of the three tab models (Active Users, Pending
/// Invitations, Removed Users): a flat table of records, each with a unique
/// id (user id or invitation id), a checkbox in column 0, and precomputed
/// display texts and sort keys.
///
/// Check state lives here, keyed by record: it survives sorting and
/// filtering (done by RecordFilterProxyModel) and a refresh with a new list
/// (checks are carried over by id; ids that disappeared drop out). Every
/// check change emits dataChanged with {Qt::CheckStateRole} and then
/// checksChanged().
///
/// Sorting happens here, on precomputed integer keys (collation ranks for
/// names, milliseconds for dates, counts for licenses), so that a header
/// click costs one std::stable_sort of the row order. The proxy forwards
/// sort() to this model; see docs/performance.md for why.
///
/// Rows are record indexes in the current sort order; "record" below is the
/// index of a record in load order, stable between loads.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Column 0 of every tab is the checkbox column.
    static constexpr int CheckColumn = 0;

    /// Roles beyond Qt's, the same on every tab.
    enum ItemRole
    {
        RecordIdRole = Qt::UserRole + 1, ///< qint64 user id or invitation id, any column
        SortKeyRole,                     ///< qint64 key the column sorts by
        DateTimeRole,  ///< QDateTime (UTC) of a date column; invalid for none/other columns
        ExactTextRole, ///< the full, exact text of the cell (dates: exact local time)
        /// headerData(): a width in average characters that fits most values
        /// of the column (int), for a view's first layout; 0 for column 0.
        WidthInCharsRole,
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Column titles (Qt::DisplayRole) and default widths (WidthInCharsRole);
    /// column 0 has no title, its accessible name is "Select"
    /// (Qt::AccessibleTextRole).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Only Qt::CheckStateRole in column 0 is editable (Qt::Checked or
    /// Qt::Unchecked as int); anything else returns false.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Sorts rows by `column` (any column, 0 sorts checked rows first in
    /// ascending order). Stable: equal keys keep their current order. The
    /// column and order are kept for the next load. -1 restores load order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The key that `column` sorts `row` by (what SortKeyRole gives, without
    /// a QVariant); 0 for out-of-range arguments.
    qint64 sortKeyAt(int row, int column) const;

    /// The column sorted by (-1: load order) and its order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Whether a list was loaded (by a load of the subclass), even an empty one.
    bool isLoaded() const { return m_loaded; }

    // --- records and ids -------------------------------------------------
    /// The id of the record shown at `row`; 0 when out of range.
    qint64 idAt(int row) const;
    /// The row of the record with `id`, or -1 when there is none.
    int rowOfId(qint64 id) const;

    // --- check state -----------------------------------------------------
    /// Whether the record with `id` is checked (false for unknown ids).
    bool isChecked(qint64 id) const;
    /// Checks or unchecks the record with `id`; unknown ids are ignored.
    void setChecked(qint64 id, bool checked);
    /// Checks or unchecks the given rows (out-of-range rows are ignored)
    /// with one dataChanged over the span of rows that changed.
    void setCheckedRows(const QList<int> &rows, bool checked);
    /// Checks or unchecks every row, with one dataChanged.
    void setAllChecked(bool checked);
    /// Checks or unchecks the records with these ids (unknown ids are
    /// ignored), with one dataChanged over the span of rows that changed.
    void setIdsChecked(const QList<qint64> &ids, bool checked);
    /// The ids of the checked records, in row order.
    QList<qint64> checkedIds() const;
    /// How many records are checked, in constant time.
    int checkedCount() const { return m_checkedCount; }

    // --- for the action rules ----------------------------------------------
    /// The records with these ids as ActionRules sees them (id, role, teams),
    /// in the order of `ids`; unknown ids are skipped.
    QList<ActionTarget> targets(const QList<qint64> &ids) const;
    /// The checked records as ActionRules sees them, in row order.
    QList<ActionTarget> checkedTargets() const;

    // --- time ----------------------------------------------------------------
    /// The time that relative texts ("3 days ago") are computed against;
    /// an invalid QDateTime (the default) means the current time at each
    /// load. Re-formats the date texts and emits dataChanged for them.
    void setReferenceTime(const QDateTime &now);
    /// Re-formats relative texts against the current time (or the reference
    /// time); call it now and then (e.g. every minute) so "just now" ages.
    void refreshTimes();

    // --- for RecordFilterProxyModel (record = load-order index) -------------
    int recordCount() const { return static_cast<int>(m_ids.size()); }
    int recordAt(int row) const { return m_order[static_cast<size_t>(row)]; }
    int rowOfRecord(int record) const { return m_rowOf[static_cast<size_t>(record)]; }
    bool isRecordChecked(int record) const { return m_checked[static_cast<size_t>(record)] != 0; }
    /// The folded name and email of a record (SearchFilter::haystack()).
    std::string_view haystackOf(int record) const
    {
        const size_t begin = record == 0 ? 0 : m_haystackEnds[static_cast<size_t>(record) - 1];
        const size_t end = m_haystackEnds[static_cast<size_t>(record)] - 1; // without the NUL
        return std::string_view(m_haystacks.constData() + begin, end - begin);
    }
    /// Every record's haystack in record order, each followed by a NUL byte,
    /// so one substring search can run over all of them (a needle holds no
    /// NUL, so no match spans two records or a name and an email).
    std::string_view allHaystacks() const
    {
        return std::string_view(m_haystacks.constData(), static_cast<size_t>(m_haystacks.size()));
    }
    /// Where each record's haystack ends in allHaystacks() (after its NUL).
    const quint32 *haystackEnds() const { return m_haystackEnds.data(); }
    /// The role that the role filter tests, if the record has one.
    std::optional<Role> filterRoleOf(int record) const
    {
        const qint8 role = m_role[static_cast<size_t>(record)];
        if (role < 0)
            return std::nullopt;
        return static_cast<Role>(role);
    }
    /// Whether the record is an expired invitation.
    bool isRecordExpired(int record) const { return m_expired[static_cast<size_t>(record)] != 0; }
    /// Sets the check of the given records, one dataChanged over the span.
    void setRecordsChecked(const std::vector<int> &records, bool checked);
    /// Loads of at least this many records end with releaseFreedMemory().
    static constexpr qsizetype largeLoad = 10000;

    /// Returns heap memory freed by earlier loads and their temporaries to
    /// the system (glibc malloc_trim; no effect elsewhere). Call it after
    /// loading large lists; it takes a few milliseconds.
    static void releaseFreedMemory();

    /// Grows by one on every load, so caches keyed on records can tell.
    quint64 generation() const { return m_generation; }

signals:
    /// Emitted after any change of check state (also after a load).
    void checksChanged();
    /// Emitted when what the filter tests changed without a load (an
    /// invitation expired during refreshTimes()).
    void filterDataChanged();

protected:
    /// The title of `column` (>= 1), translated.
    virtual QString columnTitle(int column) const = 0;
    /// The width of `column` (>= 1) that fits most values, in average characters.
    virtual int columnWidthInChars(int column) const = 0;
    /// The record as ActionRules sees it.
    virtual ActionTarget targetOf(int record) const = 0;
    /// The display text, tooltip etc. of a record's cell; column >= 1.
    virtual QVariant recordData(int record, int column, int role) const = 0;
    /// The key a column sorts by, for `record`; column >= 1.
    virtual qint64 sortKey(int record, int column) const = 0;
    /// The keys of every record for `column` (>= 1) into `keys` (sized to
    /// recordCount()). The default calls sortKey() per record; subclasses
    /// may do it in one loop per column.
    virtual void sortKeys(int column, std::vector<qint64> &keys) const;
    /// Re-formats the relative texts of every record against nowMs().
    virtual void formatTimes() = 0;
    /// The columns whose texts formatTimes() changes.
    virtual QList<int> timeColumns() const = 0;

    /// Starts a load: beginResetModel() and clears the shared arrays; returns
    /// the ids checked so far, for endLoad().
    QSet<qint64> beginLoad(qsizetype count);
    /// Adds the shared part of one record (call in record order).
    void addRecord(qint64 id, const QByteArray &haystack, std::optional<Role> role, bool expired);
    /// Ends a load: restores checks of ids still present, re-applies the
    /// sort, endResetModel(), checksChanged().
    void endLoad(const QSet<qint64> &checkedIds);

    /// Interns a display text so that equal texts share one QString; returns
    /// its index for text().
    int internText(const QString &text);
    /// A text interned by internText(); index -1 gives an empty string.
    const QString &text(int index) const;
    /// Forgets all interned texts (at the start of a load).
    void clearTexts();

    /// The id of a record (load-order index).
    qint64 idOfRecord(int record) const { return m_ids[static_cast<size_t>(record)]; }
    /// The record with `id`, or -1 (binary search, O(log n)).
    int recordOfId(qint64 id) const;

    /// Marks an invitation record expired or not (from formatTimes()).
    void setRecordExpired(int record, bool expired);

    /// A list of strings (licenses of a record, a person's name, teams)
    /// interned so that records with the same list share it.
    struct ListEntry
    {
        QStringList items;
        qint64 id = 0;      ///< for a person: the user id
        int textIndex = -1; ///< items joined with ", ", for text()
        quint32 rank = 0;   ///< collation rank of that text, after rankLists()
    };
    /// Interns `items` (order matters); returns the index for listEntry().
    int internList(const QStringList &items);
    /// Interns a person (user id and name; id 0 is "nobody", an empty list).
    int internPerson(qint64 id, const QString &name);
    const ListEntry &listEntry(int index) const { return m_lists.at(index); }
    bool hasListEntry(int index) const { return index >= 0 && index < m_lists.size(); }
    /// Computes ListEntry::rank for every interned list.
    void rankLists();
    /// The sort key of a license list: by count first ("counts
    /// numerically"), then by the products' names; dense (count times the
    /// number of lists plus the rank).
    qint64 licensesKey(const ListEntry &entry) const
    {
        return qint64(entry.items.size()) * m_lists.size() + entry.rank;
    }

    /// The current time for relative texts, in ms since the epoch (UTC).
    qint64 nowMs() const { return m_nowMs; }

    /// Ranks strings by QCollator order of the user's locale (English in the
    /// C locale; case-insensitive, numeric mode):
    /// equal strings get equal ranks, ranks start at 0.
    static std::vector<quint32> collationRanks(const QList<QString> &strings);
    /// Ranks of `values` (equal values, equal ranks; from 0), so that sort
    /// keys are dense and a header click can use a counting sort.
    static std::vector<quint32> valueRanks(const std::vector<qint64> &values);
    /// Ranks the records added so far by their folded email (the part of the
    /// haystack after the NUL), byte-wise: addresses are mostly ASCII, and
    /// this costs a memcmp where collation would cost an ICU sort key each.
    std::vector<quint32> foldedEmailRanks() const;

private:
    void sortRows();
    void countingSort(const std::vector<qint64> &keys, qint64 low, size_t buckets);
    void rebuildRowOf();
    void emitCheckChanged(int firstRow, int lastRow);
    void updateNow();

    std::vector<qint64> m_ids;
    std::vector<int> m_order; ///< row -> record
    std::vector<int> m_rowOf; ///< record -> row
    std::vector<quint8> m_checked;
    std::vector<qint8> m_role; ///< -1: none
    std::vector<quint8> m_expired;
    std::vector<quint32> m_haystackEnds;
    QByteArray m_haystacks;
    std::vector<int> m_byId; ///< records sorted by id, for recordOfId()
    int m_checkedCount = 0;
    bool m_loaded = false;

    QList<QString> m_texts;
    QHash<QString, int> m_textIndex;
    QList<ListEntry> m_lists;
    QHash<QString, int> m_listIndex;
    bool m_expiryChanged = false;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    QDateTime m_referenceTime;
    qint64 m_nowMs = 0;
};

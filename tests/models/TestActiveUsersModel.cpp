#include "ActiveUsersModel.h"
#include "DateText.h"
#include "ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <cstddef>

// Counts heap allocations, so that a test can check that data() for the
// display role allocates nothing (the scrolling hot path). Qt allocates
// string data with malloc, so malloc itself is wrapped (glibc exports the
// real one as __libc_malloc). AddressSanitizer replaces malloc itself, so the
// sanitizer build counts nothing and skips that test.
static std::atomic<long> g_allocations{0};

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TESTOPS_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define TESTOPS_ASAN 1
#endif
#if defined(__GLIBC__) && !defined(TESTOPS_ASAN)
#define TESTOPS_COUNT_ALLOCATIONS 1
#endif

#ifdef TESTOPS_COUNT_ALLOCATIONS
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *p, std::size_t size);

void *malloc(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}

void *calloc(std::size_t count, std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}

void *realloc(void *p, std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(p, size);
}
}
#endif

using namespace ModelTestData;

class TestActiveUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheSeedColumns();
    void showsDatesInTheUsersTimeZoneWithExactTooltip();
    void fullTextInTooltipForElidedCells();
    void checkChangesEmitCheckStateRole();
    void bulkCheckEmitsOneDataChanged();
    void checksSurviveRefreshById();
    void sortsDatesChronologically();
    void sortsLicenseCountsNumerically();
    void sortsNamesByCollation();
    void checksSurviveSorting();
    void sortIsStable();
    void givesRecordsForCheckedIds();
    void displayDataDoesNotAllocate();
    void checkBoxCellsHaveAnAccessibleName();

private:
    int rowOf(qint64 id) const { return m_model->rowOfId(id); }
    QList<qint64> idsInRowOrder() const;

    ActiveUsersModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestActiveUsersModel::init()
{
    m_model = new ActiveUsersModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setReferenceTime(now());
    m_model->setMembers(members());
}

void TestActiveUsersModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

// Every control has an accessible name: a row's check box is
// named after the row, not left '' for screen readers.
void TestActiveUsersModel::checkBoxCellsHaveAnAccessibleName()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name =
            m_model->index(row, ActiveUsersModel::FullNameColumn).data().toString();
        QCOMPARE(m_model->index(row, ActiveUsersModel::CheckColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("Select %1").arg(name));
    }
}

QList<qint64> TestActiveUsersModel::idsInRowOrder() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->idAt(row));
    return ids;
}

void TestActiveUsersModel::showsTheSeedColumns()
{
    QCOMPARE(m_model->columnCount(), 7);
    const QStringList expected = {QString(),
                                  QStringLiteral("Full Name"),
                                  QStringLiteral("Email"),
                                  QStringLiteral("Role"),
                                  QStringLiteral("Join Date"),
                                  QStringLiteral("Licenses"),
                                  QStringLiteral("Last Access")};
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected.at(c));
    QCOMPARE(m_model->rowCount(), 5);
    const int row = rowOf(2);
    QCOMPARE(m_model->index(row, ActiveUsersModel::FullNameColumn).data().toString(),
             QStringLiteral("José Núñez"));
    QCOMPARE(m_model->index(row, ActiveUsersModel::EmailColumn).data().toString(),
             QStringLiteral("jose.nunez@example.com"));
    QCOMPARE(m_model->index(row, ActiveUsersModel::RoleColumn).data().toString(),
             QStringLiteral("Admin"));
    QCOMPARE(m_model->index(row, ActiveUsersModel::LicensesColumn).data().toString(),
             QStringLiteral("KSE, KRE"));
    QCOMPARE(m_model->index(row, ActiveUsersModel::CheckColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(m_model->index(row, ActiveUsersModel::EmailColumn)
                 .data(RecordTableModel::RecordIdRole)
                 .toLongLong(),
             2);
    QVERIFY(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m_model->flags(m_model->index(row, 1)) & Qt::ItemIsUserCheckable));
}

void TestActiveUsersModel::showsDatesInTheUsersTimeZoneWithExactTooltip()
{
    const int row = rowOf(2);
    const QDateTime joined(QDate(2024, 12, 1), QTime(9, 0), Qt::UTC);
    const QModelIndex join = m_model->index(row, ActiveUsersModel::JoinDateColumn);
    QCOMPARE(join.data().toString(),
             QLocale().toString(joined.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(join.data(Qt::ToolTipRole).toString(),
             QLocale().toString(joined.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(join.data(RecordTableModel::DateTimeRole).toDateTime(), joined);
    // Last access three days before the reference time: relative.
    const QModelIndex last = m_model->index(row, ActiveUsersModel::LastAccessColumn);
    QCOMPARE(last.data().toString(), QStringLiteral("3 days ago"));
    QVERIFY(!last.data(Qt::ToolTipRole).toString().isEmpty());
    // The text ages with the reference time.
    m_model->setReferenceTime(now().addSecs(-3 * 24 * 3600 + 5 * 60));
    QCOMPARE(last.data().toString(), QStringLiteral("5 minutes ago"));
    // Never accessed.
    QList<Member> list = members();
    list[1].lastAccessAt = QDateTime();
    m_model->setMembers(list);
    QCOMPARE(m_model->index(rowOf(2), ActiveUsersModel::LastAccessColumn).data().toString(),
             QStringLiteral("Never"));
}

void TestActiveUsersModel::fullTextInTooltipForElidedCells()
{
    const int row = rowOf(4);
    QCOMPARE(m_model->index(row, ActiveUsersModel::FullNameColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Carl Contractor (contractor)"));
    QCOMPARE(m_model->index(row, ActiveUsersModel::LicensesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("A, B, C, D, E, F, G, H, I, J"));
}

void TestActiveUsersModel::checkChangesEmitCheckStateRole()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy checks(m_model, &RecordTableModel::checksChanged);
    m_model->setChecked(3, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::CheckStateRole});
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), rowOf(3));
    QCOMPARE(checks.count(), 1);
    QVERIFY(m_model->isChecked(3));
    QCOMPARE(m_model->checkedCount(), 1);
    // Checking again changes nothing and says nothing.
    m_model->setChecked(3, true);
    QCOMPARE(changed.count(), 1);
    // Through setData, as a view does (Space, click).
    QVERIFY(m_model->setData(m_model->index(rowOf(5), 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_model->checkedIds(), (QList<qint64>{3, 5}));
    QVERIFY(!m_model->setData(m_model->index(rowOf(5), 1), Qt::Checked, Qt::CheckStateRole));
    m_model->setChecked(999, true); // unknown id: ignored
    QCOMPARE(m_model->checkedCount(), 2);
}

void TestActiveUsersModel::bulkCheckEmitsOneDataChanged()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setCheckedRows({1, 3, 4, 42}, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(m_model->checkedCount(), 3);
    m_model->setAllChecked(true);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->checkedCount(), 5);
    m_model->setAllChecked(false);
    QCOMPARE(m_model->checkedCount(), 0);
}

void TestActiveUsersModel::checksSurviveRefreshById()
{
    m_model->setChecked(2, true);
    m_model->setChecked(4, true);
    QSignalSpy checks(m_model, &RecordTableModel::checksChanged);
    // A refresh: member 4 is gone, 6 is new, the order is different.
    QList<Member> list = members();
    list.removeAt(3);
    list.prepend(member(6, QStringLiteral("New Person"), QStringLiteral("new@example.com")));
    m_model->setMembers(list);
    QCOMPARE(checks.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->checkedIds(), QList<qint64>{2});
    QCOMPARE(m_model->checkedCount(), 1);
    QVERIFY(m_model->index(rowOf(2), 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    QVERIFY(!m_model->isChecked(4));
    QVERIFY(!m_model->isChecked(6));
}

void TestActiveUsersModel::sortsDatesChronologically()
{
    // As text, "10/5/23" < "12/1/24" < "2/1/25" < "3/10/25" would mix years.
    m_model->sort(ActiveUsersModel::JoinDateColumn, Qt::AscendingOrder);
    QCOMPARE(idsInRowOrder(), (QList<qint64>{1, 4, 2, 3, 5}));
    m_model->sort(ActiveUsersModel::JoinDateColumn, Qt::DescendingOrder);
    QCOMPARE(idsInRowOrder(), (QList<qint64>{5, 3, 2, 4, 1}));
    QCOMPARE(m_model->sortColumn(), int(ActiveUsersModel::JoinDateColumn));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
}

void TestActiveUsersModel::sortsLicenseCountsNumerically()
{
    // 0, 0 (ids 3 then ... ), 1, 2, 2, 10: ten licenses sort after two.
    m_model->sort(ActiveUsersModel::LicensesColumn, Qt::AscendingOrder);
    const QList<qint64> ids = idsInRowOrder();
    QCOMPARE(ids.first(), 3); // no license
    QCOMPARE(ids.at(1), 1);   // one
    QCOMPARE(ids.last(), 4);  // ten
    QVERIFY(ids.indexOf(2) < ids.indexOf(4));
    QVERIFY(ids.indexOf(5) < ids.indexOf(4));
}

void TestActiveUsersModel::sortsNamesByCollation()
{
    QList<Member> list;
    list << member(1, QStringLiteral("zoe"), QStringLiteral("z@example.com"))
         << member(2, QStringLiteral("Émile"), QStringLiteral("e@example.com"))
         << member(3, QStringLiteral("Adam"), QStringLiteral("a@example.com"))
         << member(4, QStringLiteral("user10"), QStringLiteral("u10@example.com"))
         << member(5, QStringLiteral("user9"), QStringLiteral("u9@example.com"));
    m_model->setMembers(list);
    m_model->sort(ActiveUsersModel::FullNameColumn, Qt::AscendingOrder);
    // Case-insensitive, accents sort with their letter, numbers by value.
    QCOMPARE(idsInRowOrder(), (QList<qint64>{3, 2, 5, 4, 1}));
}

void TestActiveUsersModel::checksSurviveSorting()
{
    m_model->setChecked(4, true);
    QPersistentModelIndex persistent = m_model->index(rowOf(4), ActiveUsersModel::EmailColumn);
    m_model->sort(ActiveUsersModel::EmailColumn, Qt::DescendingOrder);
    m_model->sort(ActiveUsersModel::RoleColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->checkedIds(), QList<qint64>{4});
    QCOMPARE(m_model->index(rowOf(4), 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Persistent indexes follow their record.
    QCOMPARE(persistent.data().toString(), QStringLiteral("carl@vendor.example"));
    QCOMPARE(persistent.row(), rowOf(4));
    // Role order: Owner, Admin, Billing Manager, Member.
    QCOMPARE(idsInRowOrder().mid(0, 3), (QList<qint64>{1, 2, 4}));
    m_model->sort(-1);
    QCOMPARE(idsInRowOrder(), (QList<qint64>{1, 2, 3, 4, 5}));
}

void TestActiveUsersModel::sortIsStable()
{
    // Sorting by role after sorting by name keeps names in order within a
    // role, both ways: what users expect from clicking two headers.
    QList<Member> list;
    const QStringList names = {QStringLiteral("Dora"), QStringLiteral("Bea"),
                               QStringLiteral("Cleo"), QStringLiteral("Ava"),
                               QStringLiteral("Eve")};
    for (int i = 0; i < names.size(); ++i)
        list << member(i + 1, names.at(i), QStringLiteral("p%1@example.com").arg(i),
                       i % 2 ? Role::Admin : Role::Member);
    m_model->setMembers(list);
    m_model->sort(ActiveUsersModel::FullNameColumn, Qt::AscendingOrder);
    m_model->sort(ActiveUsersModel::RoleColumn, Qt::AscendingOrder);
    // Admins (Bea 2, Ava 4) then members (Cleo 3, Dora 1, Eve 5).
    QCOMPARE(idsInRowOrder(), (QList<qint64>{4, 2, 3, 1, 5}));
    m_model->sort(ActiveUsersModel::RoleColumn, Qt::DescendingOrder);
    QCOMPARE(idsInRowOrder(), (QList<qint64>{3, 1, 5, 4, 2}));
}

void TestActiveUsersModel::givesRecordsForCheckedIds()
{
    QList<Member> list = members();
    list[3].teams = QStringList{QStringLiteral("QA")};
    list[3].machineCount = 2;
    m_model->setMembers(list);
    m_model->setChecked(4, true);
    m_model->setChecked(1, true);
    const QList<Member> checked = m_model->checkedMembers();
    QCOMPARE(checked.size(), 2);
    QCOMPARE(checked.at(0).userId, 1);
    QCOMPARE(checked.at(0).role, Role::Owner);
    QCOMPARE(checked.at(1).fullName, QStringLiteral("Carl Contractor (contractor)"));
    QCOMPARE(checked.at(1).teams, QStringList{QStringLiteral("QA")});
    QCOMPARE(checked.at(1).machineCount, 2);
    QCOMPARE(checked.at(1).joinedAt, list[3].joinedAt);
    QCOMPARE(checked.at(1).licenses.size(), 10);
    const QList<Member> some = m_model->members({5, 77, 2});
    QCOMPARE(some.size(), 2);
    QCOMPARE(some.at(0).userId, 5);
    QCOMPARE(some.at(1).email, QStringLiteral("jose.nunez@example.com"));
    QCOMPARE(m_model->memberAt(-1).userId, 0);
}

void TestActiveUsersModel::displayDataDoesNotAllocate()
{
#ifndef TESTOPS_COUNT_ALLOCATIONS
    QSKIP("counts allocations through glibc's malloc, which AddressSanitizer replaces");
#endif
    QList<QModelIndex> indexes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            indexes.append(m_model->index(row, column));
    }
    long checksum = 0;
    const long before = g_allocations.load();
    for (const QModelIndex &index : std::as_const(indexes)) {
        const QVariant display = m_model->data(index, Qt::DisplayRole);
        const QVariant check = m_model->data(index, Qt::CheckStateRole);
        const QVariant key = m_model->data(index, RecordTableModel::SortKeyRole);
        checksum += display.isValid() + check.isValid() + key.isValid();
    }
    QCOMPARE(g_allocations.load() - before, 0);
    QVERIFY(checksum > 0);
    // The counter does count: a tooltip with the exact time is formatted on
    // request, which allocates.
    const long beforeTooltip = g_allocations.load();
    const QVariant tooltip =
        m_model->data(m_model->index(0, ActiveUsersModel::JoinDateColumn), Qt::ToolTipRole);
    QVERIFY(g_allocations.load() > beforeTooltip);
    QVERIFY(!tooltip.toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestActiveUsersModel)
#include "TestActiveUsersModel.moc"

#include "ModelTestData.h"
#include "RecordFilterProxyModel.h"
#include "RemovedUsersModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ModelTestData;

class TestRemovedUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheSeedColumns();
    void sortedByJoinDateByDefault();
    void searchAndRoleFilter();
    void givesRemovedMembers();

private:
    QList<qint64> shownIds() const;

    RemovedUsersModel *m_model = nullptr;
    RecordFilterProxyModel *m_proxy = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestRemovedUsersModel::init()
{
    m_model = new RemovedUsersModel(this);
    m_proxy = new RecordFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)})
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_model->setReferenceTime(now());
    QList<Member> list;
    list << removedMember(21, QStringLiteral("Ana Ávila"), QStringLiteral("ana@example.com"),
                          QDateTime(QDate(2022, 5, 1), QTime(8, 0), Qt::UTC), now().addDays(-2))
         << removedMember(22, QStringLiteral("Ben Bauer"), QStringLiteral("ben@example.com"),
                          QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC), now().addDays(-40))
         << removedMember(23, QStringLiteral("Cai Chen"), QStringLiteral("cai@example.com"),
                          QDateTime(QDate(2023, 7, 1), QTime(8, 0), Qt::UTC), now().addDays(-1));
    list[1].role = Role::BillingManager;
    m_model->setMembers(list);
}

void TestRemovedUsersModel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_proxy;
    delete m_model;
}

QList<qint64> TestRemovedUsersModel::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 1).data(RecordTableModel::RecordIdRole).toLongLong());
    return ids;
}

void TestRemovedUsersModel::showsTheSeedColumns()
{
    const QStringList expected = {QString(),
                                  QStringLiteral("Full Name"),
                                  QStringLiteral("Email"),
                                  QStringLiteral("Last Role"),
                                  QStringLiteral("Join Date"),
                                  QStringLiteral("Removed On"),
                                  QStringLiteral("Removed By")};
    QCOMPARE(m_model->columnCount(), expected.size());
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected.at(c));
    const int row = m_model->rowOfId(22);
    QCOMPARE(m_model->index(row, RemovedUsersModel::LastRoleColumn).data().toString(),
             QStringLiteral("Billing Manager"));
    QCOMPARE(m_model->index(row, RemovedUsersModel::RemovedByColumn).data().toString(),
             QStringLiteral("Olivia Owner"));
    const QDateTime removed = now().addDays(-40);
    QCOMPARE(m_model->index(row, RemovedUsersModel::RemovedOnColumn).data().toString(),
             QLocale().toString(removed.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(m_model->index(row, RemovedUsersModel::RemovedOnColumn)
                 .data(RecordTableModel::DateTimeRole)
                 .toDateTime(),
             removed);
}

void TestRemovedUsersModel::sortedByJoinDateByDefault()
{
    QCOMPARE(m_model->sortColumn(), int(RemovedUsersModel::JoinDateColumn));
    QCOMPARE(shownIds(), (QList<qint64>{22, 23, 21})); // newest join first
    m_proxy->sort(RemovedUsersModel::RemovedOnColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{22, 21, 23}));
}

void TestRemovedUsersModel::searchAndRoleFilter()
{
    m_proxy->setSearchText(QStringLiteral("avila"));
    QCOMPARE(shownIds(), QList<qint64>{21});
    m_proxy->setSearchText(QString());
    m_proxy->setRoleFilter(Role::BillingManager);
    QCOMPARE(shownIds(), QList<qint64>{22});
}

void TestRemovedUsersModel::givesRemovedMembers()
{
    m_model->setChecked(23, true);
    const QList<Member> checked = m_model->checkedMembers();
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().status, MemberStatus::Removed);
    QCOMPARE(checked.first().removedBy.name, QStringLiteral("Olivia Owner"));
    QCOMPARE(checked.first().removedAt, now().addDays(-1));
}

QTEST_GUILESS_MAIN(TestRemovedUsersModel)
#include "TestRemovedUsersModel.moc"

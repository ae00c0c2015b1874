#include "ActiveUsersModel.h"
#include "ModelTestData.h"
#include "RecordFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTestData;

class TestRecordFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void specialCharactersMatchLiterallyWithoutWarnings_data();
    void specialCharactersMatchLiterallyWithoutWarnings();
    void accentInsensitive();
    void typingMoreNarrows();
    void refiltersOnlyWhenTheRuleChanged();
    void filtersByRole();
    void sortsThroughTheSourceByTypedValue();
    void checksSurviveSortFilterAndRefresh();
    void headerBoxChecksOnlyRowsShown();
    void reportsHiddenCheckedRows();
    void headerStateIsTriState();
    void refreshKeepsTheFilter();
    void largeListNarrowsLikeALinearScan();

private:
    QList<qint64> shownIds() const;

    ActiveUsersModel *m_model = nullptr;
    RecordFilterProxyModel *m_proxy = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestRecordFilterProxyModel::init()
{
    m_model = new ActiveUsersModel(this);
    m_proxy = new RecordFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    // Testers from the start, so loads, resets, check and filter changes and
    // sorting all pass through them.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)})
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_model->setReferenceTime(now());
    m_model->setMembers(members());
}

void TestRecordFilterProxyModel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_proxy;
    delete m_model;
}

QList<qint64> TestRecordFilterProxyModel::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 1).data(RecordTableModel::RecordIdRole).toLongLong());
    return ids;
}

void TestRecordFilterProxyModel::specialCharactersMatchLiterallyWithoutWarnings_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("plus address") << QStringLiteral("user+tag@example.com") << QList<qint64>{3};
    QTest::newRow("parentheses") << QStringLiteral("(contractor)") << QList<qint64>{4};
    QTest::newRow("open bracket") << QStringLiteral("[") << QList<qint64>{5};
    QTest::newRow("regex-looking") << QStringLiteral(".*") << QList<qint64>{};
    QTest::newRow("backslash") << QStringLiteral("\\") << QList<qint64>{};
    QTest::newRow("email domain") << QStringLiteral("@EXAMPLE.COM") << QList<qint64>{1, 2, 3};
    QTest::newRow("cjk") << QStringLiteral("王") << QList<qint64>{5};
}

void TestRecordFilterProxyModel::specialCharactersMatchLiterallyWithoutWarnings()
{
    QFETCH(QString, search);
    QFETCH(QList<qint64>, ids);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_proxy->setSearchText(search);
    QCOMPARE(shownIds(), ids);
}

void TestRecordFilterProxyModel::accentInsensitive()
{
    m_proxy->setSearchText(QStringLiteral("jose"));
    QCOMPARE(shownIds(), QList<qint64>{2});
    m_proxy->setSearchText(QStringLiteral("NUNEZ"));
    QCOMPARE(shownIds(), QList<qint64>{2});
    m_proxy->setSearchText(QStringLiteral("Núñez"));
    QCOMPARE(shownIds(), QList<qint64>{2});
}

void TestRecordFilterProxyModel::typingMoreNarrows()
{
    QList<qint64> previous = shownIds();
    QCOMPARE(previous.size(), 5);
    for (const QString &text : {QStringLiteral("o"), QStringLiteral("ol"), QStringLiteral("oli"),
                                QStringLiteral("oliv")}) {
        m_proxy->setSearchText(text);
        const QList<qint64> shown = shownIds();
        QVERIFY2(shown.size() <= previous.size(), qPrintable(text));
        for (qint64 id : shown)
            QVERIFY2(previous.contains(id), qPrintable(text));
        previous = shown;
    }
    QCOMPARE(previous, QList<qint64>{1});
    // Backspace shows rows again.
    m_proxy->setSearchText(QStringLiteral("o"));
    QVERIFY(shownIds().size() > 1);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestRecordFilterProxyModel::refiltersOnlyWhenTheRuleChanged()
{
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QVERIFY(m_proxy->setSearchText(QStringLiteral("jose")));
    QCOMPARE(layout.count(), 1);
    QVERIFY(!m_proxy->setSearchText(QStringLiteral("JOSE")));
    QVERIFY(!m_proxy->setSearchText(QStringLiteral(" jose ")));
    QCOMPARE(layout.count(), 1);
    QVERIFY(!m_proxy->setRoleFilter(std::nullopt));
    QCOMPARE(layout.count(), 1);
}

void TestRecordFilterProxyModel::filtersByRole()
{
    m_proxy->setRoleFilter(Role::Member);
    QCOMPARE(shownIds(), (QList<qint64>{3, 5}));
    m_proxy->setSearchText(QStringLiteral("wang"));
    QCOMPARE(shownIds(), QList<qint64>{5});
    m_proxy->setRoleFilter(Role::Admin);
    QCOMPARE(shownIds(), QList<qint64>{});
    m_proxy->setRoleFilter(std::nullopt);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestRecordFilterProxyModel::sortsThroughTheSourceByTypedValue()
{
    m_proxy->setSearchText(QStringLiteral("example.com"));
    m_proxy->sort(ActiveUsersModel::JoinDateColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{1, 2, 3}));
    m_proxy->sort(ActiveUsersModel::JoinDateColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{3, 2, 1}));
    QCOMPARE(m_model->sortColumn(), int(ActiveUsersModel::JoinDateColumn));
    m_proxy->setSearchText(QString());
    m_proxy->sort(ActiveUsersModel::LicensesColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds().first(), 4); // ten licenses before two
    QCOMPARE(shownIds().last(), 3);  // none
}

void TestRecordFilterProxyModel::checksSurviveSortFilterAndRefresh()
{
    m_model->setChecked(2, true);
    m_model->setChecked(5, true);
    m_proxy->sort(ActiveUsersModel::FullNameColumn, Qt::DescendingOrder);
    m_proxy->setSearchText(QStringLiteral("example"));
    m_proxy->setSearchText(QString());
    QList<Member> list = members();
    list.removeAt(4); // member 5 is gone after the refresh
    list.append(member(7, QStringLiteral("Seven"), QStringLiteral("seven@example.com")));
    m_model->setMembers(list);
    QCOMPARE(m_model->checkedIds(), QList<qint64>{2});
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QCOMPARE(checked, index.data(RecordTableModel::RecordIdRole).toLongLong() == 2);
    }
    // The sort is kept across the refresh.
    QCOMPARE(m_model->sortColumn(), int(ActiveUsersModel::FullNameColumn));
    QCOMPARE(m_proxy->index(0, 1).data().toString(), QStringLiteral("Tag User"));
    // Checking through the proxy, as a view does.
    QVERIFY(m_proxy->setData(m_proxy->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->isChecked(3));
}

void TestRecordFilterProxyModel::headerBoxChecksOnlyRowsShown()
{
    m_proxy->setSearchText(QStringLiteral("example.com"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_proxy->setShownChecked(true);
    QCOMPARE(changed.count(), 1);
    QList<qint64> checked = m_model->checkedIds();
    std::sort(checked.begin(), checked.end());
    QCOMPARE(checked, (QList<qint64>{1, 2, 3}));
    QCOMPARE(m_proxy->shownCheckState(), Qt::Checked);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->shownCheckState(), Qt::PartiallyChecked);
    // Unchecking the shown rows leaves hidden checks alone.
    m_proxy->setSearchText(QStringLiteral("jose"));
    m_proxy->setShownChecked(false);
    checked = m_model->checkedIds();
    std::sort(checked.begin(), checked.end());
    QCOMPARE(checked, (QList<qint64>{1, 3}));
}

void TestRecordFilterProxyModel::reportsHiddenCheckedRows()
{
    QSignalSpy counts(m_proxy, &RecordFilterProxyModel::checkedCountsChanged);
    m_model->setChecked(1, true);
    m_model->setChecked(2, true);
    m_model->setChecked(4, true);
    QCOMPARE(counts.count(), 3);
    QCOMPARE(m_proxy->checkedShownCount(), 3);
    QCOMPARE(m_proxy->checkedHiddenCount(), 0);
    m_proxy->setSearchText(QStringLiteral("example.com")); // hides 4
    QCOMPARE(counts.count(), 4);
    QCOMPARE(m_proxy->checkedShownCount(), 2);
    QCOMPARE(m_proxy->checkedHiddenCount(), 1);
    QCOMPARE(m_proxy->checkedShownIds(), (QList<qint64>{1, 2}));
    m_proxy->setRoleFilter(Role::Admin); // hides 1 too
    QCOMPARE(m_proxy->checkedShownCount(), 1);
    QCOMPARE(m_proxy->checkedHiddenCount(), 2);
}

void TestRecordFilterProxyModel::headerStateIsTriState()
{
    QCOMPARE(m_proxy->shownCheckState(), Qt::Unchecked);
    m_model->setChecked(1, true);
    QCOMPARE(m_proxy->shownCheckState(), Qt::PartiallyChecked);
    m_proxy->setShownChecked(true);
    QCOMPARE(m_proxy->shownCheckState(), Qt::Checked);
    m_proxy->setSearchText(QStringLiteral("no such person"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->shownCheckState(), Qt::Unchecked);
    QCOMPARE(m_proxy->checkedHiddenCount(), 5);
}

void TestRecordFilterProxyModel::refreshKeepsTheFilter()
{
    m_proxy->setSearchText(QStringLiteral("jose"));
    QList<Member> list = members();
    list.append(member(8, QStringLiteral("Josefine Åberg"), QStringLiteral("jo@example.se")));
    m_model->setMembers(list);
    QCOMPARE(shownIds(), (QList<qint64>{2, 8}));
}

void TestRecordFilterProxyModel::largeListNarrowsLikeALinearScan()
{
    // 3,000 generated members: the proxy shows exactly what a plain scan
    // with the same rule finds, after each keystroke and a backspace.
    QList<Member> list;
    const QStringList names = {QStringLiteral("José"),  QStringLiteral("Joséphine"),
                               QStringLiteral("Jonas"), QStringLiteral("Zoë"),
                               QStringLiteral("Анна"),  QStringLiteral("佐藤")};
    for (int i = 0; i < 3000; ++i)
        list.append(member(i + 1, names.at(i % names.size()) + QString::number(i),
                           QStringLiteral("p%1@example.com").arg(i)));
    m_model->setMembers(list);
    for (const QString &text :
         {QStringLiteral("j"), QStringLiteral("jo"), QStringLiteral("jos"), QStringLiteral("jose"),
          QStringLiteral("josep"), QStringLiteral("jo"), QStringLiteral("1"), QStringLiteral("12"),
          QStringLiteral("анн"), QString()}) {
        m_proxy->setSearchText(text);
        SearchFilter rule;
        rule.setText(text);
        QList<qint64> expected;
        for (const Member &m : std::as_const(list)) {
            const QByteArray h = SearchFilter::haystack(m.fullName, m.email);
            if (rule.matchesText(std::string_view(h.constData(), static_cast<size_t>(h.size()))))
                expected.append(m.userId);
        }
        QCOMPARE(shownIds(), expected);
    }
}

QTEST_GUILESS_MAIN(TestRecordFilterProxyModel)
#include "TestRecordFilterProxyModel.moc"

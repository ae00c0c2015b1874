#include "ModelTestData.h"
#include "PendingInvitationsModel.h"
#include "RecordFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTestData;

class TestPendingInvitationsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheSeedColumns();
    void expiredInvitationsSayExpired();
    void statusFilter();
    void searchesEmails();
    void sortsSentChronologically();
    void checksKeyedByInvitationId();
    void expiryDuringRefreshTimesRefilters();
    void undeliveredEmailIsMarked();

private:
    QList<qint64> shownIds() const;
    static QList<Invitation> invitations();

    PendingInvitationsModel *m_model = nullptr;
    RecordFilterProxyModel *m_proxy = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

QList<Invitation> TestPendingInvitationsModel::invitations()
{
    return {
        invitation(10, QStringLiteral("ana@example.com"), now().addSecs(-2 * 3600)),
        invitation(11, QStringLiteral("bob+qa@example.org"), now().addSecs(-30 * 3600)),
        invitation(12, QStringLiteral("cleo@example.net"), now().addSecs(-20 * 3600)),
        invitation(13, QStringLiteral("dan@example.com"), now().addSecs(-50 * 3600),
                   InvitationStatus::Expired),
    };
}

void TestPendingInvitationsModel::init()
{
    m_model = new PendingInvitationsModel(this);
    m_proxy = new RecordFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)})
        m_testers.append(new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this));
    m_model->setReferenceTime(now());
    m_model->setInvitations(invitations());
}

void TestPendingInvitationsModel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_proxy;
    delete m_model;
}

QList<qint64> TestPendingInvitationsModel::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 1).data(RecordTableModel::RecordIdRole).toLongLong());
    return ids;
}

void TestPendingInvitationsModel::showsTheSeedColumns()
{
    const QStringList expected = {QString(),
                                  QStringLiteral("Email"),
                                  QStringLiteral("Role"),
                                  QStringLiteral("Licenses"),
                                  QStringLiteral("Invited By"),
                                  QStringLiteral("Sent"),
                                  QStringLiteral("Expires")};
    QCOMPARE(m_model->columnCount(), expected.size());
    for (int c = 0; c < expected.size(); ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), expected.at(c));
    const int row = m_model->rowOfId(10);
    QCOMPARE(m_model->index(row, PendingInvitationsModel::EmailColumn).data().toString(),
             QStringLiteral("ana@example.com"));
    QCOMPARE(m_model->index(row, PendingInvitationsModel::InvitedByColumn).data().toString(),
             QStringLiteral("Olivia Owner"));
    QCOMPARE(m_model->index(row, PendingInvitationsModel::SentColumn).data().toString(),
             QStringLiteral("2 hours ago"));
    QCOMPARE(m_model->index(row, PendingInvitationsModel::ExpiresColumn).data().toString(),
             QStringLiteral("in 22 hours"));
    QVERIFY(!m_model->index(row, PendingInvitationsModel::ExpiresColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QCOMPARE(m_model->invitationAt(row).activationUrl,
             QStringLiteral("http://127.0.0.1:1/activate/10"));
}

void TestPendingInvitationsModel::expiredInvitationsSayExpired()
{
    // 11: sent 30 hours ago, past its 24 hours although the server said
    // Pending; 13: the server said Expired.
    for (qint64 id : {11, 13}) {
        const int row = m_model->rowOfId(id);
        QCOMPARE(m_model->index(row, PendingInvitationsModel::ExpiresColumn).data().toString(),
                 QStringLiteral("Expired"));
        QVERIFY(m_model->isExpiredAt(row));
        QCOMPARE(m_model->invitationAt(row).status, InvitationStatus::Expired);
    }
    QVERIFY(!m_model->isExpiredAt(m_model->rowOfId(12)));
}

void TestPendingInvitationsModel::statusFilter()
{
    QCOMPARE(shownIds(), (QList<qint64>{10, 11, 12, 13}));
    m_proxy->setStatusFilter(SearchFilter::StatusFilter::Pending);
    QCOMPARE(shownIds(), (QList<qint64>{10, 12}));
    m_proxy->setStatusFilter(SearchFilter::StatusFilter::Expired);
    QCOMPARE(shownIds(), (QList<qint64>{11, 13}));
    m_proxy->setSearchText(QStringLiteral("bob"));
    QCOMPARE(shownIds(), QList<qint64>{11});
    m_proxy->setStatusFilter(SearchFilter::StatusFilter::All);
    QCOMPARE(shownIds(), QList<qint64>{11});
}

void TestPendingInvitationsModel::searchesEmails()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_proxy->setSearchText(QStringLiteral("bob+qa@"));
    QCOMPARE(shownIds(), QList<qint64>{11});
    m_proxy->setSearchText(QStringLiteral("EXAMPLE.COM"));
    QCOMPARE(shownIds(), (QList<qint64>{10, 13}));
    // The inviter's name is not searched: only name and email.
    m_proxy->setSearchText(QStringLiteral("olivia"));
    QCOMPARE(shownIds(), QList<qint64>{});
}

void TestPendingInvitationsModel::sortsSentChronologically()
{
    m_proxy->sort(PendingInvitationsModel::SentColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{13, 11, 12, 10}));
    m_proxy->sort(PendingInvitationsModel::ExpiresColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{10, 12, 11, 13}));
    m_proxy->sort(PendingInvitationsModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(), (QList<qint64>{10, 11, 12, 13}));
}

void TestPendingInvitationsModel::checksKeyedByInvitationId()
{
    m_model->setChecked(12, true);
    m_model->setChecked(13, true);
    QList<Invitation> refreshed = invitations();
    refreshed.removeLast(); // 13 revoked elsewhere
    std::reverse(refreshed.begin(), refreshed.end());
    m_model->setInvitations(refreshed);
    QCOMPARE(m_model->checkedIds(), QList<qint64>{12});
    const QList<Invitation> checked = m_model->checkedInvitations();
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().email, QStringLiteral("cleo@example.net"));
    QCOMPARE(checked.first().invitedBy.id, 1);
}

void TestPendingInvitationsModel::expiryDuringRefreshTimesRefilters()
{
    m_proxy->setStatusFilter(SearchFilter::StatusFilter::Pending);
    QCOMPARE(shownIds(), (QList<qint64>{10, 12}));
    // Five hours later invitation 12 (sent 20 hours before) has expired.
    m_model->setReferenceTime(now().addSecs(5 * 3600));
    QCOMPARE(shownIds(), QList<qint64>{10});
    QCOMPARE(m_model->index(m_model->rowOfId(12), PendingInvitationsModel::ExpiresColumn)
                 .data()
                 .toString(),
             QStringLiteral("Expired"));
}

void TestPendingInvitationsModel::undeliveredEmailIsMarked()
{
    QList<Invitation> list = invitations();
    list[1].deliveryError = QStringLiteral("email not delivered: 550 Mailbox unavailable");
    m_model->setInvitations(std::move(list));
    QPixmap pixmap(8, 8);
    pixmap.fill(Qt::red);
    m_model->setDeliveryWarningIcon(QIcon(pixmap));

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex email = m_model->index(row, PendingInvitationsModel::EmailColumn);
        const bool failed = m_model->invitationAt(row).id == 11;
        QCOMPARE(email.data(Qt::DecorationRole).value<QIcon>().isNull(), !failed);
        QCOMPARE(email.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("email not delivered: 550 Mailbox unavailable")),
                 failed);
        QCOMPARE(email.data(Qt::AccessibleDescriptionRole).toString().isEmpty(), !failed);
    }
}

QTEST_MAIN(TestPendingInvitationsModel)
#include "TestPendingInvitationsModel.moc"

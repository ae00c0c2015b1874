// The Invite Users dialog under
// the offscreen platform against the real server on the demonstration
// organization: a pasted mixed list, the role chooser per signed-in role,
// license seats from the server, seats refused before sending, the results
// per address with the invitations really pending, failures that keep the
// input and a retry that invites nobody twice, and Invite Again's pre-fill.

#include <EmailChip.h>
#include <EmailChipsEdit.h>
#include <InviteResultsWidget.h>
#include <InviteUsersDialog.h>
#include <InviteUsersSender.h>
#include <LicenseStepWidget.h>

#include "../client/ClientTestHelpers.h"

#include <ApiClient.h>
#include <DemoServer.h>
#include <EmailAddress.h>
#include <OrganizationSession.h>
#include <Permissions.h>
#include <RecordTableModel.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

namespace {

constexpr int AnswerTimeoutMs = 30000;

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QPushButton *button(QObject *dialog, const char *name)
{
    return child<QPushButton>(dialog, QLatin1String(name));
}

/// The Result column of `address` in the results tree; empty when absent.
QString resultOf(InviteUsersDialog &dialog, const QString &address)
{
    auto *tree = child<QTreeWidget>(&dialog, QStringLiteral("resultsTree"));
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(0).compare(address, Qt::CaseInsensitive) == 0)
            return tree->topLevelItem(row)->text(1);
    }
    return {};
}

/// Pastes `text` into the chips field as a user does (Ctrl+V).
void paste(InviteUsersDialog &dialog, const QString &text)
{
    QApplication::clipboard()->setText(text);
    QLineEdit *entry = dialog.emailsEdit()->lineEdit();
    entry->setFocus();
    QTest::keyClick(entry, Qt::Key_V, Qt::ControlModifier);
}

/// Fresh addresses, unique per test run of the shared server.
QStringList freshAddresses(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("%1.%2@example.net").arg(prefix).arg(i));
    return list;
}

/// A loopback HTTP relay to the real server that answers the `failAt`-th
/// POST of invitations (counting from 1) itself with a 500, as a server
/// failing in the middle of a long invitation would: everything else reaches
/// the real server, and its answers come back unchanged. Stands in for a
/// failure our own server does not produce on demand; not a mock of our code.
class FailingRelay : public QTcpServer
{
public:
    FailingRelay(const QUrl &upstream, int failAt) : m_upstream(upstream), m_failAt(failAt)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int invitationPosts() const { return m_posts; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.trimmed().toLower().startsWith("content-length:"))
                length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray request = buffer.left(end + 4 + length);
        buffer.remove(0, end + 4 + length);
        const QByteArray firstLine = request.left(request.indexOf('\r'));
        if (firstLine.startsWith("POST ") && firstLine.contains("/invitations ") &&
            ++m_posts == m_failAt) {
            const QByteArray body = R"({"error":{"code":"internal","message":"Boom."}})";
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                          "application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            return;
        }
        auto *upstream = new QTcpSocket(socket);
        connect(upstream, &QTcpSocket::connected, upstream,
                [upstream, request] { upstream->write(request); });
        connect(upstream, &QTcpSocket::readyRead, socket,
                [socket, upstream] { socket->write(upstream->readAll()); });
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
    }

    QUrl m_upstream;
    int m_failAt;
    int m_posts = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestInviteUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pastedMixedListGivesChipsAndCounter();
    void nextNeedsOneValidAddress();
    void roleChooserListsGrantableRoles();
    void licenseTogglesShowSeatsFromServer();
    void moreSeatsThanAvailableIsRefusedBeforeSending();
    void keyboardConfirmShowsResultsAndInvitationsArePending();
    void failureKeepsInputAndRetryInvitesNobodyTwice();
    void cancelAbortsTheRequestAndKeepsInput();
    void theDialogAsksWithValuesAndShowsTheAnswerGiven();
    void inviteAgainPrefillsTheAddresses();
    void escapeAsksOnlyWhenSomethingWasTyped();
    void everyControlHasAnAccessibleName();
    void aResendTheRulesRefuseSaysWhyOnItsRow();
    void aPartialSuccessShowsAsSuchAndTheListsRefresh();
    void theSessionClosingMidRequestLeavesTheDialogUsable();
    // Last: it uses up the KRE seats.
    void seatsTakenMeanwhileAreReportedAndRetried();

private:
    /// What the app gives the dialog, loaded through ApiClient as `email`.
    InviteUsersRequest loadRequest(const QString &email);
    /// A session that sends as `email` (not signed in: the dialog needs only its
    /// operations, through an InviteUsersSender).
    OrganizationSession *sessionFor(const QString &email);
    /// A session signed in as `email` through `baseUrl` (the server's when
    /// empty), its lists loaded; null on failure.
    OrganizationSession *signedInSession(const QString &email, const QUrl &baseUrl = {});
    /// Open invitations to `address` on the server.
    int openInvitationsTo(const QString &address);

    DemoServer m_server;
    QString m_memberAddress;
    QString m_invitedAddress;
};

void TestInviteUsersDialog::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--demo-members"), QStringLiteral("60")}),
             qPrintable(m_server.errorString()));
    const QList<QJsonObject> members = m_server.allMembers();
    QVERIFY(!members.isEmpty());
    m_memberAddress = members.last().value(QStringLiteral("email")).toString();
    const QList<QJsonObject> invitations = m_server.allInvitations(QStringLiteral("pending"));
    QVERIFY(!invitations.isEmpty());
    m_invitedAddress = invitations.first().value(QStringLiteral("email")).toString();
}

OrganizationSession *TestInviteUsersDialog::sessionFor(const QString &email)
{
    auto *client = new ApiClient;
    client->setBaseUrl(m_server.process().baseUrl());
    client->setToken(m_server.token(email));
    SessionOptions options;
    options.organizationId = m_server.orgId();
    return new OrganizationSession(client, options, this);
}

OrganizationSession *TestInviteUsersDialog::signedInSession(const QString &email,
                                                            const QUrl &baseUrl)
{
    auto *client = new ApiClient;
    client->setBaseUrl(baseUrl.isEmpty() ? m_server.process().baseUrl() : baseUrl);
    client->setToken(m_server.token(email));
    auto *session = new OrganizationSession(client, SessionOptions(), this);
    QSignalSpy refreshed(session, &OrganizationSession::refreshed);
    SessionOptions options;
    options.organizationId = m_server.orgId();
    session->open(options);
    session->signIn();
    if (!refreshed.wait(AnswerTimeoutMs)) {
        delete session;
        return nullptr;
    }
    return session;
}

InviteUsersRequest TestInviteUsersDialog::loadRequest(const QString &email)
{
    auto *client = new ApiClient;
    client->setBaseUrl(m_server.process().baseUrl());
    client->setToken(m_server.token(email));
    InviteUsersRequest request;
    const auto me = awaitResult<CurrentUser>([&](auto done) { client->me(this, done); });
    if (!me || !me->ok())
        return request;
    for (const OrganizationMembership &m : me->value().organizations) {
        if (m.organizationId == m_server.orgId())
            request.actorRole = m.role;
    }
    const auto org = awaitResult<Organization>(
        [&](auto done) { client->organization(m_server.orgId(), this, done); });
    if (org && org->ok())
        request.organization = org->value();
    const auto members = awaitResult<QList<Member>>([&](auto done) {
        client->fetchMembers(m_server.orgId(), MemberStatus::Active, this, done);
    });
    if (members && members->ok()) {
        for (const Member &member : members->value())
            request.memberKeys.insert(EmailAddress::duplicateKey(member.email));
    }
    const auto invitations = awaitResult<QList<Invitation>>(
        [&](auto done) { client->fetchInvitations(m_server.orgId(), this, done); });
    if (invitations && invitations->ok()) {
        for (const Invitation &invitation : invitations->value()) {
            if (invitation.status == InvitationStatus::Pending)
                request.invitationKeys.insert(EmailAddress::duplicateKey(invitation.email));
        }
    }
    delete client;
    return request;
}

int TestInviteUsersDialog::openInvitationsTo(const QString &address)
{
    int count = 0;
    const QString key = EmailAddress::duplicateKey(address);
    for (const QJsonObject &invitation : m_server.allInvitations(QStringLiteral("open"))) {
        if (EmailAddress::duplicateKey(invitation.value(QStringLiteral("email")).toString()) == key)
            ++count;
    }
    return count;
}

void TestInviteUsersDialog::pastedMixedListGivesChipsAndCounter()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    InviteUsersDialog dialog(loadRequest(DemoServer::OwnerEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);

    // A mail client's list: a display name with a comma, an invalid entry, a
    // member, an open invitation, and the first address again in capitals.
    paste(dialog, QStringLiteral("\"Doe, Jane\" <jane.doe@example.net>; not-an-address, "
                                 "bob@@example.org\n%1, %2; JANE.DOE@example.net")
                      .arg(m_memberAddress, m_invitedAddress));

    EmailChipsEdit *edit = dialog.emailsEdit();
    QTRY_COMPARE(edit->entries().size(), 5);
    QCOMPARE(edit->validCount(), 3);
    QCOMPARE(edit->invalidCount(), 2);
    QCOMPARE(edit->flaggedCount(), 2);
    QCOMPARE(edit->addresses().first(), QStringLiteral("jane.doe@example.net"));

    // The chips of the member and the invitee carry the notes from the lists.
    QStringList notes;
    for (EmailChip *chip : edit->findChildren<EmailChip *>())
        notes.append(chip->toolTip());
    const QString joined = notes.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QStringLiteral("already a member")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("already invited — resend?")), qPrintable(joined));

    QCOMPARE(dialog.inviteCount(), 1);
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("inviteCountLabel"))->text(),
             QStringLiteral("1 will be invited"));
    const QString leftOut = child<QLabel>(&dialog, QStringLiteral("leftOutLabel"))->text();
    QVERIFY2(leftOut.contains(QStringLiteral("2 invalid addresses will be left out")),
             qPrintable(leftOut));
    QVERIFY2(leftOut.contains(QStringLiteral("1 is already a member")), qPrintable(leftOut));
    QVERIFY2(leftOut.contains(QStringLiteral("1 is already invited")), qPrintable(leftOut));
    QVERIFY(button(&dialog, "nextButton")->isEnabled());
    // All valid addresses go to the server, which answers for the flagged ones.
    QCOMPARE(dialog.addresses().size(), 3);
}

void TestInviteUsersDialog::nextNeedsOneValidAddress()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    InviteUsersDialog dialog(loadRequest(DemoServer::OwnerEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QPushButton *next = button(&dialog, "nextButton");
    QVERIFY(next->isVisible());
    QVERIFY(!next->isEnabled());

    paste(dialog, QStringLiteral("nope, also@bad@example.com"));
    QTRY_COMPARE(dialog.emailsEdit()->invalidCount(), 2);
    QVERIFY(!next->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("leftOutLabel"))->text(),
             QStringLiteral("2 invalid addresses will be left out."));

    // An address still being typed counts, and Next commits it as a chip.
    QTest::keyClicks(dialog.emailsEdit()->lineEdit(), QStringLiteral("carol@example.net"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);
    QCOMPARE(dialog.emailsEdit()->validCount(), 1);
    QVERIFY(dialog.emailsEdit()->lineEdit()->text().isEmpty());

    // Back keeps everything.
    QTest::mouseClick(button(&dialog, "backButton"), Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Addresses);
    QCOMPARE(dialog.emailsEdit()->entries().size(), 3);
}

void TestInviteUsersDialog::roleChooserListsGrantableRoles()
{
    const auto rolesShown = [this](const QString &email) {
        OrganizationSession *session = sessionFor(email);
        InviteUsersDialog dialog(loadRequest(email));
        new InviteUsersSender(&dialog, session); // a child of the dialog
        auto *combo = child<QComboBox>(&dialog, QStringLiteral("roleComboBox"));
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        names.append(QStringLiteral("current=") + combo->currentText());
        return names;
    };
    QCOMPARE(rolesShown(DemoServer::OwnerEmail),
             (QStringList{QStringLiteral("Admin"), QStringLiteral("Billing Manager"),
                          QStringLiteral("Member"), QStringLiteral("current=Member")}));
    QCOMPARE(rolesShown(DemoServer::AdminEmail),
             (QStringList{QStringLiteral("Billing Manager"), QStringLiteral("Member"),
                          QStringLiteral("current=Member")}));
}

void TestInviteUsersDialog::licenseTogglesShowSeatsFromServer()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    InviteUsersDialog dialog(loadRequest(DemoServer::OwnerEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    const HttpTestResponse org = m_server.get(
        QStringLiteral("/organizations/%1").arg(m_server.orgId()), m_server.ownerToken());
    QCOMPARE(org.status, 200);
    const QJsonArray pools = org.object().value(QStringLiteral("licensePools")).toArray();
    QVERIFY(pools.size() >= 2);
    for (const QJsonValue &value : pools) {
        const QJsonObject pool = value.toObject();
        const QString product = pool.value(QStringLiteral("product")).toString();
        const int total = pool.value(QStringLiteral("seatsTotal")).toInt();
        const int available = total - pool.value(QStringLiteral("seatsUsed")).toInt() -
                              pool.value(QStringLiteral("seatsReserved")).toInt();
        QCheckBox *toggle = child<QCheckBox>(&dialog, QStringLiteral("licenseToggle_") + product);
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked());
        QVERIFY(toggle->text().contains(pool.value(QStringLiteral("name")).toString()));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("seatsLabel_") + product)->text(),
                 QStringLiteral("%1 of %2 seats available").arg(available).arg(total));
    }
    QCOMPARE(dialog.findChildren<QCheckBox *>().size(), pools.size());
}

void TestInviteUsersDialog::moreSeatsThanAvailableIsRefusedBeforeSending()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    const InviteUsersRequest request = loadRequest(DemoServer::OwnerEmail);
    QVERIFY(!request.organization.licensePools.isEmpty());
    LicensePool smallest = request.organization.licensePools.first();
    for (const LicensePool &pool : request.organization.licensePools) {
        if (pool.seatsAvailable() < smallest.seatsAvailable())
            smallest = pool;
    }
    const int wanted = smallest.seatsAvailable() + 1;
    QVERIFY(wanted < 200);

    InviteUsersDialog dialog(request);
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    const QStringList addresses = freshAddresses(QStringLiteral("seats"), wanted);
    paste(dialog, addresses.join(QLatin1Char('\n')));
    QTRY_COMPARE(dialog.inviteCount(), wanted);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);

    QPushButton *confirm = button(&dialog, "confirmButton");
    QVERIFY(confirm->isEnabled());
    QCheckBox *toggle =
        child<QCheckBox>(&dialog, QStringLiteral("licenseToggle_") + smallest.product);
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(toggle->isChecked());
    QVERIFY(!confirm->isEnabled());
    auto *problem = child<QLabel>(&dialog, QStringLiteral("seatsProblemLabel"));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("%1: %2 invitations need seats, %3 available")
                                  .arg(smallest.product)
                                  .arg(wanted)
                                  .arg(smallest.seatsAvailable()));

    // Enter presses nothing that sends: nothing reaches the server.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QVERIFY(!dialog.isSending());
    QCOMPARE(openInvitationsTo(addresses.first()), 0);

    // One address fewer fits.
    QTest::mouseClick(button(&dialog, "backButton"), Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Addresses);
    dialog.emailsEdit()->setAddresses(addresses.mid(1));
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QVERIFY(toggle->isChecked()); // kept across Back and Next
    QVERIFY(confirm->isEnabled());
    QVERIFY(problem->isHidden());
}

void TestInviteUsersDialog::keyboardConfirmShowsResultsAndInvitationsArePending()
{
    OrganizationSession *session = sessionFor(DemoServer::AdminEmail);
    InviteUsersDialog dialog(loadRequest(DemoServer::AdminEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QSignalSpy sent(&dialog, &InviteUsersDialog::invitationsSent);

    // Typed, each committed with Enter; then Enter in the empty entry is Next.
    QLineEdit *entry = dialog.emailsEdit()->lineEdit();
    QTRY_VERIFY(entry->hasFocus());
    const QStringList fresh = freshAddresses(QStringLiteral("confirm"), 2);
    for (const QString &address : QStringList{fresh.at(0), fresh.at(1), m_memberAddress,
                                              m_invitedAddress, QStringLiteral("broken@")}) {
        QTest::keyClicks(entry, address);
        QTest::keyClick(entry, Qt::Key_Return);
    }
    QCOMPARE(dialog.emailsEdit()->entries().size(), 5);
    QCOMPARE(dialog.inviteCount(), 2);
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("inviteSummaryLabel"))->text(),
             QStringLiteral("2 people will be invited as Member."));

    // Space on the KSE toggle, then Enter: Confirm is the default button.
    QCheckBox *kse = child<QCheckBox>(&dialog, QStringLiteral("licenseToggle_KSE"));
    kse->setFocus();
    QTest::keyClick(kse, Qt::Key_Space);
    QVERIFY(kse->isChecked());
    QTest::keyClick(kse, Qt::Key_Return);
    QVERIFY(dialog.isSending());
    QVERIFY(!button(&dialog, "confirmButton")->isEnabled());
    QVERIFY(sent.wait(AnswerTimeoutMs));
    QCOMPARE(sent.first().first().toInt(), 2);

    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Results);
    QCOMPARE(resultOf(dialog, fresh.at(0)), QStringLiteral("Invited"));
    QCOMPARE(resultOf(dialog, fresh.at(1)), QStringLiteral("Invited"));
    QVERIFY(resultOf(dialog, m_memberAddress).startsWith(QStringLiteral("Already a member")));
    QVERIFY(resultOf(dialog, m_invitedAddress).startsWith(QStringLiteral("Already invited")));
    QVERIFY(resultOf(dialog, QStringLiteral("broken@")).startsWith(QStringLiteral("Invalid")));
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("resultsSummaryLabel"))->text(),
             QStringLiteral("2 invited, 1 already a member, 1 already invited, 1 invalid."));

    // Really pending on the server, with the role and the license.
    for (const QString &address : fresh) {
        QCOMPARE(openInvitationsTo(address), 1);
        for (const QJsonObject &invitation : m_server.allInvitations(QStringLiteral("pending"))) {
            if (invitation.value(QStringLiteral("email")).toString() == address) {
                QCOMPARE(invitation.value(QStringLiteral("role")).toString(),
                         QStringLiteral("MEMBER"));
                QCOMPARE(invitation.value(QStringLiteral("licenses")).toArray().toVariantList(),
                         QVariantList{QStringLiteral("KSE")});
            }
        }
    }

    // Enter on the results is Close, and the dialog reports success.
    QTest::keyClick(button(&dialog, "closeButton"), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestInviteUsersDialog::failureKeepsInputAndRetryInvitesNobodyTwice()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    ApiClient *client = session->client();
    InviteUsersDialog dialog(loadRequest(DemoServer::OwnerEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    const QStringList fresh = freshAddresses(QStringLiteral("retry"), 3);
    paste(dialog, fresh.join(QStringLiteral(", ")) + QStringLiteral(", wrong"));
    QTRY_COMPARE(dialog.inviteCount(), 3);
    child<QComboBox>(&dialog, QStringLiteral("roleComboBox"))
        ->setCurrentText(QStringLiteral("Billing Manager"));
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    child<QCheckBox>(&dialog, QStringLiteral("licenseToggle_KRE"))->setChecked(true);
    QPushButton *confirm = button(&dialog, "confirmButton");

    const auto expectKept = [&] {
        QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);
        QCOMPARE(dialog.emailsEdit()->entries().size(), 4);
        QCOMPARE(dialog.role(), Role::BillingManager);
        QCOMPARE(dialog.selectedLicenses(), QStringList{QStringLiteral("KRE")});
        QVERIFY(confirm->isEnabled());
        QVERIFY(!dialog.isSending());
    };

    // 1. A port that refuses connections (a server that has stopped).
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorMessage().isEmpty(), AnswerTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QFrame>(&dialog, QStringLiteral("messageBar"))->isVisible());
    QVERIFY2(dialog.errorMessage().contains(QStringLiteral("press Confirm to try again")),
             qPrintable(dialog.errorMessage()));
    expectKept();
    if (QTest::currentTestFailed())
        return;

    // 2. A server that never answers, with a short timeout; a second click
    //    during the request sends nothing more.
    CannedHttpServer silent{QByteArray()};
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    client->setBaseUrl(silent.url());
    client->setTimeout(400);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(dialog.isSending());
    QVERIFY(dialog.errorMessage().isEmpty());
    QVERIFY(child<QProgressBar>(&dialog, QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!button(&dialog, "backButton")->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(client->pendingRequests(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), AnswerTimeoutMs);
    QVERIFY2(!dialog.errorMessage().isEmpty(), "a timeout shows in the message bar");
    expectKept();
    if (QTest::currentTestFailed())
        return;

    // 3. A 500 from the server.
    CannedHttpServer failing{
        cannedResponse(500, "Internal Server Error",
                       R"({"error":{"code":"internal","message":"Something broke."}})")};
    QVERIFY(failing.listen(QHostAddress::LocalHost));
    client->setBaseUrl(failing.url());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), AnswerTimeoutMs);
    QVERIFY(!dialog.errorMessage().isEmpty());
    expectKept();
    if (QTest::currentTestFailed())
        return;

    // 4. Meanwhile one address did get its invitation (as when the request
    //    reached the server and only the answer was lost). Confirm again on
    //    the real server: the others are invited, that one is reported
    //    honestly, and nobody has two invitations.
    QCOMPARE(m_server
                 .invite(fresh.at(1), m_server.ownerToken(), QStringLiteral("BILLING_MANAGER"),
                         {QStringLiteral("KRE")})
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("invited"));
    client->setBaseUrl(m_server.process().baseUrl());
    client->setTimeout(0);
    QSignalSpy sent(&dialog, &InviteUsersDialog::invitationsSent);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(sent.wait(AnswerTimeoutMs));
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Results);
    QVERIFY(dialog.errorMessage().isEmpty());
    QCOMPARE(resultOf(dialog, fresh.at(0)), QStringLiteral("Invited"));
    QVERIFY(resultOf(dialog, fresh.at(1)).startsWith(QStringLiteral("Already invited")));
    QCOMPARE(resultOf(dialog, fresh.at(2)), QStringLiteral("Invited"));
    QVERIFY(resultOf(dialog, QStringLiteral("wrong")).startsWith(QStringLiteral("Invalid")));
    for (const QString &address : fresh)
        QCOMPARE(openInvitationsTo(address), 1);

    // "already invited — resend?": a new link for that one, on its row.
    QPushButton *resend = button(&dialog, "resendButton");
    QVERIFY(resend->isVisible());
    QTest::mouseClick(resend, Qt::LeftButton);
    QVERIFY(dialog.isSending());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), AnswerTimeoutMs);
    QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
    QCOMPARE(resultOf(dialog, fresh.at(1)),
             QStringLiteral("Already invited — a new link was sent"));
    QVERIFY(!resend->isVisible());
    QCOMPARE(openInvitationsTo(fresh.at(1)), 1);
}

void TestInviteUsersDialog::cancelAbortsTheRequestAndKeepsInput()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    ApiClient *client = session->client();
    InviteUsersDialog dialog(loadRequest(DemoServer::OwnerEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    bool asked = false;
    dialog.setDiscardQuestion([&asked](QWidget *) { return asked = true; });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    paste(dialog, QStringLiteral("cancel.me@example.net"));
    QTRY_COMPARE(dialog.inviteCount(), 1);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);

    CannedHttpServer silent{QByteArray()};
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    client->setBaseUrl(silent.url());
    QTest::mouseClick(button(&dialog, "confirmButton"), Qt::LeftButton);
    QVERIFY(dialog.isSending());
    // The request has reached the (silent) server.
    QTRY_VERIFY(!silent.findChildren<QTcpSocket *>().isEmpty());

    // Esc during the request stops it, not the dialog.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isSending());
    QCOMPARE(client->pendingRequests(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!asked);
    QVERIFY(dialog.errorMessage().contains(QStringLiteral("Canceled")));
    QCOMPARE(dialog.emailsEdit()->addresses(),
             QStringList{QStringLiteral("cancel.me@example.net")});
    QVERIFY(button(&dialog, "confirmButton")->isEnabled());

    // Cancel does the same during a request.
    QTest::mouseClick(button(&dialog, "confirmButton"), Qt::LeftButton);
    QVERIFY(dialog.isSending());
    QTest::mouseClick(button(&dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!dialog.isSending());
    QVERIFY(dialog.isVisible());
    QCOMPARE(openInvitationsTo(QStringLiteral("cancel.me@example.net")), 0);
}

void TestInviteUsersDialog::theDialogAsksWithValuesAndShowsTheAnswerGiven()
{
    // No session and no server: the dialog never sends; it asks with what
    // was chosen and shows the answer (or the failure) it is handed.
    InviteUsersRequest request;
    request.actorRole = Role::Owner;
    InviteUsersDialog dialog(request);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QSignalSpy asked(&dialog, &InviteUsersDialog::inviteRequested);
    QSignalSpy sent(&dialog, &InviteUsersDialog::invitationsSent);
    const QStringList fresh = freshAddresses(QStringLiteral("values"), 2);
    paste(dialog, fresh.join(QStringLiteral(", ")));
    QTRY_COMPARE(dialog.inviteCount(), 2);
    child<QComboBox>(&dialog, QStringLiteral("roleComboBox"))
        ->setCurrentText(QStringLiteral("Admin"));
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QPushButton *confirm = button(&dialog, "confirmButton");

    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toStringList(), fresh);
    QCOMPARE(asked.at(0).at(1).value<Role>(), Role::Admin);
    QCOMPARE(asked.at(0).at(2).toStringList(), QStringList());
    QVERIFY(dialog.isSending());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);

    dialog.showFailure(QStringLiteral("The server did not answer."));
    QVERIFY(!dialog.isSending());
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);
    QVERIFY(dialog.errorMessage().contains(QStringLiteral("The server did not answer.")));
    QVERIFY(dialog.errorMessage().contains(QStringLiteral("press Confirm to try again")));
    QCOMPARE(dialog.emailsEdit()->addresses(), fresh);

    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    ItemResult invited;
    invited.id = 901;
    invited.email = fresh.at(0);
    invited.status = ItemStatus::Invited;
    ItemResult member;
    member.email = fresh.at(1);
    member.status = ItemStatus::AlreadyMember;
    member.memberId = 17;
    dialog.showAnswer({invited, member});
    QVERIFY(!dialog.isSending());
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Results);
    QVERIFY(dialog.errorMessage().isEmpty());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toInt(), 1);
    QCOMPARE(resultOf(dialog, fresh.at(0)), QStringLiteral("Invited"));
    QVERIFY(resultOf(dialog, fresh.at(1)).startsWith(QStringLiteral("Already a member")));

    // An answer nobody waits for changes nothing.
    dialog.showFailure(QStringLiteral("late"));
    QVERIFY(dialog.errorMessage().isEmpty());
}

void TestInviteUsersDialog::inviteAgainPrefillsTheAddresses()
{
    const QList<QJsonObject> removed = m_server.allMembers(QStringLiteral("removed"));
    QVERIFY(removed.size() >= 2);
    InviteUsersRequest request = loadRequest(DemoServer::OwnerEmail);
    request.addresses = {removed.at(0).value(QStringLiteral("email")).toString(),
                         removed.at(1).value(QStringLiteral("email")).toString()};
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    InviteUsersDialog dialog(request);
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);

    EmailChipsEdit *edit = dialog.emailsEdit();
    QCOMPARE(edit->entries().size(), 2);
    QCOMPARE(edit->validCount(), 2);
    QCOMPARE(edit->flaggedCount(), 0); // removed users are neither members nor invited
    QCOMPARE(dialog.inviteCount(), 2);
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("inviteCountLabel"))->text(),
             QStringLiteral("2 will be invited"));
    QVERIFY(button(&dialog, "nextButton")->isEnabled());
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Addresses);
}

void TestInviteUsersDialog::escapeAsksOnlyWhenSomethingWasTyped()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    const InviteUsersRequest request = loadRequest(DemoServer::OwnerEmail);
    {
        InviteUsersDialog dialog(request);
        new InviteUsersSender(&dialog, session); // a child of the dialog
        int asked = 0;
        dialog.setDiscardQuestion([&asked](QWidget *) { return ++asked, true; });
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(asked, 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    {
        InviteUsersDialog dialog(request);
        new InviteUsersSender(&dialog, session); // a child of the dialog
        int asked = 0;
        bool answer = false;
        dialog.setDiscardQuestion([&](QWidget *) { return ++asked, answer; });
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QTest::keyClicks(dialog.emailsEdit()->lineEdit(), QStringLiteral("half@exam"));
        QTest::keyClick(dialog.emailsEdit()->lineEdit(), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.emailsEdit()->lineEdit()->text(), QStringLiteral("half@exam"));
        answer = true;
        QTest::mouseClick(button(&dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
    }
}

void TestInviteUsersDialog::everyControlHasAnAccessibleName()
{
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    InviteUsersRequest request = loadRequest(DemoServer::OwnerEmail);
    request.addresses = {QStringLiteral("a11y@example.net"), QStringLiteral("bad")};
    InviteUsersDialog dialog(request);
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    const auto check = [&dialog] {
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QLatin1String(widget->metaObject()->className()) +
                                QStringLiteral(" ") + widget->objectName()));
        }
    };
    check();

    // Tab order in reading order: the addresses, the role, Next, Cancel.
    QLineEdit *entry = dialog.emailsEdit()->lineEdit();
    entry->setFocus();
    QTRY_VERIFY(entry->hasFocus());
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("roleComboBox"), QStringLiteral("nextButton"),
                                 QStringLiteral("cancelButton"), QStringLiteral("emailLineEdit")}));

    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);
    check();
}

void TestInviteUsersDialog::aResendTheRulesRefuseSaysWhyOnItsRow()
{
    // The Owner invited someone as Admin. An Admin types that address: the
    // server answers "already invited", and Resend to Those Already Invited
    // is a change only the Owner may make. The row says so; nothing is sent.
    const QString address = QStringLiteral("future.admin@example.net");
    QCOMPARE(m_server.invite(address, m_server.ownerToken(), QStringLiteral("ADMIN"))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("invited"));
    const auto linkTo = [this](const QString &email) {
        for (const QJsonObject &invitation : m_server.allInvitations(QStringLiteral("pending"))) {
            if (invitation.value(QStringLiteral("email")).toString() == email)
                return invitation.value(QStringLiteral("activationUrl")).toString();
        }
        return QString();
    };
    const QString linkBefore = linkTo(address);
    QVERIFY(!linkBefore.isEmpty());
    OrganizationSession *session = signedInSession(DemoServer::AdminEmail);
    QVERIFY(session);
    InviteUsersDialog dialog(session->inviteRequest({address}));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QTest::mouseClick(button(&dialog, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), InviteUsersDialog::Step::Results, AnswerTimeoutMs);
    QVERIFY(resultOf(dialog, address).startsWith(QStringLiteral("Already invited")));
    QPushButton *resend = button(&dialog, "resendButton");
    QVERIFY(resend->isVisible());

    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), AnswerTimeoutMs);
    QCOMPARE(resultOf(dialog, address),
             QStringLiteral("Already invited — not sent again: Only the Owner can manage "
                            "invitations for Admins."));
    QVERIFY2(!resend->isVisible(), "a refused invitation is not offered again");
    QCOMPARE(openInvitationsTo(address), 1);
    QCOMPARE(linkTo(address), linkBefore);
    delete session;
}

void TestInviteUsersDialog::aPartialSuccessShowsAsSuchAndTheListsRefresh()
{
    // 1002 addresses go in two requests (the API takes 1000 at most); the
    // second fails. The first 1000 are invited: the dialog says so, the
    // window hears of them, the lists show them, and Retry Those Not Invited
    // offers exactly the two not sent.
    FailingRelay relay(m_server.process().baseUrl(), 2);
    QVERIFY(relay.listen(QHostAddress::LocalHost));
    OrganizationSession *session = signedInSession(DemoServer::OwnerEmail, relay.url());
    QVERIFY(session);
    const int pendingBefore = session->model(ListKind::Pending)->rowCount();
    const QStringList fresh = freshAddresses(QStringLiteral("partial"), 1002);
    InviteUsersDialog dialog(session->inviteRequest(fresh));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QCOMPARE(dialog.inviteCount(), 1002);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QSignalSpy sent(&dialog, &InviteUsersDialog::invitationsSent);
    QSignalSpy refreshed(session, &OrganizationSession::refreshed);
    QTest::mouseClick(button(&dialog, "confirmButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 4 * AnswerTimeoutMs);
    QCOMPARE(relay.invitationPosts(), 2);

    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Results);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toInt(), 1000);
    QCOMPARE(dialog.invitedCount(), 1000);
    QCOMPARE(resultOf(dialog, fresh.first()), QStringLiteral("Invited"));
    QVERIFY2(resultOf(dialog, fresh.last()).contains(QStringLiteral("not sent")),
             qPrintable(resultOf(dialog, fresh.last())));
    QVERIFY2(dialog.errorMessage().contains(QStringLiteral("2 invitations could not be sent")),
             qPrintable(dialog.errorMessage()));
    QCOMPARE(child<InviteResultsWidget>(&dialog, QStringLiteral("resultsWidget"))->summary(),
             QStringLiteral("%1 invited, 2 failed.").arg(QLocale().toString(1000)));

    // The lists refresh by themselves and show the invitations made.
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), AnswerTimeoutMs);
    QCOMPARE(session->model(ListKind::Pending)->rowCount(), pendingBefore + 1000);

    QTest::mouseClick(button(&dialog, "retryButton"), Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Addresses);
    QCOMPARE(dialog.emailsEdit()->addresses(), fresh.mid(1000));
    QCOMPARE(dialog.inviteCount(), 2);
    delete session;
}

void TestInviteUsersDialog::theSessionClosingMidRequestLeavesTheDialogUsable()
{
    // The session (and with it the request) ends while the dialog waits: the
    // dialog comes back as the user left it, says why, and asking again
    // neither hangs nor crashes.
    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    CannedHttpServer silent{QByteArray()};
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    session->client()->setBaseUrl(silent.url());
    InviteUsersDialog dialog(loadRequest(DemoServer::OwnerEmail));
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    paste(dialog, QStringLiteral("closing@example.net"));
    QTRY_COMPARE(dialog.inviteCount(), 1);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QPushButton *confirm = button(&dialog, "confirmButton");
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(dialog.isSending());

    delete session;
    QVERIFY2(!dialog.isSending(), "the dialog no longer waits for a request that is gone");
    QVERIFY(!child<QProgressBar>(&dialog, QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY2(dialog.errorMessage().contains(QStringLiteral("closed")),
             qPrintable(dialog.errorMessage()));
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Licenses);
    QCOMPARE(dialog.emailsEdit()->addresses(), QStringList{QStringLiteral("closing@example.net")});
    QVERIFY(confirm->isEnabled());
    QVERIFY(button(&dialog, "backButton")->isEnabled());

    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(!dialog.isSending());
    QVERIFY(dialog.errorMessage().contains(QStringLiteral("closed")));
    QVERIFY(dialog.isVisible());
}

void TestInviteUsersDialog::seatsTakenMeanwhileAreReportedAndRetried()
{
    // The dialog opens with the seats as loaded; another admin then takes
    // all KRE seats but one. The server refuses the rest as no_seats, and
    // Retry Those Not Invited sends just those again (here without KRE).
    const InviteUsersRequest stale = loadRequest(DemoServer::OwnerEmail);
    LicensePool kre;
    for (const LicensePool &pool : stale.organization.licensePools) {
        if (pool.product == QLatin1String("KRE"))
            kre = pool;
    }
    QVERIFY(kre.seatsAvailable() >= 3);
    const QStringList elsewhere =
        freshAddresses(QStringLiteral("elsewhere"), kre.seatsAvailable() - 1);
    const HttpTestResponse taken =
        m_server.post(QStringLiteral("/organizations/%1/invitations").arg(m_server.orgId()),
                      {{QStringLiteral("emails"), QJsonArray::fromStringList(elsewhere)},
                       {QStringLiteral("role"), QStringLiteral("MEMBER")},
                       {QStringLiteral("licenses"), QJsonArray{QStringLiteral("KRE")}}},
                      m_server.token(DemoServer::AdminEmail));
    QCOMPARE(taken.status, 200);

    OrganizationSession *session = sessionFor(DemoServer::OwnerEmail);
    InviteUsersDialog dialog(stale);
    new InviteUsersSender(&dialog, session); // a child of the dialog
    dialog.setDiscardQuestion([](QWidget *) { return true; });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    const QStringList fresh = freshAddresses(QStringLiteral("noseat"), 3);
    paste(dialog, fresh.join(QLatin1Char(' ')));
    QTRY_COMPARE(dialog.inviteCount(), 3);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QCheckBox *toggle = child<QCheckBox>(&dialog, QStringLiteral("licenseToggle_KRE"));
    toggle->setChecked(true);
    QSignalSpy sent(&dialog, &InviteUsersDialog::invitationsSent);
    QTest::mouseClick(button(&dialog, "confirmButton"), Qt::LeftButton);
    QVERIFY(sent.wait(AnswerTimeoutMs));
    QCOMPARE(resultOf(dialog, fresh.at(0)), QStringLiteral("Invited"));
    QVERIFY2(resultOf(dialog, fresh.at(1)).startsWith(QStringLiteral("No seats left")),
             qPrintable(resultOf(dialog, fresh.at(1))));
    QVERIFY(resultOf(dialog, fresh.at(2)).startsWith(QStringLiteral("No seats left")));
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("resultsSummaryLabel"))->text(),
             QStringLiteral("1 invited, 2 without a seat."));

    QPushButton *retry = button(&dialog, "retryButton");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(dialog.step(), InviteUsersDialog::Step::Addresses);
    QCOMPARE(dialog.emailsEdit()->addresses(), fresh.mid(1));
    QCOMPARE(dialog.inviteCount(), 2);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QVERIFY(toggle->isChecked()); // kept
    toggle->setChecked(false);
    sent.clear();
    QTest::mouseClick(button(&dialog, "confirmButton"), Qt::LeftButton);
    QVERIFY(sent.wait(AnswerTimeoutMs));
    QCOMPARE(resultOf(dialog, fresh.at(1)), QStringLiteral("Invited"));
    QCOMPARE(resultOf(dialog, fresh.at(2)), QStringLiteral("Invited"));
    QVERIFY(!button(&dialog, "retryButton")->isVisible());
    for (const QString &address : fresh)
        QCOMPARE(openInvitationsTo(address), 1);
    QTest::mouseClick(button(&dialog, "closeButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestInviteUsersDialog)
#include "TestInviteUsersDialog.moc"

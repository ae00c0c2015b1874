#pragma once

#include <ActionRules.h>
#include <BulkResult.h>
#include <EmailAddress.h>
#include <InviteUsersRequest.h>
#include <Organization.h>
#include <Role.h>

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <functional>

class EmailChipsEdit;
class InviteResultsWidget;
class LicenseStepWidget;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

/// The Invite Users dialog (the seed's steps 2–5).
///
/// Step 1, the addresses: the email-chips field, each address flagged from
/// the loaded lists ("already a member", "already invited — resend?"), a
/// counter ("3 will be invited"), what is left out and why, and the invitees'
/// role among Permissions::grantableRoles (Member by default). `Next` is
/// enabled when at least one address is valid.
///
/// Step 2, the licenses (LicenseStepWidget): a toggle per license product with
/// "N of M seats available"; more seats than available is refused before
/// sending, inline, with Confirm disabled. `Back` keeps everything.
///
/// `Confirm` asks for every valid address to be invited (inviteRequested();
/// InviteUsersSender hands it to OrganizationSession::invite, and the answer
/// back); the server reports members and open invitations as such, so
/// confirming again after a failure never invites anybody twice. The dialog
/// itself never talks to the server: it takes a request, asks, and shows the
/// answer it is given. While a request runs, a busy bar shows and Confirm is
/// disabled; `Cancel` stops waiting (cancelRequested()) and keeps everything
/// typed. A failure (network, timeout, an HTTP error) keeps the dialog on
/// step 2 with everything typed and shows the client's sentence in a message
/// bar inside the dialog; when the server answered some addresses before the
/// failure (a long list goes in several requests), the results page shows
/// them and marks the rest as not sent, with the sentence in the message bar. Then the results page
/// (InviteResultsWidget) lists what happened per address; `Close` ends the dialog: Accepted when at
/// least one invitation was created, Rejected otherwise. When some addresses
/// got no seat or failed, `Retry Those Not Invited` starts over on step 1
/// with just those (role and licenses kept). `Resend to Those Already
/// Invited` answers the flag "already invited — resend?": new links for their
/// open invitations (the old links stop working), reported on their rows.
///
/// Keyboard: Tab moves through the controls in reading order; Enter presses
/// the step's default button (Next, Confirm, Close) once the chips field's
/// entry is empty; Esc (and Cancel) closes at once when nothing was typed,
/// otherwise asks first (setDiscardQuestion is the seam for tests); during a
/// request, Esc and Cancel abort the request instead of closing.
///
/// Object names: `emailsEdit`, `inviteCountLabel`, `leftOutLabel`,
/// `roleComboBox`, `licenseStepWidget` (see there), `inviteSummaryLabel`,
/// `messageBar`/`messageLabel`, `busyIndicator`/`busyLabel`, `resultsWidget`,
/// `backButton`, `nextButton`, `confirmButton`, `cancelButton`, `retryButton`,
/// `resendButton`,
/// `closeButton`.
class InviteUsersDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Addresses,
        Licenses,
        Results,
    };

    /// Asked before closing a dialog holding typed addresses; true closes.
    using DiscardQuestion = std::function<bool(QWidget *parent)>;

    /// A dialog that starts from `request` (pools, role, known addresses,
    /// addresses to pre-fill). It sends nothing itself: connect
    /// inviteRequested(), resendRequested() and cancelRequested()
    /// (InviteUsersSender does, for a session).
    explicit InviteUsersDialog(const InviteUsersRequest &request, QWidget *parent = nullptr);
    ~InviteUsersDialog() override;

    Step step() const;

    /// The addresses Confirm sends: every valid one (flagged ones included,
    /// the server answers for them), in the order shown; what is still being
    /// typed in the entry counts too.
    QStringList addresses() const;
    /// Valid addresses that are neither members nor invited already: the
    /// invitations that will be created, and the seats each license needs.
    int inviteCount() const { return m_inviteCount; }
    /// The role chosen for the invitees.
    Role role() const;
    /// The license product codes toggled on.
    QStringList selectedLicenses() const;
    /// True from a request asked for until its answer (or failure) is shown.
    bool isSending() const { return m_request != Request::None; }
    /// The server's answer once it arrived (empty before).
    const BulkResult &results() const { return m_results; }
    /// Invitations created by the answer.
    int invitedCount() const;
    /// The message bar's text; empty when it is hidden.
    QString errorMessage() const;

    /// Replaces the question asked before closing with typed addresses
    /// (default: MessageBox::question with Discard and Cancel, whose
    /// MessageBox::setNextAnswer seam tests may use too).
    void setDiscardQuestion(DiscardQuestion question) { m_discardQuestion = std::move(question); }

    EmailChipsEdit *emailsEdit() const { return m_emails; }

    /// The answer to the request asked for last: per address for an
    /// invitation (the results page), per invitation for a resend (on the
    /// rows answered "already invited"). `leftOut` are the invitations the
    /// rules kept from a resend, never sent: their rows say why. Ignored when
    /// no request waits.
    void showAnswer(const BulkResult &results, const QList<SkippedTarget> &leftOut = {});
    /// The request asked for last failed with the client's sentence `message`,
    /// shown in the message bar. With no `answered` item everything typed is
    /// kept on the step the user left. Otherwise the answers that arrived
    /// before the failure are shown as an answer would be (an invitation's
    /// results page, with the addresses not answered marked as not sent and
    /// offered to Retry Those Not Invited; invitationsSent() for those
    /// invited), and `leftOut` as for showAnswer(). Ignored when no request
    /// waits.
    void showFailure(const QString &message, const BulkResult &answered = {},
                     const QList<SkippedTarget> &leftOut = {});

signals:
    /// Confirm: invite `emails` (valid addresses, in the order shown) as
    /// `role` with the license product codes `licenses`. Answer with
    /// showAnswer() or showFailure(); the dialog waits until then.
    void inviteRequested(const QStringList &emails, Role role, const QStringList &licenses);
    /// Resend to Those Already Invited: new links for these open invitations
    /// (ids from the last answer). Answer as for inviteRequested().
    void resendRequested(const QList<qint64> &invitationIds);
    /// Cancel or Esc while waiting: the dialog no longer waits; stop the
    /// request (the server may have received it already).
    void cancelRequested();
    /// The answer arrived and created `count` (≥ 1) invitations: the window
    /// switches to Pending Invitations and refreshes.
    void invitationsSent(int count);

public slots:
    /// Esc, Cancel and the window's close button: see the class comment.
    void reject() override;

private:
    enum class Request
    {
        None,
        Invite, ///< inviteRequested()
        Resend, ///< resendRequested()
    };

    QWidget *createAddressesPage();
    QWidget *createLicensesPage();
    QFrame *createMessageBar();
    void setStep(Step step);
    void goNext();
    void goBack();
    void confirm();
    void cancelRequest();
    /// The addresses of the last answer that got no invitation for a reason
    /// a retry may change (no seats, failed), as sent.
    QStringList notInvited() const;
    /// Starts over on step 1 with notInvited(), role and licenses kept.
    void retryNotInvited();
    /// Asks for new links to the open invitations of the addresses answered
    /// "already invited" (resendRequested()), shown on their rows.
    void resendAlreadyInvited();
    /// Waits for the answer to `request`, with the busy bar saying `what`.
    void startWaiting(Request request, const QString &what);
    /// Shows the answer to Confirm: the results page, invitationsSent().
    void applyInviteAnswer(const BulkResult &results);
    /// Gives the chips field the notes of the member and invitation keys.
    void applyNotes();
    void showMessage(const QString &text);
    void hideMessage();
    void updateAddresses();
    void updateLicenses();
    void updateButtons();
    bool hasInput() const;
    /// Every entry, the text still in the entry included (checked, not added).
    QList<EmailCheck> allEntries() const;

    Role m_actorRole;
    QSet<QString> m_memberKeys;
    QSet<QString> m_invitationKeys;
    QList<LicensePool> m_pools;
    DiscardQuestion m_discardQuestion;

    QStackedWidget *m_pages = nullptr;
    EmailChipsEdit *m_emails = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_leftOutLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    LicenseStepWidget *m_licenses = nullptr;
    QLabel *m_licenseSummary = nullptr;
    InviteResultsWidget *m_resultsWidget = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_resendButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    int m_validCount = 0;
    int m_inviteCount = 0;
    int m_totalInvited = 0;            ///< over every Confirm of this dialog
    Request m_request = Request::None; ///< the request whose answer the dialog waits for
    QList<EmailCheck> m_leftOut;       ///< invalid entries at the time of sending
    QStringList m_sent;                ///< the addresses of the last Confirm, in order
    BulkResult m_results;
};

#include "InviteUsersDialog.h"

#include "EmailChipsEdit.h"
#include "InviteResultsWidget.h"
#include "LicenseStepWidget.h"
#include "MessageBox.h"
#include "NamedComboBoxAccessible.h"

#include <Permissions.h>

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace {

/// `one` for 1, `many` (a %n text, translated with its plural forms)
/// otherwise: the app ships without an English translation, so the English
/// singular is a text of its own.
QString countPhrase(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

InviteUsersDialog::InviteUsersDialog(const InviteUsersRequest &request, QWidget *parent)
    : QDialog(parent), m_actorRole(request.actorRole), m_memberKeys(request.memberKeys),
      m_invitationKeys(request.invitationKeys), m_pools(request.organization.licensePools)
{
    setObjectName(QStringLiteral("inviteUsersDialog"));
    setWindowTitle(tr("Invite Users"));
    setAccessibleName(tr("Invite Users"));
    NamedComboBoxAccessible::install();

    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("inviteStepsStack"));
    m_pages->addWidget(createAddressesPage());
    m_pages->addWidget(createLicensesPage());
    m_resultsWidget = new InviteResultsWidget(this);
    m_resultsWidget->setObjectName(QStringLiteral("resultsWidget"));
    m_pages->addWidget(m_resultsWidget);
    layout->addWidget(m_pages, 1);
    layout->addWidget(createMessageBar());

    auto *buttons = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Sending the invitations"));
    m_busy->setRange(0, 0); // a busy bar: the answer comes at once, with no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    buttons->addWidget(m_busy);
    m_busyLabel = new QLabel(tr("Sending the invitations…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    buttons->addWidget(m_busyLabel);
    buttons->addStretch(1);
    const auto button = [this, buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        buttons->addWidget(b);
        return b;
    };
    m_backButton = button(tr("Back"), "backButton");
    m_nextButton = button(tr("Next"), "nextButton");
    m_confirmButton = button(tr("Confirm"), "confirmButton");
    m_cancelButton = button(tr("Cancel"), "cancelButton");
    m_retryButton = button(tr("Retry Those Not Invited"), "retryButton");
    m_resendButton = button(tr("Resend to Those Already Invited"), "resendButton");
    m_closeButton = button(tr("Close"), "closeButton");
    layout->addLayout(buttons);

    connect(m_backButton, &QPushButton::clicked, this, &InviteUsersDialog::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &InviteUsersDialog::goNext);
    connect(m_confirmButton, &QPushButton::clicked, this, &InviteUsersDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &InviteUsersDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &InviteUsersDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, &InviteUsersDialog::retryNotInvited);
    connect(m_resendButton, &QPushButton::clicked, this, &InviteUsersDialog::resendAlreadyInvited);

    applyNotes();
    if (!request.addresses.isEmpty())
        m_emails->setAddresses(request.addresses);

    connect(m_emails, &EmailChipsEdit::entriesChanged, this, &InviteUsersDialog::updateAddresses);
    connect(m_emails->lineEdit(), &QLineEdit::textChanged, this,
            &InviteUsersDialog::updateAddresses);
    connect(m_licenses, &LicenseStepWidget::selectionChanged, this,
            &InviteUsersDialog::updateLicenses);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &InviteUsersDialog::updateLicenses);

    m_discardQuestion = [](QWidget *owner) {
        return MessageBox::question(owner, tr("Invite Users"),
                                    tr("Discard the addresses you entered?"),
                                    QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Discard;
    };

    resize(640, 460);
    updateAddresses();
    setStep(Step::Addresses);
}

InviteUsersDialog::~InviteUsersDialog() = default;

QWidget *InviteUsersDialog::createAddressesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("addressesPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(headingLabel(tr("Enter the email addresses of the people to invite."), page));

    auto *emailsLabel = new QLabel(tr("&Email addresses:"), page);
    layout->addWidget(emailsLabel);
    m_emails = new EmailChipsEdit(page);
    m_emails->setObjectName(QStringLiteral("emailsEdit"));
    emailsLabel->setBuddy(m_emails->lineEdit());
    layout->addWidget(m_emails, 1);

    auto *hint = new QLabel(tr("Separate addresses with a comma, space, tab or Enter, or paste a "
                               "list from a mail client or a spreadsheet."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText); // a hint, not a message
    layout->addWidget(hint);

    // Information labels have no accessible name of their own: screen
    // readers then read their text, which is what they say.
    m_countLabel = new QLabel(page);
    m_countLabel->setObjectName(QStringLiteral("inviteCountLabel"));
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);
    layout->addWidget(m_countLabel);

    m_leftOutLabel = new QLabel(page);
    m_leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOutLabel->setWordWrap(true);
    m_leftOutLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_leftOutLabel);

    auto *roleRow = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("&Role of the invitees:"), page);
    m_roleCombo = new QComboBox(page);
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    // The property before the name: naming it may already create its
    // accessible interface, which reads the property once.
    m_roleCombo->setProperty("accessibleNameIsName", true);
    m_roleCombo->setAccessibleName(tr("Role of the invitees"));
    roleLabel->setBuddy(m_roleCombo);
    const QList<Role> roles = Permissions::grantableRoles(m_actorRole);
    for (Role role : roles)
        m_roleCombo->addItem(Roles::displayName(role), int(role));
    const int member = m_roleCombo->findData(int(Role::Member));
    m_roleCombo->setCurrentIndex(member >= 0 ? member : 0);
    if (roles.isEmpty()) {
        m_roleCombo->setEnabled(false);
        m_roleCombo->setToolTip(Permissions::canInviteWithRole(m_actorRole, Role::Member).reason);
    }
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_roleCombo);
    roleRow->addStretch(1);
    layout->addLayout(roleRow);
    return page;
}

QWidget *InviteUsersDialog::createLicensesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("licensesPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(headingLabel(tr("Assign licenses to your users."), page));
    m_licenseSummary = new QLabel(page);
    m_licenseSummary->setObjectName(QStringLiteral("inviteSummaryLabel"));
    m_licenseSummary->setWordWrap(true);
    layout->addWidget(m_licenseSummary);
    auto *hint = new QLabel(tr("Switch the toggle on to select the product licenses."), page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_licenses = new LicenseStepWidget(m_pools, page);
    layout->addWidget(m_licenses, 1);
    return page;
}

QFrame *InviteUsersDialog::createMessageBar()
{
    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    // An error bar inside the dialog, as KeePassXC's MessageWidget: the input
    // stays in view and nothing modal interrupts a retry.
    m_messageBar->setStyleSheet(QStringLiteral(
        "QFrame#messageBar { background: #fdecea; border: 1px solid #e0a09a; border-radius: 4px; }"
        "QLabel { color: #7a1f16; }"));
    auto *layout = new QHBoxLayout(m_messageBar);
    m_messageLabel = new QLabel(m_messageBar);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    layout->addWidget(m_messageLabel, 1);
    m_messageBar->hide();
    return m_messageBar;
}

InviteUsersDialog::Step InviteUsersDialog::step() const
{
    return Step(m_pages->currentIndex());
}

QList<EmailCheck> InviteUsersDialog::allEntries() const
{
    QList<EmailCheck> entries = m_emails->entries();
    const QString typed = m_emails->lineEdit()->text();
    if (!EmailAddress::trimmed(typed).isEmpty()) {
        QSet<QString> keys;
        for (const EmailCheck &entry : std::as_const(entries))
            keys.insert(EmailAddress::duplicateKey(entry.isValid() ? entry.address : entry.input));
        for (const EmailCheck &entry : EmailAddress::parseList(typed)) {
            const QString key =
                EmailAddress::duplicateKey(entry.isValid() ? entry.address : entry.input);
            if (!keys.contains(key))
                entries.append(entry);
        }
    }
    return entries;
}

QStringList InviteUsersDialog::addresses() const
{
    QStringList result;
    for (const EmailCheck &entry : allEntries()) {
        if (entry.isValid())
            result.append(entry.address);
    }
    return result;
}

Role InviteUsersDialog::role() const
{
    return Role(m_roleCombo->currentData().toInt());
}

QStringList InviteUsersDialog::selectedLicenses() const
{
    return m_licenses->selectedProducts();
}

int InviteUsersDialog::invitedCount() const
{
    return m_resultsWidget->count(InviteResultsWidget::Outcome::Invited);
}

QString InviteUsersDialog::errorMessage() const
{
    return m_messageBar->isHidden() ? QString() : m_messageLabel->text();
}

void InviteUsersDialog::reject()
{
    if (isSending()) {
        cancelRequest();
        return;
    }
    if (step() == Step::Results) {
        done(m_totalInvited > 0 ? QDialog::Accepted : QDialog::Rejected);
        return;
    }
    if (hasInput() && m_discardQuestion && !m_discardQuestion(this))
        return;
    QDialog::reject();
}

bool InviteUsersDialog::hasInput() const
{
    return !m_emails->entries().isEmpty() ||
           !EmailAddress::trimmed(m_emails->lineEdit()->text()).isEmpty();
}

void InviteUsersDialog::setStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    updateButtons();
    switch (step) {
    case Step::Addresses:
        m_emails->lineEdit()->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Licenses:
        m_confirmButton->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Results:
        m_closeButton->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void InviteUsersDialog::goNext()
{
    if (step() != Step::Addresses)
        return;
    m_emails->commitText();
    updateAddresses();
    if (m_validCount == 0 || m_roleCombo->count() == 0)
        return;
    updateLicenses();
    setStep(Step::Licenses);
}

void InviteUsersDialog::goBack()
{
    if (step() != Step::Licenses || isSending())
        return;
    setStep(Step::Addresses);
}

void InviteUsersDialog::confirm()
{
    // Enter or a second click while the request runs must not send it twice.
    if (step() != Step::Licenses || isSending() || !m_licenses->isAcceptable())
        return;
    const QStringList emails = addresses();
    if (emails.isEmpty())
        return;
    m_leftOut.clear();
    for (const EmailCheck &entry : m_emails->entries()) {
        if (!entry.isValid())
            m_leftOut.append(entry);
    }
    m_sent = emails;
    startWaiting(Request::Invite, tr("Sending the invitations…"));
    emit inviteRequested(emails, role(), selectedLicenses());
}

void InviteUsersDialog::startWaiting(Request request, const QString &what)
{
    m_request = request;
    hideMessage();
    m_busyLabel->setText(what);
    m_busy->setAccessibleName(what);
    updateButtons();
}

void InviteUsersDialog::resendAlreadyInvited()
{
    const QList<qint64> ids = m_resultsWidget->alreadyInvitedIds();
    if (step() != Step::Results || isSending() || ids.isEmpty())
        return;
    startWaiting(Request::Resend, tr("Sending new links…"));
    emit resendRequested(ids);
}

void InviteUsersDialog::cancelRequest()
{
    if (!isSending())
        return;
    m_request = Request::None;
    emit cancelRequested();
    showMessage(tr("Canceled. The server may have received the request already; sending "
                   "again is safe: what was done already is reported as such."));
    updateButtons();
}

void InviteUsersDialog::showFailure(const QString &message, const BulkResult &answered,
                                    const QList<SkippedTarget> &leftOut)
{
    const Request failed = std::exchange(m_request, Request::None);
    if (failed == Request::Invite && !answered.isEmpty()) {
        // A partial success: those answered are shown as such, the rest as
        // not sent, in the order they were sent.
        QHash<QString, ItemResult> byKey;
        for (const ItemResult &item : answered)
            byKey.insert(EmailAddress::duplicateKey(item.email), item);
        BulkResult all;
        all.reserve(m_sent.size());
        for (const QString &email : std::as_const(m_sent)) {
            const auto found = byKey.constFind(EmailAddress::duplicateKey(email));
            if (found != byKey.constEnd()) {
                all.append(*found);
                continue;
            }
            ItemResult notSent;
            notSent.email = email;
            notSent.status = ItemStatus::Error;
            notSent.error.code = QStringLiteral("not_sent");
            notSent.error.message = tr("not sent: %1").arg(message);
            all.append(notSent);
        }
        applyInviteAnswer(all);
        const int notSent = int(m_sent.size() - answered.size());
        showMessage(countPhrase(notSent,
                                tr("1 invitation could not be sent. %1\nPress Retry Those Not "
                                   "Invited to send it again.")
                                    .arg(message),
                                tr("%Ln invitations could not be sent. %1\nPress Retry Those Not "
                                   "Invited to send them again.",
                                   nullptr, notSent)
                                    .arg(message)));
        return;
    }
    if (failed == Request::Invite) {
        showMessage(tr("The invitations could not be sent. %1\nEverything you entered is kept; "
                       "press Confirm to try again.")
                        .arg(message));
    } else if (failed == Request::Resend) {
        m_resultsWidget->applyResend(answered, leftOut);
        showMessage(tr("The new links could not be sent. %1\nPress Resend to try "
                       "again; a repeat sends each link once more at most.")
                        .arg(message));
    }
    updateButtons();
}

void InviteUsersDialog::showAnswer(const BulkResult &results, const QList<SkippedTarget> &leftOut)
{
    const Request answered = std::exchange(m_request, Request::None);
    if (answered == Request::Resend) {
        m_resultsWidget->applyResend(results, leftOut);
        updateButtons();
        return;
    }
    if (answered != Request::Invite)
        return;
    hideMessage();
    applyInviteAnswer(results);
}

void InviteUsersDialog::applyInviteAnswer(const BulkResult &results)
{
    m_results = results;
    QHash<QString, QString> typed;
    for (const EmailCheck &entry : m_emails->entries()) {
        if (entry.isValid() && entry.address != entry.input)
            typed.insert(entry.address, entry.input);
    }
    m_resultsWidget->setResults(m_results, m_leftOut, typed);
    setStep(Step::Results);
    const int invited = invitedCount();
    m_totalInvited += invited;
    if (invited > 0)
        emit invitationsSent(invited);
}

void InviteUsersDialog::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageBar->show();
    // Screen readers announce it, as they do a message box.
    QAccessibleEvent alert(m_messageLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void InviteUsersDialog::hideMessage()
{
    m_messageLabel->clear();
    m_messageBar->hide();
}

void InviteUsersDialog::updateAddresses()
{
    int valid = 0;
    int invalid = 0;
    int members = 0;
    int invited = 0;
    int toInvite = 0;
    for (const EmailCheck &entry : allEntries()) {
        if (!entry.isValid()) {
            ++invalid;
            continue;
        }
        ++valid;
        const QString key = EmailAddress::duplicateKey(entry.address);
        if (m_memberKeys.contains(key))
            ++members;
        else if (m_invitationKeys.contains(key))
            ++invited;
        else
            ++toInvite;
    }
    m_validCount = valid;
    m_inviteCount = toInvite;

    m_countLabel->setText(countPhrase(toInvite, tr("1 will be invited"),
                                      tr("%Ln will be invited", nullptr, toInvite)));
    QStringList notes;
    if (invalid > 0)
        notes.append(countPhrase(invalid, tr("1 invalid address will be left out."),
                                 tr("%Ln invalid addresses will be left out.", nullptr, invalid)));
    if (members > 0)
        notes.append(
            countPhrase(members, tr("1 is already a member and will not be invited."),
                        tr("%Ln are already members and will not be invited.", nullptr, members)));
    if (invited > 0)
        notes.append(countPhrase(
            invited,
            tr("1 is already invited: no second invitation (Resend is on Pending Invitations)."),
            tr("%Ln are already invited: no second invitation (Resend is on Pending "
               "Invitations).",
               nullptr, invited)));
    m_leftOutLabel->setText(notes.join(QLatin1Char(' ')));
    m_leftOutLabel->setVisible(!notes.isEmpty());
    updateButtons();
}

void InviteUsersDialog::updateLicenses()
{
    m_licenses->setSeatsNeeded(m_inviteCount);
    const QString roleName = Roles::displayName(role());
    m_licenseSummary->setText(
        m_inviteCount == 1
            ? tr("1 person will be invited as %1.").arg(roleName)
            : tr("%Ln people will be invited as %1.", nullptr, m_inviteCount).arg(roleName));
    updateButtons();
}

void InviteUsersDialog::updateButtons()
{
    const Step current = step();
    const bool sending = isSending();
    m_backButton->setVisible(current == Step::Licenses);
    m_nextButton->setVisible(current == Step::Addresses);
    m_confirmButton->setVisible(current == Step::Licenses);
    // On the results page Cancel shows only to stop a Resend.
    m_cancelButton->setVisible(current != Step::Results || sending);
    m_closeButton->setVisible(current == Step::Results);
    m_retryButton->setVisible(current == Step::Results && !notInvited().isEmpty());
    m_retryButton->setEnabled(!sending);
    m_resendButton->setVisible(current == Step::Results &&
                               !m_resultsWidget->alreadyInvitedIds().isEmpty());
    m_resendButton->setEnabled(!sending);
    m_closeButton->setEnabled(!sending);

    m_nextButton->setEnabled(m_validCount > 0 && m_roleCombo->count() > 0);
    m_nextButton->setToolTip(
        m_nextButton->isEnabled() ? QString() : tr("Enter at least one valid email address."));
    const QString problem = m_licenses->problem();
    m_confirmButton->setEnabled(!sending && problem.isEmpty() && m_validCount > 0);
    m_confirmButton->setToolTip(problem);
    m_backButton->setEnabled(!sending);
    m_licenses->setEnabled(!sending);
    m_busy->setVisible(sending);
    m_busyLabel->setVisible(sending);
    m_cancelButton->setToolTip(sending ? tr("Stop sending; everything you entered is kept")
                                       : QString());

    QPushButton *primary = current == Step::Addresses  ? m_nextButton
                           : current == Step::Licenses ? m_confirmButton
                                                       : m_closeButton;
    for (QPushButton *b : {m_backButton, m_nextButton, m_confirmButton, m_cancelButton,
                           m_retryButton, m_resendButton, m_closeButton})
        b->setDefault(b == primary);
}

QStringList InviteUsersDialog::notInvited() const
{
    QStringList addresses;
    for (const ItemResult &item : m_results) {
        const auto outcome = InviteResultsWidget::outcomeOf(item.status);
        if (outcome == InviteResultsWidget::Outcome::NoSeats ||
            outcome == InviteResultsWidget::Outcome::Failed)
            addresses.append(item.email);
    }
    return addresses;
}

void InviteUsersDialog::retryNotInvited()
{
    const QStringList addresses = notInvited();
    if (step() != Step::Results || addresses.isEmpty())
        return;
    // Those invited now are flagged if typed again; the rest starts over with
    // the role and the licenses kept, e.g. to send them without a license.
    for (const ItemResult &item : std::as_const(m_results)) {
        if (InviteResultsWidget::outcomeOf(item.status) == InviteResultsWidget::Outcome::Invited)
            m_invitationKeys.insert(EmailAddress::duplicateKey(item.email));
    }
    applyNotes();
    m_emails->setAddresses(addresses);
    m_results.clear();
    setStep(Step::Addresses);
}

void InviteUsersDialog::applyNotes()
{
    // Notes for every known address at once: the field gives them to chips
    // added later too, so that pasting never waits for a lookup.
    QHash<QString, QString> notes;
    notes.reserve(m_memberKeys.size() + m_invitationKeys.size());
    const QString invitedNote = tr("already invited — resend?");
    const QString memberNote = tr("already a member");
    for (const QString &key : std::as_const(m_invitationKeys))
        notes.insert(key, invitedNote);
    for (const QString &key : std::as_const(m_memberKeys))
        notes.insert(key, memberNote);
    m_emails->setAddressNotes(notes);
}

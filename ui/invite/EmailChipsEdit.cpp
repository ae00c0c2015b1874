#include "EmailChipsEdit.h"

#include "EmailChip.h"
#include "FlowLayout.h"

#include <algorithm>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollArea>
#include <QSet>
#include <QStyleOptionFrame>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int ChipSpacing = 4;        // between chips, in pixels
constexpr int NoticeTimeoutMs = 6000; // how long the duplicate notice stays

bool isSeparator(QChar c)
{
    // Comma and semicolon, with the full-width and ideographic forms typed by
    // CJK input methods; any space, tab or line break.
    switch (c.unicode()) {
    case u',':
    case u';':
    case 0xFF0C: // FULLWIDTH COMMA
    case 0xFF1B: // FULLWIDTH SEMICOLON
    case 0x3001: // IDEOGRAPHIC COMMA
        return true;
    default:
        return c.isSpace();
    }
}

bool containsSeparator(QStringView text)
{
    for (QChar c : text) {
        if (isSeparator(c))
            return true;
    }
    return false;
}

// True while the user is typing a display name that may hold separators:
// `"Doe, Jane` (open quote), `Jane <jane@` (open angle), `x (a comment`, or
// `"Doe, Jane"` still waiting for its `<address>`.
bool insideMailbox(QStringView text)
{
    bool inQuote = false;
    bool quotedName = false;
    bool sawAngle = false;
    int angles = 0;
    int parens = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuote) {
            if (c == u'\\')
                ++i;
            else if (c == u'"') {
                inQuote = false;
                quotedName = true;
            }
            continue;
        }
        if (c == u'"')
            inQuote = true;
        else if (c == u'<') {
            ++angles;
            sawAngle = true;
        } else if (c == u'>' && angles > 0)
            --angles;
        else if (c == u'(')
            ++parens;
        else if (c == u')' && parens > 0)
            --parens;
    }
    return inQuote || angles > 0 || parens > 0 || (quotedName && !sawAngle);
}

// Screen readers see the chips as the items of a list of addresses (Qt would
// call plain QWidgets "fillers", which they skip).
QAccessibleInterface *chipAccessible(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    if (className == QLatin1String("EmailChip"))
        return new QAccessibleWidget(widget, QAccessible::ListItem);
    if (className == QLatin1String("QWidget") &&
        object->objectName() == QLatin1String("emailChipsArea"))
        return new QAccessibleWidget(widget, QAccessible::List);
    return nullptr;
}

/// Installs chipAccessible once per process (QAccessible keeps every factory
/// installed, so a second install would ask it twice).
void installChipAccessible()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(chipAccessible);
}

} // namespace

EmailChipsEdit::EmailChipsEdit(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emailChipsEdit"));
    installChipAccessible();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_chipsArea = new QWidget;
    // The name gives it the List role (chipAccessible), its chips ListItem.
    m_chipsArea->setObjectName(QStringLiteral("emailChipsArea"));
    m_chipsArea->setCursor(Qt::IBeamCursor);
    m_flow = new FlowLayout(m_chipsArea, ChipSpacing);
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_flow->setLastItemFillsRow(true);

    m_entry = new QLineEdit(m_chipsArea);
    m_entry->setObjectName(QStringLiteral("emailLineEdit"));
    m_entry->setFrame(false);
    m_entry->installEventFilter(this);
    m_flow->addWidget(m_entry);
    // A click on the free space of the area types into the entry. The policy
    // first: set after the proxy, Qt 6 passes it on to the entry, which Tab
    // then skips.
    m_chipsArea->setFocusPolicy(Qt::ClickFocus);
    m_chipsArea->setFocusProxy(m_entry);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("emailChipsScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_chipsArea);
    // The panel behind is painted by paintEvent, as a line edit's.
    m_chipsArea->setAutoFillBackground(false);
    m_scroll->viewport()->setAutoFillBackground(false);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("emailNoticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(NoticeTimeoutMs);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice->hide();
        updateGeometry();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_boxLayout = new QVBoxLayout;
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    m_boxLayout->setContentsMargins(frame + 3, frame + 3, frame + 1, frame + 3);
    m_boxLayout->addWidget(m_scroll);
    layout->addLayout(m_boxLayout, 1);
    layout->addWidget(m_notice);

    setFocusProxy(m_entry);
    connect(m_entry, &QLineEdit::textEdited, this, &EmailChipsEdit::onEntryEdited);
    m_focusConnection =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
            if ((old && isAncestorOf(old)) || (now && isAncestorOf(now))) {
                update(); // the panel shows the focus while it is anywhere inside
                scrollToFocus();
            }
        });
    retranslate();
}

EmailChipsEdit::~EmailChipsEdit()
{
    // Children are destroyed after this; their focus changes must not reach
    // a half-destroyed object.
    disconnect(m_focusConnection);
    m_entry->removeEventFilter(this);
}

void EmailChipsEdit::retranslate()
{
    setAccessibleName(tr("Email addresses"));
    m_chipsArea->setAccessibleName(tr("Addresses entered"));
    m_entry->setAccessibleName(tr("Email addresses"));
    m_entry->setPlaceholderText(tr("Type or paste email addresses…"));
    m_entry->setAccessibleDescription(
        tr("Separate addresses with a comma, space, Tab or Enter; Backspace selects the last "
           "address, Left and Right move between addresses."));
}

QStringList EmailChipsEdit::addresses() const
{
    QStringList result;
    for (const EmailChip *chip : m_chips) {
        if (chip->check().isValid())
            result.append(chip->check().address);
    }
    return result;
}

QList<EmailCheck> EmailChipsEdit::entries() const
{
    QList<EmailCheck> result;
    result.reserve(m_chips.size());
    for (const EmailChip *chip : m_chips)
        result.append(chip->check());
    return result;
}

int EmailChipsEdit::validCount() const
{
    return int(std::count_if(m_chips.cbegin(), m_chips.cend(),
                             [](const EmailChip *chip) { return chip->check().isValid(); }));
}

int EmailChipsEdit::invalidCount() const
{
    return int(m_chips.size()) - validCount();
}

int EmailChipsEdit::flaggedCount() const
{
    return int(std::count_if(m_chips.cbegin(), m_chips.cend(), [](const EmailChip *chip) {
        return chip->state() == EmailChip::State::Flagged;
    }));
}

void EmailChipsEdit::setAddresses(const QStringList &addresses)
{
    const bool hadEntries = !m_chips.isEmpty();
    while (!m_chips.isEmpty()) {
        EmailChip *chip = m_chips.takeLast();
        m_flow->removeWidget(chip);
        delete chip;
    }
    m_entry->clear();
    m_lastEntryText.clear();
    m_editIndex = -1;
    QList<EmailCheck> checks;
    for (const QString &address : addresses) {
        if (!EmailAddress::trimmed(address).isEmpty())
            checks.append(EmailAddress::check(address));
    }
    insertEntries(checks, -1);
    if (hadEntries || !m_chips.isEmpty())
        emit entriesChanged();
}

void EmailChipsEdit::clear()
{
    setAddresses({});
    m_notice->hide();
    updateGeometry();
}

void EmailChipsEdit::addText(QStringView text)
{
    const qsizetype before = m_chips.size();
    showDuplicateNotice(insertEntries(EmailAddress::checkList(text), -1));
    if (m_chips.size() != before)
        emit entriesChanged();
}

void EmailChipsEdit::commitText()
{
    commitString(m_entry->text());
}

void EmailChipsEdit::commitString(const QString &text)
{
    const int at = m_editIndex;
    m_entry->clear();
    m_lastEntryText.clear();
    m_editIndex = -1;
    m_editOriginal = {};
    if (EmailAddress::trimmed(text).isEmpty())
        return;
    const qsizetype before = m_chips.size();
    showDuplicateNotice(insertEntries(EmailAddress::checkList(text), at));
    if (m_chips.size() != before)
        emit entriesChanged();
}

void EmailChipsEdit::setAddressNotes(const QHash<QString, QString> &notes)
{
    m_notes = notes;
    for (EmailChip *chip : std::as_const(m_chips))
        chip->setNote(m_notes.value(chip->key()));
}

QStringList EmailChipsEdit::insertEntries(const QList<EmailCheck> &checks, int index)
{
    QStringList duplicates;
    if (checks.isEmpty())
        return duplicates;
    QSet<QString> keys;
    keys.reserve(m_chips.size() + checks.size());
    for (const EmailChip *chip : std::as_const(m_chips))
        keys.insert(chip->key());
    // One layout pass for the whole paste, not one per chip.
    m_flow->setEnabled(false);
    for (const EmailCheck &check : checks) {
        const QString key = EmailAddress::duplicateKey(check.input);
        if (keys.contains(key)) {
            duplicates.append(check.input);
            continue;
        }
        keys.insert(key);
        EmailChip *chip = createChip(check, key);
        const int at = index < 0 || index > m_chips.size() ? int(m_chips.size()) : index++;
        m_chips.insert(at, chip);
        m_flow->insertWidget(at, chip); // the entry stays the last item
        chip->show();
    }
    m_flow->setEnabled(true);
    m_flow->invalidate();
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_entry, 0, 0); });
    return duplicates;
}

EmailChip *EmailChipsEdit::createChip(const EmailCheck &check, const QString &key)
{
    auto *chip = new EmailChip(check, key, m_chipsArea);
    chip->setNote(m_notes.value(key));
    connect(chip, &EmailChip::removeRequested, this,
            [this, chip](int step) { removeChip(chip, step); });
    connect(chip, &EmailChip::editRequested, this, [this, chip] { editChip(chip); });
    connect(chip, &EmailChip::focusStepRequested, this,
            [this, chip](int step) { focusStep(chip, step); });
    connect(chip, &EmailChip::textTyped, this, [this](const QString &text) {
        m_entry->setFocus(Qt::OtherFocusReason);
        if (!containsSeparator(text))
            m_entry->insert(text);
    });
    return chip;
}

void EmailChipsEdit::removeChip(EmailChip *chip, int focusStep)
{
    const qsizetype index = m_chips.indexOf(chip);
    if (index < 0)
        return;
    // Move the focus first, so that hiding the chip does not send it away
    // from the field.
    QWidget *next = m_entry;
    if (focusStep < 0 && index > 0)
        next = m_chips.at(index - 1);
    else if (focusStep < 0 && m_chips.size() > 1)
        next = m_chips.at(1);
    else if (focusStep > 0 && index + 1 < m_chips.size())
        next = m_chips.at(index + 1);
    next->setFocus(Qt::OtherFocusReason);
    m_chips.removeAt(index);
    m_flow->removeWidget(chip);
    chip->hide();
    chip->deleteLater(); // it may be inside its own signal
    emit entriesChanged();
}

void EmailChipsEdit::editChip(EmailChip *chip)
{
    if (!EmailAddress::trimmed(m_entry->text()).isEmpty() || m_editIndex >= 0)
        commitText();
    const qsizetype index = m_chips.indexOf(chip);
    if (index < 0)
        return;
    m_editOriginal = chip->check();
    m_editIndex = int(index);
    m_entry->setText(chip->check().input);
    m_lastEntryText = m_entry->text();
    m_entry->setFocus(Qt::OtherFocusReason);
    m_entry->end(false);
    m_chips.removeAt(index);
    m_flow->removeWidget(chip);
    chip->hide();
    chip->deleteLater();
    emit entriesChanged();
}

void EmailChipsEdit::cancelEdit()
{
    if (m_editIndex < 0)
        return;
    const int at = m_editIndex;
    const EmailCheck original = m_editOriginal;
    m_editIndex = -1;
    m_editOriginal = {};
    m_entry->clear();
    m_lastEntryText.clear();
    insertEntries({original}, at);
    emit entriesChanged();
}

void EmailChipsEdit::focusStep(EmailChip *from, int step)
{
    const qsizetype index = m_chips.indexOf(from);
    if (index < 0)
        return;
    qsizetype target = index + step;
    if (step == EmailChip::FirstStep)
        target = 0;
    if (step == EmailChip::LastStep || target >= m_chips.size()) {
        m_entry->setFocus(Qt::OtherFocusReason);
        m_entry->home(false);
        return;
    }
    focusChip(int(qMax<qsizetype>(0, target)));
}

void EmailChipsEdit::focusChip(int index)
{
    if (index >= 0 && index < m_chips.size())
        m_chips.at(index)->setFocus(Qt::OtherFocusReason);
}

void EmailChipsEdit::onEntryEdited(const QString &text)
{
    // Typing adds one character at a time, and separator keys never reach
    // the entry; more at once is a paste (context menu, middle click, drop).
    const qsizetype grown = text.size() - m_lastEntryText.size();
    m_lastEntryText = text;
    if (grown > 1 && containsSeparator(text))
        commitText();
}

void EmailChipsEdit::pasteIntoEntry(const QString &text)
{
    if (!containsSeparator(text)) {
        m_entry->insert(text);
        return;
    }
    // The list replaces the selection, as a paste would, then all becomes chips.
    QString combined = m_entry->text();
    const int start =
        m_entry->hasSelectedText() ? m_entry->selectionStart() : m_entry->cursorPosition();
    const int length = m_entry->hasSelectedText() ? int(m_entry->selectedText().size()) : 0;
    combined.replace(start, length, text);
    // Not through the entry, which would cut a long list at its maxLength.
    commitString(combined);
}

bool EmailChipsEdit::handleEntryKey(QKeyEvent *event)
{
    const QString text = m_entry->text();
    const bool blank = EmailAddress::trimmed(text).isEmpty();
    if (event->matches(QKeySequence::Paste)) {
        pasteIntoEntry(QGuiApplication::clipboard()->text());
        return true;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (!blank) {
            commitText();
            return true;
        }
        m_entry->clear();
        return false; // moves the focus on
    case Qt::Key_Enter:
    case Qt::Key_Return:
        if (!blank) {
            commitText();
            return true;
        }
        return false; // the dialog's default button
    case Qt::Key_Alt:
#ifndef Q_OS_MACOS
        if ((modifiers & ~Qt::AltModifier) == Qt::NoModifier && !blank)
            commitText();
#endif
        return false; // menus and shortcuts still see it
    case Qt::Key_Escape:
        if (m_editIndex >= 0) {
            cancelEdit();
            return true;
        }
        return false;
    case Qt::Key_Backspace:
        if (text.isEmpty() && !m_chips.isEmpty()) {
            focusChip(int(m_chips.size()) - 1);
            return true;
        }
        return false;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (text.isEmpty() && !m_chips.isEmpty() && modifiers == Qt::NoModifier &&
            (event->key() == Qt::Key_Left) != mirrored) {
            focusChip(int(m_chips.size()) - 1);
            return true;
        }
        return false;
    default:
        break;
    }
    const QString typed = event->text();
    if (typed.size() == 1 && isSeparator(typed.at(0)) &&
        !(modifiers & (Qt::ControlModifier | Qt::MetaModifier))) {
        if (insideMailbox(text))
            return false; // part of a display name, typed as is
        if (!blank)
            commitText();
        return true; // a separator never stays in the entry
    }
    return false;
}

bool EmailChipsEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry) {
        switch (event->type()) {
        case QEvent::KeyPress:
            return handleEntryKey(static_cast<QKeyEvent *>(event));
        case QEvent::FocusOut: {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            // A context menu or another window takes the focus only for a while.
            if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
                commitText();
            break;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool EmailChipsEdit::focusIsInside() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && isAncestorOf(focus);
}

void EmailChipsEdit::scrollToFocus()
{
    QTimer::singleShot(0, this, [this] {
        QWidget *focus = QApplication::focusWidget();
        if (focus && m_chipsArea->isAncestorOf(focus))
            m_scroll->ensureWidgetVisible(focus, 0, 0);
    });
}

void EmailChipsEdit::showDuplicateNotice(const QStringList &duplicates)
{
    if (duplicates.isEmpty())
        return;
    m_notice->setText(duplicates.size() == 1
                          ? tr("%1 is already in the list.").arg(duplicates.constFirst())
                          : tr("%n addresses were already in the list; each is kept once.", nullptr,
                               int(duplicates.size())));
    m_notice->show();
    updateGeometry();
    m_noticeTimer->start();
    QAccessibleEvent alert(m_notice, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

int EmailChipsEdit::rowHeight() const
{
    return qMax(m_entry->sizeHint().height(), fontMetrics().height() + 8);
}

QSize EmailChipsEdit::sizeHint() const
{
    const QMargins margins = m_boxLayout->contentsMargins();
    const int rows = 3;
    int height = margins.top() + margins.bottom() + rows * rowHeight() + (rows - 1) * ChipSpacing;
    if (!m_notice->isHidden())
        height += 4 + m_notice->sizeHint().height();
    return {440, height};
}

QSize EmailChipsEdit::minimumSizeHint() const
{
    const QMargins margins = m_boxLayout->contentsMargins();
    int height = margins.top() + margins.bottom() + rowHeight();
    if (!m_notice->isHidden())
        height += 4 + m_notice->sizeHint().height();
    return {200, height};
}

void EmailChipsEdit::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOptionFrame option;
    option.initFrom(this);
    option.rect = m_boxLayout->geometry();
    option.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, this);
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    if (focusIsInside())
        option.state |= QStyle::State_HasFocus;
    else
        option.state &= ~QStyle::State_HasFocus;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter, this);
}

void EmailChipsEdit::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    m_entry->setFocus(Qt::MouseFocusReason);
}

void EmailChipsEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

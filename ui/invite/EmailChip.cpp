#include "EmailChip.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>

namespace {

// Widest the address and the note may draw before they are elided; the full
// text stays in the tooltip and the accessible name.
constexpr int MaxAddressWidth = 300;
constexpr int MaxNoteWidth = 220;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The two state accents, readable on light and dark bases alike.
QColor invalidAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
}

QColor flaggedAccent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xfd, 0xd6, 0x63) : QColor(0xb0, 0x60, 0x00);
}

} // namespace

EmailChip::EmailChip(const EmailCheck &check, const QString &key, QWidget *parent)
    : QWidget(parent), m_check(check), m_key(key)
{
    setObjectName(QStringLiteral("emailChip"));
    // Reached by the arrow keys from the entry and by clicks, not by Tab:
    // Tab leaves the whole field instead of visiting every chip.
    setFocusPolicy(Qt::ClickFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setCursor(Qt::ArrowCursor);

    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeChipButton"));
    m_removeButton->setFocusPolicy(Qt::NoFocus);
    m_removeButton->setAutoRaise(true);
    m_removeButton->setCursor(Qt::PointingHandCursor);
    connect(m_removeButton, &QToolButton::clicked, this, [this] { emit removeRequested(0); });

    updateTexts();
}

EmailChip::State EmailChip::state() const
{
    if (!m_check.isValid())
        return State::Invalid;
    return m_note.isEmpty() ? State::Valid : State::Flagged;
}

void EmailChip::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    updateTexts();
    updateGeometry();
    update();
}

QString EmailChip::noteText() const
{
    return state() == State::Flagged ? m_note : QString();
}

int EmailChip::chipHeight() const
{
    return fontMetrics().height() + 8;
}

int EmailChip::markWidth() const
{
    return state() == State::Valid ? 0 : chipHeight() - 8;
}

QSize EmailChip::computeSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int height = chipHeight();
    int width = height / 2; // left padding, where the rounding is
    if (const int mark = markWidth())
        width = 5 + mark + 5;
    // +2: horizontalAdvance rounds, and elidedText() cuts at a fraction over.
    width += qMin(metrics.horizontalAdvance(m_check.input), MaxAddressWidth) + 2;
    if (const QString note = noteText(); !note.isEmpty())
        width += metrics.horizontalAdvance(QStringLiteral(" · ")) +
                 qMin(metrics.horizontalAdvance(note), MaxNoteWidth) + 2;
    width += 4 + (height - 6) + 3; // gap, ✕ button, right padding
    return {width, height};
}

QSize EmailChip::sizeHint() const
{
    return m_sizeHint;
}

QSize EmailChip::minimumSizeHint() const
{
    return sizeHint();
}

void EmailChip::updateTexts()
{
    // Cached: a layout asks for size hints far more often than they change,
    // and measuring text means shaping it.
    m_sizeHint = computeSizeHint();
    const QString &shown = m_check.input;
    QString description;
    QString name;
    switch (state()) {
    case State::Valid:
        description = m_check.address == m_check.input
                          ? tr("Valid address")
                          : tr("Valid address, sent as %1").arg(m_check.address);
        name = tr("%1, valid").arg(shown);
        break;
    case State::Invalid:
        description = m_check.error;
        name = tr("%1, invalid: %2").arg(shown, m_check.error);
        break;
    case State::Flagged:
        description = m_note;
        name = tr("%1, %2", "address, note such as already a member").arg(shown, m_note);
        break;
    }
    setToolTip(shown + QLatin1Char('\n') + description);
    setAccessibleName(name);
    setAccessibleDescription(description);
    m_removeButton->setToolTip(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove %1").arg(shown));

    // The ✕ drawn in the text colour, so that it follows the palette.
    const int side = chipHeight() - 6;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::SolidLine, Qt::RoundCap));
        const qreal inset = side * 0.3;
        painter.drawLine(QPointF(inset, inset), QPointF(side - inset, side - inset));
        painter.drawLine(QPointF(side - inset, inset), QPointF(inset, side - inset));
    }
    m_removeButton->setIcon(QIcon(pixmap));
    m_removeButton->setIconSize(QSize(side, side));
    m_removeButton->setFixedSize(side, side);
    m_removeButton->setStyleSheet(
        QStringLiteral("QToolButton { border: none; border-radius: %1px; padding: 0; }"
                       "QToolButton:hover { background: rgba(127, 127, 127, 70); }")
            .arg(side / 2));
}

void EmailChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);

    QColor fill = mix(base, text, isDark(pal) ? 0.16 : 0.08);
    QColor border = mix(base, text, 0.28);
    QColor accent;
    switch (state()) {
    case State::Valid:
        break;
    case State::Invalid:
        accent = invalidAccent(pal);
        fill = mix(base, accent, 0.14);
        border = accent;
        break;
    case State::Flagged:
        accent = flaggedAccent(pal);
        fill = mix(base, QColor(0xf9, 0xab, 0x00), 0.18);
        border = accent;
        break;
    }
    const bool focused = hasFocus();
    if (focused)
        fill = mix(fill, pal.color(QPalette::Highlight), 0.22);

    const int height = chipHeight();
    const QRectF chip = QRectF(rect()).adjusted(1, 1, -1, -1);
    const qreal radius = chip.height() / 2;
    painter.setPen(QPen(focused ? pal.color(QPalette::Highlight) : border, focused ? 2.0 : 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(chip, radius, radius);

    int x = height / 2;
    if (const int mark = markWidth()) {
        const QRect place(5, (this->height() - mark) / 2, mark, mark);
        const QRectF box = QStyle::visualRect(layoutDirection(), rect(), place);
        painter.setPen(Qt::NoPen);
        QColor glyph;
        if (state() == State::Invalid) {
            // A round mark for "invalid"…
            painter.setBrush(QColor(0xd9, 0x30, 0x25));
            painter.drawEllipse(box);
            glyph = Qt::white;
        } else {
            // …and a triangular one for "check this", told apart by shape.
            QPainterPath triangle;
            triangle.moveTo(box.center().x(), box.top());
            triangle.lineTo(box.right(), box.bottom());
            triangle.lineTo(box.left(), box.bottom());
            triangle.closeSubpath();
            painter.setBrush(QColor(0xf9, 0xab, 0x00));
            painter.drawPath(triangle);
            glyph = QColor(0x20, 0x21, 0x24);
        }
        painter.setPen(QPen(glyph, qMax(1.5, mark / 8.0), Qt::SolidLine, Qt::RoundCap));
        const qreal cx = box.center().x();
        const qreal top = box.top() + mark * (state() == State::Invalid ? 0.25 : 0.36);
        painter.drawLine(QPointF(cx, top), QPointF(cx, box.top() + mark * 0.62));
        painter.drawPoint(QPointF(cx, box.top() + mark * 0.80));
        x = 5 + mark + 5;
    }

    const QFontMetrics metrics = fontMetrics();
    // Logical (left-to-right) coordinates, mirrored by visualRect when drawn.
    const int textRight = width() - 3 - m_removeButton->width() - 4;
    const QString address = metrics.elidedText(m_check.input, Qt::ElideMiddle,
                                               qMin(MaxAddressWidth + 2, textRight - x));
    QRect textRect(x, 0, textRight - x, this->height());
    painter.setPen(text);
    const Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    painter.drawText(QStyle::visualRect(layoutDirection(), rect(), textRect), align, address);

    if (const QString note = noteText(); !note.isEmpty()) {
        x += metrics.horizontalAdvance(address);
        const QString shownNote = metrics.elidedText(
            QStringLiteral(" · ") + note, Qt::ElideRight,
            qMin(MaxNoteWidth + 2 + metrics.horizontalAdvance(QStringLiteral(" · ")),
                 textRight - x));
        painter.setPen(mix(text, fill, 0.3));
        textRect = QRect(x, 0, textRight - x, this->height());
        painter.drawText(QStyle::visualRect(layoutDirection(), rect(), textRect), align, shownNote);
    }
}

void EmailChip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QSize button = m_removeButton->size();
    const QRect place(width() - 3 - button.width(), (height() - button.height()) / 2,
                      button.width(), button.height());
    m_removeButton->setGeometry(QStyle::visualRect(layoutDirection(), rect(), place));
}

void EmailChip::keyPressEvent(QKeyEvent *event)
{
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Delete:
        emit removeRequested(+1);
        return;
    case Qt::Key_Backspace:
        emit removeRequested(-1);
        return;
    case Qt::Key_F2:
    case Qt::Key_Enter:
    case Qt::Key_Return:
        emit editRequested();
        return;
    case Qt::Key_Left:
        emit focusStepRequested(mirrored ? +1 : -1);
        return;
    case Qt::Key_Right:
        emit focusStepRequested(mirrored ? -1 : +1);
        return;
    case Qt::Key_Home:
        emit focusStepRequested(FirstStep);
        return;
    case Qt::Key_End:
        emit focusStepRequested(LastStep);
        return;
    default:
        break;
    }
    const QString typed = event->text();
    const bool commandKey =
        event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    if (!commandKey && !typed.isEmpty() && typed.at(0).isPrint()) {
        emit textTyped(typed);
        return;
    }
    QWidget::keyPressEvent(event);
}

void EmailChip::mouseDoubleClickEvent(QMouseEvent *event)
{
    QWidget::mouseDoubleClickEvent(event);
    emit editRequested();
}

void EmailChip::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void EmailChip::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void EmailChip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        // The layout caches size hints; a font set when the dialog is shown
        // changes ours.
        updateTexts();
        updateGeometry();
        break;
    case QEvent::PaletteChange:
    case QEvent::LanguageChange:
        updateTexts();
        break;
    default:
        break;
    }
}

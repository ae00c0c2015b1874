#include "ToggleSwitch.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace {
constexpr int Gap = 8; ///< between the switch and its text, in pixels
} // namespace

ToggleSwitch::ToggleSwitch(const QString &text, QWidget *parent) : QCheckBox(text, parent)
{
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

ToggleSwitch::~ToggleSwitch() = default;

int ToggleSwitch::trackHeight() const
{
    // Follows the font, so the switch grows with a larger font or high DPI.
    return qMax(16, fontMetrics().height());
}

int ToggleSwitch::trackWidth() const
{
    return trackHeight() * 2 - 2;
}

QRect ToggleSwitch::trackRect() const
{
    const int h = trackHeight();
    const int y = (height() - h) / 2;
    const int x = layoutDirection() == Qt::RightToLeft ? width() - trackWidth() - 1 : 1;
    return {x, y, trackWidth(), h};
}

QSize ToggleSwitch::sizeHint() const
{
    const QSize textSize = fontMetrics().size(Qt::TextShowMnemonic, text());
    return {trackWidth() + 2 + Gap + textSize.width() + 4,
            qMax(trackHeight() + 4, textSize.height() + 4)};
}

QSize ToggleSwitch::minimumSizeHint() const
{
    return sizeHint();
}

bool ToggleSwitch::hitButton(const QPoint &pos) const
{
    return rect().contains(pos);
}

void ToggleSwitch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool on = isChecked();
    const bool enabled = isEnabled();
    const QRect track = trackRect();
    const qreal radius = track.height() / 2.0;

    // The active group's colors, faded when disabled, so that on and off stay
    // distinct (the disabled Highlight of many styles is a plain grey).
    QColor trackColor = on ? pal.color(QPalette::Active, QPalette::Highlight)
                           : pal.color(QPalette::Active, QPalette::Mid);
    if (!enabled)
        trackColor.setAlphaF(0.4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(trackColor);
    painter.drawRoundedRect(QRectF(track), radius, radius);

    const int margin = 2;
    const int knobSize = track.height() - 2 * margin;
    const bool knobRight = on != (layoutDirection() == Qt::RightToLeft);
    const int knobX = knobRight ? track.right() - margin - knobSize + 1 : track.left() + margin;
    QColor knobColor = pal.color(QPalette::Base);
    if (!enabled)
        knobColor = pal.color(QPalette::Window);
    painter.setBrush(knobColor);
    painter.setPen(QPen(pal.color(QPalette::Dark), 0.5));
    painter.drawEllipse(QRectF(knobX, track.top() + margin, knobSize, knobSize));

    QRect textRect = rect();
    if (layoutDirection() == Qt::RightToLeft)
        textRect.setRight(track.left() - Gap);
    else
        textRect.setLeft(track.right() + Gap);
    style()->drawItemText(
        &painter, textRect,
        Qt::AlignVCenter | Qt::TextShowMnemonic |
            (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft),
        pal, enabled, text(), QPalette::WindowText);

    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = track.adjusted(-2, -2, 2, 2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

#pragma once

#include <QCheckBox>

/// A QCheckBox drawn as an on/off switch (a track with a sliding knob), as
/// the seed's license step shows ("Switch the toggle on"). It stays a check
/// box for everything else: Space toggles it, `toggled` reports it, and
/// assistive technology sees a check box with its text as the name.
///
/// The track uses the palette's Highlight color when on and its Mid color
/// when off, so it follows light, dark and high-contrast themes; the layout
/// direction mirrors it. The whole widget (switch and text) is clickable.
class ToggleSwitch : public QCheckBox
{
    Q_OBJECT

public:
    explicit ToggleSwitch(const QString &text, QWidget *parent = nullptr);
    ~ToggleSwitch() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    /// The track's rectangle in widget coordinates.
    QRect trackRect() const;
    int trackWidth() const;
    int trackHeight() const;
};

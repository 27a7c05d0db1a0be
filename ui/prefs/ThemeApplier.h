#pragma once

#include "preferences/Preferences.h"

#include <QObject>
#include <QPalette>
#include <QPointer>

namespace Linnet {

// Gives the application the palette the theme preference asks for. System: no palette of
// ours, so Qt's platform palette shows and follows the desktop's light/dark switch as it
// happens (Qt 6.4 has no colour scheme API; the palette is the system's word). Light and
// Dark: a full palette of ours, set for the whole application, which a system change does not
// override. Widgets that paint themselves read the palette they are given, so they follow.
class ThemeApplier : public QObject
{
    Q_OBJECT
public:
    // Applies the preference now and on every change; preferences is not owned.
    explicit ThemeApplier(Preferences *preferences, QObject *parent = nullptr);

    void apply(Preferences::Theme theme);
    Preferences::Theme applied() const { return m_applied; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette reads as dark (light text on a dark window).
    static bool isDark(const QPalette &palette);

Q_SIGNALS:
    // The application palette changed: by our choice, or by the system's while following it.
    void paletteChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Preferences::Theme m_applied = Preferences::Theme::System;
};

} // namespace Linnet

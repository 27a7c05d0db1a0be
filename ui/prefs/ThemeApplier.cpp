#include "ThemeApplier.h"

#include <QApplication>
#include <QEvent>

namespace Linnet {

namespace {
QPalette paletteFrom(const QColor &window, const QColor &text, const QColor &base,
                     const QColor &alternate, const QColor &button, const QColor &highlight,
                     const QColor &link, const QColor &disabledText)
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, alternate);
        palette.setColor(group, QPalette::ToolTipBase, base);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::PlaceholderText, disabledText);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, Qt::red);
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, link.darker(120));
        palette.setColor(group, QPalette::Light, button.lighter(150));
        palette.setColor(group, QPalette::Midlight, button.lighter(125));
        palette.setColor(group, QPalette::Mid, button.darker(130));
        palette.setColor(group, QPalette::Dark, button.darker(160));
        palette.setColor(group, QPalette::Shadow, Qt::black);
    }
    palette.setColor(QPalette::Disabled, QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, button);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText,
          QPalette::PlaceholderText, QPalette::ToolTipText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button.darker(120));
    return palette;
}
} // namespace

ThemeApplier::ThemeApplier(Preferences *preferences, QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
    connect(preferences, &Preferences::themeChanged, this, &ThemeApplier::apply);
    apply(preferences->theme());
}

QPalette ThemeApplier::lightPalette()
{
    return paletteFrom(QColor(0xef, 0xef, 0xef), QColor(0x1e, 0x1e, 0x1e), Qt::white,
                       QColor(0xf5, 0xf5, 0xf5), QColor(0xe6, 0xe6, 0xe6), QColor(0x30, 0x8c, 0xc6),
                       QColor(0x1a, 0x5f, 0xb4), QColor(0x9a, 0x9a, 0x9a));
}

QPalette ThemeApplier::darkPalette()
{
    return paletteFrom(QColor(0x2d, 0x2d, 0x30), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x20),
                       QColor(0x28, 0x28, 0x2b), QColor(0x3a, 0x3a, 0x3e), QColor(0x2a, 0x7a, 0xc0),
                       QColor(0x6c, 0xb4, 0xf0), QColor(0x80, 0x80, 0x80));
}

bool ThemeApplier::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

void ThemeApplier::apply(Preferences::Theme theme)
{
    m_applied = theme;
    switch (theme) {
    case Preferences::Theme::System:
        // A palette with no roles set: Qt resolves everything from the platform's palette.
        QApplication::setPalette(QPalette());
        break;
    case Preferences::Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Preferences::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool ThemeApplier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        Q_EMIT paletteChanged(isDark(QApplication::palette()));
    return QObject::eventFilter(watched, event);
}

} // namespace Linnet

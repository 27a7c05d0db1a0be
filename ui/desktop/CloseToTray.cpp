#include "CloseToTray.h"

#include "preferences/Preferences.h"

#include <QCloseEvent>
#include <QWidget>

namespace Linnet {

CloseToTray::CloseToTray(QWidget *window, Preferences *preferences, TrayCheck trayAvailable,
                         QObject *parent)
    : QObject(parent), m_window(window), m_preferences(preferences),
      m_trayAvailable(std::move(trayAvailable))
{
    window->installEventFilter(this);
}

bool CloseToTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    const bool toTray = event->spontaneous() && m_preferences && m_preferences->closeToTray() &&
                        m_trayAvailable && m_trayAvailable();
    if (toTray) {
        event->ignore();
        m_window->hide();
        Q_EMIT hiddenToTray();
        return true;
    }
    Q_EMIT quitRequested();
    return false;
}

} // namespace Linnet

#include "TrayIcon.h"

#include "PresenceIcons.h"
#include "TrayIconImage.h"

#include <QApplication>
#include <QMenu>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Linnet {

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_showHide = m_menu->addAction(tr("&Show Linnet"), this, &TrayIcon::toggleWindow);
    m_showHide->setObjectName(u"trayShowHideAction"_s);
    m_menu->addSeparator();
    m_quitSeparator = m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_quit->setObjectName(u"trayQuitAction"_s);
    // The first entry says what it will do to the window as it is when the menu opens.
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::refresh);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu is not owned by the tray icon
}

void TrayIcon::setStatusActions(const QList<QAction *> &actions)
{
    for (const QPointer<QAction> &action : std::as_const(m_statusActions)) {
        if (action)
            m_menu->removeAction(action);
    }
    m_statusActions.clear();
    // Between the two separators: after "Show", before "Quit".
    for (QAction *action : actions) {
        m_menu->insertAction(m_quitSeparator, action);
        m_statusActions.append(action);
    }
}

void TrayIcon::setPresenceState(RosterModel::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    refresh();
}

void TrayIcon::setUnreadCount(int unread)
{
    unread = std::max(0, unread);
    if (unread == m_unread)
        return;
    m_unread = unread;
    refresh();
}

void TrayIcon::show()
{
    if (isAvailable())
        m_tray->show();
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

QImage TrayIcon::image(int size) const
{
    return TrayIconImage::paint(QApplication::windowIcon(), PresenceIcons::forState(m_state),
                                m_unread, size);
}

QString TrayIcon::toolTip() const
{
    const QString presence = PresenceIcons::label(m_state);
    if (m_unread <= 0)
        return tr("Linnet — %1").arg(presence);
    return tr("Linnet — %1 — %n unread message(s)", nullptr, m_unread).arg(presence);
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
        refresh();
        return;
    }
    showWindow();
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    refresh();
}

void TrayIcon::refresh()
{
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_showHide->setText(shown ? tr("&Hide Linnet") : tr("&Show Linnet"));
    QIcon icon;
    for (const int size : {16, 22, 32, 64})
        icon.addPixmap(QPixmap::fromImage(image(size)));
    m_tray->setIcon(icon);
    m_tray->setToolTip(toolTip());
}

} // namespace Linnet

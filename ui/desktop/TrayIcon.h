#pragma once

#include "models/RosterModel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Linnet {

// Linnet in the system tray: the icon shows our presence and, while messages are unread, a
// marker with their number (TrayIconImage); a click shows or hides the main window. Its menu:
// Show/Hide Linnet, the status choices (the StatusSelector's own actions, so choosing one
// here is choosing it there) and Quit. Where the desktop has no tray (isAvailable() false)
// nothing shows, and the main window's close quits (CloseToTray).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // window is the main window it shows and hides; not owned.
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    // The status choices (not owned; typically the StatusSelector's menu actions).
    void setStatusActions(const QList<QAction *> &actions);
    void setPresenceState(RosterModel::State state);
    RosterModel::State presenceState() const { return m_state; }
    void setUnreadCount(int unread);
    int unreadCount() const { return m_unread; }

    // Shows the icon when the desktop has a tray.
    void show();
    static bool isAvailable();
    bool isVisible() const;
    QMenu *menu() const { return m_menu; }
    QAction *showHideAction() const { return m_showHide; }
    QAction *quitAction() const { return m_quit; }
    // What the icon shows now, at this size.
    QImage image(int size = 64) const;
    QString toolTip() const;

    // Hidden or minimised: brought to the front; shown: hidden.
    void toggleWindow();
    void showWindow();

Q_SIGNALS:
    void quitRequested();

private:
    void refresh();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_showHide;
    QAction *m_quitSeparator;
    QAction *m_quit;
    QList<QPointer<QAction>> m_statusActions;
    RosterModel::State m_state = RosterModel::State::Offline;
    int m_unread = 0;
};

} // namespace Linnet

#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace Linnet {

class Preferences;

// Decides what closing the main window means. The window manager's close button (a
// spontaneous close event) hides the window into the tray when the preference says so and
// the tray exists; anything else that closes it (Quit in a menu, no tray, the preference off)
// quits Linnet, also when chat windows are still open.
class CloseToTray : public QObject
{
    Q_OBJECT
public:
    using TrayCheck = std::function<bool()>;

    // Installs itself on window. trayAvailable tells whether there is a tray to go to.
    CloseToTray(QWidget *window, Preferences *preferences, TrayCheck trayAvailable,
                QObject *parent = nullptr);

Q_SIGNALS:
    // The window went into the tray instead of closing.
    void hiddenToTray();
    // Closing the window means quitting.
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QPointer<Preferences> m_preferences;
    TrayCheck m_trayAvailable;
};

} // namespace Linnet

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace Linnet {

class Account;
class ChatAppearance;
class CloseToTray;
class MainWindow;
class MessageSound;
class NotificationGate;
class Notifier;
class Preferences;
class PreferencesDialog;
class ThemeApplier;
class TrayIcon;

// Linnet on the desktop, around a MainWindow it does not change: the tray icon (presence,
// unread marker, status menu), closing into the tray, Preferences (Ctrl+, on the window and in
// the tray menu), and the preferences applied to the windows: theme, chat font and layout,
// notifications and the message sound, and — for every account — privacy and auto-away
// (AccountPreferences).
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both should outlive this.
    DesktopIntegration(MainWindow *window, Preferences *preferences, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // Another open account (after its idle source is set, so auto-away is there to configure).
    void addAccount(Account *account);

    void showPreferences();
    // Brings the main window forward (a second start of Linnet asks for this).
    void raiseWindow();

    TrayIcon *tray() const { return m_tray; }
    PreferencesDialog *preferencesDialog() const;
    NotificationGate *notifier() const { return m_gate; }
    ThemeApplier *theme() const { return m_theme; }
    MessageSound *sound() const { return m_sound; }
    // Replaces the desktop notifier behind the gate (tests record with their own).
    void setDesktopNotifier(Notifier *notifier);

Q_SIGNALS:
    // The user asked to quit (tray menu, or closing the window when it does not go to the tray).
    void quitRequested();

private:
    void refreshPresence();
    NotificationGate *makeGate(Notifier *desktop);

    QPointer<MainWindow> m_window;
    QPointer<Preferences> m_preferences;
    QList<Account *> m_accounts; // deleted ones leave (QObject::destroyed)
    ThemeApplier *m_theme;
    ChatAppearance *m_chatAppearance;
    MessageSound *m_sound;
    Notifier *m_desktopNotifier;
    NotificationGate *m_gate = nullptr;
    TrayIcon *m_tray;
    CloseToTray *m_closeToTray;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace Linnet

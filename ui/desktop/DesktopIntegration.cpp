#include "DesktopIntegration.h"

#include "CloseToTray.h"
#include "ContactListPanel.h"
#include "MainWindow.h"
#include "StatusSelector.h"
#include "TrayIcon.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "chat/DesktopNotifier.h"
#include "im/PresenceManager.h"
#include "muc/RoomController.h"
#include "preferences/AccountPreferences.h"
#include "preferences/Preferences.h"
#include "prefs/ChatAppearance.h"
#include "prefs/MessageSound.h"
#include "prefs/NotificationGate.h"
#include "prefs/PreferencesDialog.h"
#include "prefs/ThemeApplier.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Linnet {

DesktopIntegration::DesktopIntegration(MainWindow *window, Preferences *preferences,
                                       QObject *parent)
    : QObject(parent), m_window(window), m_preferences(preferences),
      m_theme(new ThemeApplier(preferences, this)),
      m_chatAppearance(new ChatAppearance(preferences, this)), m_sound(new MessageSound(this)),
      m_desktopNotifier(new DesktopNotifier(this)), m_tray(new TrayIcon(window, this)),
      m_closeToTray(new CloseToTray(
          window, preferences, [] { return TrayIcon::isAvailable(); }, this))
{
    setDesktopNotifier(m_desktopNotifier);

    // The status choices are the status selector's own actions.
    StatusSelector *selector = window->contactList()->statusSelector();
    m_tray->setStatusActions(selector->stateMenu()->actions());
    refreshPresence();
    connect(m_tray, &TrayIcon::quitRequested, this, &DesktopIntegration::quitRequested);
    connect(m_closeToTray, &CloseToTray::quitRequested, this, &DesktopIntegration::quitRequested);
    connect(window, &MainWindow::totalUnreadChanged, m_tray, &TrayIcon::setUnreadCount);
    m_tray->setUnreadCount(window->totalUnread());
    // The selector shows the presence of the accounts it applies to.
    connect(window->contactList(), &ContactListPanel::statusScopeChanged, this,
            &DesktopIntegration::refreshPresence);

    auto *preferencesAction = new QAction(tr("&Preferences…"), this);
    preferencesAction->setObjectName(u"preferencesAction"_s);
    connect(preferencesAction, &QAction::triggered, this, &DesktopIntegration::showPreferences);
    // Edit > Preferences… (Ctrl+,) in the window.
    connect(window, &MainWindow::preferencesRequested, this, &DesktopIntegration::showPreferences);
    m_tray->menu()->insertAction(m_tray->quitAction(), preferencesAction);
    m_tray->show();
}

DesktopIntegration::~DesktopIntegration() = default;

void DesktopIntegration::setDesktopNotifier(Notifier *notifier)
{
    NotificationGate *old = m_gate;
    m_gate = makeGate(notifier);
    if (m_window)
        m_window->setNotifier(m_gate);
    delete old;
}

NotificationGate *DesktopIntegration::makeGate(Notifier *desktop)
{
    return new NotificationGate(
        m_preferences, desktop, [this] { m_sound->play(); }, this);
}

void DesktopIntegration::addAccount(Account *account)
{
    if (!account || m_accounts.contains(account))
        return;
    m_accounts.append(account);
    connect(account, &QObject::destroyed, this, [this, account] {
        m_accounts.removeAll(account);
        refreshPresence();
    });
    // Queued: the window reads the account's state in its own slot first.
    connect(account, &Account::stateChanged, this, &DesktopIntegration::refreshPresence,
            Qt::QueuedConnection);
    connect(account->presence(), &PresenceManager::ownPresenceChanged, this,
            &DesktopIntegration::refreshPresence);
    // Lives as long as the account's managers it configures.
    new AccountPreferences(m_preferences, AccountPreferences::targetsOf(account->services()),
                           account->services());
    refreshPresence();
}

void DesktopIntegration::refreshPresence()
{
    if (m_window)
        m_tray->setPresenceState(m_window->contactList()->statusSelector()->currentState());
}

PreferencesDialog *DesktopIntegration::preferencesDialog() const
{
    return m_dialog;
}

void DesktopIntegration::showPreferences()
{
    if (!m_dialog) {
        m_dialog = new PreferencesDialog(m_preferences, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setTrayAvailable(TrayIcon::isAvailable());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void DesktopIntegration::raiseWindow()
{
    m_tray->showWindow();
}

} // namespace Linnet

#pragma once

#include "models/RosterModel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QSpinBox;
class QMenu;
class QToolButton;

namespace Linnet {

class PresenceManager;

// Chooses our presence: the five show states and Offline, a status message (recent ones are
// remembered in QSettings under presence/recentMessages) and, in the advanced popup, the
// priority. It always shows the current state: Offline while signed out, otherwise what
// PresenceManager says we are.
//
// A show state goes to PresenceManager::setOwnPresence; while signed out it also asks to sign
// in (signInRequested), and the account sends it as its initial presence. Offline asks to sign
// out (signOutRequested).
class StatusSelector : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRecentMessages = 10;

    explicit StatusSelector(QWidget *parent = nullptr);

    // Not owned; may be null (nothing is sent then).
    void setPresenceManager(PresenceManager *presence);
    // Whether the account is signed in; while not, the selector shows Offline.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // The presence choices (one action per state); the tray offers the same actions.
    QMenu *stateMenu() const;

    RosterModel::State currentState() const;
    QString currentMessage() const;
    int priority() const;
    QStringList recentMessages() const;

    // What the user does with the menu and the message box.
    void choose(RosterModel::State state, const QString &message);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();

private:
    void refresh();
    void rememberMessage(const QString &message);
    void fillRecentMessages();
    void applyMessage();

    QPointer<PresenceManager> m_presence;
    QToolButton *m_stateButton;
    QComboBox *m_message;
    QToolButton *m_advanced;
    QSpinBox *m_priority;
    bool m_online = false;
    RosterModel::State m_wanted = RosterModel::State::Online;
};

} // namespace Linnet

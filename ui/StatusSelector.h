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
// A show state goes to PresenceManager::setOwnPresence of every account it applies to; while
// signed out it also asks to sign in (signInRequested), and each account sends it as its
// initial presence. Offline asks to sign out (signOutRequested). With several accounts it
// shows the first one's presence.
class StatusSelector : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRecentMessages = 10;

    explicit StatusSelector(QWidget *parent = nullptr);

    // Not owned; may be null (nothing is sent then).
    void setPresenceManager(PresenceManager *presence);
    // The accounts it applies to (not owned); empty: nothing is sent.
    void setPresenceManagers(const QList<PresenceManager *> &presences);
    // Whether an account it applies to is signed in; while not, the selector shows Offline.
    void setOnline(bool online);
    // With several accounts: some are signed in (shown), all are (else a show state also asks
    // to sign in the others).
    void setOnline(bool anyOnline, bool allOnline);
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

    PresenceManager *shown() const;

    QList<QPointer<PresenceManager>> m_presences;
    QToolButton *m_stateButton;
    QComboBox *m_message;
    QToolButton *m_advanced;
    QSpinBox *m_priority;
    bool m_online = false;
    bool m_allOnline = false;
    RosterModel::State m_wanted = RosterModel::State::Online;
};

} // namespace Linnet

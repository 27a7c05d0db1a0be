#pragma once

#include "im/Presence.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Linnet {

class IdleSource;
class PresenceManager;

// Sets away, then extended away, while the user is idle, and restores what they had chosen
// when they return. After awayAfterMinutes of idleness an available presence (chat or plain)
// becomes away with XEP-0319 <idle since/>; after xaAfterMinutes it becomes xa. Any input
// (idle time below the away threshold) restores the previous show and status. A presence the
// user chose themselves (away, xa, dnd, unavailable) is never touched, and a change the user
// makes while auto-away ends auto-away without a restore. Off while the source is unavailable
// or when disabled; turning it off restores.
class AutoAway : public QObject
{
    Q_OBJECT
public:
    enum class State { Active, Away, Xa };
    using Clock = std::function<QDateTime()>;

    // presence and idle must outlive the controller.
    AutoAway(PresenceManager *presence, IdleSource *idle, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setAwayAfterMinutes(int minutes) { m_awayMinutes = minutes; }
    void setXaAfterMinutes(int minutes) { m_xaMinutes = minutes; }
    int awayAfterMinutes() const { return m_awayMinutes; }
    int xaAfterMinutes() const { return m_xaMinutes; }
    // How often the idle source is asked (default 15 s); 0 stops polling (tests call tick()).
    void setPollIntervalMs(int ms);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    State state() const { return m_state; }
    // One look at the idle source and the decision; called by the poll timer.
    void tick();

private:
    void enter(State state, int idleSeconds);
    void restore();
    void onOwnPresenceChanged();

    PresenceManager *m_presence;
    IdleSource *m_idle;
    QTimer m_timer;
    Clock m_clock;
    bool m_enabled = true;
    int m_awayMinutes = 5;
    int m_xaMinutes = 20;
    State m_state = State::Active;
    Presence m_saved;   // what the user had before auto-away
    Presence m_applied; // what auto-away set, to tell the user's own changes apart
    bool m_applying = false;
};

} // namespace Linnet

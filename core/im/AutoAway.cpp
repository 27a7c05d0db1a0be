#include "im/AutoAway.h"

#include "im/IdleSource.h"
#include "im/PresenceManager.h"

namespace Linnet {

AutoAway::AutoAway(PresenceManager *presence, IdleSource *idle, QObject *parent)
    : QObject(parent), m_presence(presence), m_idle(idle),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_timer, &QTimer::timeout, this, &AutoAway::tick);
    connect(presence, &PresenceManager::ownPresenceChanged, this, &AutoAway::onOwnPresenceChanged);
    setPollIntervalMs(15000);
}

void AutoAway::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        restore();
}

void AutoAway::setPollIntervalMs(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

void AutoAway::tick()
{
    if (!m_enabled || !m_idle->isAvailable()) {
        restore();
        return;
    }
    const std::optional<int> idle = m_idle->idleSeconds();
    if (!idle)
        return;
    const bool pastAway = *idle >= m_awayMinutes * 60;
    const bool pastXa = *idle >= m_xaMinutes * 60;
    switch (m_state) {
    case State::Active: {
        const Presence own = m_presence->ownPresence();
        const bool userAvailable = own.isAvailable() && (own.show == Presence::Show::Online ||
                                                         own.show == Presence::Show::Chat);
        if (!userAvailable || !pastAway)
            return;
        m_saved = own;
        enter(pastXa ? State::Xa : State::Away, *idle);
        return;
    }
    case State::Away:
        if (!pastAway)
            restore();
        else if (pastXa)
            enter(State::Xa, *idle);
        return;
    case State::Xa:
        if (!pastAway)
            restore();
        return;
    }
}

void AutoAway::enter(State state, int idleSeconds)
{
    Presence presence = m_saved;
    presence.show = state == State::Xa ? Presence::Show::Xa : Presence::Show::Away;
    // Idle since stays the moment idleness began, also when away turns into xa.
    presence.idleSince =
        m_state == State::Active ? m_clock().toUTC().addSecs(-idleSeconds) : m_applied.idleSince;
    m_state = state;
    m_applied = presence;
    m_applying = true;
    m_presence->setOwnPresence(presence);
    m_applying = false;
}

void AutoAway::restore()
{
    if (m_state == State::Active)
        return;
    m_state = State::Active;
    m_applying = true;
    m_presence->setOwnPresence(m_saved);
    m_applying = false;
}

void AutoAway::onOwnPresenceChanged()
{
    if (m_applying || m_state == State::Active)
        return;
    // The user chose something while we were auto-away: theirs wins, nothing to restore.
    m_state = State::Active;
}

} // namespace Linnet

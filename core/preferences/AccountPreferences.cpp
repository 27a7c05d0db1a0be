#include "preferences/AccountPreferences.h"

#include "account/AccountServices.h"
#include "disco/SoftwareVersionResponder.h"
#include "im/AutoAway.h"
#include "im/ChatManager.h"
#include "preferences/Preferences.h"

namespace Linnet {

AccountPreferences::Targets AccountPreferences::targetsOf(const AccountServices *services)
{
    if (!services)
        return {};
    return {services->version(), services->chats(), services->autoAway()};
}

AccountPreferences::AccountPreferences(Preferences *preferences, const Targets &targets,
                                       QObject *parent)
    : QObject(parent), m_preferences(preferences), m_version(targets.version),
      m_chats(targets.chats), m_autoAway(targets.autoAway)
{
    connect(preferences, &Preferences::shareOperatingSystemChanged, this,
            &AccountPreferences::apply);
    connect(preferences, &Preferences::sendTypingNotificationsChanged, this,
            &AccountPreferences::apply);
    connect(preferences, &Preferences::sendDisplayedMarkersChanged, this,
            &AccountPreferences::apply);
    connect(preferences, &Preferences::autoAwayMinutesChanged, this,
            &AccountPreferences::applyAutoAway);
    apply();
}

void AccountPreferences::apply()
{
    if (!m_preferences)
        return;
    if (m_version)
        m_version->setShareOperatingSystem(m_preferences->shareOperatingSystem());
    if (m_chats) {
        m_chats->setSendChatStates(m_preferences->sendTypingNotifications());
        m_chats->setSendDisplayedMarkers(m_preferences->sendDisplayedMarkers());
    }
    applyAutoAway();
}

void AccountPreferences::applyAutoAway()
{
    if (!m_preferences || !m_autoAway)
        return;
    const int minutes = m_preferences->autoAwayMinutes();
    if (minutes > 0) {
        m_autoAway->setAwayAfterMinutes(minutes);
        m_autoAway->setXaAfterMinutes(minutes * XaFactor);
    }
    m_autoAway->setEnabled(minutes > 0);
}

} // namespace Linnet

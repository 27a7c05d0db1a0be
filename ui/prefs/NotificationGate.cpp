#include "NotificationGate.h"

namespace Linnet {

NotificationGate::NotificationGate(Preferences *preferences, Notifier *desktop, SoundPlayer sound,
                                   QObject *parent)
    : Notifier(parent), m_preferences(preferences), m_desktop(desktop), m_sound(std::move(sound))
{
    if (desktop)
        connect(desktop, &Notifier::activated, this, &Notifier::activated);
}

void NotificationGate::notify(const ChatNotification &notification)
{
    if (!m_preferences)
        return;
    if (m_preferences->soundsEnabled() && m_sound)
        m_sound();
    if (m_preferences->notificationsEnabled() && m_desktop)
        m_desktop->notify(notification);
}

void NotificationGate::withdraw(const QString &conversation)
{
    if (m_desktop)
        m_desktop->withdraw(conversation);
}

} // namespace Linnet

#pragma once

#include "chat/Notifier.h"
#include "preferences/Preferences.h"

#include <QPointer>
#include <functional>

namespace Linnet {

// Stands between the chat and room controllers and the desktop's notifier and applies the
// preferences: a new message plays the message sound when sounds are on, and reaches the
// desktop notifier only when notifications are on. Clicks on notifications come back through.
class NotificationGate : public Notifier
{
    Q_OBJECT
public:
    using SoundPlayer = std::function<void()>;

    // Neither is owned; sound may be empty (no sound then).
    NotificationGate(Preferences *preferences, Notifier *desktop, SoundPlayer sound,
                     QObject *parent = nullptr);

    void notify(const ChatNotification &notification) override;
    void withdraw(const QString &conversation) override;

private:
    QPointer<Preferences> m_preferences;
    QPointer<Notifier> m_desktop;
    SoundPlayer m_sound;
};

} // namespace Linnet

#pragma once

#include <QObject>
#include <QPointer>

namespace Linnet {

class AccountServices;
class AutoAway;
class ChatManager;
class Preferences;
class SoftwareVersionResponder;

// Applies the preferences that concern one account's managers, now and on every change:
// the operating system in software version answers, typing notifications and displayed
// markers sent by ChatManager, and the auto-away delay (0 minutes turns auto-away off).
class AccountPreferences : public QObject
{
    Q_OBJECT
public:
    // The managers it configures; none is owned, any may be null.
    struct Targets
    {
        SoftwareVersionResponder *version = nullptr;
        ChatManager *chats = nullptr;
        AutoAway *autoAway = nullptr;
    };
    // The managers of an account. Auto-away exists only once the account has an idle source,
    // so make this after AccountServices::setIdleSource.
    static Targets targetsOf(const AccountServices *services);

    AccountPreferences(Preferences *preferences, const Targets &targets, QObject *parent = nullptr);

    void apply();

    // Extended away comes this many times later than away.
    static constexpr int XaFactor = 4;

private:
    void applyAutoAway();

    QPointer<Preferences> m_preferences;
    QPointer<SoftwareVersionResponder> m_version;
    QPointer<ChatManager> m_chats;
    QPointer<AutoAway> m_autoAway;
};

} // namespace Linnet

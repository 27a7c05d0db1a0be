#include "preferences/Preferences.h"

#include <QMetaEnum>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
const QString Notifications = u"preferences/notifications"_s;
const QString Sounds = u"preferences/sounds"_s;
const QString AutoAwayMinutes = u"preferences/autoAwayMinutes"_s;
const QString ChatFontSize = u"preferences/chatFontPointSize"_s;
const QString ThemeKey = u"preferences/theme"_s;
const QString LayoutKey = u"preferences/messageLayout"_s;
const QString CloseToTray = u"preferences/closeToTray"_s;
const QString ShareOs = u"preferences/shareOperatingSystem"_s;
const QString TypingNotifications = u"preferences/sendTypingNotifications"_s;
const QString DisplayedMarkers = u"preferences/sendDisplayedMarkers"_s;

constexpr int DefaultAutoAwayMinutes = 5;

// Enums are stored by name, so a reordered enum never reinterprets old settings.
template <typename E> QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

template <typename E> E enumFromName(const QString &name, E fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<E>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? E(value) : fallback;
}
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{}

Preferences::Preferences(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Preferences::~Preferences() = default;

QVariant Preferences::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

bool Preferences::store(const QString &key, const QVariant &value)
{
    if (m_settings->contains(key) && m_settings->value(key) == value)
        return false;
    m_settings->setValue(key, value);
    return true;
}

bool Preferences::notificationsEnabled() const
{
    return value(Notifications, true).toBool();
}

void Preferences::setNotificationsEnabled(bool on)
{
    const bool before = notificationsEnabled();
    if (store(Notifications, on) && before != on)
        Q_EMIT notificationsEnabledChanged(on);
}

bool Preferences::soundsEnabled() const
{
    return value(Sounds, true).toBool();
}

void Preferences::setSoundsEnabled(bool on)
{
    const bool before = soundsEnabled();
    if (store(Sounds, on) && before != on)
        Q_EMIT soundsEnabledChanged(on);
}

int Preferences::autoAwayMinutes() const
{
    return std::clamp(value(AutoAwayMinutes, DefaultAutoAwayMinutes).toInt(), 0,
                      MaxAutoAwayMinutes);
}

void Preferences::setAutoAwayMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, MaxAutoAwayMinutes);
    const int before = autoAwayMinutes();
    if (store(AutoAwayMinutes, minutes) && before != minutes)
        Q_EMIT autoAwayMinutesChanged(minutes);
}

int Preferences::chatFontPointSize() const
{
    const int points = value(ChatFontSize, 0).toInt();
    return points == 0 ? 0 : std::clamp(points, MinFontPointSize, MaxFontPointSize);
}

void Preferences::setChatFontPointSize(int points)
{
    if (points != 0)
        points = std::clamp(points, MinFontPointSize, MaxFontPointSize);
    const int before = chatFontPointSize();
    if (store(ChatFontSize, points) && before != points)
        Q_EMIT chatFontPointSizeChanged(points);
}

Preferences::Theme Preferences::theme() const
{
    return enumFromName(value(ThemeKey, QString()).toString(), Theme::System);
}

void Preferences::setTheme(Theme theme)
{
    const Theme before = this->theme();
    if (store(ThemeKey, enumName(theme)) && before != theme)
        Q_EMIT themeChanged(theme);
}

Preferences::MessageLayout Preferences::messageLayout() const
{
    return enumFromName(value(LayoutKey, QString()).toString(), MessageLayout::Comfortable);
}

void Preferences::setMessageLayout(MessageLayout layout)
{
    const MessageLayout before = messageLayout();
    if (store(LayoutKey, enumName(layout)) && before != layout)
        Q_EMIT messageLayoutChanged(layout);
}

bool Preferences::closeToTray() const
{
    return value(CloseToTray, true).toBool();
}

void Preferences::setCloseToTray(bool on)
{
    const bool before = closeToTray();
    if (store(CloseToTray, on) && before != on)
        Q_EMIT closeToTrayChanged(on);
}

bool Preferences::shareOperatingSystem() const
{
    return value(ShareOs, false).toBool();
}

void Preferences::setShareOperatingSystem(bool on)
{
    const bool before = shareOperatingSystem();
    if (store(ShareOs, on) && before != on)
        Q_EMIT shareOperatingSystemChanged(on);
}

bool Preferences::sendTypingNotifications() const
{
    return value(TypingNotifications, true).toBool();
}

void Preferences::setSendTypingNotifications(bool on)
{
    const bool before = sendTypingNotifications();
    if (store(TypingNotifications, on) && before != on)
        Q_EMIT sendTypingNotificationsChanged(on);
}

bool Preferences::sendDisplayedMarkers() const
{
    return value(DisplayedMarkers, true).toBool();
}

void Preferences::setSendDisplayedMarkers(bool on)
{
    const bool before = sendDisplayedMarkers();
    if (store(DisplayedMarkers, on) && before != on)
        Q_EMIT sendDisplayedMarkersChanged(on);
}

} // namespace Linnet

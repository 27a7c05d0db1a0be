#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSettings;

namespace Linnet {

// The user's application-wide preferences, kept in QSettings under "preferences/" and
// announced on change. Core keeps the values; whoever a value concerns applies it:
// AccountPreferences for the account's managers, ui/prefs for the windows.
class Preferences : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    enum class MessageLayout { Comfortable, Compact };
    Q_ENUM(MessageLayout)

    static constexpr int MaxAutoAwayMinutes = 240;
    static constexpr int MinFontPointSize = 6;
    static constexpr int MaxFontPointSize = 48;

    // The application's settings (QSettings with the organisation and application names).
    explicit Preferences(QObject *parent = nullptr);
    // An INI file of its own (tests, other profiles).
    explicit Preferences(const QString &iniFile, QObject *parent = nullptr);
    ~Preferences() override;

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);
    bool soundsEnabled() const;
    void setSoundsEnabled(bool on);
    // Away after this many idle minutes (extended away after four times as many); 0: never.
    int autoAwayMinutes() const;
    void setAutoAwayMinutes(int minutes);
    // The chat view's font size in points; 0: the system's.
    int chatFontPointSize() const;
    void setChatFontPointSize(int points);
    Theme theme() const;
    void setTheme(Theme theme);
    MessageLayout messageLayout() const;
    void setMessageLayout(MessageLayout layout);
    // Closing the main window keeps Linnet in the tray (where there is one).
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // Privacy: what others learn from us.
    bool shareOperatingSystem() const;
    void setShareOperatingSystem(bool on);
    bool sendTypingNotifications() const;
    void setSendTypingNotifications(bool on);
    bool sendDisplayedMarkers() const;
    void setSendDisplayedMarkers(bool on);

Q_SIGNALS:
    void notificationsEnabledChanged(bool on);
    void soundsEnabledChanged(bool on);
    void autoAwayMinutesChanged(int minutes);
    void chatFontPointSizeChanged(int points);
    void themeChanged(Linnet::Preferences::Theme theme);
    void messageLayoutChanged(Linnet::Preferences::MessageLayout layout);
    void closeToTrayChanged(bool on);
    void shareOperatingSystemChanged(bool on);
    void sendTypingNotificationsChanged(bool on);
    void sendDisplayedMarkersChanged(bool on);

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    // Stores the value; true when it differs from what was stored.
    bool store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Linnet

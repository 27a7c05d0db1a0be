#include "PreferencesDialog.h"

#include "preferences/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
QCheckBox *checkBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    return box;
}
} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent), m_preferences(preferences)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    auto *notifyGroup = new QGroupBox(tr("Notifications"), this);
    m_notifications = checkBox(tr("Show a desktop &notification for new messages"),
                               u"notificationsCheck"_s, notifyGroup);
    m_sounds = checkBox(tr("Play a &sound for new messages"), u"soundsCheck"_s, notifyGroup);
    auto *notifyLayout = new QVBoxLayout(notifyGroup);
    notifyLayout->addWidget(m_notifications);
    notifyLayout->addWidget(m_sounds);

    auto *presenceGroup = new QGroupBox(tr("Presence"), this);
    m_autoAway = new QSpinBox(presenceGroup);
    m_autoAway->setObjectName(u"autoAwaySpin"_s);
    m_autoAway->setRange(0, Preferences::MaxAutoAwayMinutes);
    m_autoAway->setSpecialValueText(tr("Never"));
    m_autoAway->setSuffix(tr(" min"));
    m_autoAway->setToolTip(tr("Extended away follows after four times as long."));
    auto *presenceLayout = new QFormLayout(presenceGroup);
    presenceLayout->addRow(tr("&Away when idle for:"), m_autoAway);

    auto *lookGroup = new QGroupBox(tr("Appearance"), this);
    m_theme = new QComboBox(lookGroup);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_fontSize = new QSpinBox(lookGroup);
    m_fontSize->setObjectName(u"fontSizeSpin"_s);
    // 0 is "the system's"; the step from it goes straight to the smallest real size.
    m_fontSize->setRange(Preferences::MinFontPointSize - 1, Preferences::MaxFontPointSize);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_layout = new QComboBox(lookGroup);
    m_layout->setObjectName(u"layoutCombo"_s);
    m_layout->addItem(tr("Comfortable"), int(Preferences::MessageLayout::Comfortable));
    m_layout->addItem(tr("Compact"), int(Preferences::MessageLayout::Compact));
    auto *lookLayout = new QFormLayout(lookGroup);
    lookLayout->addRow(tr("&Theme:"), m_theme);
    lookLayout->addRow(tr("Chat &font size:"), m_fontSize);
    lookLayout->addRow(tr("Message &layout:"), m_layout);

    auto *windowGroup = new QGroupBox(tr("Window"), this);
    m_closeToTray = checkBox(tr("&Closing the window keeps Linnet running in the tray"),
                             u"closeToTrayCheck"_s, windowGroup);
    auto *windowLayout = new QVBoxLayout(windowGroup);
    windowLayout->addWidget(m_closeToTray);

    auto *privacyGroup = new QGroupBox(tr("Privacy"), this);
    m_shareOs = checkBox(tr("Tell contacts who ask which &operating system I use"),
                         u"shareOsCheck"_s, privacyGroup);
    m_typing = checkBox(tr("Let contacts see when I am &typing"), u"typingCheck"_s, privacyGroup);
    m_markers = checkBox(tr("Let contacts see when I have &read their messages"), u"markersCheck"_s,
                         privacyGroup);
    auto *privacyLayout = new QVBoxLayout(privacyGroup);
    privacyLayout->addWidget(m_shareOs);
    privacyLayout->addWidget(m_typing);
    privacyLayout->addWidget(m_markers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *group :
         {static_cast<QWidget *>(notifyGroup), static_cast<QWidget *>(presenceGroup),
          static_cast<QWidget *>(lookGroup), static_cast<QWidget *>(windowGroup),
          static_cast<QWidget *>(privacyGroup)})
        layout->addWidget(group);
    layout->addStretch(1);
    layout->addWidget(buttons);

    refresh();

    // The user's changes go straight to the preferences.
    const auto onToggle = [this](QCheckBox *box, void (Preferences::*set)(bool)) {
        connect(box, &QCheckBox::toggled, this, [this, set](bool on) {
            if (!m_refreshing && m_preferences)
                (m_preferences->*set)(on);
        });
    };
    onToggle(m_notifications, &Preferences::setNotificationsEnabled);
    onToggle(m_sounds, &Preferences::setSoundsEnabled);
    onToggle(m_closeToTray, &Preferences::setCloseToTray);
    onToggle(m_shareOs, &Preferences::setShareOperatingSystem);
    onToggle(m_typing, &Preferences::setSendTypingNotifications);
    onToggle(m_markers, &Preferences::setSendDisplayedMarkers);
    connect(m_autoAway, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (!m_refreshing && m_preferences)
            m_preferences->setAutoAwayMinutes(minutes);
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this](int points) {
        if (m_refreshing || !m_preferences)
            return;
        m_preferences->setChatFontPointSize(points < Preferences::MinFontPointSize ? 0 : points);
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing && m_preferences)
            m_preferences->setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    });
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing && m_preferences)
            m_preferences->setMessageLayout(
                Preferences::MessageLayout(m_layout->currentData().toInt()));
    });

    // Changes made elsewhere (another window, the tray) show here too.
    for (const auto signal :
         {&Preferences::notificationsEnabledChanged, &Preferences::soundsEnabledChanged,
          &Preferences::closeToTrayChanged, &Preferences::shareOperatingSystemChanged,
          &Preferences::sendTypingNotificationsChanged, &Preferences::sendDisplayedMarkersChanged})
        connect(preferences, signal, this, &PreferencesDialog::refresh);
    connect(preferences, &Preferences::autoAwayMinutesChanged, this, &PreferencesDialog::refresh);
    connect(preferences, &Preferences::chatFontPointSizeChanged, this, &PreferencesDialog::refresh);
    connect(preferences, &Preferences::themeChanged, this, &PreferencesDialog::refresh);
    connect(preferences, &Preferences::messageLayoutChanged, this, &PreferencesDialog::refresh);
}

void PreferencesDialog::setTrayAvailable(bool available)
{
    m_closeToTray->setEnabled(available);
    m_closeToTray->setToolTip(available ? QString()
                                        : tr("The desktop has no system tray: closing the "
                                             "window quits Linnet."));
}

void PreferencesDialog::refresh()
{
    if (!m_preferences)
        return;
    m_refreshing = true;
    m_notifications->setChecked(m_preferences->notificationsEnabled());
    m_sounds->setChecked(m_preferences->soundsEnabled());
    m_autoAway->setValue(m_preferences->autoAwayMinutes());
    m_theme->setCurrentIndex(m_theme->findData(int(m_preferences->theme())));
    const int points = m_preferences->chatFontPointSize();
    m_fontSize->setValue(points == 0 ? m_fontSize->minimum() : points);
    m_layout->setCurrentIndex(m_layout->findData(int(m_preferences->messageLayout())));
    m_closeToTray->setChecked(m_preferences->closeToTray());
    m_shareOs->setChecked(m_preferences->shareOperatingSystem());
    m_typing->setChecked(m_preferences->sendTypingNotifications());
    m_markers->setChecked(m_preferences->sendDisplayedMarkers());
    m_refreshing = false;
}

} // namespace Linnet

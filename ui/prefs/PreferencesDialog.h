#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Linnet {

class Preferences;

// Edit > Preferences: notifications and sounds, auto-away, appearance (theme, chat font size,
// message layout), the window and the tray, and privacy. Every change applies at once; the
// dialog always shows what the Preferences say, also when they change elsewhere.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // preferences is not owned and should outlive the dialog.
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

    // Whether the desktop has a tray; without one the close-to-tray box is disabled.
    void setTrayAvailable(bool available);

private:
    void refresh();

    QPointer<Preferences> m_preferences;
    QCheckBox *m_notifications;
    QCheckBox *m_sounds;
    QSpinBox *m_autoAway;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QComboBox *m_layout;
    QCheckBox *m_closeToTray;
    QCheckBox *m_shareOs;
    QCheckBox *m_typing;
    QCheckBox *m_markers;
    bool m_refreshing = false;
};

} // namespace Linnet

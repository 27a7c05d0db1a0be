// The preferences dialog and what each preference does to the windows, offscreen: every
// control edits its preference and shows changes made elsewhere; the theme sets a dark or
// light application palette and gives the system's back; the chat font size and the compact
// layout reach conversation views open before and after the change; notifications and the
// message sound follow their switches; the message sound is a valid WAV.
#include "chat/ConversationView.h"
#include "chat/MessageDelegate.h"
#include "chat/Notifier.h"
#include "models/MessageModel.h"
#include "preferences/Preferences.h"
#include "prefs/ChatAppearance.h"
#include "prefs/MessageSound.h"
#include "prefs/NotificationGate.h"
#include "prefs/PreferencesDialog.h"
#include "prefs/ThemeApplier.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
class RecordingNotifier : public Notifier
{
public:
    using Notifier::Notifier;
    void notify(const ChatNotification &notification) override { shown.append(notification); }
    void withdraw(const QString &conversation) override { withdrawn.append(conversation); }
    QList<ChatNotification> shown;
    QStringList withdrawn;
};

// A first-in-group message row as MessageModel gives it, for the delegate's size.
QStandardItemModel *oneMessage(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    auto *item = new QStandardItem;
    item->setData(u"bob@localhost"_s, MessageModel::SenderJidRole);
    item->setData(u"Hello there"_s, MessageModel::BodyRole);
    item->setData(true, MessageModel::FirstInGroupRole);
    model->appendRow(item);
    return model;
}

int rowHeight(ConversationView &view)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.font = view.font();
    option.rect = QRect(0, 0, 400, 0);
    return view.messageDelegate()->sizeHint(option, view.model()->index(0, 0)).height();
}
} // namespace

class PreferencesDialogTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    int files = 0;
    QString freshFile() { return dir.filePath(u"prefs-%1.ini"_s.arg(++files)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void everyControlEditsItsPreference()
    {
        Preferences preferences(freshFile());
        PreferencesDialog dialog(&preferences);
        dialog.show();
        const auto box = [&dialog](const QString &name) {
            return dialog.findChild<QCheckBox *>(name);
        };
        QVERIFY(box(u"notificationsCheck"_s)->isChecked());
        QVERIFY(!box(u"shareOsCheck"_s)->isChecked());

        box(u"notificationsCheck"_s)->click();
        box(u"soundsCheck"_s)->click();
        box(u"closeToTrayCheck"_s)->click();
        box(u"shareOsCheck"_s)->click();
        box(u"typingCheck"_s)->click();
        box(u"markersCheck"_s)->click();
        QVERIFY(!preferences.notificationsEnabled());
        QVERIFY(!preferences.soundsEnabled());
        QVERIFY(!preferences.closeToTray());
        QVERIFY(preferences.shareOperatingSystem());
        QVERIFY(!preferences.sendTypingNotifications());
        QVERIFY(!preferences.sendDisplayedMarkers());

        auto *away = dialog.findChild<QSpinBox *>(u"autoAwaySpin"_s);
        away->setValue(15);
        QCOMPARE(preferences.autoAwayMinutes(), 15);
        away->setValue(0);
        QCOMPARE(preferences.autoAwayMinutes(), 0);
        QCOMPARE(away->text(), u"Never"_s);

        auto *font = dialog.findChild<QSpinBox *>(u"fontSizeSpin"_s);
        QCOMPARE(font->text(), u"System default"_s);
        font->setValue(16);
        QCOMPARE(preferences.chatFontPointSize(), 16);
        font->setValue(font->minimum());
        QCOMPARE(preferences.chatFontPointSize(), 0);

        auto *theme = dialog.findChild<QComboBox *>(u"themeCombo"_s);
        theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Dark)));
        QCOMPARE(preferences.theme(), Preferences::Theme::Dark);
        auto *layout = dialog.findChild<QComboBox *>(u"layoutCombo"_s);
        layout->setCurrentIndex(layout->findData(int(Preferences::MessageLayout::Compact)));
        QCOMPARE(preferences.messageLayout(), Preferences::MessageLayout::Compact);

        // Changes made elsewhere show in the open dialog.
        preferences.setSendDisplayedMarkers(true);
        preferences.setAutoAwayMinutes(30);
        preferences.setTheme(Preferences::Theme::Light);
        QVERIFY(box(u"markersCheck"_s)->isChecked());
        QCOMPARE(away->value(), 30);
        QCOMPARE(theme->currentData().toInt(), int(Preferences::Theme::Light));

        dialog.setTrayAvailable(false);
        QVERIFY(!box(u"closeToTrayCheck"_s)->isEnabled());
    }

    void themeSetsTheApplicationPalette()
    {
        const QPalette system = QApplication::palette();
        Preferences preferences(freshFile());
        ThemeApplier theme(&preferences);
        QSignalSpy changed(&theme, &ThemeApplier::paletteChanged);
        QWidget window;
        QWidget widget(&window);
        window.show();

        preferences.setTheme(Preferences::Theme::Dark);
        QVERIFY(ThemeApplier::isDark(QApplication::palette()));
        QTRY_VERIFY(ThemeApplier::isDark(widget.palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 ThemeApplier::darkPalette().color(QPalette::Base));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().toBool(), true);

        preferences.setTheme(Preferences::Theme::Light);
        QTRY_VERIFY(!ThemeApplier::isDark(widget.palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemeApplier::lightPalette().color(QPalette::Window));
        QCOMPARE(changed.last().first().toBool(), false);

        // Back to the system's palette, every role of it.
        preferences.setTheme(Preferences::Theme::Dark);
        preferences.setTheme(Preferences::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight),
                 system.color(QPalette::Highlight));
        QTRY_COMPARE(widget.palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    void chatFontSizeAndLayoutReachEveryConversationView()
    {
        Preferences preferences(freshFile());
        ChatAppearance appearance(&preferences);
        ConversationView before;
        before.setModel(oneMessage(&before));
        before.show();
        const int systemSize = before.font().pointSize();
        const int comfortable = rowHeight(before);
        QVERIFY(!before.isCompactLayout());

        const int bigger = systemSize + 6;
        preferences.setChatFontPointSize(bigger);
        QCOMPARE(before.font().pointSize(), bigger);
        QVERIFY2(rowHeight(before) > comfortable, "a bigger font makes taller rows");

        preferences.setChatFontPointSize(0);
        QCOMPARE(before.font().pointSize(), systemSize);
        QCOMPARE(rowHeight(before), comfortable);

        preferences.setMessageLayout(Preferences::MessageLayout::Compact);
        QVERIFY(before.isCompactLayout());
        QVERIFY2(rowHeight(before) < comfortable, "compact rows are lower");

        // A view opened later gets the same as it is shown.
        preferences.setChatFontPointSize(bigger);
        ConversationView later;
        later.setModel(oneMessage(&later));
        later.show();
        QCOMPARE(later.font().pointSize(), bigger);
        QVERIFY(later.isCompactLayout());
    }

    void notificationsAndSoundFollowTheirSwitches()
    {
        Preferences preferences(freshFile());
        RecordingNotifier desktop;
        int sounds = 0;
        NotificationGate gate(&preferences, &desktop, [&sounds] { ++sounds; });
        QSignalSpy activated(&gate, &Notifier::activated);
        const ChatNotification message{u"bob@localhost"_s, u"Bob"_s, u"hi"_s};

        gate.notify(message);
        QCOMPARE(desktop.shown.size(), 1);
        QCOMPARE(desktop.shown.first().body, u"hi"_s);
        QCOMPARE(sounds, 1);

        preferences.setNotificationsEnabled(false);
        gate.notify(message);
        QCOMPARE(desktop.shown.size(), 1);
        QCOMPARE(sounds, 2);

        preferences.setSoundsEnabled(false);
        gate.notify(message);
        QCOMPARE(sounds, 2);
        preferences.setNotificationsEnabled(true);
        gate.notify(message);
        QCOMPARE(desktop.shown.size(), 2);
        QCOMPARE(sounds, 2);

        gate.withdraw(u"bob@localhost"_s);
        QCOMPARE(desktop.withdrawn, QStringList{u"bob@localhost"_s});
        Q_EMIT desktop.activated(u"bob@localhost"_s);
        QCOMPARE(activated.count(), 1);
    }

    void messageSoundIsAValidWav()
    {
        const QByteArray wav = MessageSound::chimeWav();
        QVERIFY(wav.size() > 44);
        QCOMPARE(wav.left(4), QByteArray("RIFF"));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // mono
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24),
                 quint32(MessageSound::SampleRate));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));
        QCOMPARE(wav.mid(36, 4), QByteArray("data"));
        const quint32 data = qFromLittleEndian<quint32>(wav.constData() + 40);
        QCOMPARE(data, quint32(wav.size() - 44));
        // A third of a second, and not silence.
        QVERIFY(data / 2 > quint32(MessageSound::SampleRate) / 4);
        qint16 loudest = 0;
        for (quint32 i = 44; i + 1 < quint32(wav.size()); i += 2)
            loudest = std::max(loudest, qFromLittleEndian<qint16>(wav.constData() + i));
        QVERIFY(loudest > 5000);

        // Playing without an audio device is quiet, not a failure.
        MessageSound sound;
        sound.play();
        sound.play();
        QCOMPARE(sound.playCount(), 2);
    }
};

QTEST_MAIN(PreferencesDialogTest)
#include "tst_preferences_dialog.moc"

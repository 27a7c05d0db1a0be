// Preferences: defaults, persistence, change signals and limits; and AccountPreferences, which
// makes the privacy and auto-away preferences reach the wire: the OS in software version
// answers, typing notifications and displayed markers sent by ChatManager, and the auto-away
// delay (0 turns it off).
#include "RecordingStream.h"
#include "disco/SoftwareVersionResponder.h"
#include "im/Archive.h"
#include "im/AutoAway.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "im/IdleSource.h"
#include "im/PresenceManager.h"
#include "preferences/AccountPreferences.h"
#include "preferences/Preferences.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/ElementFromXml.h"
#include "xml/namespaces.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
class FakeIdleSource : public IdleSource
{
public:
    bool isAvailable() const override { return true; }
    std::optional<int> idleSeconds() const override { return idle; }
    std::optional<int> idle = 0;
};

Element versionRequest()
{
    return elementFromXml("<iq xmlns='jabber:client' type='get' id='v1' "
                          "from='bob@localhost/x' to='alice@localhost/desk'>"
                          "<query xmlns='jabber:iq:version'/></iq>");
}

QList<Element> messagesIn(const QList<Element> &sent)
{
    QList<Element> messages;
    for (const Element &stanza : sent) {
        if (stanza.name() == u"message")
            messages.append(stanza);
    }
    return messages;
}
} // namespace

class PreferencesTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void defaultsProtectPrivacyAndStayOnTheSystemLook()
    {
        const Preferences preferences(file(u"defaults.ini"_s));
        QVERIFY(preferences.notificationsEnabled());
        QVERIFY(preferences.soundsEnabled());
        QCOMPARE(preferences.autoAwayMinutes(), 5);
        QCOMPARE(preferences.chatFontPointSize(), 0);
        QCOMPARE(preferences.theme(), Preferences::Theme::System);
        QCOMPARE(preferences.messageLayout(), Preferences::MessageLayout::Comfortable);
        QVERIFY(preferences.closeToTray());
        QVERIFY(!preferences.shareOperatingSystem());
        QVERIFY(preferences.sendTypingNotifications());
        QVERIFY(preferences.sendDisplayedMarkers());
    }

    void valuesPersistAcrossInstances()
    {
        const QString path = file(u"persist.ini"_s);
        {
            Preferences preferences(path);
            preferences.setNotificationsEnabled(false);
            preferences.setSoundsEnabled(false);
            preferences.setAutoAwayMinutes(12);
            preferences.setChatFontPointSize(14);
            preferences.setTheme(Preferences::Theme::Dark);
            preferences.setMessageLayout(Preferences::MessageLayout::Compact);
            preferences.setCloseToTray(false);
            preferences.setShareOperatingSystem(true);
            preferences.setSendTypingNotifications(false);
            preferences.setSendDisplayedMarkers(false);
        }
        const Preferences again(path);
        QVERIFY(!again.notificationsEnabled());
        QVERIFY(!again.soundsEnabled());
        QCOMPARE(again.autoAwayMinutes(), 12);
        QCOMPARE(again.chatFontPointSize(), 14);
        QCOMPARE(again.theme(), Preferences::Theme::Dark);
        QCOMPARE(again.messageLayout(), Preferences::MessageLayout::Compact);
        QVERIFY(!again.closeToTray());
        QVERIFY(again.shareOperatingSystem());
        QVERIFY(!again.sendTypingNotifications());
        QVERIFY(!again.sendDisplayedMarkers());
        // Enums are kept by name.
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"preferences/theme"_s).toString(),
                 u"Dark"_s);
    }

    void signalsOnlyOnRealChanges()
    {
        Preferences preferences(file(u"signals.ini"_s));
        QSignalSpy theme(&preferences, &Preferences::themeChanged);
        QSignalSpy typing(&preferences, &Preferences::sendTypingNotificationsChanged);
        QSignalSpy minutes(&preferences, &Preferences::autoAwayMinutesChanged);
        preferences.setTheme(Preferences::Theme::System); // the default already
        preferences.setSendTypingNotifications(true);     // the default already
        QCOMPARE(theme.count(), 0);
        QCOMPARE(typing.count(), 0);
        preferences.setTheme(Preferences::Theme::Light);
        preferences.setTheme(Preferences::Theme::Light);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(theme.first().first().value<Preferences::Theme>(), Preferences::Theme::Light);
        preferences.setSendTypingNotifications(false);
        QCOMPARE(typing.count(), 1);
        QCOMPARE(typing.first().first().toBool(), false);
        preferences.setAutoAwayMinutes(9);
        QCOMPARE(minutes.count(), 1);
        QCOMPARE(minutes.first().first().toInt(), 9);
    }

    void valuesStayWithinLimits()
    {
        const QString path = file(u"limits.ini"_s);
        Preferences preferences(path);
        preferences.setAutoAwayMinutes(-3);
        QCOMPARE(preferences.autoAwayMinutes(), 0);
        preferences.setAutoAwayMinutes(100000);
        QCOMPARE(preferences.autoAwayMinutes(), Preferences::MaxAutoAwayMinutes);
        preferences.setChatFontPointSize(2);
        QCOMPARE(preferences.chatFontPointSize(), Preferences::MinFontPointSize);
        preferences.setChatFontPointSize(400);
        QCOMPARE(preferences.chatFontPointSize(), Preferences::MaxFontPointSize);
        // A hand-edited file with nonsense falls back to the defaults.
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(u"preferences/theme"_s, u"Purple"_s);
            settings.setValue(u"preferences/messageLayout"_s, 17);
        }
        const Preferences edited(path);
        QCOMPARE(edited.theme(), Preferences::Theme::System);
        QCOMPARE(edited.messageLayout(), Preferences::MessageLayout::Comfortable);
    }

    void operatingSystemIsSharedOnlyWhenChosen()
    {
        Preferences preferences(file(u"os.ini"_s));
        RecordingStream stream;
        SoftwareVersionResponder version(&stream, nullptr);
        version.setShareOperatingSystem(true); // the preference decides, not what was there
        AccountPreferences applied(&preferences, {&version, nullptr, nullptr});

        stream.receive(versionRequest());
        Element query = stream.sent.last().firstChild(u"query", ns::Version);
        QVERIFY(!query.isNull());
        QVERIFY(query.firstChild(u"os", ns::Version).isNull());

        preferences.setShareOperatingSystem(true);
        stream.receive(versionRequest());
        query = stream.sent.last().firstChild(u"query", ns::Version);
        QCOMPARE(query.childText(u"os", ns::Version), SoftwareVersionResponder::operatingSystem());

        preferences.setShareOperatingSystem(false);
        stream.receive(versionRequest());
        QVERIFY(stream.sent.last()
                    .firstChild(u"query", ns::Version)
                    .firstChild(u"os", ns::Version)
                    .isNull());
    }

    void typingNotificationsAndDisplayedMarkersFollowThePreferences()
    {
        Preferences preferences(file(u"chat.ini"_s));
        RecordingStream stream;
        QTemporaryDir data;
        Database database;
        database.open(data.filePath(u"history.sqlite"_s));
        HistoryStore history(database);
        Carbons carbons(stream);
        Archive archive(stream);
        ChatManager chats(stream, history, carbons, archive);
        AccountPreferences applied(&preferences, {nullptr, &chats, nullptr});
        const Jid bob = Jid::parse(u"bob@localhost"_s);

        // On (the default): composing goes out.
        stream.sent.clear();
        chats.sendChatState(bob, ChatState::Composing);
        QCOMPARE(messagesIn(stream.sent).size(), 1);
        QVERIFY(messagesIn(stream.sent).first().firstChild(u"composing", ns::ChatStates));

        preferences.setSendTypingNotifications(false);
        stream.sent.clear();
        chats.sendChatState(bob, ChatState::Composing);
        chats.sendChatState(bob, ChatState::Paused);
        QVERIFY(messagesIn(stream.sent).isEmpty());
        preferences.setSendTypingNotifications(true);
        chats.sendChatState(bob, ChatState::Paused);
        QCOMPARE(messagesIn(stream.sent).size(), 1);

        // Markers: a markable message from Bob, read with the switch off, then on.
        const auto receiveMarkable = [&stream](const QString &id) {
            stream.receive(elementFromXml(
                u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat' id='%1'>"
                "<body>hi</body><markable xmlns='urn:xmpp:chat-markers:0'/></message>"_s.arg(id)
                    .toUtf8()));
        };
        const auto displayedSent = [&stream]() {
            QStringList ids;
            for (const Element &message : messagesIn(stream.sent)) {
                const Element displayed = message.firstChild(u"displayed", ns::ChatMarkers);
                if (!displayed.isNull())
                    ids.append(displayed.attribute(u"id"));
            }
            return ids;
        };
        preferences.setSendDisplayedMarkers(false);
        receiveMarkable(u"m1"_s);
        stream.sent.clear();
        chats.markDisplayed(bob);
        QVERIFY(displayedSent().isEmpty());

        preferences.setSendDisplayedMarkers(true);
        receiveMarkable(u"m2"_s);
        stream.sent.clear();
        chats.markDisplayed(bob);
        QCOMPARE(displayedSent(), QStringList{u"m2"_s});
    }

    void autoAwayDelayComesFromThePreferences()
    {
        Preferences preferences(file(u"away.ini"_s));
        preferences.setAutoAwayMinutes(10);
        RecordingStream stream;
        PresenceManager presence(&stream);
        FakeIdleSource idle;
        AutoAway autoAway(&presence, &idle);
        autoAway.setPollIntervalMs(0);
        presence.sendInitialPresence();
        AccountPreferences applied(&preferences, {nullptr, nullptr, &autoAway});
        QCOMPARE(autoAway.awayAfterMinutes(), 10);
        QCOMPARE(autoAway.xaAfterMinutes(), 10 * AccountPreferences::XaFactor);

        idle.idle = 9 * 60;
        autoAway.tick();
        QCOMPARE(autoAway.state(), AutoAway::State::Active);
        idle.idle = 10 * 60;
        autoAway.tick();
        QCOMPARE(autoAway.state(), AutoAway::State::Away);
        QCOMPARE(presence.ownPresence().show, Presence::Show::Away);

        // Back at the keyboard, then a shorter delay from the dialog applies at once.
        idle.idle = 0;
        autoAway.tick();
        QCOMPARE(autoAway.state(), AutoAway::State::Active);
        preferences.setAutoAwayMinutes(2);
        QCOMPARE(autoAway.awayAfterMinutes(), 2);
        idle.idle = 2 * 60;
        autoAway.tick();
        QCOMPARE(autoAway.state(), AutoAway::State::Away);

        // 0: never; turning it off restores what the user had.
        preferences.setAutoAwayMinutes(0);
        QVERIFY(!autoAway.isEnabled());
        QCOMPARE(autoAway.state(), AutoAway::State::Active);
        QCOMPARE(presence.ownPresence().show, Presence::Show::Online);
        idle.idle = 60 * 60;
        autoAway.tick();
        QCOMPARE(autoAway.state(), AutoAway::State::Active);
    }
};

QTEST_GUILESS_MAIN(PreferencesTest)
#include "tst_preferences.moc"

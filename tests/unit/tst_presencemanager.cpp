// PresenceManager over a recording stream: own presence and caps, directed presence,
// per-resource tracking, the aggregate rule, errors, and clearing when offline.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "im/PresenceManager.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
Element presence(const QString &from, const QString &inner = {}, const QString &type = {})
{
    const QString typeAttr = type.isEmpty() ? QString() : u" type='%1'"_s.arg(type);
    return parseClientStanza(u"<presence from='%1'%2>%3</presence>"_s.arg(from, typeAttr, inner));
}
const Jid bob = Jid::parse(u"bob@localhost");
} // namespace

class PresenceManagerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsSentBeforeInitialPresence()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        manager.setOwnPresence(Presence::Show::Away, u"later"_s);
        QVERIFY(stream.sent.isEmpty());
        manager.sendInitialPresence();
        QCOMPARE(stream.sent.size(), 1);
        const auto sent = Presence::fromElement(stream.sent[0]);
        QCOMPARE(sent->show, Presence::Show::Away);
        QCOMPARE(sent->statusFor(), u"later"_s);
        QVERIFY(!stream.sent[0].hasAttribute(u"to"));
    }

    void ownPresenceChangesAreBroadcastWithCaps()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        QSignalSpy own(&manager, &PresenceManager::ownPresenceChanged);
        const CapsInfo caps{u"https://linnet.im"_s, u"ver="_s, u"sha-1"_s};
        manager.setOwnCaps(caps);
        manager.sendInitialPresence();
        manager.setOwnPresence(Presence::Show::Dnd, u"busy"_s, 10);
        QCOMPARE(own.size(), 1);
        QCOMPARE(stream.sent.size(), 2);
        for (const Element &e : stream.sent)
            QCOMPARE(Presence::fromElement(e)->caps, caps);
        const auto dnd = Presence::fromElement(stream.sent[1]);
        QCOMPARE(dnd->show, Presence::Show::Dnd);
        QCOMPARE(dnd->priority, 10);

        manager.setOwnPresence(Presence::Show::Dnd, u"busy"_s, 10); // no change, nothing sent
        QCOMPARE(stream.sent.size(), 2);

        const CapsInfo newCaps{u"https://linnet.im"_s, u"other="_s, u"sha-1"_s};
        manager.setOwnCaps(newCaps); // new features: a new broadcast
        QCOMPARE(stream.sent.size(), 3);
        QCOMPARE(Presence::fromElement(stream.sent[2])->caps, newCaps);

        manager.setOwnUnavailable(u"bye"_s);
        QCOMPARE(stream.sent.size(), 4);
        QCOMPARE(stream.sent[3].attribute(u"type"), u"unavailable"_s);
        QVERIFY(stream.sent[3].firstChild(u"c", ns::Caps).isNull());
        QCOMPARE(own.size(), 2);
    }

    void directedPresence()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        manager.setOwnCaps({u"n"_s, u"v"_s, u"sha-1"_s});
        manager.setOwnPresence(Presence::Show::Chat);
        manager.sendDirectedPresence(Jid::parse(u"room@muc.localhost/me"));
        QCOMPARE(stream.sent.size(), 1); // directed works before the initial broadcast
        QCOMPARE(stream.sent[0].attribute(u"to"), u"room@muc.localhost/me"_s);
        QVERIFY(!stream.sent[0].firstChild(u"c", ns::Caps).isNull());
        manager.sendDirectedPresence(bob, Presence::unavailable());
        QCOMPARE(stream.sent[1].attribute(u"type"), u"unavailable"_s);
        QCOMPARE(stream.sent[1].attribute(u"to"), u"bob@localhost"_s);
    }

    void resourcesAreTrackedSeparately()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        QSignalSpy changed(&manager, &PresenceManager::contactPresenceChanged);
        stream.receive(presence(u"bob@localhost/phone"_s, u"<show>away</show>"_s));
        stream.receive(presence(u"bob@localhost/desk"_s, u"<status>working</status>"_s));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0][0].value<Jid>(), bob);
        QCOMPARE(manager.resources(bob).keys(), (QStringList{u"desk"_s, u"phone"_s}));
        QCOMPARE(manager.presence(Jid::parse(u"bob@localhost/phone")).show, Presence::Show::Away);
        QCOMPARE(manager.aggregate(bob).statusFor(), u"working"_s);

        stream.receive(
            presence(u"bob@localhost/desk"_s, u"<status>home</status>"_s, u"unavailable"_s));
        QCOMPARE(manager.resources(bob).keys(), QStringList{u"phone"_s});
        QCOMPARE(manager.aggregate(bob).show, Presence::Show::Away);
        stream.receive(presence(u"bob@localhost/phone"_s, {}, u"unavailable"_s));
        QVERIFY(!manager.isAvailable(bob));
        QCOMPARE(manager.aggregate(bob).type, Presence::Type::Unavailable);
        QVERIFY(!manager.presence(Jid::parse(u"bob@localhost/phone")).isAvailable());
    }

    void aggregatePrefersPriorityThenAvailabilityThenNewest_data()
    {
        QTest::addColumn<QStringList>("stanzas"); // resource|show|priority
        QTest::addColumn<QString>("winner");
        QTest::newRow("priority beats show") << QStringList{u"a|chat|0"_s, u"b|dnd|5"_s} << u"b"_s;
        QTest::newRow("negative priority still counts")
            << QStringList{u"a|chat|-1"_s, u"b|dnd|-5"_s} << u"a"_s;
        QTest::newRow("chat beats online") << QStringList{u"a||1"_s, u"b|chat|1"_s} << u"b"_s;
        QTest::newRow("online beats away") << QStringList{u"a|away|1"_s, u"b||1"_s} << u"b"_s;
        QTest::newRow("away beats xa") << QStringList{u"a|xa|1"_s, u"b|away|1"_s} << u"b"_s;
        QTest::newRow("xa beats dnd") << QStringList{u"a|xa|1"_s, u"b|dnd|1"_s} << u"a"_s;
        QTest::newRow("tie: newest wins") << QStringList{u"a|away|1"_s, u"b|away|1"_s} << u"b"_s;
        QTest::newRow("tie: newest wins again")
            << QStringList{u"b|away|1"_s, u"a|away|1"_s} << u"a"_s;
    }
    void aggregatePrefersPriorityThenAvailabilityThenNewest()
    {
        QFETCH(QStringList, stanzas);
        QFETCH(QString, winner);
        RecordingStream stream;
        PresenceManager manager(&stream);
        for (const QString &s : stanzas) {
            const QStringList parts = s.split(u'|');
            QString inner = u"<priority>%1</priority>"_s.arg(parts[2]);
            if (!parts[1].isEmpty())
                inner += u"<show>%1</show>"_s.arg(parts[1]);
            stream.receive(presence(u"bob@localhost/"_s + parts[0], inner));
        }
        QCOMPARE(manager.aggregate(bob).from.resource(), winner);
    }

    void ownOtherResourcesAreTrackedButNotOurEcho()
    {
        RecordingStream stream; // bound as alice@localhost/desk
        PresenceManager manager(&stream);
        stream.receive(presence(u"alice@localhost/desk"_s, u"<show>dnd</show>"_s));
        stream.receive(presence(u"alice@localhost/phone"_s, u"<show>xa</show>"_s));
        const Jid alice = Jid::parse(u"alice@localhost");
        QCOMPARE(manager.resources(alice).keys(), QStringList{u"phone"_s});
    }

    void presenceErrorsAreKeptAndSignalled()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        QSignalSpy errors(&manager, &PresenceManager::presenceErrorReceived);
        stream.receive(presence(u"bob@localhost/phone"_s));
        stream.receive(presence(u"bob@localhost"_s,
                                u"<error type='cancel'><remote-server-not-found "
                                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"_s,
                                u"error"_s));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0][1].value<StanzaError>().condition,
                 StanzaErrorCondition::RemoteServerNotFound);
        QVERIFY(manager.presenceError(bob));
        QVERIFY(!manager.isAvailable(bob)); // an error from the bare JID ends all resources
        stream.receive(presence(u"bob@localhost/phone"_s));
        QVERIFY(!manager.presenceError(bob)); // cleared by the next available presence
        QVERIFY(manager.isAvailable(bob));
    }

    void bareUnavailableEndsAllResources()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        stream.receive(presence(u"bob@localhost/a"_s));
        stream.receive(presence(u"bob@localhost/b"_s));
        stream.receive(presence(u"bob@localhost"_s, {}, u"unavailable"_s));
        QVERIFY(manager.resources(bob).isEmpty());
    }

    void ignoredStanzas()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        QSignalSpy changed(&manager, &PresenceManager::contactPresenceChanged);
        stream.receive(presence(u"bob@localhost"_s, {}, u"subscribe"_s));
        stream.receive(presence(u"room@muc.localhost/nick"_s,
                                u"<x xmlns='http://jabber.org/protocol/muc#user'/>"_s));
        stream.receive(parseClientStanza(u"<presence/>"_s)); // no sender
        stream.receive(presence(u"bob@localhost/x"_s, {}, u"nonsense"_s));
        stream.receive(presence(u"bob@localhost/x"_s, u"<show>sleepy</show><priority>x"
                                                      "</priority><show>away</show>"_s));
        QCOMPARE(changed.size(), 1); // only the last one, read by the documented rule
        QCOMPARE(manager.aggregate(bob).show, Presence::Show::Away);
    }

    void offlineClearsEverythingWithOneSignal()
    {
        RecordingStream stream;
        PresenceManager manager(&stream);
        stream.receive(presence(u"bob@localhost/a"_s));
        stream.receive(presence(u"carol@localhost/b"_s));
        manager.sendInitialPresence();
        QSignalSpy cleared(&manager, &PresenceManager::allPresenceCleared);
        QSignalSpy changed(&manager, &PresenceManager::contactPresenceChanged);
        Q_EMIT stream.onlineChanged(false);
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(changed.size(), 0);
        QVERIFY(manager.contacts().isEmpty());
        QVERIFY(!manager.initialPresenceSent());
        // The user's choice survives for the next session.
        manager.setOwnPresence(Presence::Show::Xa);
        const int before = int(stream.sent.size());
        manager.setOwnPresence(Presence::Show::Away);
        QCOMPARE(stream.sent.size(), before); // not broadcast until initial presence again
        manager.sendInitialPresence();
        QCOMPARE(Presence::fromElement(stream.sent.last())->show, Presence::Show::Away);
    }
};

QTEST_GUILESS_MAIN(PresenceManagerTest)
#include "tst_presencemanager.moc"

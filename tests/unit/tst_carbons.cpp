// Message carbons (XEP-0280): enabling over a recording stream, unwrapping the XEP's examples,
// and refusing copies that do not come from our own bare JID (CVE-2017-5589 class).
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Carbons.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid romeoHome = Jid::parse(u"romeo@montague.example/home");

// XEP-0280 example 8: a copy of a message Juliet sent to another of Romeo's resources.
QString receivedCarbon(const QString &fromAttribute)
{
    return u"<message xmlns='jabber:client' %1 to='romeo@montague.example/home' type='chat'>"
           u"<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
           u"<message xmlns='jabber:client' from='juliet@capulet.example/balcony' "
           u"to='romeo@montague.example/garden' type='chat'>"
           u"<body>What man art thou that, thus bescreen'd in night, so stumblest on my "
           u"counsel?</body><thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>"
           u"</message></forwarded></received></message>"_s.arg(fromAttribute);
}

// XEP-0280 example 10: a copy of a message Romeo sent from another resource.
const QString sentCarbon =
    u"<message xmlns='jabber:client' from='romeo@montague.example' "
    u"to='romeo@montague.example/garden' type='chat'>"
    u"<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
    u"<message xmlns='jabber:client' to='juliet@capulet.example/balcony' "
    u"from='romeo@montague.example/home' type='chat'>"
    u"<body>Neither, fair saint, if either thee dislike.</body>"
    u"<thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>"
    u"</message></forwarded></sent></message>"_s;

CarbonUnwrap unwrap(const QString &xml, const Jid &own = romeoHome)
{
    const Element stanza = stanzaFromXml(xml);
    [&] { QVERIFY2(!stanza.isNull(), qPrintable(xml)); }();
    return Carbons::unwrap(stanza, own);
}

} // namespace

class CarbonsTest : public QObject
{
    Q_OBJECT
private:
    static Element takeEnable(RecordingStream &stream)
    {
        [&] { QVERIFY(QTest::qWaitFor([&] { return !stream.sent.isEmpty(); }, 5000)); }();
        if (stream.sent.isEmpty())
            return {};
        return stream.sent.takeFirst();
    }

private Q_SLOTS:
    void enablesAfterSignIn()
    {
        RecordingStream stream(romeoHome);
        Carbons carbons(stream);
        QSignalSpy changed(&carbons, &Carbons::enabledChanged);
        QVERIFY(!carbons.isEnabled());

        // XEP-0280 example 3, answered as in example 4.
        const Element enable = takeEnable(stream);
        QCOMPARE(enable, stanzaFromXml(u"<iq type='set' id='%1'>"
                                       u"<enable xmlns='urn:xmpp:carbons:2'/></iq>"_s.arg(
                                           enable.attribute(u"id"))));
        stream.receive(stanzaFromXml(
            u"<iq from='romeo@montague.example' id='%1' "
            u"to='romeo@montague.example/home' type='result'/>"_s.arg(enable.attribute(u"id"))));
        QVERIFY(carbons.isEnabled());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(stream.sent.isEmpty());

        // A session ends: carbons with it; the next sign-in asks again.
        Q_EMIT stream.onlineChanged(false);
        QVERIFY(!carbons.isEnabled());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        Q_EMIT stream.onlineChanged(true);
        const Element again = takeEnable(stream);
        QVERIFY(again.firstChild(u"enable", ns::Carbons));
        QVERIFY(again.attribute(u"id") != enable.attribute(u"id"));
        stream.receive(stanzaFromXml(u"<iq id='%1' type='result'/>"_s.arg(again.attribute(u"id"))));
        QVERIFY(carbons.isEnabled());
        QCOMPARE(changed.size(), 3);
    }

    void refusedEnableIsReported()
    {
        RecordingStream stream(romeoHome);
        Carbons carbons(stream);
        QSignalSpy changed(&carbons, &Carbons::enabledChanged);
        QSignalSpy failed(&carbons, &Carbons::enableFailed);
        const Element enable = takeEnable(stream);
        // XEP-0280 example 5.
        stream.receive(stanzaFromXml(
            u"<iq from='romeo@montague.example' id='%1' to='romeo@montague.example/home' "
            u"type='error'><error type='auth'>"
            u"<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                enable.attribute(u"id"))));
        QVERIFY(!carbons.isEnabled());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void disconnectWhileEnablingIsNoRefusal()
    {
        RecordingStream stream(romeoHome);
        Carbons carbons(stream);
        QSignalSpy failed(&carbons, &Carbons::enableFailed);
        takeEnable(stream);
        stream.endSession(u"The connection was lost."_s);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!carbons.isEnabled());
    }

    void unwrapsReceivedCopies()
    {
        const CarbonUnwrap carbon = unwrap(receivedCarbon(u"from='romeo@montague.example'"_s));
        QCOMPARE(carbon.kind, CarbonUnwrap::Kind::Received);
        QCOMPARE(carbon.message.from, Jid::parse(u"juliet@capulet.example/balcony"));
        QCOMPARE(carbon.message.to, Jid::parse(u"romeo@montague.example/garden"));
        QCOMPARE(carbon.message.type, MessageType::Chat);
        QCOMPARE(carbon.message.thread, u"0e3141cd80894871a68e6fe6b1ec56fa"_s);
        QVERIFY(carbon.message.body.startsWith(u"What man art thou"));

        // Addresses compare prepared: case does not make a copy foreign.
        QCOMPARE(unwrap(receivedCarbon(u"from='Romeo@Montague.Example'"_s)).kind,
                 CarbonUnwrap::Kind::Received);
    }

    void unwrapsSentCopies()
    {
        const CarbonUnwrap carbon =
            unwrap(sentCarbon, Jid::parse(u"romeo@montague.example/garden"));
        QCOMPARE(carbon.kind, CarbonUnwrap::Kind::Sent);
        QCOMPARE(carbon.message.from, romeoHome);
        QCOMPARE(carbon.message.to, Jid::parse(u"juliet@capulet.example/balcony"));
        QCOMPARE(carbon.message.body, u"Neither, fair saint, if either thee dislike."_s);
    }

    void forwardedDelayFillsInTheTime()
    {
        const CarbonUnwrap carbon =
            unwrap(u"<message from='romeo@montague.example'><received xmlns='urn:xmpp:carbons:2'>"
                   u"<forwarded xmlns='urn:xmpp:forward:0'>"
                   u"<delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>"
                   u"<message xmlns='jabber:client' from='juliet@capulet.example/balcony'>"
                   u"<body>hi</body></message></forwarded></received></message>"_s);
        QCOMPARE(carbon.kind, CarbonUnwrap::Kind::Received);
        QCOMPARE(carbon.message.delayedAt,
                 QDateTime(QDate(2010, 7, 10), QTime(23, 8, 25), Qt::UTC));
    }

    void ordinaryMessagesPassThrough()
    {
        // XEP-0280 example 7: the original message itself.
        const CarbonUnwrap plain =
            unwrap(u"<message xmlns='jabber:client' from='juliet@capulet.example/balcony' "
                   u"to='romeo@montague.example/garden' type='chat'><body>What man art thou?</body>"
                   u"<thread>0e3141cd80894871a68e6fe6b1ec56fa</thread></message>"_s);
        QCOMPARE(plain.kind, CarbonUnwrap::Kind::NotCarbon);
        QCOMPARE(plain.message.body, u"What man art thou?"_s);
        QCOMPARE(plain.message.from, Jid::parse(u"juliet@capulet.example/balcony"));

        // A <received/> of another namespace (XEP-0184) is no carbon.
        const CarbonUnwrap receipt =
            unwrap(u"<message from='juliet@capulet.example/balcony'>"
                   u"<received xmlns='urn:xmpp:receipts' id='abc'/></message>"_s);
        QCOMPARE(receipt.kind, CarbonUnwrap::Kind::NotCarbon);
        QCOMPARE(receipt.message.markers.receivedId, u"abc"_s);
    }

    void spoofedCopiesAreRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("own");
        const QString romeo = romeoHome.toString();
        QTest::newRow("a contact") << u"from='juliet@capulet.example'"_s << romeo;
        QTest::newRow("a contact's resource")
            << u"from='juliet@capulet.example/balcony'"_s << romeo;
        QTest::newRow("our full JID") << u"from='romeo@montague.example/home'"_s << romeo;
        QTest::newRow("another of our resources")
            << u"from='romeo@montague.example/garden'"_s << romeo;
        QTest::newRow("our server") << u"from='montague.example'"_s << romeo;
        QTest::newRow("same local, other server") << u"from='romeo@evil.example'"_s << romeo;
        QTest::newRow("no from") << QString() << romeo;
        QTest::newRow("empty from") << u"from=''"_s << romeo;
        QTest::newRow("unparsable from") << u"from='@@romeo'"_s << romeo;
        QTest::newRow("unknown own JID") << u"from='romeo@montague.example'"_s << QString();
    }

    void spoofedCopiesAreRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, own);
        const Jid ownJid = own.isEmpty() ? Jid() : Jid::parse(own);
        QCOMPARE(unwrap(receivedCarbon(from), ownJid).kind, CarbonUnwrap::Kind::Spoofed);
        QString sent = sentCarbon;
        sent.replace(u"from='romeo@montague.example' "_s, from + u' ');
        QCOMPARE(unwrap(sent, ownJid).kind, CarbonUnwrap::Kind::Spoofed);
    }

    void malformedCopiesAreRefused_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty received") << u"<received xmlns='urn:xmpp:carbons:2'/>"_s;
        QTest::newRow("empty sent") << u"<sent xmlns='urn:xmpp:carbons:2'/>"_s;
        QTest::newRow("forwarded without message")
            << u"<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
               u"<delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>"
               u"</forwarded></received>"_s;
        QTest::newRow("forwarded in another namespace")
            << u"<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:1'>"
               u"<message xmlns='jabber:client'><body>x</body></message></forwarded></sent>"_s;
        QTest::newRow("message in another namespace")
            << u"<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
               u"<message xmlns='urn:example'><body>x</body></message></forwarded></sent>"_s;
        QTest::newRow("message outside forwarded")
            << u"<received xmlns='urn:xmpp:carbons:2'><message xmlns='jabber:client'>"
               u"<body>x</body></message></received>"_s;
        const QString forwarded = u"<forwarded xmlns='urn:xmpp:forward:0'><message "
                                  u"xmlns='jabber:client'><body>x</body></message></forwarded>"_s;
        QTest::newRow("received and sent")
            << u"<received xmlns='urn:xmpp:carbons:2'>%1</received>"
               u"<sent xmlns='urn:xmpp:carbons:2'>%1</sent>"_s.arg(forwarded);
        QTest::newRow("two received")
            << u"<received xmlns='urn:xmpp:carbons:2'>%1</received>"
               u"<received xmlns='urn:xmpp:carbons:2'>%1</received>"_s.arg(forwarded);
    }

    void malformedCopiesAreRefused()
    {
        QFETCH(QString, payload);
        const QString xml =
            u"<message from='romeo@montague.example' to='romeo@montague.example/home'>%1</message>"_s
                .arg(payload);
        QCOMPARE(unwrap(xml).kind, CarbonUnwrap::Kind::Malformed);
    }

    void markPrivate()
    {
        // XEP-0280 example 11, plus the XEP-0334 hint for servers that predate carbons:2.
        Element stanza =
            stanzaFromXml(u"<message xmlns='jabber:client' from='romeo@montague.example/home' "
                          u"to='juliet@capulet.example/home' type='chat'>"
                          u"<body>Neither, fair saint, if either thee dislike.</body>"
                          u"<thread>0e3141cd80894871a68e6fe6b1ec56fa</thread></message>"_s);
        Carbons::markPrivate(stanza);
        const Element expected =
            stanzaFromXml(u"<message xmlns='jabber:client' from='romeo@montague.example/home' "
                          u"to='juliet@capulet.example/home' type='chat'>"
                          u"<body>Neither, fair saint, if either thee dislike.</body>"
                          u"<thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>"
                          u"<private xmlns='urn:xmpp:carbons:2'/><no-copy xmlns='urn:xmpp:hints'/>"
                          u"</message>"_s);
        QCOMPARE(stanza, expected);
        Carbons::markPrivate(stanza); // only once
        QCOMPARE(stanza, expected);
    }
};

QTEST_GUILESS_MAIN(CarbonsTest)
#include "tst_carbons.moc"

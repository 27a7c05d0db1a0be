// XEP-0115 entity capabilities: the §5.2 and §5.3 examples, the §5.4 checks, and CapsManager
// asking, verifying, caching and refusing over a recording stream.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "disco/Caps.h"
#include "disco/CapsManager.h"
#include "im/PresenceManager.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
const QString simpleVer = u"QgayPKawpkPSDYmwT/WM94uAlu0="_s;
const QString complexVer = u"q07IKJEyjvHSyhy//CH0CxmKi8w="_s;

DiscoInfo simpleExample()
{
    // XEP-0115 §5.2.
    DiscoInfo info;
    info.identities = {{u"client"_s, u"pc"_s, {}, u"Exodus 0.9.1"_s}};
    info.features = {u"http://jabber.org/protocol/disco#info"_s,
                     u"http://jabber.org/protocol/disco#items"_s,
                     u"http://jabber.org/protocol/muc"_s, u"http://jabber.org/protocol/caps"_s};
    return info;
}

QString complexExampleXml(const QString &extra = {})
{
    // XEP-0115 §5.3, as received.
    return u"<iq from='benvolio@capulet.lit/230193' id='disco1' to='juliet@capulet.lit/chamber' "
           "type='result'>"
           "<query xmlns='http://jabber.org/protocol/disco#info' "
           "node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
           "<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"
           "<identity xml:lang='el' category='client' name='&#936; 0.11' type='pc'/>"
           "<feature var='http://jabber.org/protocol/caps'/>"
           "<feature var='http://jabber.org/protocol/disco#info'/>"
           "<feature var='http://jabber.org/protocol/disco#items'/>"
           "<feature var='http://jabber.org/protocol/muc'/>"
           "<x xmlns='jabber:x:data' type='result'>"
           "<field var='FORM_TYPE' type='hidden'>"
           "<value>urn:xmpp:dataforms:softwareinfo</value></field>"
           "<field var='ip_version'><value>ipv4</value><value>ipv6</value></field>"
           "<field var='os'><value>Mac</value></field>"
           "<field var='os_version'><value>10.5.1</value></field>"
           "<field var='software'><value>Psi</value></field>"
           "<field var='software_version'><value>0.11</value></field>"
           "</x>"_s +
           extra + u"</query></iq>"_s;
}

DiscoInfo complexExample(const QString &extra = {})
{
    return DiscoInfo::fromElement(
        parseClientStanza(complexExampleXml(extra)).firstChild(u"query", ns::DiscoInfo));
}

Element capsPresence(const QString &from, const QString &ver, const QString &hash = u"sha-1"_s)
{
    return parseClientStanza(
        u"<presence from='%1'><c xmlns='http://jabber.org/protocol/caps' hash='%2' "
        "node='http://example.org/client' ver='%3'/></presence>"_s.arg(from, hash, ver));
}

Element discoReply(const Element &request, const DiscoInfo &info)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"result"_s);
    iq.setAttribute(u"id"_s, request.attribute(u"id"));
    iq.setAttribute(u"from"_s, request.attribute(u"to"));
    iq.appendChild(info.toElement());
    return iq;
}
} // namespace

class CapsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simpleGenerationExample()
    {
        QCOMPARE(Caps::verificationInput(simpleExample()),
                 QByteArray("client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<"
                            "http://jabber.org/protocol/disco#info<"
                            "http://jabber.org/protocol/disco#items<"
                            "http://jabber.org/protocol/muc<"));
        QCOMPARE(Caps::computeVer(simpleExample()), simpleVer);
    }

    void complexGenerationExample()
    {
        const DiscoInfo info = complexExample();
        QCOMPARE(info.identities.size(), 2);
        QCOMPARE(info.forms.size(), 1);
        QCOMPARE(Caps::verificationInput(info),
                 u"client/pc/el/Ψ 0.11<client/pc/en/Psi 0.11<http://jabber.org/protocol/caps<"
                 "http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<"
                 "http://jabber.org/protocol/muc<urn:xmpp:dataforms:softwareinfo<"
                 "ip_version<ipv4<ipv6<os<Mac<os_version<10.5.1<software<Psi<"
                 "software_version<0.11<"_s.toUtf8());
        QCOMPARE(Caps::computeVer(info), complexVer);
        QVERIFY(Caps::verify(info, {u"http://psi-im.org"_s, complexVer, u"sha-1"_s}).valid);
    }

    void discoInfoRoundTrips()
    {
        const DiscoInfo info = complexExample();
        QCOMPARE(DiscoInfo::fromElement(info.toElement()), info);
        QCOMPARE(info.clientName(), u"Psi 0.11"_s);
    }

    void formsWithoutHiddenFormTypeAreIgnored()
    {
        const QString notHidden = u"<x xmlns='jabber:x:data' type='result'>"
                                  "<field var='FORM_TYPE'><value>urn:example:x</value></field>"
                                  "<field var='a'><value>b</value></field></x>"_s;
        const QString noFormType = u"<x xmlns='jabber:x:data' type='result'>"
                                   "<field var='a'><value>b</value></field></x>"_s;
        QCOMPARE(Caps::computeVer(complexExample(notHidden + noFormType)), complexVer);
        QVERIFY(Caps::wellFormednessProblem(complexExample(notHidden + noFormType)).isEmpty());
    }

    void illFormedResponsesAreRejected_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("duplicate identity")
            << u"<identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>"_s;
        QTest::newRow("duplicate feature") << u"<feature var='http://jabber.org/protocol/muc'/>"_s;
        QTest::newRow("duplicate form type")
            << u"<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' type='hidden'>"
               "<value>urn:xmpp:dataforms:softwareinfo</value></field></x>"_s;
        QTest::newRow("form type with two values")
            << u"<x xmlns='jabber:x:data' type='result'><field var='FORM_TYPE' type='hidden'>"
               "<value>urn:a</value><value>urn:b</value></field></x>"_s;
    }
    void illFormedResponsesAreRejected()
    {
        QFETCH(QString, extra);
        const DiscoInfo info = complexExample(extra);
        QVERIFY(!Caps::wellFormednessProblem(info).isEmpty());
        const CapsVerification v = Caps::verify(info, {u"n"_s, Caps::computeVer(info), u"sha-1"_s});
        QVERIFY(!v.valid);
        QVERIFY(!v.sentence.isEmpty());
    }

    void wrongHashOrUnsupportedHashIsRejected()
    {
        const DiscoInfo info = simpleExample();
        QVERIFY(!Caps::verify(info, {u"n"_s, complexVer, u"sha-1"_s}).valid);
        QVERIFY(!Caps::verify(info, {u"n"_s, simpleVer, u"md5"_s}).valid);
        QVERIFY(Caps::verify(info, {u"n"_s, simpleVer, u"sha-1"_s}).valid);
    }

    void managerAsksOncePerVerVerifiesAndCaches()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/chamber"));
        PresenceManager presence(&stream);
        MemoryCapsCache cache;
        CapsManager caps(&stream, &presence, &cache);
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, simpleVer));
        stream.receive(capsPresence(u"benvolio@montague.lit/home"_s, simpleVer));
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, simpleVer)); // again
        QCOMPARE(stream.sent.size(), 1);                                          // de-duplicated
        const Element request = stream.sent[0];
        QCOMPARE(request.attribute(u"to"), u"romeo@montague.lit/orchard"_s);
        QCOMPARE(request.firstChild(u"query", ns::DiscoInfo).attribute(u"node"),
                 u"http://example.org/client#"_s + simpleVer);

        QSignalSpy changed(&caps, &CapsManager::clientInfoChanged);
        stream.receive(discoReply(request, simpleExample()));
        QCOMPARE(changed.size(), 2);
        QVERIFY(cache.lookup(u"sha-1"_s, simpleVer));
        QCOMPARE(caps.clientName(Jid::parse(u"benvolio@montague.lit/home")), u"Exodus 0.9.1"_s);
        QCOMPARE(caps.pendingQueries(), 0);

        // A known ver is not asked again.
        stream.receive(capsPresence(u"mercutio@verona.lit/x"_s, simpleVer));
        QCOMPARE(stream.sent.size(), 1);
        QVERIFY(caps.clientInfo(Jid::parse(u"mercutio@verona.lit/x")));

        // Unavailable forgets the JID.
        stream.receive(
            parseClientStanza(u"<presence from='mercutio@verona.lit/x' type='unavailable'/>"_s));
        QVERIFY(!caps.clientInfo(Jid::parse(u"mercutio@verona.lit/x")));
    }

    void mismatchingResponseIsNotCachedAndNextClientIsAsked()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/chamber"));
        PresenceManager presence(&stream);
        MemoryCapsCache cache;
        CapsManager caps(&stream, &presence, &cache);
        QSignalSpy failed(&caps, &CapsManager::verificationFailed);
        stream.receive(capsPresence(u"mallory@evil.lit/x"_s, simpleVer));
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, simpleVer));
        QCOMPARE(stream.sent.size(), 1);

        DiscoInfo lie = simpleExample();
        lie.features.append(u"urn:xmpp:jingle:1"_s);
        stream.receive(discoReply(stream.sent[0], lie));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].value<Jid>(), Jid::parse(u"mallory@evil.lit/x"));
        QVERIFY(!cache.lookup(u"sha-1"_s, simpleVer));
        QVERIFY(!caps.clientInfo(Jid::parse(u"mallory@evil.lit/x")));

        QCOMPARE(stream.sent.size(), 2); // the next announcer is asked
        QCOMPARE(stream.sent[1].attribute(u"to"), u"romeo@montague.lit/orchard"_s);
        stream.receive(discoReply(stream.sent[1], simpleExample()));
        QVERIFY(cache.lookup(u"sha-1"_s, simpleVer));

        // Now that the ver is verified, a later presence with it is answered from the cache:
        // the liar is not asked again.
        stream.receive(capsPresence(u"mallory@evil.lit/x"_s, simpleVer));
        QCOMPARE(stream.sent.size(), 2);
    }

    void errorReplyIsNotCachedAndNotRetriedForThatJid()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/chamber"));
        PresenceManager presence(&stream);
        MemoryCapsCache cache;
        CapsManager caps(&stream, &presence, &cache);
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, simpleVer));
        Element error(u"iq"_s, ns::Client.toString());
        error.setAttribute(u"type"_s, u"error"_s);
        error.setAttribute(u"id"_s, stream.sent[0].attribute(u"id"));
        error.setAttribute(u"from"_s, u"romeo@montague.lit/orchard"_s);
        error.appendChild(StanzaError{}.toElement());
        stream.receive(error);
        QCOMPARE(caps.pendingQueries(), 0);
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, simpleVer));
        QCOMPARE(stream.sent.size(), 1);
    }

    void unsupportedHashIsKeptForThatJidOnly()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/chamber"));
        PresenceManager presence(&stream);
        MemoryCapsCache cache;
        CapsManager caps(&stream, &presence, &cache);
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, u"abc"_s, u"md5"_s));
        stream.receive(capsPresence(u"benvolio@montague.lit/home"_s, u"abc"_s, u"md5"_s));
        QCOMPARE(stream.sent.size(), 2); // no sharing between JIDs
        stream.receive(discoReply(stream.sent[0], simpleExample()));
        QVERIFY(caps.clientInfo(Jid::parse(u"romeo@montague.lit/orchard")));
        QVERIFY(!caps.clientInfo(Jid::parse(u"benvolio@montague.lit/home")));
        QCOMPARE(cache.size(), 0);
    }

    void legacyCapsAndOfflineClear()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/chamber"));
        PresenceManager presence(&stream);
        MemoryCapsCache cache;
        cache.insert(u"sha-1"_s, simpleVer, simpleExample());
        CapsManager caps(&stream, &presence, &cache);
        stream.receive(parseClientStanza(
            u"<presence from='old@x.lit/y'><c xmlns='http://jabber.org/protocol/caps' "
            "node='http://old' ver='1.0'/></presence>"_s));
        QVERIFY(stream.sent.isEmpty());
        stream.receive(capsPresence(u"romeo@montague.lit/orchard"_s, simpleVer));
        QVERIFY(caps.clientInfo(Jid::parse(u"romeo@montague.lit/orchard")));
        Q_EMIT stream.onlineChanged(false);
        QVERIFY(!caps.clientInfo(Jid::parse(u"romeo@montague.lit/orchard")));
    }
};

QTEST_GUILESS_MAIN(CapsTest)
#include "tst_caps.moc"

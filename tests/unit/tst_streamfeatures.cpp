// <stream:features/> as RFC 6120 and the XEPs show them.
#include "stream/SaslFailure.h"
#include "stream/StreamFeatures.h"
#include "xml/ElementFromXml.h"
#include "xml/StreamParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
Element parseFeatures(const QByteArray &inner)
{
    return elementFromXml("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>" +
                          inner + "</stream:features>");
}
} // namespace

class StreamFeaturesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startTlsRequired()
    {
        const auto f = StreamFeatures::fromElement(parseFeatures(
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"));
        QVERIFY(f.startTls);
        QVERIFY(f.startTlsRequired);
        QVERIFY(f.saslMechanisms.isEmpty());
    }

    void mechanismsAndChannelBinding()
    {
        const auto f = StreamFeatures::fromElement(
            parseFeatures("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                          "<mechanism>SCRAM-SHA-1-PLUS</mechanism><mechanism>SCRAM-SHA-1"
                          "</mechanism><mechanism>PLAIN</mechanism></mechanisms>"
                          "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>"
                          "<channel-binding type='tls-server-end-point'/>"
                          "<channel-binding type='tls-exporter'/></sasl-channel-binding>"));
        QCOMPARE(f.saslMechanisms,
                 (QStringList{u"SCRAM-SHA-1-PLUS"_s, u"SCRAM-SHA-1"_s, u"PLAIN"_s}));
        QCOMPARE(f.saslChannelBindingTypes,
                 (QStringList{u"tls-server-end-point"_s, u"tls-exporter"_s}));
        QVERIFY(!f.startTls);
    }

    void postAuthenticationFeatures()
    {
        const auto f = StreamFeatures::fromElement(parseFeatures(
            "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
            "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>"
            "<sm xmlns='urn:xmpp:sm:3'/><csi xmlns='urn:xmpp:csi:0'/>"
            "<ver xmlns='urn:xmpp:features:rosterver'/><sub "
            "xmlns='urn:xmpp:features:pre-approval'/>"));
        QVERIFY(f.bind);
        QVERIFY(!f.sessionRequired);
        QVERIFY(f.streamManagement);
        QVERIFY(f.clientStateIndication);
        QVERIFY(f.rosterVersioning);
        QVERIFY(f.preApproval);
    }

    void legacySessionWithoutOptionalIsRequired()
    {
        const auto f = StreamFeatures::fromElement(
            parseFeatures("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                          "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/>"));
        QVERIFY(f.sessionRequired);
    }

    void featuresInTheWrongNamespaceDoNotCount()
    {
        const auto f = StreamFeatures::fromElement(
            parseFeatures("<starttls xmlns='urn:example:fake'/><bind xmlns='jabber:client'/>"));
        QVERIFY(!f.startTls);
        QVERIFY(!f.bind);
    }

    void saslFailureInWords()
    {
        StreamParser parser;
        parser.feed("<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/"
                    "streams' version='1.0'><failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                    "<account-disabled/><text xml:lang='en'>Call the admin</text></failure>");
        ParserEvent event;
        do {
            event = parser.next();
        } while (event.kind == ParserEvent::Kind::StreamOpened);
        QCOMPARE(event.kind, ParserEvent::Kind::Stanza);
        const SaslFailure failure = SaslFailure::fromElement(event.element);
        QCOMPARE(failure.conditionName, u"account-disabled"_s);
        QCOMPARE(failure.text, u"Call the admin"_s);
        QVERIFY(failure.humanSentence().contains(u"disabled"));
        QVERIFY(failure.humanSentence().contains(u"Call the admin"));
        const SaslFailure notAuthorized{u"not-authorized"_s, QString()};
        QVERIFY(notAuthorized.humanSentence().contains(u"password"));
    }
};

QTEST_GUILESS_MAIN(StreamFeaturesTest)
#include "tst_streamfeatures.moc"

// The XML console's core: entries pretty-printed and classified, secrets hidden, raw XML
// checked before sending, the bounded and pausable log and its filter (under
// QAbstractItemModelTester).
#include "RecordingStream.h"
#include "console/ConsoleText.h"
#include "console/RawStanza.h"
#include "console/XmlConsole.h"
#include "models/ConsoleLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

using Direction = ConsoleEntry::Direction;
using Kind = ConsoleEntry::Kind;

ConsoleEntry entry(const QString &xml, Direction direction = Direction::Incoming)
{
    const auto made = ConsoleText::entryFor(direction, xml);
    return made ? *made : ConsoleEntry();
}

} // namespace

class TestConsoleLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesArePrettyPrintedAndClassified()
    {
        const ConsoleEntry message =
            entry(u"<message from='bob@localhost/phone' to='alice@localhost' type='chat'>"
                  u"<body>Hi</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
                  u"</message>"_s);
        QCOMPARE(message.kind, Kind::Message);
        QCOMPARE(message.from, u"bob@localhost/phone"_s);
        QCOMPARE(message.to, u"alice@localhost"_s);
        QCOMPARE(message.type, u"chat"_s);
        const QStringList lines = message.xml.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(u"<message "));
        QCOMPARE(lines.at(1), u"  <body>Hi</body>"_s);
        QCOMPARE(lines.at(2), u"  <active xmlns=\"http://jabber.org/protocol/chatstates\"/>"_s);
        QCOMPARE(lines.at(3), u"</message>"_s);

        QCOMPARE(entry(u"<presence/>"_s).kind, Kind::Presence);
        QCOMPARE(entry(u"<iq type='get' id='1'><ping xmlns='urn:xmpp:ping'/></iq>"_s).kind,
                 Kind::Iq);
        QCOMPARE(entry(u"<r xmlns='urn:xmpp:sm:3'/>"_s, Direction::Outgoing).kind, Kind::Other);
        const ConsoleEntry header = entry(u"<stream:stream from='localhost' id='x'>"_s);
        QCOMPARE(header.kind, Kind::Other);
        QCOMPARE(header.xml, u"<stream:stream from='localhost' id='x'>"_s);
        QVERIFY(!ConsoleText::entryFor(Direction::Outgoing, u" "_s)); // keepalives are noise
    }

    void passwordsAndSaslDataAreNeverShown()
    {
        const ConsoleEntry registration =
            entry(u"<iq type='set' id='reg2'><query xmlns='jabber:iq:register'>"
                  u"<username>bill</username><password>Calliope</password></query></iq>"_s,
                  Direction::Outgoing);
        QVERIFY(registration.xml.contains(u"bill"));
        QVERIFY(!registration.xml.contains(u"Calliope"));
        QVERIFY(registration.xml.contains(u"<password>[hidden]</password>"));

        const ConsoleEntry legacy = entry(
            u"<iq type='set' id='auth'><query xmlns='jabber:iq:auth'><username>bill</username>"
            u"<password>Calliope</password><resource>x</resource></query></iq>"_s);
        QVERIFY(!legacy.xml.contains(u"Calliope"));

        const ConsoleEntry form = entry(
            u"<iq type='set' id='reg3'><query xmlns='jabber:iq:register'>"
            u"<x xmlns='jabber:x:data' type='submit'>"
            u"<field var='username'><value>bill</value></field>"
            u"<field var='password' type='text-private'><value>Calliope</value></field>"
            u"<field var='muc#roomconfig_roomsecret' type='text-private'><value>s3cret</value>"
            u"</field></x></query></iq>"_s);
        QVERIFY(form.xml.contains(u"bill"));
        QVERIFY(!form.xml.contains(u"Calliope"));
        QVERIFY(!form.xml.contains(u"s3cret"));

        const ConsoleEntry room = entry(u"<presence to='room@conference.localhost/me'><x "
                                        u"xmlns='http://jabber.org/protocol/muc'>"
                                        u"<password>cauldronburn</password></x></presence>"_s,
                                        Direction::Outgoing);
        QVERIFY(!room.xml.contains(u"cauldronburn"));

        for (const QString &sasl :
             {u"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
              u"AGFsaWNlAHNlY3JldA==</auth>"_s,
              u"<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>cj1meWtv</challenge>"_s,
              u"<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>Yz1iaXdz</response>"_s,
              u"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>dj1ybUY5</success>"_s}) {
            const ConsoleEntry e = entry(sasl);
            QVERIFY2(e.xml.contains(ConsoleText::Hidden), qPrintable(e.xml));
            for (const QString &secret :
                 {u"AGFsaWNl"_s, u"cj1meWtv"_s, u"Yz1iaXdz"_s, u"dj1ybUY5"_s})
                QVERIFY2(!e.xml.contains(secret), qPrintable(e.xml));
        }
        const ConsoleEntry failure = entry(
            u"<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>"_s);
        QVERIFY(failure.xml.contains(u"not-authorized")); // a failure is no secret

        // Something that does not parse is shown only when it cannot hold a secret.
        QCOMPARE(entry(u"<iq><password>x</iq>"_s).xml, ConsoleText::Hidden.toString());
    }

    void rawXmlIsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("message") << u"<message to='bob@localhost'><body>hi</body></message>"_s
                                 << true << QString();
        QTest::newRow("iq") << u"  <iq type='get' id='v1' to='localhost'>"
                               u"<query xmlns='jabber:iq:version'/></iq>\n"_s
                            << true << QString();
        QTest::newRow("empty") << u"  "_s << false << u"nothing to send"_s;
        QTest::newRow("unclosed") << u"<message><body>hi</message>"_s << false
                                  << u"not well-formed"_s;
        QTest::newRow("text") << u"hello"_s << false << u"not well-formed"_s;
        QTest::newRow("two") << u"<presence/><presence/>"_s << false << u"one stanza"_s;
        QTest::newRow("not a stanza") << u"<r xmlns='urn:xmpp:sm:3'/>"_s << false << u"<r/>"_s;
        QTest::newRow("iq without id") << u"<iq type='get'/>"_s << false << u"needs an id"_s;
        QTest::newRow("comment") << u"<message><!-- x --></message>"_s << false << u"not allow"_s;
        QTest::newRow("closing the stream")
            << u"<presence/></stream:stream><iq/>"_s << false << QString();
    }

    void rawXmlIsCheckedBeforeSending()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, errorContains);
        const RawStanza raw = RawStanza::parse(text);
        QCOMPARE(raw.ok(), ok);
        if (ok) {
            QVERIFY(raw.error.isEmpty());
            QCOMPARE(raw.stanza.namespaceUri(), u"jabber:client"_s);
        } else {
            QVERIFY(raw.stanza.isNull());
            QVERIFY2(raw.error.contains(errorContains, Qt::CaseInsensitive), qPrintable(raw.error));
        }
    }

    void consoleSendsOnlyCheckedStanzas()
    {
        RecordingStream stream;
        XmlConsole console(&stream);
        QVERIFY(!console.send(u"<message><body>oops</message>"_s).isEmpty());
        QVERIFY(stream.sent.isEmpty());
        QVERIFY(console.send(u"<message to='bob@localhost'><body>hi</body></message>"_s).isEmpty());
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(stream.sent.first().childText(u"body", u"jabber:client"), u"hi"_s);
    }

    void logIsBounded()
    {
        ConsoleLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setMaxEntries(3);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 5; ++i)
            log.append(entry(u"<message id='m%1'/>"_s.arg(i)));
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(removed.size(), 2);
        QVERIFY(log.index(0).data(ConsoleLogModel::XmlRole).toString().contains(u"m2"));
        QVERIFY(log.index(2).data(ConsoleLogModel::XmlRole).toString().contains(u"m4"));
        QVERIFY(log.index(2).data().toString().startsWith(u"← "));
    }

    void pauseBuffersUntilResumed()
    {
        ConsoleLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(entry(u"<presence/>"_s));
        log.setPaused(true);
        log.append(entry(u"<message id='a'/>"_s));
        log.append(entry(u"<message id='b'/>"_s, Direction::Outgoing));
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.pendingCount(), 2);
        log.setPaused(false);
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.pendingCount(), 0);
        QVERIFY(log.index(2).data(ConsoleLogModel::HeaderRole).toString().startsWith(u"→ "));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void filterByKindAddressAndText()
    {
        ConsoleLogModel log;
        ConsoleFilterProxy filter;
        filter.setSourceModel(&log);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(entry(u"<message from='bob@localhost/x'><body>Hello there</body></message>"_s));
        log.append(entry(u"<presence from='carol@localhost/y'/>"_s));
        log.append(entry(u"<iq type='get' id='p' to='localhost'/>"_s, Direction::Outgoing));
        log.append(entry(u"<a xmlns='urn:xmpp:sm:3' h='1'/>"_s));
        QCOMPARE(filter.rowCount(), 4);

        filter.setKindShown(Kind::Presence, false);
        filter.setKindShown(Kind::Other, false);
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(!filter.isKindShown(Kind::Presence));
        filter.setKindShown(Kind::Presence, true);
        QCOMPARE(filter.rowCount(), 3);

        filter.setJidFilter(u"BOB@localhost"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setJidFilter(u"localhost"_s); // to='localhost' matches too
        QCOMPARE(filter.rowCount(), 3);
        filter.setJidFilter(QString());

        filter.setSearchText(u"hello THERE"_s);
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, 0).data(ConsoleLogModel::XmlRole).toString().contains(u"Hello"));
        filter.setSearchText(QString());
        log.append(entry(u"<presence from='dave@localhost/z'/>"_s));
        QCOMPARE(filter.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestConsoleLogModel)
#include "tst_consolelogmodel.moc"

// StreamParser: RFC 6120 streams, incremental input, and every kind of hostile input.
#include "xml/StreamParser.h"
#include "xml/namespaces.h"

#include <QTest>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Linnet;
using namespace Qt::StringLiterals;
using Kind = ParserEvent::Kind;

Q_DECLARE_METATYPE(Linnet::ParseFailure)

namespace {

const QByteArray ClientHeader = "<stream:stream xmlns='jabber:client' "
                                "xmlns:stream='http://etherx.jabber.org/streams'>";

// RFC 6120 §9.1.1-§9.1.3: the receiving entity's side of the first streams, abridged.
const QByteArray Rfc6120ServerStream =
    "<?xml version='1.0'?>"
    "<stream:stream from='im.example.com' id='t7AMCin9zjMNwQKDnplntZPIDEI=' "
    "to='juliet@im.example.com' version='1.0' xml:lang='en' xmlns='jabber:client' "
    "xmlns:stream='http://etherx.jabber.org/streams'>"
    "<stream:features>"
    "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
    "</stream:features>"
    "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";

const QByteArray Rfc6120ServerStreamAfterTls =
    "<?xml version='1.0'?>"
    "<stream:stream from='im.example.com' id='vgKi/bkYME8OAj4rlXMkpucAqe4=' "
    "to='juliet@im.example.com' version='1.0' xml:lang='en' xmlns='jabber:client' "
    "xmlns:stream='http://etherx.jabber.org/streams'>\n"
    "  <stream:features>\n"
    "    <mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>\n"
    "      <mechanism>SCRAM-SHA-1-PLUS</mechanism>\n"
    "      <mechanism>SCRAM-SHA-1</mechanism>\n"
    "      <mechanism>PLAIN</mechanism>\n"
    "    </mechanisms>\n"
    "  </stream:features>\n";

// A stream with prefixes, default namespaces, escapes, CDATA and characters of every UTF-8
// length, used to check that any split of the input gives the same events.
const QByteArray MixedStream =
    "<?xml version='1.0' encoding='UTF-8'?>"
    "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' "
    "from='example.com' id='++TR84Sm6A3hnt3Q065SnAbbk3Y=' version='1.0' xml:lang='en'>"
    "<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features> \n "
    "<message from='juliet@example.com/balcony' to='romeo@example.net' type='chat' "
    "xml:lang='fr'><body>caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 &lt;3 &amp; &#x1F339;"
    "<![CDATA[<b>&amp;</b>]]></body>"
    "<foo:x xmlns:foo='urn:a'><foo:y a='&apos;&quot;'/><z/></foo:x></message>"
    "<iq type='result' id='r1'><query xmlns='jabber:iq:roster' ver='v1'>"
    "<item jid='nurse@example.com' name='N\xc3\xbcrse' subscription='both'>"
    "<group>Servants</group></item></query></iq>"
    "</stream:stream>";

// Everything the parser reports until it needs more data (an error ends the list too).
QList<ParserEvent> drain(StreamParser &parser)
{
    QList<ParserEvent> events;
    for (;;) {
        ParserEvent event = parser.next();
        if (event.kind == Kind::NeedMoreData)
            return events;
        events.append(event);
        if (event.kind == Kind::Error)
            return events;
    }
}

ParserEvent lastEvent(StreamParser &parser)
{
    const QList<ParserEvent> events = drain(parser);
    return events.isEmpty() ? ParserEvent() : events.last();
}

QString describe(const ParserEvent &event)
{
    switch (event.kind) {
    case Kind::NeedMoreData:
        return u"need-more-data"_s;
    case Kind::StreamOpened:
        return u"opened from=%1 to=%2 id=%3 version=%4 lang=%5 ns=%6"_s.arg(
            event.header.from, event.header.to, event.header.id, event.header.version,
            event.header.lang, event.header.defaultNamespace);
    case Kind::Stanza:
        return u"stanza "_s + event.element.toXml();
    case Kind::StreamClosed:
        return u"closed"_s;
    case Kind::Error:
        return u"error %1"_s.arg(int(event.failure));
    }
    return QString();
}

QStringList describeAll(const QList<ParserEvent> &events)
{
    QStringList described;
    for (const ParserEvent &event : events)
        described.append(describe(event));
    return described;
}

QStringList parseInChunks(const QByteArray &input, const QList<qsizetype> &cuts)
{
    StreamParser parser;
    QList<ParserEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(input.sliced(from, cut - from));
        events += drain(parser);
        from = cut;
    }
    parser.feed(input.sliced(from));
    events += drain(parser);
    return describeAll(events);
}

// The failure the parser reports for input fed in one piece after an optional header.
ParserEvent failureFor(const QByteArray &input, StreamParser::Limits limits = {})
{
    StreamParser parser(limits);
    parser.feed(input);
    const ParserEvent event = lastEvent(parser);
    if (event.kind == Kind::Error && !parser.failed())
        return ParserEvent(); // failed() disagrees with the event
    return event;
}

qint64 heapInUse()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

// A stanza of exactly size bytes: <message><body>filler</body></message>, the filler made of
// fill characters as far as they go and ASCII after.
QByteArray stanzaOfSize(qsizetype size, const QByteArray &fill)
{
    const QByteArray open = "<message><body>";
    const QByteArray close = "</body></message>";
    QByteArray filler;
    const qsizetype room = size - open.size() - close.size();
    while (filler.size() + fill.size() <= room)
        filler += fill;
    filler += QByteArray(room - filler.size(), 'a');
    return open + filler + close;
}

} // namespace

class TestStreamParser : public QObject
{
    Q_OBJECT

private slots:
    void rfc6120StreamHeaderAndFeatures()
    {
        StreamParser parser;
        QVERIFY(!parser.streamOpen());
        parser.feed(Rfc6120ServerStream);
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 3);

        QCOMPARE(events[0].kind, Kind::StreamOpened);
        QCOMPARE(events[0].header.from, u"im.example.com"_s);
        QCOMPARE(events[0].header.to, u"juliet@im.example.com"_s);
        QCOMPARE(events[0].header.id, u"t7AMCin9zjMNwQKDnplntZPIDEI="_s);
        QCOMPARE(events[0].header.version, u"1.0"_s);
        QCOMPARE(events[0].header.lang, u"en"_s);
        QCOMPARE(events[0].header.defaultNamespace, ns::Client.toString());
        QVERIFY(parser.streamOpen());

        QCOMPARE(events[1].kind, Kind::Stanza);
        const Element features = events[1].element;
        QCOMPARE(features.name(), u"features"_s);
        QCOMPARE(features.namespaceUri(), ns::Stream.toString());
        const Element startTls = features.firstChild(u"starttls", ns::Tls);
        QVERIFY(startTls);
        QVERIFY(startTls.firstChild(u"required", ns::Tls));

        QCOMPARE(events[2].kind, Kind::Stanza);
        QVERIFY(events[2].element.is(u"proceed", ns::Tls));
    }

    void rfc6120PrettyPrintedFeatures()
    {
        StreamParser parser;
        parser.feed(Rfc6120ServerStreamAfterTls);
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 2);
        const Element mechanisms = events[1].element.firstChild(u"mechanisms", ns::Sasl);
        const QList<Element> offered = mechanisms.childrenNamed(u"mechanism", ns::Sasl);
        QCOMPARE(offered.size(), 3);
        QCOMPARE(offered[0].text(), u"SCRAM-SHA-1-PLUS"_s);
        QCOMPARE(offered[2].text(), u"PLAIN"_s);
    }

    void prefixesAndDefaultNamespaces()
    {
        StreamParser parser;
        parser.feed(ClientHeader +
                    "<foo:x xmlns:foo='urn:a'><foo:y/><z/><w xmlns='urn:w'><v/></w></foo:x>"
                    "<iq><query xmlns='jabber:iq:roster'><item/></query></iq>");
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 3);

        const Element x = events[1].element;
        QVERIFY(x.is(u"x", u"urn:a"));
        QCOMPARE(x.children().size(), 3);
        QVERIFY(x.children()[0].is(u"y", u"urn:a"));
        QVERIFY(x.children()[1].is(u"z", ns::Client));
        QVERIFY(x.children()[2].is(u"w", u"urn:w"));
        QVERIFY(x.children()[2].children()[0].is(u"v", u"urn:w"));

        const Element iq = events[2].element;
        QVERIFY(iq.is(u"iq", ns::Client));
        QVERIFY(
            iq.firstChild(u"query", u"jabber:iq:roster").firstChild(u"item", u"jabber:iq:roster"));
    }

    void xmlLangIsANamespacedAttribute()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<message xml:lang='fr' type='chat'/>");
        const Element message = lastEvent(parser).element;
        QCOMPARE(message.attribute(ns::Xml, u"lang"), u"fr"_s);
        QVERIFY(!message.hasAttribute(u"lang"));
        QCOMPARE(message.attribute(u"type"), u"chat"_s);
        const auto &attributes = message.attributes();
        const auto lang = std::find_if(attributes.cbegin(), attributes.cend(),
                                       [](const auto &a) { return a.name == u"lang"; });
        QVERIFY(lang != attributes.cend());
        QCOMPARE(lang->namespaceUri, ns::Xml.toString());
    }

    void textIsPreservedExactly()
    {
        StreamParser parser;
        parser.feed(MixedStream);
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 5);
        const Element message = events[2].element;
        QCOMPARE(message.attribute(ns::Xml, u"lang"), u"fr"_s);
        QCOMPARE(message.childText(u"body", ns::Client),
                 u"caf\u00e9 \u20ac \U0001F600 <3 & \U0001F339<b>&amp;</b>"_s);
        const Element y = message.firstChild(u"x", u"urn:a").firstChild(u"y", u"urn:a");
        QCOMPARE(y.attribute(u"a"), u"'\""_s);
        const Element item = events[3]
                                 .element.firstChild(u"query", u"jabber:iq:roster")
                                 .firstChild(u"item", u"jabber:iq:roster");
        QCOMPARE(item.attribute(u"name"), u"N\u00fcrse"_s);
        QCOMPARE(events[4].kind, Kind::StreamClosed);
    }

    void whitespaceInsideStanzasIsKept()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<message><body>  two\n\tlines  </body></message>");
        QCOMPARE(lastEvent(parser).element.childText(u"body", ns::Client), u"  two\n\tlines  "_s);
    }

    void everySplitInTwoGivesTheSameEvents()
    {
        const QStringList whole = parseInChunks(MixedStream, {});
        QCOMPARE(whole.size(), 5);
        for (qsizetype cut = 1; cut < MixedStream.size(); ++cut)
            QCOMPARE(parseInChunks(MixedStream, {cut}), whole);
    }

    void byteByByteGivesTheSameEvents()
    {
        QList<qsizetype> everyByte;
        for (qsizetype cut = 1; cut < MixedStream.size(); ++cut)
            everyByte.append(cut);
        QCOMPARE(parseInChunks(MixedStream, everyByte), parseInChunks(MixedStream, {}));
    }

    void multiByteCharacterSplitAcrossChunks()
    {
        const QByteArray input =
            ClientHeader + "<message><body>\xf0\x9f\x98\x80\xe2\x82\xac</body></message>";
        const qsizetype emoji = input.indexOf('\xf0');
        for (qsizetype inside = 1; inside <= 5; ++inside) {
            StreamParser parser;
            parser.feed(input.first(emoji + inside));
            drain(parser);
            parser.feed(input.sliced(emoji + inside));
            QCOMPARE(lastEvent(parser).element.childText(u"body", ns::Client),
                     u"\U0001F600\u20ac"_s);
        }
    }

    void whitespaceKeepalivesAreIgnored()
    {
        StreamParser parser;
        parser.feed(ClientHeader);
        QCOMPARE(lastEvent(parser).kind, Kind::StreamOpened);
        for (const char *keepalive : {" ", "\n", "  \r\n\t ", " "}) {
            parser.feed(keepalive);
            QVERIFY(drain(parser).isEmpty());
        }
        parser.feed("<presence/>");
        parser.feed(" ");
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 1);
        QVERIFY(events[0].element.is(u"presence", ns::Client));
    }

    void streamClose()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<presence/></stream:stream>");
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[2].kind, Kind::StreamClosed);
        QVERIFY(!parser.streamOpen());
        QVERIFY(!parser.failed());
        parser.feed("<presence/>");
        QCOMPARE(parser.next().kind, Kind::NeedMoreData);
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void resetAfterStartTls()
    {
        StreamParser parser;
        parser.feed(Rfc6120ServerStream + "<unfinished");
        QCOMPARE(drain(parser).size(), 3);
        parser.reset(); // TLS is up; the server starts a new stream
        QVERIFY(!parser.streamOpen());
        parser.feed(Rfc6120ServerStreamAfterTls);
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, Kind::StreamOpened);
        QCOMPARE(events[0].header.id, u"vgKi/bkYME8OAj4rlXMkpucAqe4="_s);
        QVERIFY(events[1].element.firstChild(u"mechanisms", ns::Sasl));
    }

    void resetClearsAFailure()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<a></b>");
        QCOMPARE(lastEvent(parser).kind, Kind::Error);
        parser.reset();
        QVERIFY(!parser.failed());
        parser.feed(ClientHeader + "<a/>");
        QCOMPARE(lastEvent(parser).kind, Kind::Stanza);
    }

    void staysFailedUntilReset()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<!-- no -->");
        const ParserEvent first = lastEvent(parser);
        QCOMPARE(first.kind, Kind::Error);
        QVERIFY(!first.message.isEmpty());
        parser.feed("<presence/>");
        const ParserEvent again = parser.next();
        QCOMPARE(again.kind, Kind::Error);
        QCOMPARE(again.failure, first.failure);
        QCOMPARE(again.message, first.message);
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void acceptsXmlDeclaration()
    {
        StreamParser parser;
        parser.feed("<?xml version='1.0' encoding='utf-8'?>" + ClientHeader + "<a/>");
        QCOMPARE(lastEvent(parser).kind, Kind::Stanza);
    }

    void rejectsDtd()
    {
        const ParserEvent event =
            failureFor("<?xml version='1.0'?><!DOCTYPE stream:stream>" + ClientHeader);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsEntityDeclaration()
    {
        // A billion laughs: refused at the DTD, before any entity can be expanded.
        const QByteArray laughs = "<!DOCTYPE stream:stream ["
                                  "<!ENTITY lol 'lol'>"
                                  "<!ENTITY lol1 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
                                  "<!ENTITY lol2 '&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'>"
                                  "]>";
        StreamParser parser;
        parser.feed(laughs + ClientHeader + "<message><body>&lol2;</body></message>");
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Error);
        QCOMPARE(events[0].failure, ParseFailure::RestrictedXml);
    }

    void rejectsUndeclaredEntityInText()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<message><body>a&foo;b</body></message>");
        const QList<ParserEvent> events = drain(parser);
        QCOMPARE(events.size(), 2); // StreamOpened, then the error: never a stanza
        QCOMPARE(events[1].kind, Kind::Error);
        QCOMPARE(events[1].failure, ParseFailure::RestrictedXml);
    }

    void rejectsUndeclaredEntityInAttribute()
    {
        const ParserEvent event = failureFor(ClientHeader + "<message to='&foo;'/>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsProcessingInstructionBetweenStanzas()
    {
        const ParserEvent event = failureFor(ClientHeader + "<?foo bar?>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsProcessingInstructionInsideStanza()
    {
        const ParserEvent event = failureFor(ClientHeader + "<message><?foo bar?></message>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsProcessingInstructionBeforeHeader()
    {
        const ParserEvent event =
            failureFor("<?xml version='1.0'?><?xml-stylesheet href='x'?>" + ClientHeader);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsCommentBetweenStanzas()
    {
        const ParserEvent event = failureFor(ClientHeader + "<!-- keepalive -->");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsCommentInsideStanza()
    {
        const ParserEvent event =
            failureFor(ClientHeader + "<message><!-- hidden --><body/></message>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::RestrictedXml);
    }

    void rejectsOversizedStanza()
    {
        StreamParser::Limits limits;
        limits.maxStanzaBytes = 1000;
        const ParserEvent event =
            failureFor(ClientHeader + stanzaOfSize(1001, "a") + "<presence/>", limits);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::PolicyViolation);
    }

    void stanzaSizeLimitIsExactInBytes_data()
    {
        QTest::addColumn<QByteArray>("fill");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("chunkSize");
        const QByteArray twoByte = "\xc3\xa9", threeByte = "\xe2\x82\xac",
                         fourByte = "\xf0\x9f\x98\x80";
        for (const int chunk : {0, 7, 64}) {
            const QByteArray in =
                chunk ? " in %1-byte chunks"_ba.replace("%1", QByteArray::number(chunk))
                      : " whole"_ba;
            QTest::addRow("ascii%s", in.constData()) << "a"_ba << QByteArray() << chunk;
            QTest::addRow("2-byte%s", in.constData()) << twoByte << QByteArray() << chunk;
            QTest::addRow("3-byte%s", in.constData()) << threeByte << QByteArray() << chunk;
            QTest::addRow("4-byte%s", in.constData()) << fourByte << QByteArray() << chunk;
            QTest::addRow("mixed after keepalive%s", in.constData())
                << twoByte + threeByte + "x" + fourByte << " \n "_ba << chunk;
            QTest::addRow("3-byte after a stanza%s", in.constData())
                << threeByte << "<presence from='caf\xc3\xa9'/>"_ba << chunk;
        }
    }

    void stanzaSizeLimitIsExactInBytes()
    {
        QFETCH(QByteArray, fill);
        QFETCH(QByteArray, before);
        QFETCH(int, chunkSize);
        StreamParser::Limits limits;
        limits.maxStanzaBytes = 900;

        for (const qsizetype size : {limits.maxStanzaBytes, limits.maxStanzaBytes + 1}) {
            const QByteArray input = ClientHeader + before + stanzaOfSize(size, fill);
            StreamParser parser(limits);
            QList<ParserEvent> events;
            const qsizetype step = chunkSize ? chunkSize : input.size();
            for (qsizetype at = 0; at < input.size(); at += step) {
                parser.feed(input.sliced(at, std::min(step, input.size() - at)));
                events += drain(parser);
            }
            QVERIFY(!events.isEmpty());
            if (size <= limits.maxStanzaBytes) {
                QCOMPARE(events.last().kind, Kind::Stanza);
                QVERIFY(events.last().element.is(u"message", ns::Client));
            } else {
                QCOMPARE(events.last().kind, Kind::Error);
                QCOMPARE(events.last().failure, ParseFailure::PolicyViolation);
            }
        }
    }

    void oversizedStanzaFailsWhileArriving_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<ParseFailure>("expected");
        // How much the heap may grow, in multiples of the limit, before the parser gives up:
        // the reader keeps an unfinished token as UTF-16, finished elements cost their tree.
        QTest::addColumn<int>("heapFactor");
        const auto policy = ParseFailure::PolicyViolation;
        QTest::addRow("endless text") << "<message><body>"_ba
                                      << "a"_ba << policy << 6;
        QTest::addRow("endless non-ASCII text") << "<message><body>"_ba
                                                << "\xe2\x82\xac"_ba << policy << 6;
        QTest::addRow("endless attribute") << "<message to='"_ba
                                           << "a"_ba << policy << 6;
        QTest::addRow("endless whitespace") << QByteArray() << " "_ba << policy << 6;
        // The reader scans these again from their start with each chunk, and keeps 4 bytes
        // per character on a push-back stack meanwhile.
        QTest::addRow("endless CDATA section") << "<message><body><![CDATA["_ba
                                               << "a"_ba << policy << 8;
        QTest::addRow("endless comment") << "<!--"_ba
                                         << "a"_ba << policy << 8;
        QTest::addRow("endless children") << "<message>"_ba
                                          << "<x/>"_ba << policy << 48;
        // QXmlStreamReader refuses names longer than 4 KiB by itself.
        QTest::addRow("endless tag name") << "<message"_ba
                                          << "a"_ba << ParseFailure::NotWellFormed << 6;
    }

    void oversizedStanzaFailsWhileArriving()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, filler);
        QFETCH(ParseFailure, expected);
        QFETCH(int, heapFactor);
        constexpr qsizetype Chunk = 64 * 1024;
        constexpr qsizetype Total = 10 * 1024 * 1024;
        StreamParser parser; // the default limit: 1 MiB
        const qint64 limit = parser.limits().maxStanzaBytes;
        parser.feed(ClientHeader);
        QCOMPARE(lastEvent(parser).kind, Kind::StreamOpened);
        parser.feed(start);

        QByteArray pattern;
        while (pattern.size() + filler.size() <= Chunk)
            pattern += filler;

        const qint64 heapBefore = heapInUse();
        qint64 peakGrowth = 0;
        qint64 sent = start.size();
        ParserEvent failure;
        while (sent < Total) {
            // A fresh buffer each time, as a socket would hand over.
            parser.feed(QByteArray(pattern.constData(), pattern.size()));
            sent += pattern.size();
            failure = lastEvent(parser);
            peakGrowth = std::max(peakGrowth, heapInUse() - heapBefore);
            if (failure.kind != Kind::NeedMoreData)
                break;
        }
        QCOMPARE(failure.kind, Kind::Error);
        QCOMPARE(failure.failure, expected);
        // It fails on the first chunk that takes the stanza past the limit, or earlier.
        QVERIFY2(sent - pattern.size() <= limit, qPrintable(u"failed after %1 bytes"_s.arg(sent)));
        if (expected == ParseFailure::PolicyViolation)
            QVERIFY2(sent > limit, qPrintable(u"failed after %1 bytes"_s.arg(sent)));

        // The peer goes on sending until the session closes the socket: nothing is kept.
        while (sent < Total) {
            parser.feed(QByteArray(pattern.constData(), pattern.size()));
            sent += pattern.size();
            QCOMPARE(parser.next().kind, Kind::Error);
        }
        QCOMPARE(parser.bufferedBytes(), 0);
        if (heapBefore >= 0) {
            const qint64 heapAfter = heapInUse() - heapBefore;
            qInfo("heap growth: peak %lld KiB while the stanza arrived, %lld KiB after the error",
                  peakGrowth / 1024, heapAfter / 1024);
            QVERIFY2(peakGrowth < heapFactor * limit, qPrintable(QString::number(peakGrowth)));
            QVERIFY2(heapAfter < 128 * 1024, qPrintable(QString::number(heapAfter)));
        }
    }

    void memoryKeptAfterALargeStanza()
    {
        // QXmlStreamReader keeps the capacity of its token buffer for the rest of the stream:
        // measure what a large stanza leaves behind once it has been handed over and dropped.
        StreamParser parser;
        parser.feed(ClientHeader);
        QCOMPARE(lastEvent(parser).kind, Kind::StreamOpened);
        const qint64 heapBefore = heapInUse();
        const QByteArray large = stanzaOfSize(parser.limits().maxStanzaBytes, "a");
        for (qsizetype at = 0; at < large.size(); at += 4096)
            parser.feed(large.sliced(at, std::min<qsizetype>(4096, large.size() - at)));
        QCOMPARE(lastEvent(parser).kind, Kind::Stanza);
        parser.feed("<presence/>");
        QCOMPARE(lastEvent(parser).kind, Kind::Stanza);
        QCOMPARE(parser.bufferedBytes(), 0);
        if (heapBefore < 0)
            QSKIP("needs glibc to measure the heap");
        const qint64 kept = heapInUse() - heapBefore;
        qInfo("heap kept after a %lld-byte stanza: %lld KiB", qint64(large.size()), kept / 1024);
        // Measured: about 3 MiB, the reader's buffer for a 1 Mi-character token in UTF-16,
        // until reset() or the end of the stream.
        QVERIFY(kept < 4 * parser.limits().maxStanzaBytes);
    }

    void hugeChunkIsCheckedInSlices()
    {
        StreamParser parser;
        parser.feed(ClientHeader + "<message><body>" + QByteArray(10 * 1024 * 1024, 'a'));
        const qint64 heapBefore = heapInUse();
        const ParserEvent event = lastEvent(parser);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::PolicyViolation);
        QCOMPARE(parser.bufferedBytes(), 0);
        if (heapBefore >= 0)
            QVERIFY(heapInUse() <= heapBefore); // the queued 10 MiB are gone
    }

    void oversizedStreamHeader()
    {
        StreamParser::Limits limits;
        limits.maxStanzaBytes = 1000;
        const ParserEvent event =
            failureFor("<stream:stream xmlns:stream='http://etherx.jabber.org/streams' id='" +
                           QByteArray(2000, 'x') + "'>",
                       limits);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::PolicyViolation);
    }

    void rejectsDeepNesting()
    {
        StreamParser::Limits limits;
        limits.maxDepth = 3;
        StreamParser parser(limits);
        parser.feed(ClientHeader + "<a><b><c/></b></a>");
        QCOMPARE(lastEvent(parser).kind, Kind::Stanza);
        parser.feed("<a><b><c><d/></c></b></a>");
        const ParserEvent event = lastEvent(parser);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::PolicyViolation);
    }

    void rejectsDeepNestingByDefault()
    {
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<a>";
        const ParserEvent event = failureFor(ClientHeader + deep);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::PolicyViolation);
    }

    void rejectsUndeclaredElementPrefix()
    {
        const ParserEvent event = failureFor(ClientHeader + "<foo:x/>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::BadNamespacePrefix);
    }

    void rejectsUndeclaredAttributePrefix()
    {
        const ParserEvent event = failureFor(ClientHeader + "<message foo:to='x'/>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::BadNamespacePrefix);
    }

    void rejectsUndeclaredStreamPrefix()
    {
        const ParserEvent event = failureFor("<stream:stream xmlns='jabber:client'>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::BadNamespacePrefix);
    }

    void rejectsRootInWrongNamespace()
    {
        const ParserEvent event =
            failureFor("<stream:stream xmlns='jabber:client' xmlns:stream='urn:wrong'>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::InvalidNamespace);
    }

    void rejectsRootWithWrongName()
    {
        const ParserEvent event =
            failureFor("<stream:flow xmlns:stream='http://etherx.jabber.org/streams'>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::InvalidNamespace);
    }

    void rejectsNonUtf8EncodingDeclaration()
    {
        const ParserEvent event =
            failureFor("<?xml version='1.0' encoding='ISO-8859-1'?>" + ClientHeader);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::UnsupportedEncoding);
    }

    void rejectsUnknownEncodingDeclaration()
    {
        const ParserEvent event =
            failureFor("<?xml version='1.0' encoding='x-no-such'?>" + ClientHeader);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::UnsupportedEncoding);
    }

    void rejectsUtf16Input()
    {
        const QString header = QString::fromUtf8(ClientHeader);
        QByteArray utf16(reinterpret_cast<const char *>(header.utf16()), header.size() * 2);
        for (const QByteArray &input : QList<QByteArray>{"\xff\xfe"_ba + utf16, utf16}) {
            const ParserEvent event = failureFor(input);
            QCOMPARE(event.kind, Kind::Error);
            QCOMPARE(event.failure, ParseFailure::UnsupportedEncoding);
        }
    }

    void rejectsInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("bad continuation") << "\xc3\x28"_ba;
        QTest::addRow("lone continuation") << "\x80"_ba;
        QTest::addRow("overlong") << "\xc0\xaf"_ba;
        QTest::addRow("overlong 3-byte") << "\xe0\x80\xaf"_ba;
        QTest::addRow("surrogate") << "\xed\xa0\x80"_ba;
        QTest::addRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba;
        QTest::addRow("cut short") << "\xe2\x82x"_ba;
        QTest::addRow("invalid byte") << "\xff"_ba;
    }

    void rejectsInvalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray input = ClientHeader + "<message><body>" + bytes + "</body></message>";
        QCOMPARE(failureFor(input).failure, ParseFailure::UnsupportedEncoding);
        // Also when it arrives byte by byte.
        StreamParser parser;
        ParserEvent event;
        for (const char byte : input) {
            parser.feed(QByteArray(1, byte));
            event = lastEvent(parser);
            if (event.kind == Kind::Error)
                break;
        }
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::UnsupportedEncoding);
    }

    void rejectsInvalidUtf8ThatQXmlStreamReaderMisses()
    {
        // Fed in these pieces, QXmlStreamReader 6.4 stops producing tokens without an error.
        StreamParser parser;
        parser.feed(ClientHeader + "<message><body>caf\xc3\xa9 </body>");
        QCOMPARE(lastEvent(parser).kind, Kind::StreamOpened);
        parser.feed("<x xmln\xcd='urn:x'/></message><presence/>");
        const ParserEvent event = lastEvent(parser);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::UnsupportedEncoding);
    }

    void rejectsLeadingU_FEFF()
    {
        const ParserEvent event = failureFor("\xef\xbb\xbf" + ClientHeader);
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::NotWellFormed);
    }

    void rejectsMismatchedTags()
    {
        const ParserEvent event = failureFor(ClientHeader + "<message><body></message>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::NotWellFormed);
    }

    void rejectsTextBetweenStanzas()
    {
        const ParserEvent event = failureFor(ClientHeader + "hello<presence/>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::NotWellFormed);
    }

    void rejectsForbiddenCharacterReference()
    {
        const ParserEvent event = failureFor(ClientHeader + "<message><body>&#0;</body></message>");
        QCOMPARE(event.kind, Kind::Error);
        QCOMPARE(event.failure, ParseFailure::NotWellFormed);
    }
};

QTEST_GUILESS_MAIN(TestStreamParser)
#include "tst_streamparser.moc"

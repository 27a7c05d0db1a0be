#include "xml/StreamParser.h"
#include "xml/StreamWriter.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Linnet;
using namespace Qt::StringLiterals;
using Kind = ParserEvent::Kind;

namespace {

QList<ParserEvent> parseAll(const QByteArray &bytes)
{
    StreamParser parser;
    parser.feed(bytes);
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

// Parses one serialised stanza inside a stream that StreamWriter opened.
Element roundTrip(const Element &element)
{
    const QList<ParserEvent> events =
        parseAll(StreamWriter::openStream(u"example.com"_s) + StreamWriter::serialize(element));
    if (events.size() != 2 || events[1].kind != Kind::Stanza)
        return Element();
    return events[1].element;
}

Element chatMessage(const QString &body)
{
    Element message(u"message"_s, ns::Client.toString());
    message.setAttribute(u"to"_s, u"juliet@example.com"_s).setAttribute(u"type"_s, u"chat"_s);
    message.addChild(u"body"_s, ns::Client.toString()).setText(body);
    return message;
}

} // namespace

class TestStreamWriter : public QObject
{
    Q_OBJECT

private slots:
    void openStreamWritesAnOpenHeader()
    {
        QCOMPARE(StreamWriter::openStream(u"example.com"_s),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                 "<stream:stream xmlns:stream=\"http://etherx.jabber.org/streams\" "
                 "xmlns=\"jabber:client\" to=\"example.com\" version=\"1.0\" xml:lang=\"en\">"_ba);
    }

    void openStreamParsesBack()
    {
        const QList<ParserEvent> events =
            parseAll(StreamWriter::openStream(u"example.com"_s, u"juliet@example.com"_s, u"de"_s));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::StreamOpened);
        QCOMPARE(events[0].header.to, u"example.com"_s);
        QCOMPARE(events[0].header.from, u"juliet@example.com"_s);
        QCOMPARE(events[0].header.version, u"1.0"_s);
        QCOMPARE(events[0].header.lang, u"de"_s);
        QCOMPARE(events[0].header.defaultNamespace, ns::Client.toString());
    }

    void openStreamEscapesAttributeValues()
    {
        const QString hostile = u"a\"b'c<d&e>f"_s;
        const QByteArray header = StreamWriter::openStream(hostile, hostile, hostile);
        QVERIFY(!header.contains("a\"b"));
        const QList<ParserEvent> events = parseAll(header);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].header.to, hostile);
        QCOMPARE(events[0].header.from, hostile);
        QCOMPARE(events[0].header.lang, hostile);
    }

    void openStreamWithoutLang()
    {
        const QByteArray header = StreamWriter::openStream(u"example.com"_s, QString(), QString());
        QVERIFY(!header.contains("lang"));
        QCOMPARE(parseAll(header).size(), 1);
    }

    void closeStream()
    {
        QCOMPARE(StreamWriter::closeStream(), "</stream:stream>"_ba);
        const QList<ParserEvent> events =
            parseAll(StreamWriter::openStream(u"example.com"_s) + StreamWriter::closeStream());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].kind, Kind::StreamClosed);
    }

    void clientStanzasGetNoXmlns()
    {
        Element message = chatMessage(u"hi"_s);
        Element &active = message.addChild(u"active"_s, u"http://jabber.org/protocol/chatstates"_s);
        active.addChild(u"detail"_s, u"http://jabber.org/protocol/chatstates"_s);
        QCOMPARE(StreamWriter::serialize(message),
                 "<message to=\"juliet@example.com\" type=\"chat\"><body>hi</body>"
                 "<active xmlns=\"http://jabber.org/protocol/chatstates\"><detail/></active>"
                 "</message>"_ba);
    }

    void otherNamespacesAreDefaultNamespaces()
    {
        Element auth(u"auth"_s, ns::Sasl.toString());
        auth.setAttribute(u"mechanism"_s, u"PLAIN"_s).setText(u"AGp1bGlldAByMG0zMG15cjBtMzA="_s);
        QCOMPARE(StreamWriter::serialize(auth),
                 "<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"PLAIN\">"
                 "AGp1bGlldAByMG0zMG15cjBtMzA=</auth>"_ba);
    }

    void childWithoutNamespaceUndeclaresTheDefault()
    {
        Element x(u"x"_s, u"urn:a"_s);
        x.addChild(u"plain"_s, QString());
        QCOMPARE(StreamWriter::serialize(x), "<x xmlns=\"urn:a\"><plain xmlns=\"\"/></x>"_ba);
        QCOMPARE(roundTrip(x), x);
    }

    void xmlLangUsesTheXmlPrefix()
    {
        Element message(u"message"_s, ns::Client.toString());
        message.setAttribute(ns::Xml.toString(), u"lang"_s, u"fr"_s);
        QCOMPARE(StreamWriter::serialize(message), "<message xml:lang=\"fr\"/>"_ba);
        QCOMPARE(roundTrip(message).attribute(ns::Xml, u"lang"), u"fr"_s);
    }

    void escapesText()
    {
        const QString body = u"<script>alert('x') && \"y\"</script> &amp; ]]>"_s;
        const QByteArray xml = StreamWriter::serialize(chatMessage(body));
        QVERIFY(
            xml.contains("<body>&lt;script&gt;alert('x') &amp;&amp; &quot;y&quot;&lt;/script&gt; "
                         "&amp;amp; ]]&gt;</body>"));
        QCOMPARE(roundTrip(chatMessage(body)).childText(u"body", ns::Client), body);
    }

    void escapesAttributeValues()
    {
        Element presence(u"presence"_s, ns::Client.toString());
        const QString value = u"\"'<>&\n\t\r end"_s;
        presence.setAttribute(u"id"_s, value);
        const QByteArray xml = StreamWriter::serialize(presence);
        QCOMPARE(xml, "<presence id=\"&quot;'&lt;&gt;&amp;&#10;&#9;&#13; end\"/>"_ba);
        // Character references survive attribute-value normalisation.
        QCOMPARE(roundTrip(presence).attribute(u"id"), value);
    }

    void keepsNonAsciiText()
    {
        const QString body = u"caf\u00e9 \u20ac \U0001F600 \u4e2d\u6587"_s;
        QVERIFY(StreamWriter::serialize(chatMessage(body)).contains(body.toUtf8()));
        QCOMPARE(roundTrip(chatMessage(body)).childText(u"body", ns::Client), body);
    }

    void roundTripOfAWholeStream()
    {
        Element iq(u"iq"_s, ns::Client.toString());
        iq.setAttribute(u"type"_s, u"set"_s).setAttribute(u"id"_s, u"bind_1"_s);
        iq.addChild(u"bind"_s, ns::Bind.toString())
            .addChild(u"resource"_s, ns::Bind.toString())
            .setText(u"balcony"_s);
        const QList<Element> sent = {iq, chatMessage(u"one & two"_s),
                                     Element(u"r"_s, ns::StreamManagement.toString())};

        QByteArray bytes = StreamWriter::openStream(u"example.com"_s);
        for (const Element &element : sent)
            bytes += StreamWriter::serialize(element);
        bytes += StreamWriter::closeStream();

        const QList<ParserEvent> events = parseAll(bytes);
        QCOMPARE(events.size(), sent.size() + 2);
        QCOMPARE(events.first().kind, Kind::StreamOpened);
        for (qsizetype i = 0; i < sent.size(); ++i) {
            QCOMPARE(events[i + 1].kind, Kind::Stanza);
            QCOMPARE(events[i + 1].element, sent[i]);
        }
        QCOMPARE(events.last().kind, Kind::StreamClosed);
    }

    void nullElementSerialisesToNothing() { QVERIFY(StreamWriter::serialize(Element()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestStreamWriter)
#include "tst_streamwriter.moc"

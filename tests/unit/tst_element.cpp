#include "xml/Element.h"
#include "xml/ElementFromXml.h"
#include "xml/namespaces.h"

#include <QTest>
#include <QXmlStreamWriter>

using namespace Linnet;
using namespace Qt::StringLiterals;

namespace {

// Parses one stanza written as it would appear inside a jabber:client stream.
Element parseStanza(const QString &xml)
{
    return elementFromXml(xml.toUtf8());
}

Element sampleMessage()
{
    Element message(u"message"_s, ns::Client.toString());
    message.setAttribute(u"to"_s, u"juliet@example.com"_s)
        .setAttribute(u"type"_s, u"chat"_s)
        .setAttribute(ns::Xml.toString(), u"lang"_s, u"en"_s);
    message.addChild(u"body"_s, ns::Client.toString()).setText(u"Art thou not Romeo?"_s);
    message.addChild(u"active"_s, u"http://jabber.org/protocol/chatstates"_s);
    return message;
}

} // namespace

class TestElement : public QObject
{
    Q_OBJECT

private slots:
    void nullElement()
    {
        const Element null;
        QVERIFY(null.isNull());
        QVERIFY(!null);
        QVERIFY(null.name().isEmpty());
        QVERIFY(null.attributes().isEmpty());
        QVERIFY(null.children().isEmpty());
        QVERIFY(null.firstChild(u"body", ns::Client).isNull());
        QVERIFY(null.toXml().isEmpty());
        QCOMPARE(null, Element());
        QVERIFY(null != Element(u"a"_s, QString()));
    }

    void nameAndNamespace()
    {
        const Element iq(u"iq"_s, ns::Client.toString());
        QVERIFY(!iq.isNull());
        QCOMPARE(iq.name(), u"iq"_s);
        QCOMPARE(iq.namespaceUri(), ns::Client.toString());
        QVERIFY(iq.is(u"iq", ns::Client));
        QVERIFY(!iq.is(u"iq", ns::Stream));
        QVERIFY(!iq.is(u"message", ns::Client));
    }

    void attributes()
    {
        Element message = sampleMessage();
        QCOMPARE(message.attribute(u"to"), u"juliet@example.com"_s);
        QVERIFY(message.hasAttribute(u"type"));
        QVERIFY(!message.hasAttribute(u"lang")); // qualified, not unqualified
        QCOMPARE(message.attribute(ns::Xml, u"lang"), u"en"_s);
        QVERIFY(message.attribute(u"id").isEmpty());

        message.setAttribute(u"type"_s, u"normal"_s);
        QCOMPARE(message.attribute(u"type"), u"normal"_s);
        QCOMPARE(message.attributes().size(), 3);

        message.removeAttribute(u"type");
        QVERIFY(!message.hasAttribute(u"type"));
        QCOMPARE(message.attributes().size(), 2);
    }

    void textAndChildren()
    {
        Element message = sampleMessage();
        QCOMPARE(message.children().size(), 2);
        QCOMPARE(message.childText(u"body", ns::Client), u"Art thou not Romeo?"_s);
        QVERIFY(message.childText(u"subject", ns::Client).isEmpty());
        QVERIFY(message.firstChild(u"body", ns::Client));
        QVERIFY(!message.firstChild(u"body", u"urn:other"));
        QCOMPARE(message.firstChildInNamespace(u"http://jabber.org/protocol/chatstates").name(),
                 u"active"_s);

        message.addChild(u"body"_s, ns::Client.toString()).setText(u"second"_s);
        const QList<Element> bodies = message.childrenNamed(u"body", ns::Client);
        QCOMPARE(bodies.size(), 2);
        QCOMPARE(bodies.at(1).text(), u"second"_s);

        message.removeChildren(u"body", ns::Client);
        QCOMPARE(message.children().size(), 1);

        Element text(u"t"_s, QString());
        text.appendText(u"ab").appendText(u"cd");
        QCOMPARE(text.text(), u"abcd"_s);
    }

    void copiesAreIndependent()
    {
        const Element original = sampleMessage();
        Element copy = original;
        QCOMPARE(copy, original);
        copy.setAttribute(u"to"_s, u"romeo@example.net"_s);
        copy.addChild(u"x"_s, u"urn:x"_s);
        QCOMPARE(original.attribute(u"to"), u"juliet@example.com"_s);
        QCOMPARE(original.children().size(), 2);
        QVERIFY(copy != original);

        Element moved = std::move(copy);
        QCOMPARE(moved.attribute(u"to"), u"romeo@example.net"_s);
    }

    void equalityIgnoresAttributeOrder()
    {
        Element a(u"presence"_s, ns::Client.toString());
        a.setAttribute(u"from"_s, u"a@b"_s).setAttribute(u"to"_s, u"c@d"_s);
        Element b(u"presence"_s, ns::Client.toString());
        b.setAttribute(u"to"_s, u"c@d"_s).setAttribute(u"from"_s, u"a@b"_s);
        QCOMPARE(a, b);

        b.setAttribute(u"to"_s, u"other"_s);
        QVERIFY(a != b);
        Element c = a;
        c.setText(u"x"_s);
        QVERIFY(a != c);
        Element d(u"presence"_s, u"jabber:server"_s);
        d.setAttribute(u"from"_s, u"a@b"_s).setAttribute(u"to"_s, u"c@d"_s);
        QVERIFY(a != d);
    }

    void writeInsideClientStream()
    {
        QCOMPARE(sampleMessage().toXml(ns::Client),
                 u"<message to=\"juliet@example.com\" type=\"chat\" xml:lang=\"en\">"
                 "<body>Art thou not Romeo?</body>"
                 "<active xmlns=\"http://jabber.org/protocol/chatstates\"/></message>"_s);
    }

    void writeStandalone()
    {
        Element query(u"query"_s, ns::DiscoInfo.toString());
        query.addChild(u"x"_s, QString());
        QCOMPARE(
            query.toXml(),
            u"<query xmlns=\"http://jabber.org/protocol/disco#info\"><x xmlns=\"\"/></query>"_s);
    }

    void writeToExistingWriter()
    {
        QString out;
        QXmlStreamWriter writer(&out);
        Element(u"ping"_s, ns::Ping.toString()).write(writer, ns::Client);
        QCOMPARE(out, u"<ping xmlns=\"urn:xmpp:ping\"/>"_s);
    }

    void roundTripThroughParser()
    {
        Element message = sampleMessage();
        Element &html = message.addChild(u"html"_s, u"http://jabber.org/protocol/xhtml-im"_s);
        html.addChild(u"body"_s, u"http://www.w3.org/1999/xhtml"_s)
            .setText(u"<b>&\"'</b> \U0001F600 caf\u00E9"_s);
        const Element parsed = parseStanza(message.toXml(ns::Client));
        QCOMPARE(parsed, message);
    }

    void roundTripKeepsForeignAttributeNamespace()
    {
        Element item(u"item"_s, u"urn:a"_s);
        item.setAttribute(u"urn:b"_s, u"flag"_s, u"1"_s);
        const Element parsed = parseStanza(item.toXml(ns::Client));
        QCOMPARE(parsed.attribute(u"urn:b", u"flag"), u"1"_s);
        QCOMPARE(parsed, item);
    }

    void unwritableCharactersBecomeReplacementCharacters()
    {
        Element body(u"body"_s, ns::Client.toString());
        body.setText(u"a"_s + QChar(0x1) + u"b"_s + QChar(0xD800) + u"c\U0001F600"_s);
        body.setAttribute(u"id"_s, QString(QChar(0xFFFE)));
        const Element parsed = parseStanza(body.toXml(ns::Client));
        QCOMPARE(parsed.text(), u"a\uFFFDb\uFFFDc\U0001F600"_s);
        QCOMPARE(parsed.attribute(u"id"), u"\uFFFD"_s);
    }
};

QTEST_GUILESS_MAIN(TestElement)
#include "tst_element.moc"

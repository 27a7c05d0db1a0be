// Message (RFC 6121 §5) with the payloads of XEP-0085, 0184, 0203, 0308, 0333, 0334 and 0359:
// the specifications' examples, round trips, and malformed input that must not hurt.
#include "ContactsTestXml.h"
#include "im/Message.h"
#include "im/XmppDateTime.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Every field, so that a round trip loses nothing.
bool sameMessage(const Message &a, const Message &b)
{
    return a.type == b.type && a.from == b.from && a.to == b.to && a.id == b.id &&
           a.lang == b.lang && a.body == b.body && a.subject == b.subject && a.thread == b.thread &&
           a.originId == b.originId && a.stanzaIds == b.stanzaIds && a.delayedAt == b.delayedAt &&
           a.chatState == b.chatState && a.markers == b.markers && a.replaceId == b.replaceId &&
           a.error == b.error && a.noStore == b.noStore;
}

Message roundTrip(const Message &message)
{
    // Through the wire form too, so that namespaces are written where the parser expects them.
    const Element written = message.toElement();
    const Element reparsed = stanzaFromXml(written.toXml(ns::Client));
    [&] { QVERIFY2(!reparsed.isNull(), qPrintable(written.toXml(ns::Client))); }();
    return Message::fromElement(reparsed);
}

} // namespace

class MessageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc6121ChatMessage()
    {
        const Element stanza =
            stanzaFromXml(u"<message from='juliet@example.com/balcony' id='ktx72v49' "
                          u"to='romeo@example.net' type='chat' xml:lang='en'>"
                          u"<body>Art thou not Romeo, and a Montague?</body></message>"_s);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.type, MessageType::Chat);
        QCOMPARE(m.from, Jid::parse(u"juliet@example.com/balcony"));
        QCOMPARE(m.to, Jid::parse(u"romeo@example.net"));
        QCOMPARE(m.id, u"ktx72v49"_s);
        QCOMPARE(m.lang, u"en"_s);
        QCOMPARE(m.body, u"Art thou not Romeo, and a Montague?"_s);
        QVERIFY(m.hasContent());
        QVERIFY(!m.delayedAt.isValid());
        QCOMPARE(m.chatState, ChatState::None);
        QVERIFY(!m.error);
        QCOMPARE(m.toElement(), stanza);
    }

    void bodyInTheStanzaLanguage()
    {
        // RFC 6121 §5.2.3: several bodies in different languages.
        const QString xml = u"<message from='juliet@example.com/balcony' id='z94nb37h' "
                            u"to='romeo@example.net' type='chat' xml:lang='%1'>"
                            u"<body xml:lang='%2'>Wherefore art thou, Romeo?</body>"
                            u"<body xml:lang='de'>Wo bist du, Romeo?</body></message>"_s;
        QCOMPARE(Message::fromElement(stanzaFromXml(xml.arg(u"en", u"en"))).body,
                 u"Wherefore art thou, Romeo?"_s);
        QCOMPARE(Message::fromElement(stanzaFromXml(xml.arg(u"de", u"en"))).body,
                 u"Wo bist du, Romeo?"_s);
        QCOMPARE(Message::fromElement(stanzaFromXml(xml.arg(u"DE", u"en"))).body,
                 u"Wo bist du, Romeo?"_s); // language tags ignore case
        // Neither matches: the first one rather than nothing.
        QCOMPARE(Message::fromElement(stanzaFromXml(xml.arg(u"cs", u"en"))).body,
                 u"Wherefore art thou, Romeo?"_s);

        // A body without xml:lang is in the stanza's language.
        const Message m = Message::fromElement(
            stanzaFromXml(u"<message xml:lang='cs'><body xml:lang='de'>Wo bist du?</body>"
                          u"<body>Kde jsi?</body></message>"_s));
        QCOMPARE(m.body, u"Kde jsi?"_s);
    }

    void subjectAndThread()
    {
        // RFC 6121 §5.2.4 and §5.2.5.
        const Element stanza = stanzaFromXml(
            u"<message from='juliet@example.com/balcony' id='c8xg3nf8' "
            u"to='romeo@example.net' type='chat' xml:lang='en'>"
            u"<subject>I implore you!</subject>"
            u"<subject xml:lang='cs'>&#x00DA;p&#x011B;nliv&#x011B; pros&#x00ED;m!</subject>"
            u"<body>Wherefore art thou, Romeo?</body>"
            u"<body xml:lang='cs'>Pro&#x010D;e&#x017D; jsi ty, Romeo?</body>"
            u"<thread parent='e0ffe42b28561960c6b12b944a092794b9683a38'>"
            u"0e3141cd80894871a68e6fe6b1ec56fa</thread></message>"_s);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.subject, u"I implore you!"_s);
        QCOMPARE(m.body, u"Wherefore art thou, Romeo?"_s);
        QCOMPARE(m.thread, u"0e3141cd80894871a68e6fe6b1ec56fa"_s);
        QVERIFY(sameMessage(roundTrip(m), m));
    }

    void types_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MessageType>("type");
        QTest::newRow("normal") << u"normal"_s << MessageType::Normal;
        QTest::newRow("chat") << u"chat"_s << MessageType::Chat;
        QTest::newRow("groupchat") << u"groupchat"_s << MessageType::Groupchat;
        QTest::newRow("headline") << u"headline"_s << MessageType::Headline;
        QTest::newRow("error") << u"error"_s << MessageType::Error;
        QTest::newRow("absent") << QString() << MessageType::Normal;
        QTest::newRow("unknown") << u"shout"_s << MessageType::Normal;
        QTest::newRow("wrong case") << u"Chat"_s << MessageType::Normal;
    }

    void types()
    {
        QFETCH(QString, name);
        QFETCH(MessageType, type);
        Element stanza(u"message"_s, ns::Client.toString());
        if (!name.isNull())
            stanza.setAttribute(u"type"_s, name);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.type, type);
        QCOMPARE(Message::typeFromName(Message::typeName(type)), type);
        QCOMPARE(roundTrip(m).type, type);
        // Normal is the default and is not written.
        QCOMPARE(m.toElement().hasAttribute(u"type"), type != MessageType::Normal);
    }

    void delayedDelivery()
    {
        // XEP-0203 example 1: a message stored while the recipient was offline.
        const Element stanza = stanzaFromXml(
            u"<message from='romeo@montague.net/orchard' to='juliet@capulet.com' type='chat'>"
            u"<body>O blessed, blessed night! I am afeard.</body>"
            u"<delay xmlns='urn:xmpp:delay' from='capulet.com' stamp='2002-09-10T23:08:25Z'>"
            u"Offline Storage</delay></message>"_s);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.delayedAt, utc(2002, 9, 10, 23, 8, 25));
        QCOMPARE(m.delayedAt.timeSpec(), Qt::UTC);
        QVERIFY(sameMessage(roundTrip(m), m));
        QCOMPARE(m.toElement().firstChild(u"delay", ns::Delay).attribute(u"stamp"),
                 u"2002-09-10T23:08:25Z"_s);

        // XEP-0203 example 3: cached history of a room.
        const Message room = Message::fromElement(stanzaFromXml(
            u"<message from='coven@macbeth.shakespeare.lit/secondwitch' "
            u"to='macbeth@shakespeare.lit/laptop' type='groupchat'>"
            u"<body>By the pricking of my thumbs, Something wicked this way comes.</body>"
            u"<delay xmlns='urn:xmpp:delay' from='coven@macbeth.shakespeare.lit' "
            u"stamp='2002-09-10T23:05:37Z'/></message>"_s));
        QCOMPARE(room.type, MessageType::Groupchat);
        QCOMPARE(room.delayedAt, utc(2002, 9, 10, 23, 5, 37));
    }

    void delayStamps_data()
    {
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("utc") << u"2002-09-10T23:08:25Z"_s << utc(2002, 9, 10, 23, 8, 25);
        QTest::newRow("milliseconds")
            << u"1969-07-21T02:56:15.123Z"_s << utc(1969, 7, 21, 2, 56, 15, 123);
        QTest::newRow("microseconds")
            << u"2010-07-10T23:08:25.123456Z"_s << utc(2010, 7, 10, 23, 8, 25, 123);
        QTest::newRow("one fraction digit")
            << u"2010-07-10T23:08:25.5Z"_s << utc(2010, 7, 10, 23, 8, 25, 500);
        QTest::newRow("positive offset")
            << u"2002-09-11T01:08:25+02:00"_s << utc(2002, 9, 10, 23, 8, 25);
        QTest::newRow("negative offset")
            << u"1969-07-20T21:56:15-05:00"_s << utc(1969, 7, 21, 2, 56, 15);
        QTest::newRow("zero offset")
            << u"2002-09-10T23:08:25+00:00"_s << utc(2002, 9, 10, 23, 8, 25);
        QTest::newRow("leap day") << u"2024-02-29T12:00:00Z"_s << utc(2024, 2, 29, 12, 0, 0);
        const QDateTime invalid;
        QTest::newRow("empty") << QString() << invalid;
        QTest::newRow("garbage") << u"yesterday"_s << invalid;
        QTest::newRow("no zone") << u"2002-09-10T23:08:25"_s << invalid;
        QTest::newRow("space for T") << u"2002-09-10 23:08:25Z"_s << invalid;
        QTest::newRow("XEP-0091 form") << u"20020910T23:08:25"_s << invalid;
        QTest::newRow("date only") << u"2002-09-10"_s << invalid;
        QTest::newRow("month 13") << u"2002-13-10T23:08:25Z"_s << invalid;
        QTest::newRow("30 February") << u"2002-02-30T23:08:25Z"_s << invalid;
        QTest::newRow("hour 24") << u"2002-09-10T24:08:25Z"_s << invalid;
        QTest::newRow("empty fraction") << u"2002-09-10T23:08:25.Z"_s << invalid;
        QTest::newRow("bad offset") << u"2002-09-10T23:08:25+2:00"_s << invalid;
        QTest::newRow("offset hour 24") << u"2002-09-10T23:08:25+24:00"_s << invalid;
        QTest::newRow("trailing text") << u"2002-09-10T23:08:25Zjunk"_s << invalid;
        QTest::newRow("signed year") << u"-002-09-10T23:08:25Z"_s << invalid;
        QTest::newRow("arabic digits") << u"٢٠٠٢-09-10T23:08:25Z"_s << invalid;
        QTest::newRow("huge fraction") << u"2002-09-10T23:08:25."_s + QString(100000, u'9') + u'Z'
                                       << utc(2002, 9, 10, 23, 8, 25, 999);
    }

    void delayStamps()
    {
        QFETCH(QString, stamp);
        QFETCH(QDateTime, expected);
        QCOMPARE(XmppDateTime::parse(stamp), expected);

        // A bad stamp loses the time, never the message.
        Element stanza = stanzaFromXml(u"<message id='m1'><body>hi</body></message>"_s);
        stanza.addChild(u"delay"_s, ns::Delay.toString()).setAttribute(u"stamp"_s, stamp);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.delayedAt, expected);
        QCOMPARE(m.body, u"hi"_s);
        QCOMPARE(m.id, u"m1"_s);
    }

    void formatsStamps()
    {
        QCOMPARE(XmppDateTime::format(utc(2002, 9, 10, 23, 8, 25)), u"2002-09-10T23:08:25Z"_s);
        QCOMPARE(XmppDateTime::format(utc(2002, 9, 10, 23, 8, 25, 7)),
                 u"2002-09-10T23:08:25.007Z"_s);
        const QDateTime plusTwo(QDate(2002, 9, 11), QTime(1, 8, 25), Qt::OffsetFromUTC, 7200);
        QCOMPARE(XmppDateTime::format(plusTwo), u"2002-09-10T23:08:25Z"_s);
        QCOMPARE(XmppDateTime::format(QDateTime()), QString());
    }

    void stanzaIds()
    {
        // XEP-0359 example 3, and a second archive (XEP-0313 §3.4) adding its own.
        const Element stanza = stanzaFromXml(
            u"<message to='room@muc.example.org' type='groupchat'>"
            u"<body>Typical body text</body>"
            u"<stanza-id xmlns='urn:xmpp:sid:0' id='5f3dbc5e-e1d3-4077-a492-693f3769c7ad' "
            u"by='room@muc.example.org'/>"
            u"<origin-id xmlns='urn:xmpp:sid:0' id='de305d54-75b4-431b-adb2-eb6b9e546013'/>"
            u"<stanza-id xmlns='urn:xmpp:sid:0' by='juliet@capulet.lit' id='28482-98726-73623'/>"
            u"</message>"_s);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.originId, u"de305d54-75b4-431b-adb2-eb6b9e546013"_s);
        QCOMPARE(m.stanzaIds.size(), 2);
        QCOMPARE(m.stanzaIdBy(Jid::parse(u"room@muc.example.org")),
                 u"5f3dbc5e-e1d3-4077-a492-693f3769c7ad"_s);
        QCOMPARE(m.stanzaIdBy(Jid::parse(u"juliet@capulet.lit")), u"28482-98726-73623"_s);
        QCOMPARE(m.stanzaIdBy(Jid::parse(u"romeo@montague.lit")), QString());
        QVERIFY(sameMessage(roundTrip(m), m));
    }

    void malformedStanzaIds()
    {
        const QString huge(200000, u'x');
        const Message m = Message::fromElement(
            stanzaFromXml(u"<message><stanza-id xmlns='urn:xmpp:sid:0' id='no-by'/>"
                          u"<stanza-id xmlns='urn:xmpp:sid:0' by='a@b'/>"
                          u"<stanza-id xmlns='urn:xmpp:sid:0' id='bad-by' by='@@'/>"
                          u"<stanza-id xmlns='urn:xmpp:sid:0' id='first' by='a@b'/>"
                          u"<stanza-id xmlns='urn:xmpp:sid:0' id='second' by='a@b'/>"
                          u"<stanza-id xmlns='urn:xmpp:sid:1' id='other-ns' by='c@d'/>"
                          u"<stanza-id xmlns='urn:xmpp:sid:0' id='%1' by='big@example.com'/>"
                          u"<origin-id xmlns='urn:xmpp:sid:0'/></message>"_s.arg(huge)));
        QCOMPARE(m.stanzaIds.size(), 2);
        QCOMPARE(m.stanzaIdBy(Jid::parse(u"a@b")), u"first"_s); // at most one per entity
        QCOMPARE(m.stanzaIdBy(Jid::parse(u"big@example.com")), huge);
        QCOMPARE(m.stanzaIdBy(Jid::parse(u"c@d")), QString());
        QCOMPARE(m.originId, QString());
        QVERIFY(sameMessage(roundTrip(m), m));
    }

    void chatStates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ChatState>("state");
        QTest::newRow("active") << u"active"_s << ChatState::Active;
        QTest::newRow("composing") << u"composing"_s << ChatState::Composing;
        QTest::newRow("paused") << u"paused"_s << ChatState::Paused;
        QTest::newRow("inactive") << u"inactive"_s << ChatState::Inactive;
        QTest::newRow("gone") << u"gone"_s << ChatState::Gone;
        QTest::newRow("unknown") << u"dancing"_s << ChatState::None;
    }

    void chatStates()
    {
        QFETCH(QString, name);
        QFETCH(ChatState, state);
        // XEP-0085 example 2: a standalone notification.
        const Element stanza = stanzaFromXml(
            u"<message from='bernardo@shakespeare.lit/pda' "
            u"to='francisco@shakespeare.lit/elsinore' type='chat'>"
            u"<%1 xmlns='http://jabber.org/protocol/chatstates'/></message>"_s.arg(name));
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.chatState, state);
        QVERIFY(!m.hasContent());
        QCOMPARE(Message::chatStateFromName(Message::chatStateName(state)), state);
        if (state != ChatState::None)
            QCOMPARE(m.toElement(), stanza);
    }

    void chatStateWithBody()
    {
        // XEP-0085 example 1; an element of the same name elsewhere is no chat state.
        const Message m = Message::fromElement(stanzaFromXml(
            u"<message from='bernardo@shakespeare.lit/pda' to='francisco@shakespeare.lit' "
            u"type='chat'><body>Who's there?</body><composing xmlns='urn:example'/>"
            u"<shout xmlns='http://jabber.org/protocol/chatstates'/>"
            u"<active xmlns='http://jabber.org/protocol/chatstates'/>"
            u"<paused xmlns='http://jabber.org/protocol/chatstates'/></message>"_s));
        QCOMPARE(m.body, u"Who's there?"_s);
        QCOMPARE(m.chatState, ChatState::Active);
    }

    void receipts()
    {
        // XEP-0184 examples 3 and 4.
        const Element request = stanzaFromXml(
            u"<message from='northumberland@shakespeare.lit/westminster' id='richard2-4.1.247' "
            u"to='kingrichard@royalty.england.lit/throne'>"
            u"<body>My lord, dispatch; read o'er these articles.</body>"
            u"<request xmlns='urn:xmpp:receipts'/></message>"_s);
        const Message asked = Message::fromElement(request);
        QVERIFY(asked.markers.receiptRequested);
        QCOMPARE(asked.toElement(), request);

        const Element received = stanzaFromXml(
            u"<message from='kingrichard@royalty.england.lit/throne' id='bi29sg183b4v' "
            u"to='northumberland@shakespeare.lit/westminster'>"
            u"<received xmlns='urn:xmpp:receipts' id='richard2-4.1.247'/></message>"_s);
        const Message answer = Message::fromElement(received);
        QCOMPARE(answer.markers.receivedId, u"richard2-4.1.247"_s);
        QVERIFY(!answer.markers.receiptRequested);
        QCOMPARE(answer.toElement(), received);
    }

    void chatMarkers()
    {
        // XEP-0333 examples: a markable message, a received and a displayed marker.
        const Element markable = stanzaFromXml(
            u"<message from='northumberland@shakespeare.lit/westminster' id='message-1' "
            u"to='kingrichard@royalty.england.lit/throne'>"
            u"<body>My lord, dispatch; read o'er these articles.</body>"
            u"<thread>sleeping</thread>"
            u"<markable xmlns='urn:xmpp:chat-markers:0'/></message>"_s);
        const Message m = Message::fromElement(markable);
        QVERIFY(m.markers.markable);
        QCOMPARE(m.thread, u"sleeping"_s);
        QCOMPARE(m.toElement(), markable);

        const Message received = Message::fromElement(stanzaFromXml(
            u"<message from='kingrichard@royalty.england.lit/throne' id='message-2' "
            u"to='northumberland@shakespeare.lit/westminster'><thread>sleeping</thread>"
            u"<received xmlns='urn:xmpp:chat-markers:0' id='message-1'/></message>"_s));
        QCOMPARE(received.markers.receivedId, u"message-1"_s);

        const Element displayed = stanzaFromXml(
            u"<message from='coven@chat.shakespeare.lit/secondwitch' "
            u"to='coven@chat.shakespeare.lit' id='message-2' type='groupchat'>"
            u"<thread>Act IV, Scene I</thread>"
            u"<displayed xmlns='urn:xmpp:chat-markers:0' id='39K7ZYIp'/></message>"_s);
        const Message seen = Message::fromElement(displayed);
        QCOMPARE(seen.markers.displayedId, u"39K7ZYIp"_s);
        QCOMPARE(seen.toElement(), displayed);
    }

    void correction()
    {
        // XEP-0308 example 4.
        const Element stanza =
            stanzaFromXml(u"<message to='juliet@capulet.net/balcony' id='good1'>"
                          u"<body>But soft, what light through yonder window breaks?</body>"
                          u"<replace id='bad1' xmlns='urn:xmpp:message-correct:0'/></message>"_s);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.replaceId, u"bad1"_s);
        QCOMPARE(m.id, u"good1"_s);
        QCOMPARE(m.toElement(), stanza);
    }

    void storageHints_data()
    {
        QTest::addColumn<QString>("hint");
        QTest::addColumn<bool>("noStore");
        QTest::newRow("no-store") << u"no-store"_s << true;
        QTest::newRow("no-permanent-store") << u"no-permanent-store"_s << true;
        QTest::newRow("no-copy") << u"no-copy"_s << false;
        QTest::newRow("store") << u"store"_s << false;
    }

    void storageHints()
    {
        QFETCH(QString, hint);
        QFETCH(bool, noStore);
        // XEP-0334 example 2.
        const Message m = Message::fromElement(stanzaFromXml(
            u"<message to='juliet@capulet.lit/laptop' from='romeo@montague.lit/laptop'>"
            u"<thread>0e3141cd80894871a68e6fe6b1ec56fa</thread>"
            u"<body>V unir avtug'f pybnx gb uvqr zr sebz gurve fvtug</body>"
            u"<%1 xmlns='urn:xmpp:hints'/></message>"_s.arg(hint)));
        QCOMPARE(m.noStore, noStore);
        QCOMPARE(roundTrip(m).noStore, noStore);
    }

    void errorMessage()
    {
        // RFC 6121 §5.2.2 / RFC 6120 §8.3: a bounced message.
        const Element stanza =
            stanzaFromXml(u"<message from='romeo@example.net' id='ktx72v49' "
                          u"to='juliet@example.com/balcony' type='error'>"
                          u"<error type='cancel'>"
                          u"<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          u"</error></message>"_s);
        const Message m = Message::fromElement(stanza);
        QCOMPARE(m.type, MessageType::Error);
        QVERIFY(m.error);
        QCOMPARE(m.error->condition, StanzaErrorCondition::ServiceUnavailable);
        QCOMPARE(m.error->type, StanzaErrorType::Cancel);
        QVERIFY(!m.error->humanSentence().isEmpty());
        QVERIFY(sameMessage(roundTrip(m), m));

        // Type error without <error/>: still an error, of an undefined condition.
        const Message bare = Message::fromElement(stanzaFromXml(u"<message type='error'/>"_s));
        QVERIFY(bare.error);
        QCOMPARE(bare.error->condition, StanzaErrorCondition::UndefinedCondition);
        // An <error/> in a message of another type is not an error.
        const Message chat = Message::fromElement(stanzaFromXml(
            u"<message type='chat'><body>x</body><error type='cancel'>"
            u"<gone xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"_s));
        QVERIFY(!chat.error);
    }

    void everythingRoundTrips()
    {
        Message m;
        m.type = MessageType::Chat;
        m.from = Jid::parse(u"romeo@montague.lit/orchard");
        m.to = Jid::parse(u"juliet@capulet.lit");
        m.id = u"id-1"_s;
        m.lang = u"en"_s;
        m.body = u"<b>not markup</b> & \"quotes\"\nsecond line"_s;
        m.subject = u"Subject"_s;
        m.thread = u"thread-1"_s;
        m.originId = u"origin-1"_s;
        m.stanzaIds = {{u"s1"_s, Jid::parse(u"romeo@montague.lit")},
                       {u"s2"_s, Jid::parse(u"room@muc.example.org")}};
        m.delayedAt = utc(2010, 7, 10, 23, 8, 25, 250);
        m.chatState = ChatState::Active;
        m.markers = {true, u"r1"_s, true, u"d1"_s};
        m.replaceId = u"old-1"_s;
        m.noStore = true;
        QVERIFY(sameMessage(roundTrip(m), m));

        QCOMPARE(Message().toElement(), Element(u"message"_s, ns::Client.toString()));
    }

    void malformedInputIsSurvived()
    {
        // Duplicates: the first of each wins; elements without their attributes say nothing.
        const Message m = Message::fromElement(stanzaFromXml(
            u"<message from='not a jid@' to='' type='chat'>"
            u"<body>one</body><body>two</body>"
            u"<delay xmlns='urn:xmpp:delay'/>"
            u"<delay xmlns='urn:xmpp:delay' stamp='2002-09-10T23:08:25Z'/>"
            u"<replace xmlns='urn:xmpp:message-correct:0'/>"
            u"<displayed xmlns='urn:xmpp:chat-markers:0'/>"
            u"<received xmlns='urn:xmpp:receipts'/>"
            u"<origin-id xmlns='urn:xmpp:sid:0' id='o1'/><origin-id xmlns='urn:xmpp:sid:0' "
            u"id='o2'/><thread/><body xmlns='urn:example'>three</body>"
            u"<subject><b xmlns='urn:example'>nested</b></subject></message>"_s));
        QCOMPARE(m.type, MessageType::Chat);
        QVERIFY(!m.from.isValid());
        QVERIFY(!m.to.isValid());
        QCOMPARE(m.body, u"one"_s);
        QVERIFY(!m.delayedAt.isValid()); // the first <delay/> has no stamp
        QCOMPARE(m.replaceId, QString());
        QCOMPARE(m.markers, DeliveryMarkers{});
        QCOMPARE(m.originId, u"o1"_s);
        QCOMPARE(m.thread, QString());
        QVERIFY(sameMessage(roundTrip(m), m));

        // Not even a message, or nothing at all.
        const Message null = Message::fromElement(Element());
        QCOMPARE(null.type, MessageType::Normal);
        QVERIFY(!null.hasContent());
        const Message presence = Message::fromElement(
            stanzaFromXml(u"<presence from='a@b/c'><body>odd</body></presence>"_s));
        QCOMPARE(presence.from, Jid::parse(u"a@b/c"));
    }
};

QTEST_GUILESS_MAIN(MessageTest)
#include "tst_message.moc"

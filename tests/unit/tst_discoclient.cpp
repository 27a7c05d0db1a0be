// DiscoClient over a recording stream: the XEP-0030 examples, the session cache, one IQ for
// identical concurrent requests, and errors per request.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "disco/DiscoClient.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid server = Jid::parse(u"shakespeare.lit");

// XEP-0030 §4.2, "Result of items request".
Element itemsReply(const Element &request)
{
    Element reply =
        parseClientStanza(u"<iq type='result' from='shakespeare.lit' to='alice@localhost/desk'>"
                          "<query xmlns='http://jabber.org/protocol/disco#items'>"
                          "<item jid='people.shakespeare.lit' name='Directory of Characters'/>"
                          "<item jid='plays.shakespeare.lit' name='Play-Specific Chatrooms'/>"
                          "<item jid='mim.shakespeare.lit' name='Gateway to Marlowe IM'/>"
                          "<item jid='words.shakespeare.lit' name='Shakespearean Lexicon'/>"
                          "<item jid='globe.shakespeare.lit' name='Calendar of Performances'/>"
                          "<item jid='headlines.shakespeare.lit' name='Latest Shakespearean News'/>"
                          "<item jid='catalog.shakespeare.lit' name='Buy Shakespeare Stuff!'/>"
                          "<item jid='en2fr.shakespeare.lit' name='French Translation Service'/>"
                          "<item jid='not a jid@@' name='Broken'/>"
                          "</query></iq>"_s);
    reply.setAttribute(u"id"_s, request.attribute(u"id"));
    return reply;
}

// XEP-0030 §3.1, "Result of information request" (to the server, no node).
Element infoReply(const Element &request, const QString &from = u"plays.shakespeare.lit"_s)
{
    Element reply = parseClientStanza(
        u"<iq type='result' to='alice@localhost/desk'>"
        "<query xmlns='http://jabber.org/protocol/disco#info'>"
        "<identity category='conference' type='text' name='Play-Specific Chatrooms'/>"
        "<identity category='directory' type='chatroom' name='Play-Specific Chatrooms'/>"
        "<feature var='http://jabber.org/protocol/disco#info'/>"
        "<feature var='http://jabber.org/protocol/disco#items'/>"
        "<feature var='http://jabber.org/protocol/muc'/>"
        "<feature var='jabber:iq:register'/>"
        "<feature var='jabber:iq:search'/>"
        "<feature var='jabber:iq:time'/>"
        "<feature var='jabber:iq:version'/>"
        "</query></iq>"_s);
    reply.setAttribute(u"id"_s, request.attribute(u"id"));
    reply.setAttribute(u"from"_s, from);
    return reply;
}

Element errorReply(const Element &request, const QString &condition)
{
    Element reply(u"iq"_s, ns::Client.toString());
    reply.setAttribute(u"type"_s, u"error"_s);
    reply.setAttribute(u"id"_s, request.attribute(u"id"));
    reply.setAttribute(u"from"_s, request.attribute(u"to"));
    Element &error = reply.addChild(u"error"_s, ns::Client.toString());
    error.setAttribute(u"type"_s, u"cancel"_s);
    error.addChild(condition, ns::StanzaErrors.toString());
    return reply;
}

} // namespace

class DiscoClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asksForItemsAndReadsThem()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        DiscoItemsResult result;
        disco.items(server, {}, [&](const DiscoItemsResult &r) { result = r; });
        QCOMPARE(stream.sent.size(), 1);
        const Element request = stream.sent[0];
        QCOMPARE(request.attribute(u"type"), u"get"_s);
        QCOMPARE(request.attribute(u"to"), u"shakespeare.lit"_s);
        const Element query = request.firstChild(u"query", ns::DiscoItems);
        QVERIFY(!query.isNull());
        QVERIFY(!query.hasAttribute(u"node"));

        stream.receive(itemsReply(request));
        QVERIFY(result.ok);
        QCOMPARE(result.items.size(), 8); // the item with a broken address is left out
        QCOMPARE(
            result.items[1],
            (DiscoItem{Jid::parse(u"plays.shakespeare.lit"), {}, u"Play-Specific Chatrooms"_s}));
    }

    void asksForInfoOnANode()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        const Jid plays = Jid::parse(u"plays.shakespeare.lit");
        DiscoInfoResult result;
        disco.info(plays, u"some/node"_s, [&](const DiscoInfoResult &r) { result = r; });
        const Element request = stream.sent.value(0);
        QCOMPARE(request.firstChild(u"query", ns::DiscoInfo).attribute(u"node"), u"some/node"_s);
        stream.receive(infoReply(request));
        QVERIFY(result.ok);
        QCOMPARE(result.info.node, u"some/node"_s);
        QCOMPARE(result.info.identities.size(), 2);
        QCOMPARE(result.info.identities[0].category, u"conference"_s);
        QVERIFY(result.info.hasFeature(ns::Register));
    }

    void answersFromTheCacheUntilRefreshed()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        int answers = 0;
        disco.items(server, {}, [&](const DiscoItemsResult &) { ++answers; });
        stream.receive(itemsReply(stream.sent[0]));
        QCOMPARE(answers, 1);

        DiscoItemsResult cached;
        disco.items(server, {}, [&](const DiscoItemsResult &r) {
            cached = r;
            ++answers;
        });
        QCOMPARE(answers, 2); // at once
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(cached.items.size(), 8);
        QVERIFY(disco.cachedItems(server, {}));
        QVERIFY(!disco.cachedItems(server, u"other"_s));

        disco.items(server, u"other"_s, {});
        QCOMPARE(stream.sent.size(), 2); // another node is another question

        disco.items(
            server, {}, [&](const DiscoItemsResult &) { ++answers; }, true);
        QCOMPARE(stream.sent.size(), 3);
        stream.receive(itemsReply(stream.sent[2]));
        QCOMPARE(answers, 3);

        disco.clearCache();
        disco.items(server, {}, {});
        QCOMPARE(stream.sent.size(), 4);
    }

    void goingOfflineForgetsTheCache()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        disco.info(server, {}, {});
        stream.receive(infoReply(stream.sent[0], server.toString()));
        QVERIFY(disco.cachedInfo(server, {}));
        Q_EMIT stream.onlineChanged(false);
        QVERIFY(!disco.cachedInfo(server, {}));
    }

    void identicalRequestsShareOneIq()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        const Jid plays = Jid::parse(u"plays.shakespeare.lit");
        QList<DiscoInfoResult> results;
        for (int i = 0; i < 3; ++i)
            disco.info(plays, {}, [&](const DiscoInfoResult &r) { results.append(r); });
        disco.info(
            plays, {}, [&](const DiscoInfoResult &r) { results.append(r); }, true);
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(disco.pendingCount(), 1);
        stream.receive(infoReply(stream.sent[0]));
        QCOMPARE(results.size(), 4);
        for (const DiscoInfoResult &r : std::as_const(results))
            QCOMPARE(r.info, results[0].info);
        QCOMPARE(disco.pendingCount(), 0);
    }

    void onlyTheEntityAskedMayAnswer()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        bool answered = false;
        disco.info(Jid::parse(u"plays.shakespeare.lit"), {},
                   [&](const DiscoInfoResult &) { answered = true; });
        stream.receive(infoReply(stream.sent[0], u"evil.example"_s));
        QVERIFY(!answered);
        stream.receive(infoReply(stream.sent[0]));
        QVERIFY(answered);
    }

    void errorsAreSentencesPerRequest()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        const Jid a = Jid::parse(u"a.shakespeare.lit");
        const Jid b = Jid::parse(u"b.shakespeare.lit");
        const Jid c = Jid::parse(u"c.shakespeare.lit");
        DiscoItemsResult ra, rb, rc;
        disco.items(a, {}, [&](const DiscoItemsResult &r) { ra = r; });
        disco.items(b, {}, [&](const DiscoItemsResult &r) { rb = r; });
        disco.items(c, {}, [&](const DiscoItemsResult &r) { rc = r; });
        stream.receive(errorReply(stream.sent[0], u"item-not-found"_s));
        stream.receive(errorReply(stream.sent[1], u"service-unavailable"_s));
        stream.receive(itemsReply(stream.sent[2]).setAttribute(u"from"_s, c.toString()));
        QVERIFY(!ra.ok);
        QCOMPARE(ra.error, u"The requested item was not found."_s);
        QVERIFY(!rb.ok);
        QCOMPARE(rb.error, u"The recipient does not offer this service."_s);
        QVERIFY(rc.ok);
        // Errors are not cached: asking again asks again.
        disco.items(a, {}, {});
        QCOMPARE(stream.sent.size(), 4);
    }

    void timeoutsAndLostSessionsAreSentences()
    {
        RecordingStream stream;
        DiscoClient disco(stream);
        disco.setTimeout(50);
        DiscoInfoResult slow;
        bool answered = false;
        disco.info(Jid::parse(u"slow.shakespeare.lit"), {}, [&](const DiscoInfoResult &r) {
            slow = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!slow.ok);
        QCOMPARE(slow.error, u"slow.shakespeare.lit did not answer in time."_s);

        DiscoItemsResult lost;
        disco.items(server, {}, [&](const DiscoItemsResult &r) { lost = r; });
        stream.endSession(u"The connection was lost."_s);
        QVERIFY(!lost.ok);
        QCOMPARE(lost.error, u"The connection was lost."_s);
    }

    void aDestroyedClientIsNotCalled()
    {
        RecordingStream stream;
        bool answered = false;
        {
            DiscoClient disco(stream);
            disco.items(server, {}, [&](const DiscoItemsResult &) { answered = true; });
        }
        stream.receive(itemsReply(stream.sent[0]));
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(DiscoClientTest)
#include "tst_discoclient.moc"

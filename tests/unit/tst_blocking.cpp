// Blocking (XEP-0191) over a recording stream, with the XEP's examples.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Blocking.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

Element answer(const Element &request, const QString &payloadXml = {})
{
    return stanzaFromXml(
        u"<iq type='result' id='%1'>%2</iq>"_s.arg(request.attribute(u"id"), payloadXml));
}

} // namespace

class BlockingTest : public QObject
{
    Q_OBJECT
private:
    // A Blocking whose blocklist fetch was answered with items.
    static void load(RecordingStream &stream, Blocking &blocking, const QString &itemsXml)
    {
        QVERIFY(QTest::qWaitFor([&] { return !stream.sent.isEmpty(); }, 5000));
        const Element get = stream.sent.takeFirst();
        QCOMPARE(get,
                 stanzaFromXml(u"<iq type='get' id='%1'><blocklist "
                               u"xmlns='urn:xmpp:blocking'/></iq>"_s.arg(get.attribute(u"id"))));
        stream.receive(
            answer(get, u"<blocklist xmlns='urn:xmpp:blocking'>%1</blocklist>"_s.arg(itemsXml)));
        QVERIFY(blocking.isLoaded());
    }

private Q_SLOTS:
    void fetchesTheBlocklist()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        QSignalSpy changed(&blocking, &Blocking::changed);
        load(stream, blocking,
             u"<item jid='romeo@montague.net'/><item jid='iago@shakespeare.lit'/>"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(blocking.blocklist().size(), 2);
        QVERIFY(blocking.isBlocked(Jid::parse(u"romeo@montague.net/orchard")));
        QVERIFY(blocking.isBlocked(Jid::parse(u"iago@shakespeare.lit")));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"juliet@capulet.com")));
    }

    void emptyBlocklist()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        load(stream, blocking, {});
        QVERIFY(blocking.blocklist().isEmpty());
    }

    void matchingFollowsTheXep()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        load(stream, blocking,
             u"<item jid='a@example.com/phone'/><item jid='server.example/bot'/>"
             u"<item jid='evil.example'/>"_s);
        QVERIFY(blocking.isBlocked(Jid::parse(u"a@example.com/phone")));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"a@example.com/desk")));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"a@example.com")));
        QVERIFY(blocking.isBlocked(Jid::parse(u"server.example/bot")));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"server.example")));
        QVERIFY(blocking.isBlocked(Jid::parse(u"evil.example")));
        QVERIFY(blocking.isBlocked(Jid::parse(u"anyone@evil.example/x")));
        QVERIFY(blocking.isBlocked(Jid::parse(u"muc.evil.example")));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"notevil.example")));
    }

    void blockAndUnblockCommands()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        load(stream, blocking, {});
        std::optional<IqResponse> response;
        blocking.block({Jid::parse(u"romeo@montague.net")},
                       [&](const IqResponse &r) { response = r; });
        const Element block = stream.sent.takeFirst();
        QCOMPARE(block, stanzaFromXml(u"<iq type='set' id='%1'><block xmlns='urn:xmpp:blocking'>"
                                      u"<item jid='romeo@montague.net'/></block></iq>"_s.arg(
                                          block.attribute(u"id"))));
        stream.receive(answer(block));
        QVERIFY(response && response->ok());

        blocking.unblock({Jid::parse(u"romeo@montague.net")});
        const Element unblock = stream.sent.takeFirst();
        QCOMPARE(unblock,
                 stanzaFromXml(u"<iq type='set' id='%1'><unblock xmlns='urn:xmpp:blocking'>"
                               u"<item jid='romeo@montague.net'/></unblock></iq>"_s.arg(
                                   unblock.attribute(u"id"))));
        blocking.unblockAll();
        const Element all = stream.sent.takeFirst();
        QCOMPARE(all,
                 stanzaFromXml(u"<iq type='set' id='%1'><unblock "
                               u"xmlns='urn:xmpp:blocking'/></iq>"_s.arg(all.attribute(u"id"))));
    }

    void emptyOrInvalidBlockFailsWithASentence()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        load(stream, blocking, {});
        std::optional<IqResponse> response;
        blocking.block({}, [&](const IqResponse &r) { response = r; });
        QTRY_VERIFY(response.has_value());
        QVERIFY(!response->ok());
        QVERIFY(!response->sentence.isEmpty());
        QVERIFY(stream.sent.isEmpty());
    }

    void pushesChangeTheList()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        load(stream, blocking, u"<item jid='iago@shakespeare.lit'/>"_s);
        QSignalSpy changed(&blocking, &Blocking::changed);
        stream.receive(stanzaFromXml(
            u"<iq to='alice@localhost/desk' type='set' id='push1'>"
            u"<block xmlns='urn:xmpp:blocking'><item jid='romeo@montague.net'/></block></iq>"_s));
        QVERIFY(blocking.isBlocked(Jid::parse(u"romeo@montague.net")));
        QCOMPARE(stream.sent.takeFirst().attribute(u"type"), u"result"_s);

        stream.receive(stanzaFromXml(
            u"<iq from='alice@localhost' type='set' id='push3'><unblock "
            u"xmlns='urn:xmpp:blocking'><item jid='romeo@montague.net'/></unblock></iq>"_s));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"romeo@montague.net")));
        QVERIFY(blocking.isBlocked(Jid::parse(u"iago@shakespeare.lit")));

        stream.receive(stanzaFromXml(u"<iq type='set' id='push5'><unblock "
                                     u"xmlns='urn:xmpp:blocking'/></iq>"_s));
        QVERIFY(blocking.blocklist().isEmpty());
        QCOMPARE(changed.size(), 3);
    }

    void spoofedPushesAreIgnored()
    {
        RecordingStream stream;
        Blocking blocking(stream);
        load(stream, blocking, u"<item jid='iago@shakespeare.lit'/>"_s);
        QSignalSpy changed(&blocking, &Blocking::changed);
        stream.receive(stanzaFromXml(u"<iq from='iago@shakespeare.lit/x' type='set' id='s1'>"
                                     u"<unblock xmlns='urn:xmpp:blocking'/></iq>"_s));
        stream.receive(stanzaFromXml(u"<iq from='alice@localhost/other' type='set' id='s2'>"
                                     u"<block xmlns='urn:xmpp:blocking'><item "
                                     u"jid='juliet@capulet.com'/></block></iq>"_s));
        QCOMPARE(changed.size(), 0);
        QVERIFY(blocking.isBlocked(Jid::parse(u"iago@shakespeare.lit")));
        QVERIFY(!blocking.isBlocked(Jid::parse(u"juliet@capulet.com")));
        QCOMPARE(stream.sent.size(), 2);
        for (const Element &reply : std::as_const(stream.sent))
            QCOMPARE(reply.attribute(u"type"), u"error"_s);
    }
};

QTEST_GUILESS_MAIN(BlockingTest)
#include "tst_blocking.moc"

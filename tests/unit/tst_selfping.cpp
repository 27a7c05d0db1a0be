// SelfPing (XEP-0410) over a recording stream: the ping's shape and the decision for each
// answer the XEP lists, with short intervals.
#include "HistoryTestSupport.h"
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "muc/Room.h"
#include "muc/SelfPing.h"
#include "xml/namespaces.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid characters = Jid::parse(u"characters@chat.shakespeare.lit");

QList<Element> pings(const QList<Element> &sent)
{
    QList<Element> found;
    for (const Element &e : sent) {
        if (e.is(u"iq", ns::Client) && !e.firstChild(u"ping", ns::Ping).isNull())
            found.append(e);
    }
    return found;
}

Element errorAnswer(const Element &ping, const QString &condition)
{
    Element answer = parseClientStanza(
        u"<iq type='error'><error type='cancel' by='characters@chat.shakespeare.lit'><%1 "
        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(condition));
    answer.setAttribute(u"id"_s, ping.attribute(u"id"));
    answer.setAttribute(u"from"_s, ping.attribute(u"to"));
    return answer;
}

Element resultAnswer(const Element &ping)
{
    Element answer = parseClientStanza(u"<iq type='result'/>"_s);
    answer.setAttribute(u"id"_s, ping.attribute(u"id"));
    answer.setAttribute(u"from"_s, ping.attribute(u"to"));
    return answer;
}

struct Setup
{
    RecordingStream stream{Jid::parse(u"juliet@capulet.lit/client")};
    HistoryFixture history;
    Room room{stream, *history.store, characters};
    SelfPing ping{stream, room};

    Setup()
    {
        room.join({u"JuliC"_s, {}, {}});
        // XEP-0045 §7.2.3: the room's presence of us ends the join (MucManager would route it).
        room.handlePresence(parseClientStanza(
            u"<presence from='characters@chat.shakespeare.lit/JuliC' "
            "to='juliet@capulet.lit/client'><x xmlns='http://jabber.org/protocol/muc#user'>"
            "<item affiliation='member' role='participant'/><status code='110'/></x>"
            "</presence>"_s));
        if (room.state() != Room::State::Joined)
            qFatal("the room did not take our presence");
        stream.sent.clear();
        ping.setInterval(60 * 60 * 1000); // the tests ping by hand unless they say otherwise
    }
};

} // namespace

class SelfPingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pingsOurOccupantJid()
    {
        Setup s;
        s.ping.pingNow();
        QCOMPARE(pings(s.stream.sent).size(), 1);
        Element sent = pings(s.stream.sent).constFirst();
        sent.removeAttribute(u"id");
        // XEP-0410 §3.2, "Self-Ping by Juliet's Client" (less the from and id).
        QCOMPARE(sent,
                 parseClientStanza(u"<iq type='get' to='characters@chat.shakespeare.lit/JuliC'>"
                                   "<ping xmlns='urn:xmpp:ping'/></iq>"_s));
        // One at a time.
        s.ping.pingNow();
        QCOMPARE(pings(s.stream.sent).size(), 1);
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("rejoin");
        QTest::newRow("result") << QString() << false;
        QTest::newRow("service-unavailable") << u"service-unavailable"_s << false;
        QTest::newRow("feature-not-implemented") << u"feature-not-implemented"_s << false;
        // The XEP: the occupant just changed nick (another client of ours).
        QTest::newRow("item-not-found") << u"item-not-found"_s << false;
        QTest::newRow("not-acceptable") << u"not-acceptable"_s << true;
        QTest::newRow("not-allowed") << u"not-allowed"_s << true;
        QTest::newRow("bad-request") << u"bad-request"_s << true;
        QTest::newRow("remote-server-not-found") << u"remote-server-not-found"_s << true;
    }

    void decisions()
    {
        QFETCH(QString, condition);
        QFETCH(bool, rejoin);
        Setup s;
        QSignalSpy rejoinNeeded(&s.ping, &SelfPing::rejoinNeeded);
        s.ping.pingNow();
        const Element ping = pings(s.stream.sent).constFirst();
        s.stream.receive(condition.isEmpty() ? resultAnswer(ping) : errorAnswer(ping, condition));
        QCOMPARE(rejoinNeeded.count(), rejoin ? 1 : 0);
        // Answered: the next ping may go.
        s.ping.pingNow();
        QCOMPARE(pings(s.stream.sent).size(), 2);
    }

    void timeoutAsksAgainBeforeDeciding()
    {
        Setup s;
        QSignalSpy rejoinNeeded(&s.ping, &SelfPing::rejoinNeeded);
        s.ping.setTimeout(30);
        s.ping.pingNow();
        QTRY_VERIFY(pings(s.stream.sent).size() >= 3);
        QCOMPARE(rejoinNeeded.count(), 0);
        const Element last = pings(s.stream.sent).constLast();
        s.stream.receive(errorAnswer(last, u"not-acceptable"_s));
        QCOMPARE(rejoinNeeded.count(), 1);
    }

    void pingsEveryInterval()
    {
        Setup s;
        s.ping.setInterval(20);
        QTRY_COMPARE(pings(s.stream.sent).size(), 1);
        s.stream.receive(resultAnswer(pings(s.stream.sent).constFirst()));
        QTRY_COMPARE(pings(s.stream.sent).size(), 2);
    }

    void activityPutsThePingOff()
    {
        Setup s;
        s.ping.setInterval(400);
        // The room keeps talking: no ping is needed.
        QElapsedTimer talking;
        talking.start();
        while (talking.elapsed() < 800) {
            s.ping.noteActivity();
            QTest::qWait(20);
        }
        QVERIFY(pings(s.stream.sent).isEmpty());
        // Then silence: a ping.
        QTRY_COMPARE(pings(s.stream.sent).size(), 1);
    }

    void quietWhileTheRoomIsNotJoined()
    {
        Setup s;
        Q_EMIT s.room.stateChanged(Room::State::NotJoined);
        s.ping.pingNow();
        QVERIFY(pings(s.stream.sent).isEmpty());
        Q_EMIT s.room.stateChanged(Room::State::Joined);
        s.ping.pingNow();
        QCOMPARE(pings(s.stream.sent).size(), 1);
        // An answer to a ping from before the room state changed decides nothing.
        QSignalSpy rejoinNeeded(&s.ping, &SelfPing::rejoinNeeded);
        Q_EMIT s.room.stateChanged(Room::State::Joining);
        s.stream.receive(errorAnswer(pings(s.stream.sent).constFirst(), u"not-acceptable"_s));
        QCOMPARE(rejoinNeeded.count(), 0);
    }
};

QTEST_GUILESS_MAIN(SelfPingTest)
#include "tst_selfping.moc"

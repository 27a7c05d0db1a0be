// XEP-0198 bookkeeping: the counter and queue on their own, then StreamManagement driven
// through a recording writer (what it would put on the wire) and the nonzas it is fed.
#include "stream/StanzaAckQueue.h"
#include "stream/StreamManagement.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
Element message(int n)
{
    Element stanza(u"message"_s, ns::Client.toString());
    stanza.setAttribute(u"id"_s, u"m%1"_s.arg(n));
    return stanza;
}

QStringList ids(const QList<Element> &stanzas)
{
    QStringList result;
    for (const Element &stanza : stanzas)
        result.append(stanza.attribute(u"id"));
    return result;
}

Element sm(const QString &name, const QList<std::pair<QString, QString>> &attributes = {})
{
    Element element(name, ns::StreamManagement.toString());
    for (const auto &[key, value] : attributes)
        element.setAttribute(key, value);
    return element;
}

// What StreamManagement writes, and the stanzas it reports acknowledged.
struct Wire
{
    QList<Element> written;
    QStringList acknowledged;
    QObject connection;

    void attach(StreamManagement &management)
    {
        management.attach(&connection, [this](const Element &e) { written.append(e); });
    }
    int count(const QString &name) const
    {
        return int(std::count_if(written.begin(), written.end(),
                                 [&](const Element &e) { return e.name() == name; }));
    }
    QStringList stanzaIds() const
    {
        QStringList result;
        for (const Element &e : written)
            if (e.name() == u"message")
                result.append(e.attribute(u"id"));
        return result;
    }
};

// Enabled, resumable for maxSeconds, with the wire attached and recording.
void enableResumable(StreamManagement &management, Wire &wire, const QString &max = u"60"_s)
{
    wire.attach(management);
    QObject::connect(
        &management, &StreamManagement::stanzaAcknowledged, &management,
        [&wire](const Element &stanza) { wire.acknowledged.append(stanza.attribute(u"id")); });
    management.enable(Jid::parse(u"alice@localhost/desk"_s));
    management.handle(
        sm(u"enabled"_s, {{u"id"_s, u"sm-1"_s}, {u"resume"_s, u"true"_s}, {u"max"_s, max}}));
}
} // namespace

class StreamManagementTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queueReleasesInOrder()
    {
        StanzaAckQueue queue;
        for (int i = 1; i <= 5; ++i)
            queue.append(message(i), true);
        QList<Element> released;
        QCOMPARE(queue.acknowledge(0, &released), StanzaAckQueue::AckOutcome::Accepted);
        QVERIFY(released.isEmpty());
        QCOMPARE(queue.acknowledge(2, &released), StanzaAckQueue::AckOutcome::Accepted);
        QCOMPARE(ids(released), QStringList({u"m1"_s, u"m2"_s}));
        released.clear();
        QCOMPARE(queue.acknowledge(5, &released), StanzaAckQueue::AckOutcome::Accepted);
        QCOMPARE(ids(released), QStringList({u"m3"_s, u"m4"_s, u"m5"_s}));
        QCOMPARE(queue.size(), 0);
        QCOMPARE(queue.acknowledged(), 5u);
    }

    void queueWrapsAt2To32()
    {
        StanzaAckQueue queue;
        queue.reset(0xFFFFFFFEu);
        for (int i = 1; i <= 4; ++i)
            queue.append(message(i), true);
        QCOMPARE(queue.sentCount(), 2u); // 2^32 - 2 + 4, modulo 2^32
        QList<Element> released;
        QCOMPARE(queue.acknowledge(0, &released), StanzaAckQueue::AckOutcome::Accepted);
        QCOMPARE(ids(released), QStringList({u"m1"_s, u"m2"_s}));
        released.clear();
        QCOMPARE(queue.acknowledge(2, &released), StanzaAckQueue::AckOutcome::Accepted);
        QCOMPARE(ids(released), QStringList({u"m3"_s, u"m4"_s}));

        queue.reset(0xFFFFFFFFu);
        queue.noteReceived();
        QCOMPARE(queue.received(), 0u);
    }

    void queueRefusesHBeyondSent()
    {
        StanzaAckQueue queue;
        queue.append(message(1), true);
        queue.append(message(2), true);
        queue.append(message(3), false); // held: not on the wire, cannot be acknowledged
        QList<Element> released;
        QCOMPARE(queue.acknowledge(3, &released), StanzaAckQueue::AckOutcome::TooHigh);
        QVERIFY(released.isEmpty());
        QCOMPARE(queue.size(), 3);
        QCOMPARE(queue.acknowledged(), 0u);

        queue.reset(0xFFFFFFFFu);
        queue.append(message(1), true);
        QCOMPARE(queue.acknowledge(1, &released), StanzaAckQueue::AckOutcome::TooHigh);
        QCOMPARE(queue.acknowledge(0, &released), StanzaAckQueue::AckOutcome::Accepted);
    }

    void queueIgnoresBackwardsH()
    {
        StanzaAckQueue queue;
        queue.reset(0xFFFFFFFEu);
        for (int i = 1; i <= 4; ++i)
            queue.append(message(i), true);
        QList<Element> released;
        QCOMPARE(queue.acknowledge(1, &released), StanzaAckQueue::AckOutcome::Accepted);
        QCOMPARE(released.size(), 3);
        released.clear();
        QCOMPARE(queue.acknowledge(0xFFFFFFFFu, &released), StanzaAckQueue::AckOutcome::Stale);
        QCOMPARE(queue.acknowledge(0, &released), StanzaAckQueue::AckOutcome::Stale);
        QVERIFY(released.isEmpty());
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.acknowledged(), 1u);
    }

    void heldStanzasGoOutInOrder()
    {
        StanzaAckQueue queue;
        queue.append(message(1), true);
        queue.append(message(2), false);
        queue.append(message(3), false);
        QCOMPARE(queue.held(), 2);
        QCOMPARE(ids(queue.markAllSent()), QStringList({u"m1"_s, u"m2"_s, u"m3"_s}));
        QCOMPARE(queue.held(), 0);
        QCOMPARE(queue.acknowledge(3, nullptr), StanzaAckQueue::AckOutcome::Accepted);
    }

    void enableCountsFromEnable()
    {
        StreamManagement management;
        Wire wire;
        wire.attach(management);
        management.enable(Jid::parse(u"alice@localhost/desk"_s));
        QCOMPARE(wire.written.size(), 1);
        QVERIFY(wire.written[0].is(u"enable", ns::StreamManagement));
        QCOMPARE(wire.written[0].attribute(u"resume"), u"true"_s);
        QVERIFY(management.isActive());

        // Sent after <enable/> but before <enabled/>: the server counts them already.
        management.send(message(1));
        management.send(message(2));
        management.noteReceived(); // before <enabled/>: the server does not count it
        QCoreApplication::processEvents();
        QCOMPARE(wire.count(u"r"_s), 0); // no request before <enabled/>
        QSignalSpy acked(&management, &StreamManagement::stanzaAcknowledged);
        QCOMPARE(management.handle(sm(u"enabled"_s, {{u"id"_s, u"abc"_s},
                                                     {u"resume"_s, u"1"_s},
                                                     {u"max"_s, u"120"_s},
                                                     {u"location"_s, u"[::1]:5222"_s}})),
                 StreamManagement::Result::Enabled);
        QCOMPARE(management.resumeId(), u"abc"_s);
        QVERIFY(management.resumeGranted());
        QCOMPARE(management.maxResumeSeconds(), 120);
        QCOMPARE(management.location(), u"[::1]:5222"_s);
        QTRY_COMPARE(wire.count(u"r"_s), 1);
        QCOMPARE(management.handle(sm(u"a"_s, {{u"h"_s, u"2"_s}})),
                 StreamManagement::Result::Handled);
        QCOMPARE(acked.size(), 2);
        QCOMPARE(acked[0][0].value<Element>().attribute(u"id"), u"m1"_s);
        QCOMPARE(acked[1][0].value<Element>().attribute(u"id"), u"m2"_s);

        management.handle(sm(u"r"_s));
        QCOMPARE(wire.written.last().name(), u"a"_s);
        QCOMPARE(wire.written.last().attribute(u"h"), u"0"_s);
    }

    void ackRequestsAreCoalesced()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        QCoreApplication::processEvents();
        QCOMPARE(wire.count(u"r"_s), 0); // nothing sent, nothing to ask about
        for (int i = 1; i <= 10; ++i)
            management.send(message(i));
        QCOMPARE(wire.count(u"r"_s), 0); // not in the same turn
        QCoreApplication::processEvents();
        QCOMPARE(wire.count(u"r"_s), 1);
        QCoreApplication::processEvents();
        QCOMPARE(wire.count(u"r"_s), 1);
        management.send(message(11));
        management.send(message(12));
        QCoreApplication::processEvents();
        QCOMPARE(wire.count(u"r"_s), 2);
        management.handle(sm(u"a"_s, {{u"h"_s, u"12"_s}}));
        QCOMPARE(wire.acknowledged.size(), 12);
        QCOMPARE(wire.acknowledged.last(), u"m12"_s);
    }

    void nonzasAreNotCounted()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        management.send(Element(u"inactive"_s, ns::Csi.toString()));
        QCOMPARE(wire.written.last().name(), u"inactive"_s);
        management.send(message(1));
        QCOMPARE(management.queue().size(), 1);
        QCOMPARE(management.handle(sm(u"a"_s, {{u"h"_s, u"1"_s}})),
                 StreamManagement::Result::Handled);
        QCOMPARE(wire.acknowledged, QStringList({u"m1"_s}));
        management.detach(&wire.connection);
        management.send(Element(u"active"_s, ns::Csi.toString())); // no connection: dropped
        QCOMPARE(management.queue().size(), 0);
    }

    void outstandingAckIsRequestedAgain()
    {
        StreamManagement management;
        management.setAckTimeoutMs(50);
        Wire wire;
        enableResumable(management, wire);
        management.send(message(1));
        QTRY_COMPARE(wire.count(u"r"_s), 1);
        QTRY_VERIFY(wire.count(u"r"_s) >= 3); // the server keeps quiet: ask again
        management.handle(sm(u"a"_s, {{u"h"_s, u"1"_s}}));
        const int requests = wire.count(u"r"_s);
        QTest::qWait(200);
        QCOMPARE(wire.count(u"r"_s), requests); // nothing outstanding any more
    }

    void quietConnectionStaysResumable()
    {
        // Nothing arrives at all: the network may be down; the liveness check decides, and
        // the session may be resumed afterwards.
        StreamManagement management;
        management.setAckTimeoutMs(30);
        Wire wire;
        enableResumable(management, wire);
        QSignalSpy stopped(&management, &StreamManagement::serverStoppedReading);
        management.send(message(1));
        QTRY_VERIFY(wire.count(u"r"_s) >= 5);
        QCOMPARE(stopped.size(), 0);
        QVERIFY(management.canResume());
    }

    void serverThatSendsButNeverAnswersStoppedReading()
    {
        StreamManagement management;
        management.setAckTimeoutMs(30);
        Wire wire;
        enableResumable(management, wire);
        QSignalSpy stopped(&management, &StreamManagement::serverStoppedReading);
        management.send(message(1));
        QTRY_COMPARE(wire.count(u"r"_s), 1);
        management.noteReceived(); // the server talks, but never answers our <r/>
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(wire.count(u"r"_s), StreamManagement::StoppedReadingRequests);
        QVERIFY(!management.canResume());
        QVERIFY(!management.brokenReason().isEmpty());
    }

    void answeredRequestsKeepTheSession()
    {
        StreamManagement management;
        management.setAckTimeoutMs(30);
        Wire wire;
        enableResumable(management, wire);
        QSignalSpy stopped(&management, &StreamManagement::serverStoppedReading);
        for (int i = 1; i <= 6; ++i) {
            management.send(message(i));
            management.noteReceived();
            QTRY_VERIFY(wire.count(u"r"_s) >= i);
            QTest::qWait(45); // one overdue period, then the answer comes
            management.handle(sm(u"a"_s, {{u"h"_s, QString::number(i)}}));
        }
        QCOMPARE(stopped.size(), 0);
        QVERIFY(management.canResume());
    }

    void silenceAfterResumptionIsNotResumedAgain()
    {
        // Prosody 0.12 feeds a resumed session to the parser of the dropped connection; when
        // that held half a stanza, the session takes in nothing more.
        StreamManagement management;
        management.setAckTimeoutMs(30);
        Wire wire;
        enableResumable(management, wire);
        management.send(message(1));
        management.detach(&wire.connection);
        Wire next;
        next.attach(management);
        management.resume();
        QSignalSpy stopped(&management, &StreamManagement::serverStoppedReading);
        QCOMPARE(management.handle(sm(u"resumed"_s, {{u"h"_s, u"0"_s}, {u"previd"_s, u"sm-1"_s}})),
                 StreamManagement::Result::Resumed);
        QCOMPARE(next.stanzaIds(), QStringList({u"m1"_s}));
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(next.count(u"r"_s), StreamManagement::StoppedReadingRequestsAfterResume);
        QVERIFY(!management.canResume());
    }

    void inboundStanzasAreCountedAndAcknowledged()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        for (int i = 0; i < 3; ++i)
            management.noteReceived();
        QCOMPARE(management.handle(sm(u"r"_s)), StreamManagement::Result::Handled);
        QCOMPARE(wire.written.last().name(), u"a"_s);
        QCOMPARE(wire.written.last().attribute(u"h"), u"3"_s);
        management.sendFinalAck();
        QCOMPARE(wire.written.last().attribute(u"h"), u"3"_s);
    }

    void hBeyondSentBreaksTheSession()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        management.send(message(1));
        QCOMPARE(management.handle(sm(u"a"_s, {{u"h"_s, u"5"_s}})),
                 StreamManagement::Result::Broken);
        QVERIFY(!management.brokenReason().isEmpty());
        QVERIFY(management.brokenDetail().contains(u"h='5'"));
        QVERIFY(wire.acknowledged.isEmpty());
        management.detach(&wire.connection);
        QVERIFY(!management.canResume()); // a broken server's session is not resumed
    }

    void unreadableHBreaksTheSession()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        QCOMPARE(management.handle(sm(u"a"_s, {{u"h"_s, u"-1"_s}})),
                 StreamManagement::Result::Broken);
        StreamManagement other;
        Wire otherWire;
        enableResumable(other, otherWire);
        QCOMPARE(other.handle(sm(u"a"_s, {{u"h"_s, u"4294967296"_s}})),
                 StreamManagement::Result::Broken);
    }

    void backwardsHIsIgnored()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        for (int i = 1; i <= 3; ++i)
            management.send(message(i));
        management.handle(sm(u"a"_s, {{u"h"_s, u"2"_s}}));
        QCOMPARE(management.handle(sm(u"a"_s, {{u"h"_s, u"1"_s}})),
                 StreamManagement::Result::Handled);
        QCOMPARE(wire.acknowledged, QStringList({u"m1"_s, u"m2"_s}));
        QCOMPARE(management.queue().size(), 1);
    }

    void resumptionResendsTheRest()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        for (int i = 1; i <= 3; ++i)
            management.send(message(i));
        management.handle(sm(u"a"_s, {{u"h"_s, u"1"_s}}));
        management.noteReceived();
        management.noteReceived();

        management.detach(&wire.connection);
        QVERIFY(management.canResume());
        QVERIFY(management.resumeTimeLeftMs() > 0 && management.resumeTimeLeftMs() <= 60000);
        management.send(message(4)); // while away: held
        QCOMPARE(wire.stanzaIds(), QStringList({u"m1"_s, u"m2"_s, u"m3"_s}));

        Wire next;
        next.attach(management);
        management.resume();
        QCOMPARE(next.written.size(), 1);
        QVERIFY(next.written[0].is(u"resume", ns::StreamManagement));
        QCOMPARE(next.written[0].attribute(u"previd"), u"sm-1"_s);
        QCOMPARE(next.written[0].attribute(u"h"), u"2"_s);
        management.send(message(5)); // still held until <resumed/>
        QCOMPARE(next.written.size(), 1);

        QCOMPARE(management.handle(sm(u"resumed"_s, {{u"h"_s, u"2"_s}, {u"previd"_s, u"sm-1"_s}})),
                 StreamManagement::Result::Resumed);
        QCOMPARE(wire.acknowledged, QStringList({u"m1"_s, u"m2"_s}));
        QCOMPARE(next.stanzaIds(), QStringList({u"m3"_s, u"m4"_s, u"m5"_s}));
        QCOMPARE(management.state(), StreamManagement::State::Enabled);
        QCOMPARE(management.resumeTimeLeftMs(), -1);
        management.send(message(6)); // written at once again
        QCOMPARE(next.stanzaIds().last(), u"m6"_s);
        management.handle(sm(u"a"_s, {{u"h"_s, u"6"_s}}));
        QCOMPARE(wire.acknowledged.size(), 6);
        QCOMPARE(wire.acknowledged.last(), u"m6"_s);
    }

    void resumedWithHBeyondSentIsBroken()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        management.send(message(1));
        management.detach(&wire.connection);
        management.send(message(2)); // held: the server cannot have it
        Wire next;
        next.attach(management);
        management.resume();
        QCOMPARE(management.handle(sm(u"resumed"_s, {{u"h"_s, u"2"_s}})),
                 StreamManagement::Result::Broken);
        QVERIFY(next.stanzaIds().isEmpty());
    }

    void failedResumptionReportsWhatWasHandled()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire);
        for (int i = 1; i <= 3; ++i)
            management.send(message(i));
        management.detach(&wire.connection);
        Wire next;
        next.attach(management);
        management.resume();
        Element withCondition = sm(u"failed"_s, {{u"h"_s, u"2"_s}});
        withCondition.addChild(u"item-not-found"_s, ns::StanzaErrors.toString());
        QCOMPARE(management.handle(withCondition), StreamManagement::Result::ResumeFailed);
        QCOMPARE(wire.acknowledged, QStringList({u"m1"_s, u"m2"_s}));
        QCOMPARE(management.state(), StreamManagement::State::Off);
        QVERIFY(!management.isActive());
        QCOMPARE(management.queue().size(), 0);
        QVERIFY(next.stanzaIds().isEmpty()); // m3 is the outbox's business now
    }

    void failedEnableTurnsItOff()
    {
        StreamManagement management;
        Wire wire;
        wire.attach(management);
        management.enable(Jid::parse(u"alice@localhost/desk"_s));
        management.send(message(1));
        QCOMPARE(management.handle(sm(u"failed"_s)), StreamManagement::Result::Handled);
        QVERIFY(!management.isActive());
        QCOMPARE(management.queue().size(), 0);
    }

    void resumptionNeedsTheServersConsent()
    {
        StreamManagement management;
        Wire wire;
        wire.attach(management);
        management.enable(Jid::parse(u"alice@localhost/desk"_s));
        management.handle(sm(u"enabled"_s)); // no resume='true', no id
        QVERIFY(management.isActive());
        management.detach(&wire.connection);
        QVERIFY(!management.canResume());
    }

    void resumptionWindowCloses()
    {
        StreamManagement management;
        Wire wire;
        enableResumable(management, wire, u"1"_s);
        management.detach(&wire.connection);
        QVERIFY(management.canResume());
        QTRY_VERIFY_WITH_TIMEOUT(!management.canResume(), 3000);
    }

    void unexpectedNonzasAreIgnored()
    {
        StreamManagement management;
        Wire wire;
        wire.attach(management);
        QCOMPARE(management.handle(sm(u"r"_s)), StreamManagement::Result::Ignored);
        QCOMPARE(management.handle(sm(u"a"_s, {{u"h"_s, u"9"_s}})),
                 StreamManagement::Result::Ignored);
        QCOMPARE(management.handle(sm(u"resumed"_s, {{u"h"_s, u"0"_s}})),
                 StreamManagement::Result::Ignored);
        QCOMPARE(management.handle(sm(u"enabled"_s)), StreamManagement::Result::Ignored);
        QVERIFY(wire.written.isEmpty());
    }
};

QTEST_GUILESS_MAIN(StreamManagementTest)
#include "tst_streammanagement.moc"

// IQ requests are matched by id and by the entity they went to; unhandled requests are
// answered with service-unavailable (RFC 6120 §8.4).
#include "RecordingStream.h"
#include "xml/namespaces.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
Element request(const QString &to)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    if (!to.isEmpty())
        iq.setAttribute(u"to"_s, to);
    iq.addChild(u"query"_s, u"urn:example:q"_s);
    return iq;
}

Element reply(const QString &id, const QString &from, const QString &type = u"result"_s)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, type);
    iq.setAttribute(u"id"_s, id);
    if (!from.isEmpty())
        iq.setAttribute(u"from"_s, from);
    return iq;
}
} // namespace

class IqTrackerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreUniqueAndUnguessable()
    {
        QSet<QString> ids;
        for (int i = 0; i < 1000; ++i)
            ids.insert(IqTracker::makeId());
        QCOMPARE(ids.size(), 1000);
        QVERIFY(IqTracker::makeId().size() >= 16);
    }

    void replyFromTheAddresseeIsAccepted()
    {
        RecordingStream stream;
        int calls = 0;
        const QString id = stream.sendIq(request(u"bob@localhost/home"_s),
                                         [&](const IqResponse &r) { calls += r.ok(); });
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(stream.sent[0].attribute(u"id"), id);
        stream.receive(reply(id, u"bob@localhost/home"_s));
        QCOMPARE(calls, 1);
        stream.receive(reply(id, u"bob@localhost/home"_s)); // a second reply is nobody's
        QCOMPARE(calls, 1);
    }

    void replyComparisonFollowsJidRules()
    {
        RecordingStream stream;
        int calls = 0;
        const QString id =
            stream.sendIq(request(u"Bob@LocalHost/home"_s), [&](const IqResponse &) { ++calls; });
        stream.receive(reply(id, u"bob@localhost/home"_s));
        QCOMPARE(calls, 1);
    }

    void replyFromAnyoneElseIsIgnored_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::newRow("other user") << u"bob@localhost/home"_s << u"mallory@localhost/x"_s;
        QTest::newRow("other resource") << u"bob@localhost/home"_s << u"bob@localhost/evil"_s;
        QTest::newRow("bare instead of full") << u"bob@localhost/home"_s << u"bob@localhost"_s;
        QTest::newRow("no from for a contact") << u"bob@localhost/home"_s << QString();
        QTest::newRow("server for a contact") << u"bob@localhost/home"_s << u"localhost"_s;
        QTest::newRow("contact for the server") << QString() << u"bob@localhost"_s;
        QTest::newRow("domain for own account") << QString() << u"localhost"_s;
        QTest::newRow("malformed from") << u"bob@localhost"_s << u"@@@"_s;
    }

    void replyFromAnyoneElseIsIgnored()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        RecordingStream stream;
        int calls = 0;
        const QString id = stream.sendIq(request(to), [&](const IqResponse &) { ++calls; });
        stream.receive(reply(id, from));
        QCOMPARE(calls, 0);
        QCOMPARE(stream.iqTracker().pendingCount(), 1);
    }

    void requestWithoutToAcceptsTheServerOnOurBehalf_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("no from") << QString();
        QTest::newRow("own bare") << u"alice@localhost"_s;
        QTest::newRow("own full") << u"alice@localhost/desk"_s;
    }

    void requestWithoutToAcceptsTheServerOnOurBehalf()
    {
        QFETCH(QString, from);
        RecordingStream stream;
        int calls = 0;
        const QString id = stream.sendIq(request(QString()), [&](const IqResponse &) { ++calls; });
        stream.receive(reply(id, from));
        QCOMPARE(calls, 1);
    }

    void requestToOwnBareAcceptsNoFrom()
    {
        RecordingStream stream;
        int calls = 0;
        const QString id =
            stream.sendIq(request(u"alice@localhost"_s), [&](const IqResponse &) { ++calls; });
        stream.receive(reply(id, QString()));
        QCOMPARE(calls, 1);
    }

    void errorReplyCarriesTheStanzaError()
    {
        RecordingStream stream;
        std::optional<IqResponse> response;
        const QString id =
            stream.sendIq(request(u"localhost"_s), [&](const IqResponse &r) { response = r; });
        Element error = reply(id, u"localhost"_s, u"error"_s);
        Element &err = error.addChild(u"error"_s, ns::Client.toString());
        err.setAttribute(u"type"_s, u"cancel"_s);
        err.addChild(u"item-not-found"_s, ns::StanzaErrors.toString());
        stream.receive(error);
        QVERIFY(response);
        QCOMPARE(response->outcome, IqResponse::Outcome::Error);
        QCOMPARE(response->error.condition, StanzaErrorCondition::ItemNotFound);
        QVERIFY(!response->sentence.isEmpty());
    }

    void timeoutCallsBackOnce()
    {
        RecordingStream stream;
        QList<IqResponse::Outcome> outcomes;
        const QString id = stream.sendIq(
            request(u"localhost"_s), [&](const IqResponse &r) { outcomes.append(r.outcome); }, 50);
        QTRY_COMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0], IqResponse::Outcome::Timeout);
        stream.receive(reply(id, u"localhost"_s)); // too late
        QCOMPARE(outcomes.size(), 1);
    }

    void endOfSessionFailsPendingRequests()
    {
        RecordingStream stream;
        QList<IqResponse::Outcome> outcomes;
        for (int i = 0; i < 3; ++i)
            stream.sendIq(request(u"localhost"_s),
                          [&](const IqResponse &r) { outcomes.append(r.outcome); });
        stream.endSession(u"gone"_s);
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes.count(IqResponse::Outcome::Disconnected) == 3);
        QCOMPARE(stream.iqTracker().pendingCount(), 0);
    }

    // Between connections (no session, no stream management holding stanzas) a request cannot
    // go out: it fails at once, from the event loop, instead of after its timeout.
    void aRequestThatCannotGoOutFailsAtOnce()
    {
        RecordingStream stream;
        stream.sendable = false;
        QList<IqResponse> responses;
        QElapsedTimer waited;
        waited.start();
        stream.sendIq(request(u"localhost"_s), [&](const IqResponse &r) { responses.append(r); });
        QVERIFY(responses.isEmpty()); // not from inside sendIq
        QTRY_COMPARE(responses.size(), 1);
        QVERIFY(waited.elapsed() < IqTracker::DefaultTimeoutMs / 2);
        QCOMPARE(responses[0].outcome, IqResponse::Outcome::Disconnected);
        QVERIFY(!responses[0].sentence.isEmpty());
        QVERIFY(stream.sent.isEmpty());
        QCOMPARE(stream.iqTracker().pendingCount(), 0);
    }

    void unhandledRequestGetsServiceUnavailable()
    {
        RecordingStream stream;
        Element get = request(QString());
        get.setAttribute(u"id"_s, u"x1"_s);
        get.setAttribute(u"from"_s, u"bob@localhost/home"_s);
        stream.receive(get);
        QCOMPARE(stream.sent.size(), 1);
        const Element answer = stream.sent[0];
        QCOMPARE(answer.attribute(u"type"), u"error"_s);
        QCOMPARE(answer.attribute(u"id"), u"x1"_s);
        QCOMPARE(answer.attribute(u"to"), u"bob@localhost/home"_s);
        const StanzaError error = StanzaError::fromElement(answer.firstChild(u"error", ns::Client));
        QCOMPARE(error.condition, StanzaErrorCondition::ServiceUnavailable);
        QCOMPARE(error.type, StanzaErrorType::Cancel);
    }

    void registeredHandlerAnswers()
    {
        RecordingStream stream;
        stream.iqRouter().addHandler(u"get"_s, u"query"_s, u"urn:example:q"_s, [](const Element &) {
            Element payload(u"query"_s, u"urn:example:q"_s);
            payload.addChild(u"answer"_s, u"urn:example:q"_s);
            return IqAnswer::result(payload);
        });
        Element get = request(QString());
        get.setAttribute(u"id"_s, u"x2"_s);
        stream.receive(get);
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(stream.sent[0].attribute(u"type"), u"result"_s);
        QVERIFY(!stream.sent[0]
                     .firstChild(u"query", u"urn:example:q")
                     .firstChild(u"answer", u"urn:example:q")
                     .isNull());
    }

    void requestWithTwoPayloadsIsBadRequest()
    {
        RecordingStream stream;
        Element get = request(QString());
        get.setAttribute(u"id"_s, u"x3"_s);
        get.addChild(u"other"_s, u"urn:example:q"_s);
        stream.receive(get);
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(
            StanzaError::fromElement(stream.sent[0].firstChild(u"error", ns::Client)).condition,
            StanzaErrorCondition::BadRequest);
    }

    void errorsAndResultsAreNeverAnswered()
    {
        RecordingStream stream;
        stream.receive(reply(u"unknown"_s, u"bob@localhost/x"_s));
        stream.receive(reply(u"unknown"_s, u"bob@localhost/x"_s, u"error"_s));
        QCOMPARE(stream.sent.size(), 0);
    }
};

QTEST_GUILESS_MAIN(IqTrackerTest)
#include "tst_iqtracker.moc"

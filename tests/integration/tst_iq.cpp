// IQ requests and answers between real clients through the test Prosody.
#include "ClientHarness.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
Element iqGet(const QString &to, const QString &name, QStringView ns)
{
    Element iq(u"iq"_s, Linnet::ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    if (!to.isEmpty())
        iq.setAttribute(u"to"_s, to);
    iq.addChild(name, ns.toString());
    return iq;
}
} // namespace

class IqTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    std::unique_ptr<ClientHarness> alice;
    std::unique_ptr<ClientHarness> bob;

    std::optional<IqResponse> ask(ClientHarness &from, const Element &iq)
    {
        std::optional<IqResponse> response;
        from.client().sendIq(
            iq, [&](const IqResponse &r) { response = r; }, 10000);
        (void)QTest::qWaitFor([&] { return response.has_value(); }, 15000);
        return response;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        alice = std::make_unique<ClientHarness>(server, u"alice"_s);
        alice->settings().resource = u"iq-test"_s;
        bob = std::make_unique<ClientHarness>(server, u"bob"_s);
        bob->settings().resource = u"iq-test"_s;
        alice->connectToServer();
        bob->connectToServer();
        QVERIFY2(alice->waitFor(ConnectionState::Online), qPrintable(alice->lastReason()));
        QVERIFY2(bob->waitFor(ConnectionState::Online), qPrintable(bob->lastReason()));
    }

    void serverAnswersPing()
    {
        const auto response = ask(*alice, iqGet(server.domain, u"ping"_s, ns::Ping));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->sentence));
    }

    // The XML console opened while online sees the traffic from then on, and nothing once it
    // stops listening (the text is only made while someone listens).
    void theConsoleSeesTrafficWhileItListens()
    {
        QStringList received, sent;
        const auto in = connect(&alice->client(), &Client::xmlReceived, this,
                                [&](const QString &xml) { received.append(xml); });
        const auto out = connect(&alice->client(), &Client::xmlSent, this,
                                 [&](const QString &xml) { sent.append(xml); });
        auto response = ask(*alice, iqGet(server.domain, u"ping"_s, ns::Ping));
        QVERIFY(response && response->ok());
        QVERIFY2(!sent.filter(u"urn:xmpp:ping"_s).isEmpty(), qPrintable(sent.join(u'\n')));
        QVERIFY2(!received.filter(u"result"_s).isEmpty(), qPrintable(received.join(u'\n')));
        disconnect(in);
        disconnect(out);
        received.clear();
        sent.clear();
        response = ask(*alice, iqGet(server.domain, u"ping"_s, ns::Ping));
        QVERIFY(response && response->ok());
        QVERIFY(received.isEmpty());
        QVERIFY(sent.isEmpty());
    }

    void requestWithoutToIsAnsweredByTheServer()
    {
        const auto response = ask(*alice, iqGet(QString(), u"ping"_s, ns::Ping));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->sentence));
    }

    void serverDiscoInfoHasAnIdentity()
    {
        const auto response = ask(*alice, iqGet(server.domain, u"query"_s, ns::DiscoInfo));
        QVERIFY(response && response->ok());
        QVERIFY(!response->payload().firstChild(u"identity", ns::DiscoInfo).isNull());
    }

    void ourClientAnswersPing()
    {
        const auto response =
            ask(*bob, iqGet(alice->client().boundJid().toString(), u"ping"_s, ns::Ping));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->sentence));
    }

    void unknownRequestGetsServiceUnavailable()
    {
        const auto response = ask(
            *bob, iqGet(alice->client().boundJid().toString(), u"query"_s, u"urn:example:nothing"));
        QVERIFY(response);
        QCOMPARE(response->outcome, IqResponse::Outcome::Error);
        QCOMPARE(response->error.condition, StanzaErrorCondition::ServiceUnavailable);
    }

    void requestToMissingUserFails()
    {
        const auto response =
            ask(*alice, iqGet(u"nobody@%1/x"_s.arg(server.domain), u"ping"_s, ns::Ping));
        QVERIFY(response);
        QCOMPARE(response->outcome, IqResponse::Outcome::Error);
        QVERIFY(!response->sentence.isEmpty());
    }

    void pendingRequestsFailWhenTheSessionEnds()
    {
        ClientHarness carol(server, u"carol"_s);
        carol.connectToServer();
        QVERIFY(carol.waitFor(ConnectionState::Online));
        std::optional<IqResponse> response;
        // bob never answers this one in time: nobody is at that resource.
        carol.client().sendIq(
            iqGet(bob->client().boundJid().bare().toString() + u"/gone"_s, u"ping"_s, ns::Ping),
            [&](const IqResponse &r) { response = r; }, 60000);
        carol.client().disconnectFromServer();
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QVERIFY(!response->ok());
    }
};

QTEST_GUILESS_MAIN(IqTest)
#include "tst_iq.moc"

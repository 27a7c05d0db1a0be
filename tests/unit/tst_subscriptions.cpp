// Subscriptions over a recording stream: RFC 6121 §3 requests, answers and pre-approval.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "storage/Database.h"
#include "storage/RosterCache.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

Element presence(const QString &from, const QString &type, const QString &status = {})
{
    Element stanza(u"presence"_s, ns::Client.toString());
    if (!from.isNull())
        stanza.setAttribute(u"from"_s, from);
    stanza.setAttribute(u"to"_s, u"alice@localhost"_s);
    stanza.setAttribute(u"type"_s, type);
    if (!status.isEmpty())
        stanza.addChild(u"status"_s, ns::Client.toString()).setText(status);
    return stanza;
}

} // namespace

class SubscriptionsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void outboundPresenceMatchesTheRfc()
    {
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        // RFC 6121 §3.1.1, with a message; §3.2.1, §3.3.1.
        subscriptions.request(Jid::parse(u"juliet@example.com/balcony"), u"Hello!"_s);
        subscriptions.unsubscribe(Jid::parse(u"juliet@example.com"));
        subscriptions.cancel(Jid::parse(u"juliet@example.com"));
        QCOMPARE(stream.sent.size(), 3);
        QCOMPARE(stream.sent.at(0),
                 stanzaFromXml(u"<presence to='juliet@example.com' type='subscribe'>"
                               u"<status>Hello!</status></presence>"_s));
        QCOMPARE(stream.sent.at(1),
                 stanzaFromXml(u"<presence to='juliet@example.com' type='unsubscribe'/>"_s));
        QCOMPARE(stream.sent.at(2),
                 stanzaFromXml(u"<presence to='juliet@example.com' type='unsubscribed'/>"_s));
    }

    void inboundRequestIsKeptUntilApproved()
    {
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        QSignalSpy received(&subscriptions, &Subscriptions::requestReceived);
        // RFC 6121 §3.1.3.
        stream.receive(stanzaFromXml(u"<presence from='romeo@example.net' "
                                     u"to='juliet@example.com' type='subscribe'>"
                                     u"<status>It is I</status></presence>"_s));
        QCOMPARE(received.size(), 1);
        const auto request = received.first().first().value<SubscriptionRequest>();
        QCOMPARE(request.jid, Jid::parse(u"romeo@example.net"));
        QCOMPARE(request.message, u"It is I"_s);
        QVERIFY(subscriptions.hasPendingRequest(Jid::parse(u"romeo@example.net")));

        // Delivered again (as at each sign-in): still one request.
        stream.receive(presence(u"romeo@example.net"_s, u"subscribe"_s));
        QCOMPARE(received.size(), 1);
        QCOMPARE(subscriptions.pendingRequests().size(), 1);

        QVERIFY(subscriptions.approve(Jid::parse(u"romeo@example.net")));
        QCOMPARE(stream.sent.last(),
                 stanzaFromXml(u"<presence to='romeo@example.net' type='subscribed'/>"_s));
        QVERIFY(subscriptions.pendingRequests().isEmpty());
    }

    void denyAnswersAndForgets()
    {
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        stream.receive(presence(u"romeo@example.net/orchard"_s, u"subscribe"_s));
        QVERIFY(subscriptions.hasPendingRequest(Jid::parse(u"romeo@example.net")));
        subscriptions.deny(Jid::parse(u"romeo@example.net"));
        QCOMPARE(stream.sent.last(),
                 stanzaFromXml(u"<presence to='romeo@example.net' type='unsubscribed'/>"_s));
        QVERIFY(subscriptions.pendingRequests().isEmpty());
    }

    void withdrawnRequestIsForgotten()
    {
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        stream.receive(presence(u"romeo@example.net"_s, u"subscribe"_s));
        stream.receive(presence(u"romeo@example.net"_s, u"unsubscribe"_s));
        QVERIFY(subscriptions.pendingRequests().isEmpty());
    }

    void requestsFromInvalidAddressesAreIgnored_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("missing") << QString();
        QTest::newRow("empty") << u""_s;
        QTest::newRow("malformed") << u"@example.com"_s;
        QTest::newRow("bad domain") << u"romeo@exa mple.com"_s;
        QTest::newRow("ourselves") << u"alice@localhost/desk"_s;
    }

    void requestsFromInvalidAddressesAreIgnored()
    {
        QFETCH(QString, from);
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        QSignalSpy received(&subscriptions, &Subscriptions::requestReceived);
        stream.receive(presence(from, u"subscribe"_s));
        QCOMPARE(received.size(), 0);
        QVERIFY(subscriptions.pendingRequests().isEmpty());
    }

    void contactAnswersAreSignalled()
    {
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        QSignalSpy approved(&subscriptions, &Subscriptions::approvedByContact);
        QSignalSpy refused(&subscriptions, &Subscriptions::refusedByContact);
        stream.receive(presence(u"juliet@example.com"_s, u"subscribed"_s));
        stream.receive(presence(u"benvolio@example.net"_s, u"unsubscribed"_s));
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.first().first().value<Jid>(), Jid::parse(u"juliet@example.com"));
        QCOMPARE(refused.size(), 1);
    }

    void preApprovalOnlyWhenOffered()
    {
        RecordingStream stream;
        Subscriptions subscriptions(stream);
        QVERIFY(!subscriptions.approve(Jid::parse(u"romeo@example.net")));
        QVERIFY(stream.sent.isEmpty());
        // RFC 6121 §3.4.2.
        subscriptions.setPreApprovalSupported(true);
        QVERIFY(subscriptions.approve(Jid::parse(u"romeo@example.net")));
        QCOMPARE(stream.sent.last(),
                 stanzaFromXml(u"<presence to='romeo@example.net' type='subscribed'/>"_s));
    }

    void approvalElsewhereShowsInTheRoster()
    {
        RecordingStream stream;
        Roster roster(stream);
        Subscriptions subscriptions(stream, nullptr, &roster);
        QTRY_VERIFY(!stream.sent.isEmpty()); // the roster get
        stream.sent.clear();
        stream.receive(presence(u"romeo@example.net"_s, u"subscribe"_s));
        QVERIFY(subscriptions.hasPendingRequest(Jid::parse(u"romeo@example.net")));
        stream.receive(stanzaFromXml(u"<iq type='set' id='p1'><query xmlns='jabber:iq:roster'>"
                                     u"<item jid='romeo@example.net' subscription='from'/>"
                                     u"</query></iq>"_s));
        QVERIFY(!subscriptions.hasPendingRequest(Jid::parse(u"romeo@example.net")));
    }

    void pendingRequestsSurviveARestart()
    {
        const QString path = dir.filePath(u"requests.sqlite"_s);
        {
            Database database;
            QVERIFY(database.open(path).result().ok);
            RosterCache cache(database);
            RecordingStream stream;
            Subscriptions subscriptions(stream, &cache);
            stream.receive(presence(u"romeo@example.net"_s, u"subscribe"_s, u"Remember me"_s));
            stream.receive(presence(u"tybalt@example.net"_s, u"subscribe"_s));
            subscriptions.deny(Jid::parse(u"tybalt@example.net"));
        }
        Database database;
        QVERIFY(database.open(path).result().ok);
        RosterCache cache(database);
        RecordingStream stream;
        Subscriptions subscriptions(stream, &cache);
        QSignalSpy changed(&subscriptions, &Subscriptions::pendingRequestsChanged);
        QTRY_COMPARE(changed.size(), 1);
        const QList<SubscriptionRequest> requests = subscriptions.pendingRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().jid, Jid::parse(u"romeo@example.net"));
        QCOMPARE(requests.first().message, u"Remember me"_s);

        subscriptions.approve(Jid::parse(u"romeo@example.net"));
        QVERIFY(cache.pendingRequests().result().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SubscriptionsTest)
#include "tst_subscriptions.moc"

// Roster over a recording stream: fetch, versioning (XEP-0237), pushes and their origin.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Roster.h"
#include "storage/Database.h"
#include "storage/RosterCache.h"
#include "xml/namespaces.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

Element resultFor(const Element &request, const Element &payload = Element())
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"result"_s);
    iq.setAttribute(u"id"_s, request.attribute(u"id"));
    if (!payload.isNull())
        iq.appendChild(payload);
    return iq;
}

Element rosterQuery(const QString &version, const QList<RosterItem> &items)
{
    Element query(u"query"_s, ns::Roster.toString());
    if (!version.isNull())
        query.setAttribute(u"ver"_s, version);
    for (const RosterItem &item : items)
        query.appendChild(item.toElement());
    return query;
}

Element push(const QString &from, const QString &version, const QString &itemXml,
             const QString &id = u"push1"_s)
{
    const QString fromAttribute = from.isNull() ? QString() : u" from='%1'"_s.arg(from);
    const QString verAttribute = version.isNull() ? QString() : u" ver='%1'"_s.arg(version);
    return stanzaFromXml(u"<iq id='%1' to='alice@localhost/desk' type='set'%2>"
                         u"<query xmlns='jabber:iq:roster'%3>%4</query></iq>"_s.arg(
                             id, fromAttribute, verAttribute, itemXml));
}

RosterItem makeItem(const QString &jid, const QString &name = {},
                    RosterSubscription subscription = RosterSubscription::Both)
{
    RosterItem item;
    item.jid = Jid::parse(jid);
    item.name = name;
    item.subscription = subscription;
    return item;
}

} // namespace

class RosterTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    int counter = 0;

    // Waits for the roster get and answers it.
    static Element takeFetch(RecordingStream &stream)
    {
        if (!QTest::qWaitFor([&] { return !stream.sent.isEmpty(); }, 5000))
            return Element();
        return stream.sent.takeFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void fetchesAFullRosterWithoutVersioning()
    {
        RecordingStream stream;
        Roster roster(stream);
        QSignalSpy reset(&roster, &Roster::rosterReset);
        QSignalSpy loaded(&roster, &Roster::loaded);
        const Element get = takeFetch(stream);
        QVERIFY(get.is(u"iq", ns::Client));
        QCOMPARE(get.attribute(u"type"), u"get"_s);
        QVERIFY(!get.hasAttribute(u"to"));
        const Element query = get.firstChild(u"query", ns::Roster);
        QVERIFY(!query.isNull());
        QVERIFY(!query.hasAttribute(u"ver")); // not offered: not sent

        stream.receive(
            resultFor(get, rosterQuery({}, {makeItem(u"romeo@example.net"_s, u"Romeo"_s),
                                            makeItem(u"mercutio@example.com"_s, u"Mercutio"_s,
                                                     RosterSubscription::From)})));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(roster.isLoaded());
        QCOMPARE(roster.lastFetchKind(), Roster::FetchKind::Full);
        QCOMPARE(roster.count(), 2);
        QCOMPARE(roster.item(Jid::parse(u"romeo@example.net/orchard"))->name, u"Romeo"_s);
        QVERIFY(stream.sent.isEmpty());
    }

    void versioningBootstrapsWithAnEmptyVer()
    {
        RecordingStream stream;
        Roster roster(stream);
        roster.setVersioningSupported(true);
        const Element get = takeFetch(stream);
        const Element query = get.firstChild(u"query", ns::Roster);
        QVERIFY(query.hasAttribute(u"ver"));
        QCOMPARE(query.attribute(u"ver"), QString());
        stream.receive(resultFor(get, rosterQuery(u"ver7"_s, {makeItem(u"a@example.com"_s)})));
        QCOMPARE(roster.version(), u"ver7"_s);
    }

    void cachedVersionAndEmptyResultKeepTheCache()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"versioned.sqlite"_s)).result().ok);
        RosterCache cache(database);
        QVERIFY(cache
                    .replaceAll(u"ver14"_s, {makeItem(u"romeo@example.net"_s, u"Romeo"_s),
                                             makeItem(u"nurse@example.com"_s, u"Nurse"_s)})
                    .result()
                    .ok);

        RecordingStream stream;
        Roster roster(stream, &cache);
        roster.setVersioningSupported(true);
        QSignalSpy reset(&roster, &Roster::rosterReset);
        QSignalSpy loaded(&roster, &Roster::loaded);
        const Element get = takeFetch(stream);
        QVERIFY(roster.isCacheLoaded());
        QCOMPARE(reset.size(), 1); // from the cache
        QCOMPARE(get.firstChild(u"query", ns::Roster).attribute(u"ver"), u"ver14"_s);

        // XEP-0237 / RFC 6121 §2.6.3: an empty result means "your version is current".
        stream.receive(resultFor(get));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(roster.lastFetchKind(), Roster::FetchKind::Unchanged);
        QCOMPARE(roster.count(), 2);
        QCOMPARE(roster.version(), u"ver14"_s);

        // The pushes that follow carry the changes, and reach the cache.
        QSignalSpy added(&roster, &Roster::itemAdded);
        stream.receive(push({}, u"ver15"_s,
                            u"<item jid='benvolio@example.net' name='Benvolio' "
                            u"subscription='both'/>"_s));
        QCOMPARE(added.size(), 1);
        QCOMPARE(roster.version(), u"ver15"_s);
        const RosterSnapshot stored = cache.load().result();
        QCOMPARE(stored.version, u"ver15"_s);
        QCOMPARE(stored.items.size(), 3);
    }

    void fullResultReplacesTheCache()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"replaced.sqlite"_s)).result().ok);
        RosterCache cache(database);
        QVERIFY(cache.replaceAll(u"old"_s, {makeItem(u"gone@example.net"_s)}).result().ok);
        RecordingStream stream;
        Roster roster(stream, &cache);
        roster.setVersioningSupported(true);
        const Element get = takeFetch(stream);
        stream.receive(resultFor(get, rosterQuery(u"new"_s, {makeItem(u"here@example.net"_s)})));
        QCOMPARE(roster.lastFetchKind(), Roster::FetchKind::Full);
        QVERIFY(!roster.contains(Jid::parse(u"gone@example.net")));
        const RosterSnapshot stored = cache.load().result();
        QCOMPARE(stored.version, u"new"_s);
        QCOMPARE(stored.items, QList<RosterItem>{makeItem(u"here@example.net"_s)});
    }

    void pushIsAppliedAndAnswered_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("no from") << QString();
        QTest::newRow("own bare JID") << u"alice@localhost"_s;
    }

    void pushIsAppliedAndAnswered()
    {
        QFETCH(QString, from);
        RecordingStream stream;
        Roster roster(stream);
        stream.receive(resultFor(takeFetch(stream), rosterQuery({}, {})));
        QSignalSpy added(&roster, &Roster::itemAdded);
        QSignalSpy changed(&roster, &Roster::itemChanged);
        QSignalSpy removed(&roster, &Roster::itemRemoved);

        // RFC 6121 §2.3.2.
        stream.receive(push(from, {},
                            u"<item jid='nurse@example.com' name='Nurse' subscription='none'>"
                            u"<group>Servants</group></item>"_s,
                            u"a78b4q6ha463"_s));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Jid>(), Jid::parse(u"nurse@example.com"));
        QCOMPARE(stream.sent.size(), 1);
        QCOMPARE(stream.sent.first().attribute(u"type"), u"result"_s);
        QCOMPARE(stream.sent.first().attribute(u"id"), u"a78b4q6ha463"_s);
        QCOMPARE(roster.item(Jid::parse(u"nurse@example.com"))->groups, QStringList{u"Servants"_s});

        // The same item again changes nothing; a new name is a change.
        stream.receive(push(from, {},
                            u"<item jid='nurse@example.com' name='Nurse' subscription='none'>"
                            u"<group>Servants</group></item>"_s));
        QCOMPARE(changed.size(), 0);
        stream.receive(push(from, {},
                            u"<item jid='nurse@example.com' name='Angelica' subscription='none'>"
                            u"<group>Servants</group></item>"_s));
        QCOMPARE(changed.size(), 1);

        // §2.5.2.
        stream.receive(push(from, {}, u"<item jid='nurse@example.com' subscription='remove'/>"_s));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(roster.count(), 0);
        QCOMPARE(stream.sent.size(), 4);
        for (const Element &reply : std::as_const(stream.sent))
            QCOMPARE(reply.attribute(u"type"), u"result"_s);
    }

    void spoofedPushIsIgnored_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("another user") << u"mallory@evil.example"_s;
        QTest::newRow("a contact's full JID") << u"bob@localhost/laptop"_s;
        QTest::newRow("our own full JID") << u"alice@localhost/other"_s;
        QTest::newRow("the server domain") << u"localhost"_s;
        QTest::newRow("garbage") << u"@@@"_s;
    }

    void spoofedPushIsIgnored()
    {
        QFETCH(QString, from);
        RecordingStream stream;
        Roster roster(stream);
        stream.receive(
            resultFor(takeFetch(stream),
                      rosterQuery(u"v1"_s, {makeItem(u"romeo@example.net"_s, u"Romeo"_s)})));
        QSignalSpy added(&roster, &Roster::itemAdded);
        QSignalSpy changed(&roster, &Roster::itemChanged);
        QSignalSpy removed(&roster, &Roster::itemRemoved);

        stream.receive(
            push(from, u"evil"_s, u"<item jid='mallory@evil.example' subscription='both'/>"_s));
        stream.receive(
            push(from, u"evil"_s, u"<item jid='romeo@example.net' subscription='remove'/>"_s));
        QCOMPARE(added.size() + changed.size() + removed.size(), 0);
        QCOMPARE(roster.count(), 1);
        QCOMPARE(roster.version(), u"v1"_s);
        QCOMPARE(stream.sent.size(), 2);
        for (const Element &reply : std::as_const(stream.sent)) {
            QCOMPARE(reply.attribute(u"type"), u"error"_s); // never a result
            const StanzaError error =
                StanzaError::fromElement(reply.firstChild(u"error", ns::Client));
            QCOMPARE(error.condition, StanzaErrorCondition::ServiceUnavailable);
        }
    }

    void malformedPushIsRefused()
    {
        RecordingStream stream;
        Roster roster(stream);
        stream.receive(resultFor(takeFetch(stream), rosterQuery({}, {})));
        // RFC 6121 §2.1.6: exactly one item.
        stream.receive(push({}, {}, u"<item jid='a@example.com'/><item jid='b@example.com'/>"_s));
        stream.receive(push({}, {}, u"<item jid='a@example.com/resource'/>"_s));
        QCOMPARE(roster.count(), 0);
        QCOMPARE(stream.sent.size(), 2);
        for (const Element &reply : std::as_const(stream.sent))
            QCOMPARE(reply.attribute(u"type"), u"error"_s);
    }

    void changesAreRosterSets()
    {
        RecordingStream stream;
        Roster roster(stream);
        stream.receive(resultFor(takeFetch(stream),
                                 rosterQuery({}, {makeItem(u"romeo@example.net"_s, u"Romeo"_s)})));
        roster.setGroups(Jid::parse(u"romeo@example.net"), {u"Friends"_s});
        roster.rename(Jid::parse(u"romeo@example.net"), u"Romeo M."_s);
        roster.add(Jid::parse(u"nurse@example.com/x"), u"Nurse"_s, {u"Servants"_s});
        roster.remove(Jid::parse(u"romeo@example.net"));
        QCOMPARE(stream.sent.size(), 4);
        const QStringList expected = {
            u"<item jid='romeo@example.net' name='Romeo'><group>Friends</group></item>"_s,
            u"<item jid='romeo@example.net' name='Romeo M.'/>"_s,
            u"<item jid='nurse@example.com' name='Nurse'><group>Servants</group></item>"_s,
            u"<item jid='romeo@example.net' subscription='remove'/>"_s,
        };
        for (int i = 0; i < 4; ++i) {
            const Element iq = stream.sent.at(i);
            QCOMPARE(iq.attribute(u"type"), u"set"_s);
            const Element item =
                iq.firstChild(u"query", ns::Roster).firstChild(u"item", ns::Roster);
            QCOMPARE(item, stanzaFromXml(u"<iq><query xmlns='jabber:iq:roster'>"_s +
                                         expected.at(i) + u"</query></iq>"_s)
                               .firstChild(u"query", ns::Roster)
                               .firstChild(u"item", ns::Roster));
        }
    }

    void errorsComeBackAsSentences()
    {
        RecordingStream stream;
        Roster roster(stream);
        stream.receive(resultFor(takeFetch(stream), rosterQuery({}, {})));
        std::optional<IqResponse> answer;
        roster.add(Jid::parse(u"nurse@example.com"), u"Nurse"_s, {},
                   [&](const IqResponse &response) { answer = response; });
        const Element set = stream.sent.takeFirst();
        // RFC 6121 §2.3.3: not-acceptable for a name too long, for example.
        stream.receive(
            stanzaFromXml(u"<iq id='%1' type='error'><error type='modify'><not-acceptable "
                          u"xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                              set.attribute(u"id"))));
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error.condition, StanzaErrorCondition::NotAcceptable);
        QVERIFY(!answer->sentence.isEmpty());

        answer.reset();
        roster.add(Jid(), {}, {}, [&](const IqResponse &response) { answer = response; });
        QVERIFY(stream.sent.isEmpty());
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY(!answer->sentence.isEmpty());
    }

    void fetchFailureIsReported()
    {
        RecordingStream stream;
        Roster roster(stream);
        QSignalSpy failed(&roster, &Roster::fetchFailed);
        const Element get = takeFetch(stream);
        stream.receive(
            stanzaFromXml(u"<iq id='%1' type='error'><error type='wait'><internal-server-error "
                          u"xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                              get.attribute(u"id"))));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!roster.isLoaded());
    }

    void refetchesWhenOnlineAgain()
    {
        RecordingStream stream;
        Roster roster(stream);
        roster.setVersioningSupported(true);
        stream.receive(resultFor(takeFetch(stream), rosterQuery(u"v3"_s, {makeItem(u"a@b.c"_s)})));
        Q_EMIT stream.onlineChanged(false);
        QVERIFY(!roster.isLoaded());
        Q_EMIT stream.onlineChanged(true);
        const Element get = takeFetch(stream);
        QCOMPARE(get.firstChild(u"query", ns::Roster).attribute(u"ver"), u"v3"_s);
        stream.receive(resultFor(get));
        QVERIFY(roster.isLoaded());
        QCOMPARE(roster.count(), 1);
    }

    void tenThousandItemsAreFast()
    {
        RecordingStream stream;
        Roster roster(stream);
        QList<RosterItem> items;
        for (int i = 0; i < 10000; ++i)
            items.append(makeItem(u"user%1@example.com"_s.arg(i), u"User %1"_s.arg(i)));
        const Element result = resultFor(takeFetch(stream), rosterQuery(u"big"_s, items));
        QElapsedTimer timer;
        timer.start();
        stream.receive(result);
        QCOMPARE(roster.count(), 10000);
        for (int i = 0; i < 10000; ++i) {
            stream.receive(push({}, {},
                                u"<item jid='user%1@example.com' name='Renamed' "
                                u"subscription='both'/>"_s.arg(i)));
        }
        QCOMPARE(roster.item(Jid::parse(u"user9999@example.com"))->name, u"Renamed"_s);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(RosterTest)
#include "tst_roster.moc"

// Bookmarks over a recording stream: XEP-0402 (PEP) and XEP-0048 (private XML storage) stanza
// shapes from the XEPs' examples, choosing the backend, notifications (spoofed ones ignored)
// and writing changes back.
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "disco/DataForm.h"
#include "muc/BookmarkStanzas.h"
#include "muc/Bookmarks.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid theplay = Jid::parse(u"theplay@conference.shakespeare.lit");

Element stanza(const QString &xml)
{
    const Element element = parseClientStanza(xml);
    if (element.isNull())
        qFatal("bad test XML: %s", qPrintable(xml));
    return element;
}

Element reply(const Element &request, const QString &xml)
{
    Element answer = stanza(xml);
    answer.setAttribute(u"id"_s, request.attribute(u"id"));
    if (request.hasAttribute(u"to"))
        answer.setAttribute(u"from"_s, request.attribute(u"to"));
    return answer;
}

Element lastIq(const QList<Element> &sent)
{
    for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
        if (it->is(u"iq", ns::Client))
            return *it;
    }
    return {};
}

Element withoutId(Element e)
{
    e.removeAttribute(u"id");
    return e;
}

const QString compatInfo =
    u"<iq type='result'><query xmlns='http://jabber.org/protocol/disco#info'>"
    "<identity category='account' type='registered'/>"
    "<feature var='urn:xmpp:bookmarks:1#compat'/></query></iq>"_s;
const QString plainInfo = u"<iq type='result'><query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<identity category='account' type='registered'/></query></iq>"_s;
const QString itemNotFound = u"<iq type='error'><error type='cancel'><item-not-found "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s;

// XEP-0402 §3.2, "Server returns all bookmarks".
const QString pepItems =
    u"<iq type='result'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
    "<items node='urn:xmpp:bookmarks:1'>"
    "<item id='theplay@conference.shakespeare.lit'>"
    "<conference xmlns='urn:xmpp:bookmarks:1' name='The Play&apos;s the Thing' autojoin='true'>"
    "<nick>JC</nick></conference></item>"
    "<item id='orchard@conference.shakespeare.lit'>"
    "<conference xmlns='urn:xmpp:bookmarks:1' name='The Orchard' autojoin='1'>"
    "<nick>JC</nick><extensions><state xmlns='http://myclient.example/bookmark/state' "
    "minimized='true'/></extensions></conference></item>"
    "</items></pubsub></iq>"_s;

// Brings bookmarks online on the PEP backend with the two bookmarks above.
void loadPep(RecordingStream &stream, Bookmarks &bookmarks)
{
    Q_EMIT stream.onlineChanged(true);
    stream.receive(reply(lastIq(stream.sent), compatInfo));
    stream.receive(reply(lastIq(stream.sent), pepItems));
    QVERIFY(bookmarks.isLoaded());
}

} // namespace

class BookmarksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pepItemFromTheXep()
    {
        // XEP-0402 §3.1, "An item of the bookmarks node".
        const auto bookmark = BookmarkStanzas::fromPepItem(
            stanza(u"<item xmlns='http://jabber.org/protocol/pubsub' "
                   "id='theplay@conference.shakespeare.lit'>"
                   "<conference xmlns='urn:xmpp:bookmarks:1' name='The Play&apos;s the Thing' "
                   "autojoin='true'><nick>JC</nick></conference></item>"_s));
        QVERIFY(bookmark);
        QCOMPARE(bookmark->room, theplay);
        QCOMPARE(bookmark->name, u"The Play's the Thing"_s);
        QCOMPARE(bookmark->nick, u"JC"_s);
        QVERIFY(bookmark->autojoin);
        QVERIFY(bookmark->password.isEmpty());
    }

    void publishHasTheXepShape()
    {
        Bookmark bookmark{theplay, u"The Play's the Thing"_s, u"JC"_s, {}, true};
        // XEP-0402 §3.3, "Client publishes a new bookmark" (with its publish-options).
        const Element expected =
            stanza(u"<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                   "<publish node='urn:xmpp:bookmarks:1'>"
                   "<item id='theplay@conference.shakespeare.lit'>"
                   "<conference xmlns='urn:xmpp:bookmarks:1' name='The Play&apos;s the Thing' "
                   "autojoin='true'><nick>JC</nick></conference></item></publish>"
                   "<publish-options><x xmlns='jabber:x:data' type='submit'>"
                   "<field var='FORM_TYPE' type='hidden'>"
                   "<value>http://jabber.org/protocol/pubsub#publish-options</value></field>"
                   "<field var='pubsub#persist_items'><value>true</value></field>"
                   "<field var='pubsub#max_items'><value>max</value></field>"
                   "<field var='pubsub#send_last_published_item'><value>never</value></field>"
                   "<field var='pubsub#access_model'><value>whitelist</value></field>"
                   "</x></publish-options></pubsub></iq>"_s);
        QCOMPARE(BookmarkStanzas::pepPublish(bookmark), expected);
    }

    void retractHasTheXepShape()
    {
        // XEP-0402 §3.4, "Client removes a bookmark".
        QCOMPARE(BookmarkStanzas::pepRetract(theplay),
                 stanza(u"<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                        "<retract node='urn:xmpp:bookmarks:1' notify='true'>"
                        "<item id='theplay@conference.shakespeare.lit'/></retract>"
                        "</pubsub></iq>"_s));
    }

    void legacyStorageFromTheXep()
    {
        // XEP-0048 §3.2, "Storage of a conference bookmark" (with a url bookmark kept aside).
        QList<Element> others;
        const QList<Bookmark> bookmarks = BookmarkStanzas::fromStorage(
            stanza(u"<storage xmlns='storage:bookmarks'>"
                   "<conference name='Council of Oberon' autojoin='true' "
                   "jid='council@conference.underhill.org'>"
                   "<nick>Puck</nick><password>titania</password></conference>"
                   "<url name='Complete Works of Shakespeare' "
                   "url='http://the-tech.mit.edu/Shakespeare/'/></storage>"_s),
            &others);
        QCOMPARE(bookmarks.size(), 1);
        const Bookmark &council = bookmarks.constFirst();
        QCOMPARE(council.room, Jid::parse(u"council@conference.underhill.org"));
        QCOMPARE(council.name, u"Council of Oberon"_s);
        QCOMPARE(council.nick, u"Puck"_s);
        QCOMPARE(council.password, u"titania"_s);
        QVERIFY(council.autojoin);
        QCOMPARE(others.size(), 1);
        // Written back whole, the url is kept.
        const Element written = BookmarkStanzas::privateStore(bookmarks, others);
        QCOMPARE(written, stanza(u"<iq type='set'><query xmlns='jabber:iq:private'>"
                                 "<storage xmlns='storage:bookmarks'>"
                                 "<conference jid='council@conference.underhill.org' "
                                 "name='Council of Oberon' autojoin='true'>"
                                 "<nick>Puck</nick><password>titania</password></conference>"
                                 "<url name='Complete Works of Shakespeare' "
                                 "url='http://the-tech.mit.edu/Shakespeare/'/></storage>"
                                 "</query></iq>"_s));
        // XEP-0049 §2.3: the request.
        QCOMPARE(BookmarkStanzas::privateFetch(),
                 stanza(u"<iq type='get'><query xmlns='jabber:iq:private'>"
                        "<storage xmlns='storage:bookmarks'/></query></iq>"_s));
    }

    void loadsFromPepWhenTheServerOffersCompat()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        QSignalSpy loaded(&bookmarks, &Bookmarks::loaded);
        Q_EMIT stream.onlineChanged(true);
        const Element info = lastIq(stream.sent);
        QCOMPARE(info.attribute(u"to"), u"juliet@capulet.lit"_s);
        QVERIFY(!info.firstChild(u"query", ns::DiscoInfo).isNull());
        stream.receive(reply(info, compatInfo));
        const Element fetch = lastIq(stream.sent);
        // XEP-0402 §3.2, "Client requests all of the bookmarks".
        QCOMPARE(withoutId(fetch),
                 stanza(u"<iq type='get'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                        "<items node='urn:xmpp:bookmarks:1'/></pubsub></iq>"_s));
        stream.receive(reply(fetch, pepItems));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(bookmarks.backend(), Bookmarks::Backend::Pep);
        QCOMPARE(bookmarks.bookmarks().size(), 2);
        QCOMPARE(bookmarks.bookmark(theplay)->nick, u"JC"_s);
        QVERIFY(bookmarks.bookmark(Jid::parse(u"orchard@conference.shakespeare.lit"))->autojoin);
    }

    void compatWithoutNodeIsAnEmptyList()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        Q_EMIT stream.onlineChanged(true);
        stream.receive(reply(lastIq(stream.sent), compatInfo));
        stream.receive(reply(lastIq(stream.sent), itemNotFound));
        QVERIFY(bookmarks.isLoaded());
        QCOMPARE(bookmarks.backend(), Bookmarks::Backend::Pep);
        QVERIFY(bookmarks.bookmarks().isEmpty());
    }

    void fallsBackToPrivateStorage()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        Q_EMIT stream.onlineChanged(true);
        stream.receive(reply(lastIq(stream.sent), plainInfo));
        stream.receive(reply(lastIq(stream.sent), itemNotFound)); // no PEP bookmarks
        const Element fetch = lastIq(stream.sent);
        QVERIFY(!fetch.firstChild(u"query", ns::PrivateXml).isNull());
        // XEP-0048 §3.3, "Server returns bookmarks".
        stream.receive(reply(fetch, u"<iq type='result'><query xmlns='jabber:iq:private'>"
                                    "<storage xmlns='storage:bookmarks'>"
                                    "<conference name='Council of Oberon' autojoin='true' "
                                    "jid='council@conference.underhill.org'>"
                                    "<nick>Puck</nick></conference></storage></query></iq>"_s));
        QVERIFY(bookmarks.isLoaded());
        QCOMPARE(bookmarks.backend(), Bookmarks::Backend::PrivateStorage);
        QCOMPARE(bookmarks.bookmarks().size(), 1);
        // A change writes the whole storage back.
        stream.sent.clear();
        QSignalSpy changed(&bookmarks, &Bookmarks::bookmarkChanged);
        bookmarks.set({theplay, u"The Play"_s, {}, {}, false});
        QCOMPARE(changed.count(), 1);
        const Element store = lastIq(stream.sent);
        const QList<Bookmark> stored = BookmarkStanzas::fromStorage(
            store.firstChild(u"query", ns::PrivateXml).firstChild(u"storage", ns::BookmarksLegacy));
        QCOMPARE(stored.size(), 2);
        QSignalSpy removed(&bookmarks, &Bookmarks::bookmarkRemoved);
        bookmarks.remove(Jid::parse(u"council@conference.underhill.org"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(BookmarkStanzas::fromStorage(lastIq(stream.sent)
                                                  .firstChild(u"query", ns::PrivateXml)
                                                  .firstChild(u"storage", ns::BookmarksLegacy))
                     .size(),
                 1);
    }

    void setAndRemovePublishAndRetract()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        loadPep(stream, bookmarks);
        QSignalSpy changed(&bookmarks, &Bookmarks::bookmarkChanged);
        QSignalSpy removed(&bookmarks, &Bookmarks::bookmarkRemoved);
        const Bookmark updated{theplay, u"The Play"_s, u"Juliet"_s, u"secret"_s, false};
        bookmarks.set(updated);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bookmarks.bookmark(theplay), updated);
        QCOMPARE(withoutId(lastIq(stream.sent)), BookmarkStanzas::pepPublish(updated));
        bookmarks.remove(theplay);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(withoutId(lastIq(stream.sent)), BookmarkStanzas::pepRetract(theplay));
        QVERIFY(!bookmarks.bookmark(theplay));
        // A failed write is reported in words.
        QSignalSpy failed(&bookmarks, &Bookmarks::failed);
        bookmarks.set(updated);
        stream.receive(reply(lastIq(stream.sent),
                             u"<iq type='error'><error type='cancel'><not-allowed "
                             "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void notificationsFromOurAccountOnly()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        loadPep(stream, bookmarks);
        QSignalSpy changed(&bookmarks, &Bookmarks::bookmarkChanged);
        QSignalSpy removed(&bookmarks, &Bookmarks::bookmarkRemoved);
        // XEP-0402 §3.5, "Bookmark notification" — from someone else: ignored.
        const QString added =
            u"<message from='%1' to='juliet@capulet.lit/balcony' type='headline' id='new-room1'>"
            "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
            "<items node='urn:xmpp:bookmarks:1'>"
            "<item id='theplay@conference.shakespeare.lit'>"
            "<conference xmlns='urn:xmpp:bookmarks:1' name='The Play&apos;s the Thing' "
            "autojoin='false'><nick>Romeo</nick></conference></item>"
            "</items></event></message>"_s;
        stream.receive(stanza(added.arg(u"mallory@evil.example"_s)));
        stream.receive(stanza(added.arg(u"juliet@capulet.lit/balcony"_s)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(bookmarks.bookmark(theplay)->nick, u"JC"_s);
        stream.receive(stanza(added.arg(u"juliet@capulet.lit"_s)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bookmarks.bookmark(theplay)->nick, u"Romeo"_s);
        QVERIFY(!bookmarks.bookmark(theplay)->autojoin);
        // XEP-0402 §3.5, "Bookmark retraction notification".
        const QString retracted =
            u"<message from='%1' to='juliet@capulet.lit/balcony' type='headline' "
            "id='removed-room1'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
            "<items node='urn:xmpp:bookmarks:1'>"
            "<retract id='theplay@conference.shakespeare.lit'/></items></event></message>"_s;
        stream.receive(stanza(retracted.arg(u"romeo@montague.lit"_s)));
        QCOMPARE(removed.count(), 0);
        stream.receive(stanza(retracted.arg(u"juliet@capulet.lit"_s)));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!bookmarks.bookmark(theplay));
    }

    void changesBeforeLoadingWaitForTheList()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        const Bookmark early{Jid::parse(u"early@conference.shakespeare.lit"), {}, {}, {}, true};
        bookmarks.set(early);
        QVERIFY(stream.sent.isEmpty());
        loadPep(stream, bookmarks);
        QCOMPARE(bookmarks.bookmarks().size(), 3);
        QCOMPARE(withoutId(lastIq(stream.sent)), BookmarkStanzas::pepPublish(early));
    }

    void reloadsAfterEverySignIn()
    {
        RecordingStream stream(Jid::parse(u"juliet@capulet.lit/balcony"));
        Bookmarks bookmarks(stream);
        loadPep(stream, bookmarks);
        Q_EMIT stream.onlineChanged(false);
        QVERIFY(!bookmarks.isLoaded());
        QCOMPARE(bookmarks.bookmarks().size(), 2); // still shown while offline
        stream.sent.clear();
        Q_EMIT stream.onlineChanged(true);
        QCOMPARE(stream.sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(BookmarksTest)
#include "tst_bookmarks.moc"

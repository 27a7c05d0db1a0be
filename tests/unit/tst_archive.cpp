// Message archive queries (XEP-0313, urn:xmpp:mam:2, with XEP-0059 paging) over a recording
// stream: the XEP's examples, paging, errors, and result messages that must be ignored.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "im/Archive.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid juliet = Jid::parse(u"juliet@capulet.lit/chamber");

// XEP-0313 example 6: two results of our own archive (no 'from').
QString resultMessage(const QString &queryId, const QString &archiveId, const QString &stamp,
                      const QString &body, const QString &fromAttribute = {})
{
    return u"<message id='aeb213' to='juliet@capulet.lit/chamber' %5>"
           u"<result xmlns='urn:xmpp:mam:2' queryid='%1' id='%2'>"
           u"<forwarded xmlns='urn:xmpp:forward:0'>"
           u"<delay xmlns='urn:xmpp:delay' stamp='%3'/>"
           u"<message xmlns='jabber:client' to='juliet@capulet.lit/balcony' "
           u"from='romeo@montague.lit/orchard' type='chat'><body>%4</body></message>"
           u"</forwarded></result></message>"_s.arg(queryId, archiveId, stamp, body, fromAttribute);
}

QString finResult(const Element &request, const QString &finXml)
{
    return u"<iq type='result' id='%1'>%2</iq>"_s.arg(request.attribute(u"id"), finXml);
}

const QString exampleFin =
    u"<fin xmlns='urn:xmpp:mam:2'><set xmlns='http://jabber.org/protocol/rsm'>"
    u"<first index='0'>28482-98726-73623</first>"
    u"<last>09af3-cc343-b409f</last></set></fin>"_s;

struct Recorder
{
    int calls = 0;
    ArchivePage page;
    Archive::Callback callback()
    {
        return [this](const ArchivePage &p) {
            ++calls;
            page = p;
        };
    }
};

QString queryIdOf(const Element &iq)
{
    return iq.firstChild(u"query", ns::Mam).attribute(u"queryid");
}

} // namespace

class ArchiveTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queriesOurOwnArchive()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        archive.query({}, {});
        archive.query({}, {});
        QCOMPARE(stream.sent.size(), 2);
        const Element iq = stream.sent.at(0);
        const QString queryId = queryIdOf(iq);
        QVERIFY(queryId.size() >= 16);
        QVERIFY(queryId != queryIdOf(stream.sent.at(1))); // fresh for every query
        // XEP-0313 example 1, with the default page size.
        QCOMPARE(iq, stanzaFromXml(u"<iq type='set' id='%1'>"
                                   u"<query xmlns='urn:xmpp:mam:2' queryid='%2'>"
                                   u"<set xmlns='http://jabber.org/protocol/rsm'><max>100</max>"
                                   u"</set></query></iq>"_s.arg(iq.attribute(u"id"), queryId)));
    }

    void filtersAndPages()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        ArchiveQuery query;
        query.with = Jid::parse(u"juliet@capulet.lit");
        query.start = QDateTime(QDate(2010, 8, 7), QTime(0, 0), Qt::UTC);
        query.afterId = u"09af3-cc343-b409f"_s;
        query.max = 10;
        archive.query(query, {});
        const Element iq = stream.sent.takeFirst();
        // XEP-0313 examples 7 and 14 together.
        QCOMPARE(iq, stanzaFromXml(u"<iq type='set' id='%1'>"
                                   u"<query xmlns='urn:xmpp:mam:2' queryid='%2'>"
                                   u"<x xmlns='jabber:x:data' type='submit'>"
                                   u"<field var='FORM_TYPE' type='hidden'>"
                                   u"<value>urn:xmpp:mam:2</value></field>"
                                   u"<field var='with'><value>juliet@capulet.lit</value></field>"
                                   u"<field var='start'><value>2010-08-07T00:00:00Z</value></field>"
                                   u"</x><set xmlns='http://jabber.org/protocol/rsm'><max>10</max>"
                                   u"<after>09af3-cc343-b409f</after></set></query></iq>"_s.arg(
                                       iq.attribute(u"id"), queryIdOf(iq))));
    }

    void pagesBackwards()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        ArchiveQuery last;
        last.lastPage = true;
        last.max = 10;
        archive.query(last, {});
        const Element newest = stream.sent.takeFirst();
        // XEP-0313 example 17: an empty <before/> asks for the newest page.
        const Element set = newest.firstChild(u"query", ns::Mam).firstChild(u"set", ns::Rsm);
        QCOMPARE(set, stanzaFromXml(u"<set xmlns='http://jabber.org/protocol/rsm'><max>10</max>"
                                    u"<before/></set>"_s));

        ArchiveQuery older;
        older.beforeId = u"28482-98726-73623"_s;
        older.lastPage = true; // a known cursor wins
        archive.query(older, {});
        const Element page = stream.sent.takeFirst();
        QCOMPARE(page.firstChild(u"query", ns::Mam).firstChild(u"set", ns::Rsm),
                 stanzaFromXml(u"<set xmlns='http://jabber.org/protocol/rsm'><max>100</max>"
                               u"<before>28482-98726-73623</before></set>"_s));
        QVERIFY(page.firstChild(u"query", ns::Mam).firstChild(u"x", ns::DataForms).isNull());
    }

    void queriesARoomArchive()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        ArchiveQuery query;
        query.archive = Jid::parse(u"coven@chat.shakespeare.lit");
        archive.query(query, {});
        QCOMPARE(stream.sent.takeFirst().attribute(u"to"), u"coven@chat.shakespeare.lit"_s);
    }

    void collectsResults()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        QSignalSpy spoofed(&archive, &Archive::spoofedResultIgnored);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        const QString queryId = queryIdOf(iq);

        stream.receive(stanzaFromXml(resultMessage(
            queryId, u"28482-98726-73623"_s, u"2010-07-10T23:08:25Z"_s, u"Call me but love"_s)));
        stream.receive(
            stanzaFromXml(resultMessage(queryId, u"5d398-28273-f7382"_s, u"2010-07-10T23:09:32Z"_s,
                                        u"What man art thou"_s, u"from='juliet@capulet.lit'"_s)));
        QCOMPARE(recorder.calls, 0);
        stream.receive(stanzaFromXml(finResult(iq, exampleFin)));

        QCOMPARE(recorder.calls, 1);
        const ArchivePage &page = recorder.page;
        QVERIFY(page.ok);
        QVERIFY(page.error.isEmpty());
        QVERIFY(!page.complete);
        QVERIFY(!page.cursorUnknown);
        QCOMPARE(page.firstId, u"28482-98726-73623"_s);
        QCOMPARE(page.lastId, u"09af3-cc343-b409f"_s);
        QCOMPARE(page.messages.size(), 2);
        QCOMPARE(page.messages[0].archiveId, u"28482-98726-73623"_s);
        QCOMPARE(page.messages[0].stampUtc,
                 QDateTime(QDate(2010, 7, 10), QTime(23, 8, 25), Qt::UTC));
        QCOMPARE(page.messages[0].message.body, u"Call me but love"_s);
        QCOMPARE(page.messages[0].message.from, Jid::parse(u"romeo@montague.lit/orchard"));
        QCOMPARE(page.messages[0].message.type, MessageType::Chat);
        QCOMPARE(page.messages[1].archiveId, u"5d398-28273-f7382"_s);
        QCOMPARE(spoofed.size(), 0);

        // Late results and repeated answers change nothing.
        stream.receive(
            stanzaFromXml(resultMessage(queryId, u"late"_s, u"2010-07-10T23:09:32Z"_s, u"late"_s)));
        stream.receive(stanzaFromXml(finResult(iq, exampleFin)));
        QCOMPARE(recorder.calls, 1);
        QCOMPARE(spoofed.size(), 1);
    }

    void completeFlag_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<bool>("complete");
        QTest::newRow("true") << u"complete='true'"_s << true;
        QTest::newRow("1") << u"complete='1'"_s << true;
        QTest::newRow("false") << u"complete='false'"_s << false;
        QTest::newRow("absent") << QString() << false;
        QTest::newRow("garbage") << u"complete='yes'"_s << false;
    }

    void completeFlag()
    {
        QFETCH(QString, attribute);
        QFETCH(bool, complete);
        RecordingStream stream(juliet);
        Archive archive(stream);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        // XEP-0313 example 16.
        stream.receive(stanzaFromXml(finResult(
            iq, u"<fin xmlns='urn:xmpp:mam:2' %1><set xmlns='http://jabber.org/protocol/rsm'>"
                u"<first index='0'>23452-4534-1</first><last>390-2342-22</last>"
                u"<count>16</count></set></fin>"_s.arg(attribute))));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(recorder.page.ok);
        QCOMPARE(recorder.page.complete, complete);
        QCOMPARE(recorder.page.firstId, u"23452-4534-1"_s);
        QCOMPARE(recorder.page.lastId, u"390-2342-22"_s);
        QVERIFY(recorder.page.messages.isEmpty());
    }

    void foreignResultsAreIgnored_data()
    {
        QTest::addColumn<QString>("archive"); // empty: our own
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("own, no from") << QString() << QString() << true;
        QTest::newRow("own, our bare JID") << QString() << u"from='juliet@capulet.lit'"_s << true;
        QTest::newRow("own, our full JID")
            << QString() << u"from='juliet@capulet.lit/chamber'"_s << false;
        QTest::newRow("own, a contact") << QString() << u"from='romeo@montague.lit'"_s << false;
        QTest::newRow("own, our server") << QString() << u"from='capulet.lit'"_s << false;
        QTest::newRow("own, garbage from") << QString() << u"from='@@'"_s << false;
        const QString room = u"coven@chat.shakespeare.lit"_s;
        QTest::newRow("room, the room") << room << u"from='coven@chat.shakespeare.lit'"_s << true;
        QTest::newRow("room, an occupant")
            << room << u"from='coven@chat.shakespeare.lit/firstwitch'"_s << false;
        QTest::newRow("room, no from") << room << QString() << false;
        QTest::newRow("room, our bare JID") << room << u"from='juliet@capulet.lit'"_s << false;
    }

    void foreignResultsAreIgnored()
    {
        QFETCH(QString, archive);
        QFETCH(QString, from);
        QFETCH(bool, accepted);
        RecordingStream stream(juliet);
        Archive mam(stream);
        QSignalSpy spoofed(&mam, &Archive::spoofedResultIgnored);
        Recorder recorder;
        ArchiveQuery query;
        if (!archive.isEmpty())
            query.archive = Jid::parse(archive);
        mam.query(query, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        stream.receive(stanzaFromXml(
            resultMessage(queryIdOf(iq), u"id-1"_s, u"2010-07-10T23:08:25Z"_s, u"hello"_s, from)));
        QCOMPARE(spoofed.size(), accepted ? 0 : 1);
        if (!accepted)
            QVERIFY(!spoofed.at(0).at(1).toString().isEmpty());

        const QString iqFrom = archive.isEmpty() ? QString() : u"from='%1'"_s.arg(archive);
        stream.receive(stanzaFromXml(u"<iq type='result' id='%1' %2>%3</iq>"_s.arg(
            iq.attribute(u"id"), iqFrom, exampleFin)));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(recorder.page.ok);
        QCOMPARE(recorder.page.messages.size(), accepted ? 1 : 0);
    }

    void unknownQueryIdIsIgnored()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        QSignalSpy spoofed(&archive, &Archive::spoofedResultIgnored);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        for (const QString &queryId : QStringList{u"f27"_s, QString(), queryIdOf(iq) + u'x'}) {
            stream.receive(stanzaFromXml(
                resultMessage(queryId, u"id-1"_s, u"2010-07-10T23:08:25Z"_s, u"injected"_s)));
        }
        // A message with no <result/> is none of the archive's business.
        stream.receive(stanzaFromXml(u"<message from='romeo@montague.lit/orchard'>"
                                     u"<body>live</body></message>"_s));
        QCOMPARE(spoofed.size(), 3);
        QCOMPARE(spoofed.at(0).at(0).toString(), QString());
        stream.receive(stanzaFromXml(finResult(iq, exampleFin)));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(recorder.page.messages.isEmpty());
    }

    void malformedResultsAreSkipped()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        const QString q = queryIdOf(iq);
        // No archive id; no forwarded message; a forwarded message in the wrong place.
        stream.receive(
            stanzaFromXml(resultMessage(q, QString(), u"2010-07-10T23:08:25Z"_s, u"no id"_s)));
        stream.receive(stanzaFromXml(u"<message><result xmlns='urn:xmpp:mam:2' queryid='%1' id='a'>"
                                     u"<forwarded xmlns='urn:xmpp:forward:0'>"
                                     u"<delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>"
                                     u"</forwarded></result></message>"_s.arg(q)));
        stream.receive(stanzaFromXml(
            u"<message><result xmlns='urn:xmpp:mam:2' queryid='%1' id='b'>"
            u"<message xmlns='jabber:client'><body>x</body></message></result></message>"_s.arg(
                q)));
        // A garbage stamp keeps the message, without a time.
        stream.receive(stanzaFromXml(resultMessage(q, u"c"_s, u"not a time"_s, u"kept"_s)));
        stream.receive(stanzaFromXml(finResult(iq, exampleFin)));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(recorder.page.ok);
        QCOMPARE(recorder.page.messages.size(), 1);
        QCOMPARE(recorder.page.messages[0].archiveId, u"c"_s);
        QVERIFY(!recorder.page.messages[0].stampUtc.isValid());
        QCOMPARE(recorder.page.messages[0].message.body, u"kept"_s);
    }

    void resultWithoutFinIsAnEmptyPage()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        stream.receive(stanzaFromXml(finResult(iq, QString())));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(recorder.page.ok);
        QVERIFY(!recorder.page.complete);
        QVERIFY(recorder.page.firstId.isEmpty());
    }

    void unknownCursor()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        Recorder recorder;
        ArchiveQuery query;
        query.afterId = u"09af3-cc343-b409f"_s;
        archive.query(query, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        const QString q = queryIdOf(iq);
        stream.receive(stanzaFromXml(
            resultMessage(q, u"x"_s, u"2010-07-10T23:08:25Z"_s, u"dropped with the error"_s)));
        // XEP-0313 example 15.
        stream.receive(stanzaFromXml(
            u"<iq type='error' id='%1'><error type='cancel'>"
            u"<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                iq.attribute(u"id"))));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(!recorder.page.ok);
        QVERIFY(recorder.page.cursorUnknown);
        QVERIFY(!recorder.page.error.isEmpty());
        QVERIFY(recorder.page.messages.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("afterId");
        QTest::addColumn<QString>("condition");
        QTest::newRow("item-not-found without a cursor") << QString() << u"item-not-found"_s;
        QTest::newRow("forbidden") << u"abc"_s << u"forbidden"_s;
        QTest::newRow("feature-not-implemented") << QString() << u"feature-not-implemented"_s;
    }

    void errors()
    {
        QFETCH(QString, afterId);
        QFETCH(QString, condition);
        RecordingStream stream(juliet);
        Archive archive(stream);
        Recorder recorder;
        ArchiveQuery query;
        query.afterId = afterId;
        archive.query(query, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        stream.receive(
            stanzaFromXml(u"<iq type='error' id='%1'><error type='cancel'>"
                          u"<%2 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                              iq.attribute(u"id"), condition)));
        QCOMPARE(recorder.calls, 1);
        QVERIFY(!recorder.page.ok);
        QVERIFY(!recorder.page.cursorUnknown);
        QVERIFY(!recorder.page.error.isEmpty());
    }

    void disconnectEndsTheQuery()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        QSignalSpy spoofed(&archive, &Archive::spoofedResultIgnored);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        stream.receive(stanzaFromXml(
            resultMessage(queryIdOf(iq), u"x"_s, u"2010-07-10T23:08:25Z"_s, u"half"_s)));
        stream.endSession(u"The connection was lost."_s);
        QCOMPARE(recorder.calls, 1);
        QVERIFY(!recorder.page.ok);
        QCOMPARE(recorder.page.error, u"The connection was lost."_s);
        QVERIFY(!recorder.page.cursorUnknown);

        // The query is over: its id is no longer accepted.
        stream.receive(stanzaFromXml(
            resultMessage(queryIdOf(iq), u"y"_s, u"2010-07-10T23:08:25Z"_s, u"late"_s)));
        QCOMPARE(spoofed.size(), 1);
        QCOMPARE(recorder.calls, 1);
    }

    void answerFromElsewhereIsNotTheAnswer()
    {
        RecordingStream stream(juliet);
        Archive archive(stream);
        Recorder recorder;
        archive.query({}, recorder.callback());
        const Element iq = stream.sent.takeFirst();
        stream.receive(stanzaFromXml(u"<iq type='result' id='%1' from='romeo@montague.lit'>"
                                     u"%2</iq>"_s.arg(iq.attribute(u"id"), exampleFin)));
        QCOMPARE(recorder.calls, 0);
        stream.receive(stanzaFromXml(finResult(iq, exampleFin)));
        QCOMPARE(recorder.calls, 1);
    }

    void destroyedArchiveDropsItsCallbacks()
    {
        RecordingStream stream(juliet);
        Recorder recorder;
        {
            Archive archive(stream);
            archive.query({}, recorder.callback());
        }
        stream.endSession(u"gone"_s);
        QCOMPARE(recorder.calls, 0);
    }
};

QTEST_GUILESS_MAIN(ArchiveTest)
#include "tst_archive.moc"

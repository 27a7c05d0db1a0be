#pragma once

// A Room over a recording stream and a real HistoryStore, with the XEP-0045 examples' cast
// (coven@chat.shakespeare.lit; we are hag66, entering as thirdwitch), for the room tests.
#include "RecordingStream.h"
#include "im/Message.h"
#include "muc/Room.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/ElementFromXml.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Linnet::Test {

inline const QString RoomJid = QStringLiteral("coven@chat.shakespeare.lit");
inline const QString Own = QStringLiteral("hag66@shakespeare.lit/pda");

inline Element xml(const QString &text)
{
    const Element element = elementFromXml(text.toUtf8());
    if (element.isNull())
        qFatal("Bad test XML: %s", qPrintable(text));
    return element;
}

// §7.2.3: the presence of an occupant, as the room broadcasts it.
inline QString occupantPresence(const QString &nick, const QString &affiliation,
                                const QString &role, const QString &extra = {},
                                const QString &jid = {})
{
    using namespace Qt::StringLiterals;
    const QString jidAttribute = jid.isEmpty() ? QString() : u" jid='%1'"_s.arg(jid);
    return u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/%1' to='%2'>"
           "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='%3' role='%4'%5/>"
           "%6</x></presence>"_s.arg(nick, Own, affiliation, role, jidAttribute, extra);
}

// The base of a room test class: its init() calls setUpRoom(), its cleanup() tearDownRoom().
class RoomTestBase : public QObject
{
protected:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<RecordingStream> stream;
    std::unique_ptr<Database> database;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<Room> room;

    static void registerTypes()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Occupant>();
        qRegisterMetaType<RoomExit>();
        qRegisterMetaType<HistoryMessage>();
    }
    void setUpRoom()
    {
        using namespace Qt::StringLiterals;
        dir = std::make_unique<QTemporaryDir>();
        stream = std::make_unique<RecordingStream>(Jid::parse(Own));
        database = std::make_unique<Database>();
        database->open(dir->filePath(u"history.sqlite"_s));
        history = std::make_unique<HistoryStore>(*database);
        room =
            std::make_unique<Room>(*stream, *history, Jid::parse(QString(RoomJid + u"/ignored"_s)));
    }
    void tearDownRoom()
    {
        room.reset();
        history.reset();
        database.reset();
        stream.reset();
        dir.reset();
    }

    void presence(const QString &text) { room->handlePresence(xml(text)); }
    void message(const QString &text)
    {
        const Element stanza = xml(text);
        room->handleMessage(Message::fromElement(stanza), stanza);
    }
    QList<HistoryMessage> stored()
    {
        history->flush();
        auto future = history->page(RoomJid, 0, 1000);
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 5000))
            return {};
        return future.result();
    }
    bool waitStored(const std::function<bool(const QList<HistoryMessage> &)> &done)
    {
        return QTest::qWaitFor([&] { return done(stored()); }, 5000);
    }
    QList<Element> sentNamed(QStringView name) const
    {
        QList<Element> found;
        for (const Element &stanza : stream->sent) {
            if (stanza.name() == name)
                found.append(stanza);
        }
        return found;
    }
    Element lastSent(QStringView name) const
    {
        const QList<Element> found = sentNamed(name);
        return found.isEmpty() ? Element() : found.last();
    }
    // Answers the last IQ Room sent with a result carrying payload.
    void answerLastIq(const QString &payload = {})
    {
        using namespace Qt::StringLiterals;
        const Element iq = lastSent(u"iq");
        QVERIFY(!iq.isNull());
        stream->receive(
            xml(u"<iq xmlns='jabber:client' type='result' from='%1' to='%2' id='%3'>"
                "%4</iq>"_s.arg(iq.attribute(u"to"), Own, iq.attribute(u"id"), payload)));
    }
    void answerLastIqWithError(const QString &condition)
    {
        using namespace Qt::StringLiterals;
        const Element iq = lastSent(u"iq");
        stream->receive(xml(
            u"<iq xmlns='jabber:client' type='error' from='%1' to='%2' id='%3'><error "
            "type='cancel'><%4 xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(
                iq.attribute(u"to"), Own, iq.attribute(u"id"), condition)));
    }
    // §7.2: the join of the examples — two witches are there, we enter as thirdwitch with
    // the given standing.
    void joinAs(const QString &affiliation = QStringLiteral("none"),
                const QString &role = QStringLiteral("participant"), JoinHistory joinHistory = {})
    {
        using namespace Qt::StringLiterals;
        room->join({u"thirdwitch"_s, {}, joinHistory});
        presence(occupantPresence(u"firstwitch"_s, u"owner"_s, u"moderator"_s, {},
                                  u"crone1@shakespeare.lit/desktop"_s));
        presence(occupantPresence(u"secondwitch"_s, u"admin"_s, u"moderator"_s, {},
                                  u"wiccarocks@shakespeare.lit/laptop"_s));
        presence(occupantPresence(u"thirdwitch"_s, affiliation, role,
                                  u"<status code='100'/><status code='110'/>"_s, Own));
        QCOMPARE(room->state(), Room::State::Joined);
    }
};

} // namespace Linnet::Test

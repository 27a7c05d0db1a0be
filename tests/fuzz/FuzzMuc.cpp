// Harnesses for group chat: a room's presence and messages, and bookmarks.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "im/Message.h"
#include "muc/BookmarkStanzas.h"
#include "muc/Bookmarks.h"
#include "muc/MucRouting.h"
#include "muc/MucStatus.h"
#include "muc/MucUserPayload.h"
#include "muc/Room.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <utility>

namespace Linnet::Fuzz {

namespace {

const Jid Own = Jid::parse(u"hag66@shakespeare.lit/pda");
const Jid RoomAddress = Jid::parse(u"coven@chat.shakespeare.lit");

// One history database for the process: opening one per input would dominate the time. It
// closes with the application, before Qt's SQL drivers go away.
struct SharedHistory
{
    QTemporaryDir directory;
    Database database;
};

SharedHistory *sharedHistory = nullptr;

Database &sharedDatabase()
{
    if (!sharedHistory) {
        sharedHistory = new SharedHistory;
        sharedHistory->database
            .open(sharedHistory->directory.filePath(QStringLiteral("history.sqlite")))
            .waitForFinished();
        qAddPostRoutine([] { delete std::exchange(sharedHistory, nullptr); });
    }
    return sharedHistory->database;
}

void useMucUser(const Element &stanza)
{
    const MucUserPayload payload = MucUserPayload::fromStanza(stanza);
    const QString nick = Jid::parse(stanza.attribute(u"from")).resource();
    for (const int code : payload.statusCodes) {
        (void)MucStatus::describe(code, nick, payload.has(110));
        (void)MucStatus::isRoomNotice(code);
    }
}

} // namespace

// Stanzas routed as MucManager routes them to a room we are joining as thirdwitch; IQ
// results answer what the room asked (configuration, affiliation lists).
void fuzzMuc(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    Test::RecordingStream stream(Own);
    HistoryStore history(sharedDatabase());
    Room room(stream, history, RoomAddress);
    room.join({QStringLiteral("thirdwitch"), {}, {}});
    const auto roomState = [](const Jid &bare) {
        return bare == RoomAddress ? RoomPresenceState::Active : RoomPresenceState::Unknown;
    };
    for (const Element &stanza : stanzas) {
        useMucUser(stanza);
        switch (routeMucStanza(stanza, roomState).target) {
        case MucRoute::Target::RoomPresence:
            room.handlePresence(stanza);
            break;
        case MucRoute::Target::RoomMessage:
            room.handleMessage(Message::fromElement(stanza), stanza);
            break;
        default:
            deliver(stream, {stanza});
            break;
        }
        settle();
        if (room.state() == Room::State::Joined && room.canConfigure())
            room.requestConfiguration([](const DataForm &, const MucOutcome &) {});
    }
    for (const Occupant &occupant : room.occupants()) {
        (void)room.canKick(occupant);
        (void)room.canBan(occupant);
    }
    room.leave();
    settle();
}

// The first IQ result answers the first request Bookmarks makes when it loads (and so on);
// messages are PEP notifications. A bookmark set at the end writes the list back.
void fuzzBookmarks(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    for (const Element &stanza : stanzas) {
        QList<Element> others;
        const Element query = stanza.firstChild(u"query", ns::PrivateXml);
        (void)BookmarkStanzas::fromStorage(query.firstChild(u"storage", ns::BookmarksLegacy),
                                           &others);
        (void)BookmarkStanzas::fromPepItems(stanza.firstChild(u"pubsub", ns::PubSub));
    }
    Test::RecordingStream stream(Own);
    Bookmarks bookmarks(stream);
    bookmarks.load();
    deliver(stream, stanzas);
    Bookmark added;
    added.room = RoomAddress;
    added.name = QStringLiteral("The coven");
    bookmarks.set(added);
    for (const Bookmark &bookmark : bookmarks.bookmarks())
        (void)BookmarkStanzas::toConference(bookmark);
    settle();
}

} // namespace Linnet::Fuzz

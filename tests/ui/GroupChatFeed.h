#pragma once

// One account's chat and group chat services over a recording stream and a database file,
// playing the rooms' side of XEP-0045 in the specification's own stanzas: presences of
// occupants (with muc#user items and status codes), subjects, groupchat messages.
#include "ContactsTestXml.h"
#include "RecordingStream.h"
#include "chat/ChatServices.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "models/ConversationListModel.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"
#include "muc/RoomServices.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <memory>

namespace Linnet::Test {

using namespace Qt::StringLiterals;

inline const QString RoomJid = u"lounge@conference.localhost"_s;

struct GroupChatFeed
{
    explicit GroupChatFeed(const QString &databasePath)
        : stream(Jid::parse(u"me@localhost/desk")), carbons(stream), archive(stream),
          bookmarks(stream)
    {
        opened = database.open(databasePath).result().ok;
        history = std::make_unique<HistoryStore>(database);
        chats = std::make_unique<ChatManager>(stream, *history, carbons, archive);
        conversations = std::make_unique<ConversationListModel>(*history);
        muc = std::make_unique<MucManager>(stream, *history, bookmarks);
        muc->setDefaultNick(QStringLiteral("me"));
        chats->setRoomLookup([this](const Jid &bare) { return muc->isRoom(bare); });
    }

    ChatServices chatServices()
    {
        return {chats.get(), history.get(), conversations.get(), nullptr};
    }
    RoomServices roomServices()
    {
        return {muc.get(), history.get(), &bookmarks, conversations.get()};
    }

    void receive(const QString &xml) { stream.receive(stanzaFromXml(xml)); }
    // An occupant's presence in the room (XEP-0045 §7.2.3), with extra muc#user children.
    void occupant(const QString &nick, const QString &affiliation, const QString &role,
                  const QString &extra = {}, const QString &realJid = {})
    {
        const QString jidAttribute = realJid.isEmpty() ? QString() : u" jid='%1'"_s.arg(realJid);
        receive(u"<presence from='%1/%2' to='me@localhost/desk'>"
                "<x xmlns='http://jabber.org/protocol/muc#user'>"
                "<item affiliation='%3' role='%4'%5/>%6</x></presence>"_s.arg(
                    RoomJid, nick, affiliation, role, jidAttribute, extra));
    }
    // Our own presence: status 110 completes the join (§7.2.3).
    void self(const QString &nick, const QString &affiliation, const QString &role)
    {
        occupant(nick, affiliation, role, u"<status code='110'/>"_s, u"me@localhost/desk"_s);
    }
    void subject(const QString &by, const QString &text)
    {
        receive(u"<message type='groupchat' from='%1/%2' to='me@localhost/desk' id='subj'>"
                "<subject>%3</subject></message>"_s.arg(RoomJid, by, text));
    }
    void groupchat(const QString &nick, const QString &body, const QString &id)
    {
        receive(u"<message type='groupchat' from='%1/%2' to='me@localhost/desk' id='%3'>"
                "<body>%4</body>"
                "<stanza-id xmlns='urn:xmpp:sid:0' by='%1' id='sid-%3'/></message>"_s.arg(
                    RoomJid, nick, id, body));
    }
    // A full join: two others (alice owner/moderator, bob member/participant), then us.
    void joinAs(const QString &affiliation, const QString &role)
    {
        occupant(u"alice"_s, u"owner"_s, u"moderator"_s, {}, u"alice@localhost/a"_s);
        occupant(u"bob"_s, u"member"_s, u"participant"_s, {}, u"bob@localhost/b"_s);
        self(u"me"_s, affiliation, role);
        subject(u"alice"_s, u"Fire and ice"_s);
    }

    // What we sent of one kind.
    QList<Element> sent(const QString &name, const QString &type = {}) const
    {
        QList<Element> found;
        for (const Element &stanza : stream.sent) {
            if (stanza.name() == name && (type.isEmpty() || stanza.attribute(u"type") == type))
                found.append(stanza);
        }
        return found;
    }

    RecordingStream stream;
    Carbons carbons;
    Archive archive;
    Bookmarks bookmarks;
    Database database;
    bool opened = false;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<ChatManager> chats;
    std::unique_ptr<ConversationListModel> conversations;
    std::unique_ptr<MucManager> muc;
};

} // namespace Linnet::Test

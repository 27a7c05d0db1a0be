// Harnesses for <message/>: its payloads, carbons, invitations and archive results.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/Message.h"
#include "im/MessageStyling.h"
#include "muc/BookmarkStanzas.h"
#include "muc/Mentions.h"
#include "muc/MucInvitations.h"
#include "muc/MucRouting.h"
#include "muc/MucUserPayload.h"
#include "xml/namespaces.h"

namespace Linnet::Fuzz {

namespace {

const Jid Own = Jid::parse(u"juliet@capulet.lit/balcony");

// What ChatManager and the chat window do with a message's content.
void useMessage(const Message &message)
{
    (void)message.toElement();
    (void)message.hasContent();
    (void)message.stanzaIdBy(Own.bare());
    (void)MessageStyling::parse(message.body);
    (void)mentionsNick(message.body, QStringLiteral("juliet"));
}

// The room state for routing: decided by the room's name, so both answers are reachable.
RoomPresenceState roomStateOf(const Jid &bare)
{
    switch (qHash(bare.toString()) % 3) {
    case 0:
        return RoomPresenceState::Unknown;
    case 1:
        return RoomPresenceState::Idle;
    default:
        return RoomPresenceState::Active;
    }
}

// An archive result for the query Archive sent: the queryid is unguessable by design, so the
// harness puts the real one in, as the archive would.
Element withQueryId(const Element &stanza, const QString &queryId)
{
    Element result = stanza.firstChild(u"result", ns::Mam);
    if (result.isNull())
        return stanza;
    Element copy = stanza;
    copy.removeChildren(u"result", ns::Mam);
    result.setAttribute(QStringLiteral("queryid"), queryId);
    copy.appendChild(result);
    return copy;
}

} // namespace

void fuzzMessage(const uint8_t *data, size_t size)
{
    for (const Element &stanza : stanzasOf(bytesOf(data, size))) {
        const Message message = Message::fromElement(stanza);
        useMessage(message);
        const CarbonUnwrap carbon = Carbons::unwrap(stanza, Own);
        if (carbon.kind == CarbonUnwrap::Kind::Received || carbon.kind == CarbonUnwrap::Kind::Sent)
            useMessage(carbon.message);
        (void)routeMucStanza(stanza, roomStateOf);
        (void)MucUserPayload::fromStanza(stanza);
        (void)hasMucInviteOrDecline(stanza);
        if (const auto invitation = parseMucInvitation(stanza))
            (void)mucDeclineStanza(*invitation, QStringLiteral("no"));
        (void)BookmarkStanzas::pepEventOf(stanza);
    }
}

void fuzzArchive(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    Test::RecordingStream stream(Own);
    Archive archive(stream);
    ArchiveQuery query;
    query.with = Jid::parse(u"romeo@montague.lit");
    query.afterId = QStringLiteral("28482-98726-73623");
    archive.query(query, [](const ArchivePage &page) {
        for (const ArchivedMessage &archived : page.messages)
            useMessage(archived.message);
    });
    const Element request = lastSentIq(stream);
    const QString queryId = request.firstChild(u"query", ns::Mam).attribute(u"queryid");
    QList<Element> answers;
    for (const Element &stanza : stanzas)
        answers.append(withQueryId(stanza, queryId));
    deliver(stream, answers);
}

} // namespace Linnet::Fuzz

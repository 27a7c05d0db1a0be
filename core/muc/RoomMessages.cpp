// Room: group chat messages (live, join history, the room's archive), our own messages
// through the history store, the subject, and room-wide status messages.
#include "im/Archive.h"
#include "im/HistoryMapping.h"
#include "muc/MucStanzas.h"
#include "muc/MucStatus.h"
#include "muc/MucUserPayload.h"
#include "muc/RoomPrivate.h"
#include "muc/RoomSentences.h"
#include "storage/HistoryStore.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

void Room::handleMessage(const Message &message, const Element &stanza)
{
    if (!message.from.isValid() || message.from.bare() != d->jid) {
        qCWarning(lcMucRoom) << "Ignoring a message for" << d->jid.bareString() << "from"
                             << message.from.full();
        return;
    }
    if (message.type == MessageType::Error) {
        d->onErrorMessage(message);
        return;
    }
    const MucUserPayload payload = MucUserPayload::fromStanza(stanza);
    if (payload.present && message.from.isBare())
        d->onRoomStatus(payload);
    if (message.type != MessageType::Groupchat)
        return; // private messages belong to ChatManager, invitations to MucManager
    // §8.1: a <subject/> without a body is a subject change (an empty one clears it).
    if (!stanza.firstChild(u"subject", ns::Client).isNull() && message.body.isEmpty()) {
        d->onSubject(message);
        return;
    }
    if (message.body.isEmpty())
        return;
    // Join history carries <delay/> (§7.2.15); live messages do not.
    const Private::Origin origin =
        message.delayedAt.isValid() ? Private::Origin::JoinHistory : Private::Origin::Live;
    d->store(message, origin, {}, {},
             stanza.firstChild(u"occupant-id", ns::OccupantId).attribute(u"id"));
}

// ---- incoming -------------------------------------------------------------------------------

bool Room::Private::isOwn(const QString &senderNick, const QString &occupantId) const
{
    // XEP-0421 tells occupants apart even across nick changes; without it, the nick.
    if (!occupantId.isEmpty() && !ownOccupantId.isEmpty())
        return occupantId == ownOccupantId;
    return !senderNick.isEmpty() && senderNick == nick;
}

void Room::Private::store(const Message &message, Origin origin, const QString &archiveId,
                          const QDateTime &archiveStamp, const QString &occupantId)
{
    const QString senderNick = message.from.resource();
    const bool own = isOwn(senderNick, occupantId);
    HistoryMessage entry = historyFromMessage(message, jid.bareString(), own, message.from);
    entry.type = MessageType::Groupchat;
    entry.senderName = senderNick;
    // Our own message comes back with our id (and origin-id): that finds the queued row.
    if (own && entry.originId.isEmpty())
        entry.originId = message.id;
    // Only the room's own stanza-id is trusted (XEP-0359 §5: by = the room).
    entry.serverId = origin == Origin::Archive ? archiveId : message.stanzaIdBy(jid);
    if (origin == Origin::Archive && archiveStamp.isValid())
        entry.timestamp = archiveStamp;
    else if (message.delayedAt.isValid())
        entry.timestamp = message.delayedAt;
    const bool live = origin == Origin::Live;
    if (live && !entry.serverId.isEmpty() && archiveUsed && !catchingUp)
        history.setArchiveCursor(jid.bareString(), entry.serverId);
    const bool notify = live && !own;
    Room *room = &q;
    history.add(entry, room, [room, notify](const HistoryMessage &stored, bool inserted) {
        if (inserted && notify)
            Q_EMIT room->messageReceived(stored);
    });
}

void Room::Private::onSubject(const Message &message)
{
    subject = message.subject;
    subjectSetBy = message.from.resource();
    Q_EMIT q.subjectChanged(subject, subjectSetBy);
    if (subjectSetBy.isEmpty() || subjectSetBy != nick)
        return;
    for (qsizetype i = 0; i < pendingSubjects.size(); ++i) {
        if (pendingSubjects.at(i).id == message.id || pendingSubjects.at(i).text == subject) {
            const MucCallback done = pendingSubjects.takeAt(i).done;
            if (done)
                done(MucOutcome::success());
            return;
        }
    }
}

void Room::Private::onErrorMessage(const Message &message)
{
    const QString sentence =
        message.error ? message.error->humanSentence() : tr("The room could not take the message.");
    for (qsizetype i = 0; i < pendingSubjects.size(); ++i) {
        if (!message.id.isEmpty() && pendingSubjects.at(i).id == message.id) {
            failOutcome(pendingSubjects.takeAt(i).done, sentence);
            return;
        }
    }
    if (message.id.isEmpty()) {
        // From an occupant's JID it answers a private message: ChatManager's business.
        if (message.from.isBare())
            Q_EMIT q.notice(tr("The room reported an error: %1").arg(sentence));
        return;
    }
    history.updateDelivery(jid.bareString(), message.id, DeliveryState::Failed, sentence);
}

// Status codes in a message from the room itself (§10.2: configuration changes).
void Room::Private::onRoomStatus(const MucUserPayload &payload)
{
    for (int code : payload.statusCodes) {
        switch (code) {
        case 170:
            logged = true;
            break;
        case 171:
            logged = false;
            break;
        case 100:
        case 172:
            nonAnonymous = true;
            break;
        case 173:
        case 174:
            nonAnonymous = false;
            break;
        default:
            break;
        }
        Q_EMIT q.notice(MucStatus::describe(code, {}, false));
    }
    if (payload.decline) {
        const QString who =
            payload.decline->from.isValid() ? payload.decline->from.bareString() : tr("Someone");
        QString sentence = tr("%1 declined your invitation").arg(who);
        if (!payload.decline->reason.isEmpty())
            sentence += u": "_s + payload.decline->reason;
        Q_EMIT q.notice(RoomSentences::endSentence(sentence));
    }
    // Room-wide codes can change what the disco#info says (subject rights, anonymity).
    if (payload.has(104) && isJoined())
        requestInfo();
}

// ---- outgoing -------------------------------------------------------------------------------

QString Room::sendMessage(const QString &body)
{
    if (body.trimmed().isEmpty())
        return {};
    const QString id = Private::newId();
    HistoryMessage entry;
    entry.conversation = d->jid.bareString();
    entry.direction = MessageDirection::Outgoing;
    entry.senderJid = d->occupantJid(d->nick).full();
    entry.senderName = d->nick;
    entry.type = MessageType::Groupchat;
    entry.body = body;
    entry.timestamp = QDateTime::currentDateTimeUtc();
    entry.messageId = id;
    entry.originId = id;
    entry.state = DeliveryState::Queued;
    entry.read = true;
    // On disk first, then on the wire; the room's reflection makes it Sent.
    d->history.add(entry, this,
                   [this](const HistoryMessage &stored, bool) { d->transmit(stored); });
    return id;
}

void Room::Private::transmit(const HistoryMessage &entry)
{
    // rowId 0: the write failed, so nothing may go out. Not joined: it waits for the join.
    if (entry.rowId == 0 || entry.state != DeliveryState::Queued ||
        sentThisJoin.contains(entry.messageId) || state != State::Joined || !stream.isOnline())
        return;
    sentThisJoin.insert(entry.messageId);
    stream.send(MucStanzas::groupchatMessage(jid, entry.messageId, entry.body));
}

void Room::Private::flushQueued()
{
    whenRoomFutureReady(history.queuedOutgoing(), &q, [this](const QList<HistoryMessage> &queued) {
        for (const HistoryMessage &entry : queued) {
            if (entry.type == MessageType::Groupchat && entry.conversation == jid.bareString())
                transmit(entry);
        }
    });
}

void Room::retry(qint64 rowId)
{
    whenRoomFutureReady(d->history.message(rowId), this, [this](HistoryMessage entry) {
        if (entry.rowId == 0 || !entry.isOwn() || entry.state != DeliveryState::Failed ||
            entry.type != MessageType::Groupchat || entry.conversation != d->jid.bareString())
            return;
        d->history.updateDelivery(entry.conversation, entry.messageId, DeliveryState::Queued);
        d->sentThisJoin.remove(entry.messageId);
        entry.state = DeliveryState::Queued;
        d->transmit(entry);
    });
}

void Room::setSubject(const QString &subject, MucCallback done)
{
    if (d->state != State::Joined) {
        failOutcome(done, Private::notInRoomSentence());
        return;
    }
    if (!canSetSubject()) {
        failOutcome(done, tr("You may not change the subject of this room."));
        return;
    }
    const QString id = Private::newId();
    d->pendingSubjects.append({id, subject, std::move(done)});
    d->stream.send(MucStanzas::subjectMessage(d->jid, id, subject));
    QTimer::singleShot(Private::SubjectTimeoutMs, this, [this, id] {
        for (qsizetype i = 0; i < d->pendingSubjects.size(); ++i) {
            if (d->pendingSubjects.at(i).id == id) {
                failOutcome(d->pendingSubjects.takeAt(i).done,
                            tr("The room did not confirm the new subject."));
                return;
            }
        }
    });
}

// ---- the room's archive (XEP-0313) --------------------------------------------------------

Archive &Room::Private::roomArchive()
{
    if (archive)
        return *archive;
    if (!ownArchive)
        ownArchive = std::make_unique<Archive>(stream);
    return *ownArchive;
}

void Room::Private::startArchiveCatchUp()
{
    if (catchingUp)
        return;
    catchingUp = true;
    whenRoomFutureReady(history.archiveCursor(jid.bareString()), &q,
                        [this](const QString &cursor) { archivePage(cursor, 1); });
}

// From the newest stored archive id forwards, page by page; without one, only the newest page.
void Room::Private::archivePage(const QString &cursor, int pageNumber)
{
    if (!catchingUp || state != State::Joined)
        return;
    ArchiveQuery query;
    query.archive = jid;
    query.max = ArchivePageSize;
    if (cursor.isEmpty())
        query.lastPage = true;
    else
        query.afterId = cursor;
    QPointer<Room> guard(&q);
    roomArchive().query(query, [this, guard, cursor, pageNumber](const ArchivePage &page) {
        if (!guard || !catchingUp)
            return;
        if (page.cursorUnknown && !cursor.isEmpty()) {
            archivePage({}, pageNumber);
            return;
        }
        if (!page.ok) {
            qCInfo(lcMucRoom) << "The archive of" << jid.bareString() << "failed:" << page.error;
            catchingUp = false;
            return;
        }
        archiveUsed = true;
        for (const ArchivedMessage &archived : page.messages) {
            const Message &message = archived.message;
            if (message.from.bare() != jid || message.body.isEmpty() ||
                message.type != MessageType::Groupchat)
                continue;
            store(message, Origin::Archive, archived.archiveId, archived.stampUtc, {});
        }
        const bool more = !cursor.isEmpty() && !page.complete && !page.lastId.isEmpty() &&
                          pageNumber < ArchiveMaxPages;
        const QString next = page.lastId.isEmpty() ? cursor : page.lastId;
        whenRoomFutureReady(history.flush(), &q, [this, next, more, pageNumber] {
            if (!next.isEmpty())
                history.setArchiveCursor(jid.bareString(), next);
            if (more)
                archivePage(next, pageNumber + 1);
            else
                catchingUp = false;
        });
    });
}

} // namespace Linnet

#include "im/ChatManager.h"

#include "Logging.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/HistoryMapping.h"
#include "im/XmppDateTime.h"
#include "muc/MucInvitations.h"
#include "storage/HistoryStore.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// Runs done(result) on context's thread once future finishes, unless context is gone.
template <typename T, typename Done> void whenReady(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>)
                             done();
                         else
                             done(watcher->result());
                     });
    watcher->setFuture(future);
}

QString newMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

struct ChatManager::Private
{
    QHash<QString, ChatState> peerStates;
    QHash<QString, QString> lastMarkable; // conversation -> id of the last markable message
    // Ids handed to the stream in this session, so the outbox flush and a fresh send never
    // both send the same message.
    QSet<QString> sentThisSession;
    QSet<QString> fetchingOlder;
    int catchUpMessages = 0;
    // Ordering archived messages that fill the gap of a lost session (see gapTimestamp).
    bool fillingGap = false;
    bool caughtUp = true; // the last catch-up reached the end of the archive
    QDateTime gapEnd;     // the first session after the last complete catch-up began here
    QDateTime gapStart;   // the newest live message stored before that
    QDateTime lastLiveTimestamp;
    // While the outbox is read after a sign-in, new messages wait behind it (send order).
    bool flushingOutbox = false;
    QList<HistoryMessage> waitingForFlush;
    // While an archive page is being stored: its new messages, in archive order.
    bool collectingPage = false;
    bool pageIsOlder = false;
    QString pageAfterId; // the archive id a catch-up page follows
    // The archive id of the newest incoming message whose place is known, up to the cursor.
    // A catch-up page is placed after it rather than after the cursor itself: the cursor
    // may be one of our own messages, which keep the time they were written, long before
    // the archive took them after an outbox resend.
    QString placementAnchor;
    QList<HistoryMessage> page;
    bool catchUpAgain = false;
    // Messages to our bare address go to our other (or hibernating) resources until our
    // initial presence, so until a catch-up that started after it (catchUpAgain()) is done,
    // what comes live does not prove that nothing before it was missed: it may not move the
    // cursor past messages only the archive has.
    bool presenceCatchUpAsked = false;  // catchUpAgain() was called in this session
    bool catchUpCoversPresence = false; // the running catch-up started after that
    bool liveMovesCursor = false;
};

ChatManager::ChatManager(XmppStream &stream, HistoryStore &history, Carbons &carbons,
                         Archive &archive, QObject *parent)
    : QObject(parent), d(new Private), m_stream(stream), m_history(history), m_carbons(carbons),
      m_archive(archive)
{
    connect(&stream, &XmppStream::stanzaReceived, this, &ChatManager::onStanza);
    connect(&stream, &XmppStream::onlineChanged, this, &ChatManager::onOnlineChanged);
    connect(&stream, &XmppStream::stanzaAcknowledged, this, &ChatManager::onAcknowledged);
    if (stream.isOnline()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stream.isOnline())
                    onOnlineChanged(true);
            },
            Qt::QueuedConnection);
    }
}

ChatManager::~ChatManager()
{
    delete d;
}

Jid ChatManager::ownJid() const
{
    return m_stream.boundJid();
}

ChatState ChatManager::peerChatState(const QString &conversation) const
{
    return d->peerStates.value(conversation, ChatState::None);
}

QString ChatManager::conversationKey(const Jid &peer) const
{
    if (peer.isFull() && m_isRoom && m_isRoom(peer.bare()))
        return peer.full();
    return peer.bareString();
}

// ---- incoming ---------------------------------------------------------------------------

void ChatManager::onStanza(const Element &stanza)
{
    if (!stanza.is(u"message", ns::Client))
        return;
    // Archive results belong to Archive, which checks them against its queries.
    if (stanza.firstChild(u"result", ns::Mam))
        return;
    // Invitations (XEP-0045 §7.8.2, XEP-0249) and declines are MucManager's; a room's fallback
    // body ("… invited you to the room …") is not a chat message.
    if (hasMucInviteOrDecline(stanza))
        return;
    const CarbonUnwrap unwrapped = Carbons::unwrap(stanza, ownJid());
    switch (unwrapped.kind) {
    case CarbonUnwrap::Kind::Spoofed:
        reportIgnored(u"a carbon copy from %1, which is not our own account"_s.arg(
            stanza.attribute(u"from")));
        return;
    case CarbonUnwrap::Kind::Malformed:
        reportIgnored(u"a carbon copy without a forwarded message"_s);
        return;
    case CarbonUnwrap::Kind::Received:
        handle(unwrapped.message, Origin::CarbonReceived, QString(), QDateTime());
        return;
    case CarbonUnwrap::Kind::Sent:
        handle(unwrapped.message, Origin::CarbonSent, QString(), QDateTime());
        return;
    case CarbonUnwrap::Kind::NotCarbon:
        handle(unwrapped.message, Origin::Live, QString(), QDateTime());
        return;
    }
}

void ChatManager::reportIgnored(const QString &why)
{
    qCWarning(lcChat) << "Ignored" << why;
    Q_EMIT stanzaIgnored(why);
}

void ChatManager::handle(const Message &message, Origin origin, const QString &archiveId,
                         const QDateTime &archiveStamp)
{
    const Jid own = ownJid();
    const bool outgoing =
        origin == Origin::CarbonSent ||
        (origin == Origin::Archive && message.from.isValid() && message.from.bare() == own.bare());
    const bool live = origin == Origin::Live || origin == Origin::CarbonReceived;
    Jid peerJid = outgoing ? message.to : message.from;
    // A message without 'from' comes from our server on behalf of the account.
    if (!outgoing && !message.from.isValid() && origin == Origin::Live)
        peerJid = Jid::parse(own.domain());
    if (!peerJid.isValid()) {
        reportIgnored(u"a message without a usable address"_s);
        return;
    }
    const QString peer = conversationKey(peerJid);

    if (message.type == MessageType::Groupchat) {
        if (origin == Origin::Live)
            Q_EMIT groupchatMessageReceived(message);
        return;
    }
    if (message.type == MessageType::Error) {
        if (origin == Origin::Live && !message.id.isEmpty()) {
            const QString sentence = message.error ? message.error->humanSentence()
                                                   : tr("The message could not be delivered.");
            m_history.updateDelivery(peer, message.id, DeliveryState::Failed, sentence);
        }
        return;
    }

    if (!message.markers.receivedId.isEmpty() && !outgoing)
        m_history.updateDelivery(peer, message.markers.receivedId, DeliveryState::Delivered);
    if (!message.markers.displayedId.isEmpty()) {
        if (outgoing)
            m_history.markRead(peer); // we read it on another device
        else
            m_history.updateDelivery(peer, message.markers.displayedId, DeliveryState::Displayed);
    }
    if (live && !outgoing)
        updatePeerState(peer, message);

    if (live && !outgoing && message.markers.receiptRequested && m_sendReceipts &&
        !message.id.isEmpty() && message.from.isValid())
        sendReceipt(message);

    if (!message.hasContent())
        return;
    const Jid sender = outgoing ? (message.from.isValid() ? message.from : own) : message.from;
    if (!message.replaceId.isEmpty()) {
        storeCollectedPage(); // the corrected message goes in first
        m_history.applyCorrection(
            peer, outgoing ? MessageDirection::Outgoing : MessageDirection::Incoming,
            sender.bareString(), message.replaceId, message.body);
        return;
    }

    HistoryMessage entry = historyFromMessage(message, peer, outgoing, sender);
    if (origin == Origin::Archive) {
        entry.serverId = archiveId;
        if (archiveStamp.isValid())
            entry.timestamp = d->fillingGap ? gapTimestamp(archiveStamp) : archiveStamp;
    } else {
        if (!d->lastLiveTimestamp.isValid() || entry.timestamp > d->lastLiveTimestamp)
            d->lastLiveTimestamp = entry.timestamp;
        entry.serverId = message.stanzaIdBy(own.bare());
        // Within a session nothing is missed (stream management), so the newest id seen live
        // is where the next catch-up starts; not while a catch-up is still filling a gap.
        if (!entry.serverId.isEmpty() && d->caughtUp && !m_catchingUp && d->liveMovesCursor) {
            m_history.setArchiveCursor(QString(), entry.serverId);
            qCDebug(lcChat) << own.bareString() << "live" << entry.body.left(12)
                            << "moves the cursor to" << entry.serverId;
            if (!outgoing)
                d->placementAnchor = entry.serverId;
        }
    }
    if (!outgoing && message.markers.markable && !message.id.isEmpty())
        d->lastMarkable.insert(peer, message.id);
    if (origin == Origin::Archive && d->collectingPage) {
        d->page.append(entry);
        return;
    }
    storeLive(entry, live && !outgoing);
}

void ChatManager::storeLive(const HistoryMessage &entry, bool notify)
{
    m_history.add(entry, this, [this, notify](const HistoryMessage &stored, bool inserted) {
        if (inserted && notify)
            Q_EMIT messageReceived(stored);
    });
}

void ChatManager::updatePeerState(const QString &peer, const Message &message)
{
    ChatState state = message.chatState;
    // A message with a body from a composing peer means they stopped typing (XEP-0085 §5.4).
    if (state == ChatState::None && message.hasContent() &&
        d->peerStates.value(peer, ChatState::None) != ChatState::None)
        state = ChatState::Active;
    if (state == ChatState::None || d->peerStates.value(peer) == state)
        return;
    d->peerStates.insert(peer, state);
    Q_EMIT peerChatStateChanged(peer, state);
}

void ChatManager::sendReceipt(const Message &message)
{
    Message receipt;
    receipt.type = message.type == MessageType::Normal ? MessageType::Normal : MessageType::Chat;
    receipt.to = message.from;
    receipt.id = newMessageId();
    receipt.markers.receivedId = message.id;
    m_stream.send(receipt.toElement());
}

// ---- outgoing ---------------------------------------------------------------------------

QString ChatManager::sendMessage(const Jid &to, const QString &body)
{
    if (!to.isValid() || body.trimmed().isEmpty())
        return QString();
    const QString id = newMessageId();
    HistoryMessage entry;
    entry.conversation = conversationKey(to);
    entry.direction = MessageDirection::Outgoing;
    entry.senderJid = ownJid().full();
    entry.type = MessageType::Chat;
    entry.body = body;
    entry.timestamp = QDateTime::currentDateTimeUtc();
    entry.messageId = id;
    entry.originId = id;
    entry.state = DeliveryState::Queued;
    entry.markable = true;
    entry.read = true;
    // The outbox: on disk first, then on the wire.
    m_history.add(entry, this, [this](const HistoryMessage &stored, bool) {
        if (d->flushingOutbox)
            d->waitingForFlush.append(stored);
        else
            transmit(stored);
    });
    return id;
}

Message ChatManager::messageFromOutbox(const HistoryMessage &entry) const
{
    Message message;
    message.type = MessageType::Chat;
    message.to = Jid::parse(entry.conversation);
    message.id = entry.messageId;
    message.originId = entry.originId;
    message.body = entry.body;
    message.markers.receiptRequested = true;
    message.markers.markable = true;
    if (m_sendChatStates)
        message.chatState = ChatState::Active;
    return message;
}

void ChatManager::transmit(const HistoryMessage &entry)
{
    // rowId 0: the write failed and was rolled back, so nothing may go on the wire.
    if (entry.rowId == 0 || entry.state != DeliveryState::Queued ||
        d->sentThisSession.contains(entry.messageId))
        return;
    // Offline: it stays Queued and goes out with the outbox after the next sign-in. During a
    // XEP-0198 resumption the stream holds it and sends it once resumed.
    if (!m_stream.isOnline() && !m_stream.streamManagementActive())
        return;
    d->sentThisSession.insert(entry.messageId);
    Element stanza = messageFromOutbox(entry).toElement();
    // XEP-0045 §7.5: a private message with an occupant says so.
    if (entry.conversation.contains(u'/'))
        stanza.addChild(u"x"_s, ns::MucUser.toString());
    m_stream.send(stanza);
    // Without stream management there is no ack to wait for: written to the socket is sent.
    if (!m_stream.streamManagementActive())
        m_history.updateDelivery(entry.conversation, entry.messageId, DeliveryState::Sent);
}

void ChatManager::onAcknowledged(const Element &stanza)
{
    if (!stanza.is(u"message", ns::Client))
        return;
    const QString id = stanza.attribute(u"id");
    const Jid to = Jid::parse(stanza.attribute(u"to"));
    if (id.isEmpty() || !to.isValid() || !stanza.firstChild(u"body", ns::Client))
        return;
    if (stanza.attribute(u"type") == u"groupchat")
        return; // the room's reflection confirms those
    const QString conversation = conversationKey(to);
    m_history.updateDelivery(conversation, id, DeliveryState::Sent);
    Q_EMIT messageAcknowledged(conversation, id);
}

void ChatManager::flushOutbox()
{
    d->flushingOutbox = true;
    whenReady(m_history.queuedOutgoing(), this, [this](const QList<HistoryMessage> &queued) {
        if (!queued.isEmpty())
            qCInfo(lcChat) << "Sending" << queued.size() << "queued messages";
        d->flushingOutbox = false;
        for (const HistoryMessage &entry : queued) {
            if (entry.type != MessageType::Groupchat) // a Room sends its own after the join
                transmit(entry);
        }
        for (const HistoryMessage &entry : std::exchange(d->waitingForFlush, {}))
            transmit(entry);
    });
}

void ChatManager::retry(qint64 rowId)
{
    whenReady(m_history.message(rowId), this, [this](HistoryMessage entry) {
        if (entry.rowId == 0 || !entry.isOwn() || entry.state != DeliveryState::Failed ||
            entry.type == MessageType::Groupchat) // Room::retry sends those
            return;
        m_history.updateDelivery(entry.conversation, entry.messageId, DeliveryState::Queued);
        d->sentThisSession.remove(entry.messageId);
        entry.state = DeliveryState::Queued;
        transmit(entry);
    });
}

void ChatManager::correctLastMessage(const Jid &to, const QString &newBody)
{
    if (!to.isValid() || newBody.trimmed().isEmpty())
        return;
    whenReady(m_history.lastOwnMessage(conversationKey(to)), this,
              [this, to, newBody](const HistoryMessage &last) {
                  if (last.rowId == 0 || last.body == newBody)
                      return;
                  Message correction;
                  correction.type = MessageType::Chat;
                  correction.to = Jid::parse(last.conversation);
                  correction.id = newMessageId();
                  correction.originId = correction.id;
                  correction.body = newBody;
                  correction.replaceId = last.messageId;
                  correction.markers.markable = true;
                  m_stream.send(correction.toElement());
                  m_history.applyCorrection(last.conversation, MessageDirection::Outgoing,
                                            ownJid().bareString(), last.messageId, newBody);
              });
}

void ChatManager::markDisplayed(const Jid &conversation)
{
    const QString peer = conversationKey(conversation);
    m_history.markRead(peer);
    const QString id = d->lastMarkable.take(peer);
    if (id.isEmpty() || !m_sendMarkers || !m_stream.isOnline())
        return;
    Message marker;
    marker.type = MessageType::Chat;
    marker.to = Jid::parse(peer);
    marker.id = newMessageId();
    marker.markers.displayedId = id;
    m_stream.send(marker.toElement());
}

void ChatManager::sendChatState(const Jid &to, ChatState state)
{
    if (!m_sendChatStates || state == ChatState::None || !m_stream.isOnline() || !to.isValid())
        return;
    Message notice;
    notice.type = MessageType::Chat;
    notice.to = to;
    notice.id = newMessageId();
    notice.chatState = state;
    notice.noStore = true; // XEP-0085 §5.6: standalone notifications are not archived
    m_stream.send(notice.toElement());
}

// ---- sign-in: outbox and archive ---------------------------------------------------------

void ChatManager::onOnlineChanged(bool online)
{
    if (!online) {
        const QStringList typing = d->peerStates.keys();
        d->peerStates.clear();
        for (const QString &peer : typing)
            Q_EMIT peerChatStateChanged(peer, ChatState::None);
        return;
    }
    // A fresh session (a resumed one never gets here): nothing of ours is on this wire yet.
    d->sentThisSession.clear();
    // The gap runs from the last message received live before the first lost session (while
    // sessions keep failing before their catch-up completes, that stays) to this session.
    if (d->caughtUp)
        d->gapStart = d->lastLiveTimestamp;
    d->gapEnd = QDateTime::currentDateTimeUtc();
    d->caughtUp = false;
    d->presenceCatchUpAsked = false;
    d->liveMovesCursor = false;
    flushOutbox();
    startCatchUp();
}

void ChatManager::startCatchUp()
{
    if (m_catchingUp)
        return;
    m_catchingUp = true;
    d->catchUpCoversPresence = d->presenceCatchUpAsked;
    d->catchUpMessages = 0;
    whenReady(m_history.archiveCursor(QString()), this,
              [this](const QString &cursor) { catchUpPage(cursor); });
}

// The cursor is the archive id of the newest message we hold, or "since:<time>" when the
// archive was empty last time (then the next catch-up asks by time), or empty before the
// first catch-up ever (then only the newest page is fetched, not the whole archive).
void ChatManager::catchUpPage(const QString &cursor)
{
    ArchiveQuery query;
    query.max = CatchUpPageSize;
    const bool byTime = cursor.startsWith(SinceCursorPrefix);
    if (cursor.isEmpty())
        query.lastPage = true;
    else if (byTime)
        query.start = XmppDateTime::parse(QStringView(cursor).mid(SinceCursorPrefix.size()));
    else
        query.afterId = cursor;
    // Our clock may run ahead of the server's: ask from a little earlier (duplicates are free).
    const QString fallback =
        SinceCursorPrefix +
        XmppDateTime::format(QDateTime::currentDateTimeUtc().addSecs(-SinceCursorMarginSeconds));
    m_archive.query(query, [this, cursor, byTime, fallback](const ArchivePage &page) {
        if (page.cursorUnknown && !cursor.isEmpty()) {
            qCInfo(lcChat) << "The archive forgot our position; catching up from the newest";
            catchUpPage(QString());
            return;
        }
        if (!page.ok) {
            qCWarning(lcChat) << "Archive catch-up failed:" << page.error;
            finishCatchUp();
            retryCatchUpLater();
            return;
        }
        d->fillingGap = !cursor.isEmpty();
        d->pageAfterId =
            byTime ? QString() : (d->placementAnchor.isEmpty() ? cursor : d->placementAnchor);
        qCDebug(lcChat) << ownJid().bareString() << "catch-up page after" << cursor
                        << "placed after" << d->pageAfterId << ":" << page.messages.size()
                        << "messages, first" << page.firstId << "last" << page.lastId << "complete"
                        << page.complete;
        storeArchived(page);
        for (const ArchivedMessage &archived : page.messages) {
            const Jid from = archived.message.from;
            if (!archived.archiveId.isEmpty() && from.isValid() && from.bare() != ownJid().bare())
                d->placementAnchor = archived.archiveId;
        }
        d->pageAfterId.clear();
        d->fillingGap = false;
        d->catchUpMessages += int(page.messages.size());
        const bool more = !cursor.isEmpty() && !page.complete && !page.lastId.isEmpty();
        QString next = page.lastId;
        if (next.isEmpty())
            next = cursor.isEmpty() || byTime ? fallback : cursor;
        // The next page is asked for at once; the cursor moves only once this page's
        // messages are on disk (the store writes in order, so cursors follow in order too).
        if (more)
            catchUpPage(next);
        whenReady(m_history.flush(), this, [this, next, more] {
            m_history.setArchiveCursor(QString(), next);
            if (!more) {
                d->caughtUp = true;
                d->liveMovesCursor = d->liveMovesCursor || d->catchUpCoversPresence;
                finishCatchUp();
            }
        });
    });
}

// Archive stamps have whole seconds. Messages that fill the gap left by a lost session came
// after everything received live before it and before everything of the new session, so
// they are kept inside that window; within it their stamp (to the end of its second) and the
// page order decide.
QDateTime ChatManager::gapTimestamp(const QDateTime &stamp) const
{
    QDateTime timestamp = stamp.time().msec() == 0 ? stamp.addMSecs(999) : stamp;
    if (d->gapEnd.isValid() && timestamp >= d->gapEnd)
        timestamp = d->gapEnd.addMSecs(-1);
    if (d->gapStart.isValid() && timestamp <= d->gapStart)
        timestamp = d->gapStart.addMSecs(1);
    return timestamp;
}

// A catch-up cut short by a drop that is then resumed would leave its gap until the next
// fresh session: try again while the session lasts.
void ChatManager::retryCatchUpLater()
{
    QTimer::singleShot(CatchUpRetryMs, this, [this] {
        if (!d->caughtUp && !m_catchingUp && m_stream.isOnline())
            startCatchUp();
    });
}

void ChatManager::catchUpAgain()
{
    d->presenceCatchUpAsked = true;
    if (m_catchingUp)
        d->catchUpAgain = true;
    else if (m_stream.isOnline())
        startCatchUp();
}

void ChatManager::finishCatchUp()
{
    m_catchingUp = false;
    if (std::exchange(d->catchUpAgain, false) && m_stream.isOnline()) {
        // At once, not queued: a live message handled in between would see no catch-up
        // running and move the cursor past what only the next catch-up can bring.
        startCatchUp();
    }
    Q_EMIT catchUpFinished(d->catchUpMessages);
}

void ChatManager::storeArchived(const ArchivePage &page, bool older)
{
    d->collectingPage = true;
    d->pageIsOlder = older;
    for (const ArchivedMessage &archived : page.messages)
        handle(archived.message, Origin::Archive, archived.archiveId, archived.stampUtc);
    storeCollectedPage();
    d->collectingPage = false;
}

void ChatManager::storeCollectedPage()
{
    if (d->page.isEmpty())
        return;
    HistoryStore::ArchivePlacementHint hint;
    hint.older = d->pageIsOlder;
    hint.afterServerId = d->pageAfterId;
    m_history.addArchivedPage(std::exchange(d->page, {}), hint);
}

void ChatManager::fetchOlder(const QString &conversation)
{
    const Jid with = Jid::parse(conversation);
    if (!with.isValid() || d->fetchingOlder.contains(conversation) || !m_stream.isOnline())
        return;
    d->fetchingOlder.insert(conversation);
    whenReady(m_history.oldestServerId(conversation), this,
              [this, with, conversation](const QString &oldest) {
                  ArchiveQuery query;
                  query.with = with;
                  query.max = OlderPageSize;
                  if (oldest.isEmpty())
                      query.lastPage = true;
                  else
                      query.beforeId = oldest;
                  m_archive.query(query, [this, conversation](const ArchivePage &page) {
                      d->fetchingOlder.remove(conversation);
                      if (!page.ok) {
                          qCWarning(lcChat)
                              << "Archive page for" << conversation << "failed:" << page.error;
                          Q_EMIT olderFetched(conversation, 0, false);
                          return;
                      }
                      storeArchived(page, true);
                      Q_EMIT olderFetched(conversation, int(page.messages.size()), page.complete);
                  });
              });
}

} // namespace Linnet

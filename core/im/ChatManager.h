#pragma once

#include "im/Message.h"
#include "storage/HistoryTypes.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace Linnet {

class Archive;
class Carbons;
struct ArchivePage;
class HistoryStore;
class XmppStream;

// One-on-one messaging of an account: turns inbound <message/> stanzas (live, carbons,
// archive) into stored history, sends our messages through the outbox, and keeps delivery
// states, corrections, chat states, receipts and markers. Group chat messages are handed on
// through groupchatMessageReceived.
//
// No-loss rules: a message of ours is written to the database before it reaches the socket;
// it becomes Sent on the server's XEP-0198 ack, Delivered on a receipt, Displayed on a
// marker; whatever is still Queued goes out again after every fresh sign-in, with the same id
// and origin-id so that the peer de-duplicates it.
class ChatManager : public QObject
{
    Q_OBJECT
public:
    ChatManager(XmppStream &stream, HistoryStore &history, Carbons &carbons, Archive &archive,
                QObject *parent = nullptr);
    ~ChatManager() override;

    // Writes the message to the outbox, then sends it. Returns its id.
    QString sendMessage(const Jid &to, const QString &body);
    // XEP-0308: corrects our last message to this peer.
    void correctLastMessage(const Jid &to, const QString &newBody);
    // Sends a failed message again.
    void retry(qint64 rowId);
    // The user looked at the conversation: unread to zero, displayed marker to the peer.
    void markDisplayed(const Jid &conversation);
    // XEP-0085 state from the composer (a ChatStateNotifier per conversation decides it).
    void sendChatState(const Jid &to, ChatState state);
    // Asks the archive for messages older than the oldest stored one in this conversation.
    void fetchOlder(const QString &conversation);
    // Looks in the archive once more (after the current catch-up, if one runs). Call it once
    // initial presence is out: what reached the server between our first archive query and
    // our presence is in neither that answer nor offline delivery, which Prosody holds back
    // from a session that has queried its archive.
    void catchUpAgain();

    ChatState peerChatState(const QString &conversation) const;

    // Tells which bare JIDs are group chat rooms: a private message with an occupant is its own
    // conversation, keyed by the occupant's full JID (XEP-0045 §7.5).
    void setRoomLookup(std::function<bool(const Jid &bareJid)> isRoom)
    {
        m_isRoom = std::move(isRoom);
    }
    // The conversation a message with this peer belongs to: the bare JID, or the occupant's
    // full JID in a room.
    QString conversationKey(const Jid &peer) const;

    // Privacy switches (all on by default).
    void setSendReceipts(bool on) { m_sendReceipts = on; }
    void setSendDisplayedMarkers(bool on) { m_sendMarkers = on; }
    void setSendChatStates(bool on) { m_sendChatStates = on; }

    // True while the archive catch-up after sign-in runs.
    bool isCatchingUp() const { return m_catchingUp; }

Q_SIGNALS:
    // A new incoming message with a body arrived live (not from the archive): notify.
    void messageReceived(const Linnet::HistoryMessage &message);
    void peerChatStateChanged(const QString &conversation, Linnet::ChatState state);
    void groupchatMessageReceived(const Linnet::Message &message);
    void catchUpFinished(int messages);
    void olderFetched(const QString &conversation, int messages, bool complete);
    // A spoofed carbon or archive result, or a malformed message, was ignored.
    void stanzaIgnored(const QString &why);
    // The server acknowledged (XEP-0198) our message with this id.
    void messageAcknowledged(const QString &conversation, const QString &id);

private:
    enum class Origin { Live, CarbonReceived, CarbonSent, Archive };
    static constexpr int CatchUpPageSize = 100;
    static constexpr int OlderPageSize = 50;
    static constexpr QStringView SinceCursorPrefix = u"since:";
    static constexpr int SinceCursorMarginSeconds = 600;

    Jid ownJid() const;
    void onStanza(const Element &stanza);
    void reportIgnored(const QString &why);
    void handle(const Message &message, Origin origin, const QString &archiveId,
                const QDateTime &archiveStamp);
    void updatePeerState(const QString &peer, const Message &message);
    void sendReceipt(const Message &message);
    Message messageFromOutbox(const HistoryMessage &entry) const;
    void transmit(const HistoryMessage &entry);
    void onAcknowledged(const Element &stanza);
    void flushOutbox();
    void onOnlineChanged(bool online);
    void startCatchUp();
    void catchUpPage(const QString &cursor);
    void finishCatchUp();
    void storeLive(const HistoryMessage &entry, bool notify);
    void retryCatchUpLater();
    static constexpr int CatchUpRetryMs = 2000;
    QDateTime gapTimestamp(const QDateTime &stamp) const;
    void storeArchived(const ArchivePage &page, bool older = false);
    void storeCollectedPage();

    struct Private;
    Private *d;
    XmppStream &m_stream;
    HistoryStore &m_history;
    Carbons &m_carbons;
    Archive &m_archive;
    bool m_sendReceipts = true;
    bool m_sendMarkers = true;
    bool m_sendChatStates = true;
    bool m_catchingUp = false;
    std::function<bool(const Jid &)> m_isRoom;
};

} // namespace Linnet

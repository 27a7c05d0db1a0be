#pragma once

#include "disco/DataForm.h"
#include "im/Message.h"
#include "muc/MucTypes.h"
#include "storage/HistoryTypes.h"

#include <QHash>
#include <QObject>

namespace Linnet {

class Archive;
class Element;
class HistoryStore;
class XmppStream;

// How much history to ask for when joining (XEP-0045 §7.2.13–14), or none because the room's
// own archive (XEP-0313) will be asked instead.
struct JoinHistory
{
    enum class Kind { ServerDefault, None, MaxStanzas, Since, FromArchive };
    Kind kind = Kind::ServerDefault;
    int maxStanzas = 0;
    QDateTime since;
};

struct JoinOptions
{
    QString nick;
    QString password;
    JoinHistory history;
};

// One multi-user chat room (XEP-0045) as one occupant sees it: joining, occupants with roles
// and affiliations, subject, messages (stored in the account's HistoryStore with the room's
// bare JID as the conversation and the nick as senderName, de-duplicated by the room's
// stanza-id), nick change, leaving, and what the room does to us (kick, ban, destroy, shutdown).
// Moderation, configuration and destroy are IQs answered through MucCallback.
//
// MucManager owns rooms and hands each one the stanzas from its JID (handlePresence,
// handleMessage); a Room never listens to the stream itself.
class Room : public QObject
{
    Q_OBJECT
public:
    enum class State { NotJoined, Joining, Joined };
    Q_ENUM(State)

    Room(XmppStream &stream, HistoryStore &history, const Jid &roomJid, QObject *parent = nullptr);
    ~Room() override;

    Jid jid() const; // bare room JID
    State state() const;
    QString nick() const; // our nick (as the room last confirmed, or as asked while joining)
    QString subject() const;
    QString subjectSetBy() const;
    QList<Occupant> occupants() const;
    std::optional<Occupant> occupant(const QString &nick) const;
    Occupant self() const;
    // Room features seen in its disco#info or status codes: 100/172 non-anonymous, 170 logged.
    bool isNonAnonymous() const;
    bool isLogged() const;
    // Whether the room's archive (XEP-0313) is used for history.
    bool hasArchive() const;
    // The last reason we left or were removed (valid once exited() was emitted).
    RoomExit lastExit() const;
    // The options of the last join (MucManager rejoins with them, nick updated to ours).
    JoinOptions joinOptions() const;

    // The archive client for JoinHistory::FromArchive: after the join the room's archive
    // (XEP-0313, to = the room) is asked from the newest message stored for the room (its
    // archive cursor in the HistoryStore), or for the newest page when there is none. Pass
    // the account's Archive; without one the room makes its own over the stream.
    void setArchive(Archive *archive);

    // Join (or rejoin) with this nick. A conflict emits nickConflict with a free alternative
    // suggested; a password-protected room emits passwordRequired.
    void join(const JoinOptions &options);
    void leave(const QString &status = {});
    void changeNick(const QString &nick);
    // Sends a groupchat message; it is written to history as our own (Queued) before the wire
    // and becomes Sent when the room reflects it. Returns the message id.
    QString sendMessage(const QString &body);
    // Sends one of our messages that failed (rowId from the history) again, with its id.
    // ChatManager::retry is for one-on-one messages; group chat ones come here.
    void retry(qint64 rowId);
    void setSubject(const QString &subject, MucCallback done = {});
    // Our availability in the room (show/status), as room presence.
    void sendPresence(Presence::Show show, const QString &status);

    // Moderation (XEP-0045 §8–10). Only what our role/affiliation allows is sent; otherwise
    // done() gets a failure at once.
    void setRole(const QString &nick, MucRole role, const QString &reason, MucCallback done);
    void setAffiliation(const Jid &realJid, MucAffiliation affiliation, const QString &reason,
                        MucCallback done);
    void kick(const QString &nick, const QString &reason, MucCallback done);
    void ban(const Jid &realJid, const QString &reason, MucCallback done);
    bool canKick(const Occupant &target) const;
    bool canBan(const Occupant &target) const;
    bool canChangeRole(const Occupant &target, MucRole role) const;
    bool canChangeAffiliation(const Occupant &target, MucAffiliation affiliation) const;
    bool canSetSubject() const;
    bool canConfigure() const; // owner
    // The list of one affiliation (e.g. members, outcasts) as real JIDs.
    void requestAffiliationList(MucAffiliation affiliation,
                                std::function<void(const QList<Jid> &, const MucOutcome &)> done);

    // Room creation (XEP-0045 §10.1): after a join answered with status 201 the room is locked
    // until we accept the default configuration (createInstant) or submit a form.
    bool isAwaitingConfiguration() const;
    void createInstant(MucCallback done);
    void requestConfiguration(std::function<void(const DataForm &, const MucOutcome &)> done);
    void submitConfiguration(const DataForm &form, MucCallback done);
    // Cancelling while the room awaits its first configuration gives the room up: we leave.
    void cancelConfiguration(MucCallback done);
    void destroy(const QString &reason, const Jid &alternateRoom, MucCallback done);

    // Invitations we send: mediated through the room (§7.8.2) or direct (XEP-0249).
    void inviteMediated(const Jid &invitee, const QString &reason);
    void inviteDirect(const Jid &invitee, const QString &reason);

    // From MucManager: presence and messages from this room's JID (bare or occupant).
    void handlePresence(const Element &presence);
    void handleMessage(const Message &message, const Element &stanza);
    // From MucManager: our session ended (the room will need a rejoin).
    void connectionLost();

Q_SIGNALS:
    void stateChanged(Linnet::Room::State state);
    void joined();
    void occupantJoined(const Linnet::Occupant &occupant);
    void occupantChanged(const Linnet::Occupant &before, const Linnet::Occupant &after);
    void occupantLeft(const Linnet::Occupant &occupant, const QString &sentence);
    void nickChanged(const QString &oldNick, const QString &newNick, bool isSelf);
    void subjectChanged(const QString &subject, const QString &setBy);
    // A groupchat message with a body was stored (live, not join history or archive).
    void messageReceived(const Linnet::HistoryMessage &message);
    // A line for the window: status codes and room events in words (config changed, …).
    void notice(const QString &sentence);
    void nickConflict(const QString &suggestedNick);
    void passwordRequired();
    void exited(const Linnet::RoomExit &exit);
    // Status 201: the room was created by our join and waits for configuration.
    void configurationNeeded();

private:
    struct Private;
    Private *d;
};

} // namespace Linnet

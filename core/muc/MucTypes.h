#pragma once

#include "im/Jid.h"
#include "im/Presence.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>
#include <optional>

namespace Linnet {

// XEP-0045 §5: what an occupant may do in the room now (role) and their long-lived standing
// (affiliation). Order matters: a higher value outranks a lower one.
enum class MucRole { None, Visitor, Participant, Moderator };
enum class MucAffiliation { Outcast, None, Member, Admin, Owner };

QString mucRoleName(MucRole role); // "none", "visitor", …
std::optional<MucRole> mucRoleFromName(QStringView name);
QString mucAffiliationName(MucAffiliation affiliation); // "outcast", "none", …
std::optional<MucAffiliation> mucAffiliationFromName(QStringView name);

// The answer to a room operation (moderation, configuration, destroy, subject, …): ok, or a
// sentence the UI shows as it is.
struct MucOutcome
{
    bool ok = true;
    QString sentence;
    static MucOutcome success() { return {}; }
    static MucOutcome failure(const QString &sentence) { return {false, sentence}; }
};
using MucCallback = std::function<void(const MucOutcome &)>;

// One person in a room as the room shows them.
struct Occupant
{
    QString nick;
    MucRole role = MucRole::Participant;
    MucAffiliation affiliation = MucAffiliation::None;
    Jid realJid;        // only where the room shows real JIDs (non-anonymous, or we moderate)
    QString occupantId; // XEP-0421, when the room offers it
    Presence::Show show = Presence::Show::Online;
    QString status;
    bool isSelf = false;
    friend bool operator==(const Occupant &, const Occupant &) = default;
};

// Why we are no longer in a room, in words.
struct RoomExit
{
    enum class Reason {
        Left,              // we left
        Kicked,            // 307
        Banned,            // 301
        AffiliationChange, // 321: removed because of an affiliation change
        MembersOnly,       // 322: the room became members-only
        Shutdown,          // 332: the service is shutting down
        Destroyed,         // <destroy/>
        JoinRefused,       // the join failed: the error is in sentence
        ConnectionLost,    // our session ended, or self-ping found we are no longer joined
    };
    Reason reason = Reason::Left;
    QString actor;     // who did it, when the room says
    QString why;       // the reason the actor gave
    Jid alternateRoom; // Destroyed: where the room moved, when given
    QString sentence;  // the whole story in one sentence for the window
};

// An invitation to a room we received (mediated XEP-0045 §7.8.2 or direct XEP-0249).
struct MucInvitation
{
    enum class Kind { Mediated, Direct };
    Kind kind = Kind::Mediated;
    Jid room;
    Jid inviter; // the real JID of who invited us (as the room or the peer says)
    QString reason;
    QString password;
    bool continuation = false; // XEP-0249 continue / a one-to-one chat becoming a room
    QString thread;
};

// One room a MUC service lists (disco#items), with what its disco#info tells.
struct RoomListing
{
    Jid jid;
    QString name;
    int occupants = -1; // muc#roominfo_occupants; -1 when the room does not say
    QString description;
    bool passwordProtected = false;
    bool membersOnly = false;
};

} // namespace Linnet

Q_DECLARE_METATYPE(Linnet::Occupant)
Q_DECLARE_METATYPE(Linnet::RoomExit)
Q_DECLARE_METATYPE(Linnet::MucInvitation)

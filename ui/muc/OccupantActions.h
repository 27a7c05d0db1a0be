#pragma once

#include "muc/MucTypes.h"

#include <QCoreApplication>
#include <QList>

namespace Linnet {

class Room;

// What the user can do to an occupant, and which of it our role and affiliation allow: the
// occupant context menu shows exactly these (Room::can* decides).
enum class OccupantAction {
    PrivateMessage,
    Kick,
    Ban,
    GrantVoice,
    RevokeVoice,
    MakeModerator,
    RevokeModerator,
    MakeMember,
    MakeAdmin,
    MakeOwner,
    RemoveAffiliation,
};

class OccupantActions
{
    Q_DECLARE_TR_FUNCTIONS(Linnet::OccupantActions)
public:
    static QList<OccupantAction> allowed(const Room &room, const Occupant &target);
    // The menu text ("Kick…", "Grant Voice", …).
    static QString label(OccupantAction action);
    // A stable name for object names and tests: "kick", "grantVoice", …
    static QString name(OccupantAction action);
    // The confirmation dialog's question and its button, for target.
    static QString question(OccupantAction action, const QString &nick);
    static QString confirmLabel(OccupantAction action);
    // Moderation actions need a confirmation with a reason; a private message does not.
    static bool needsConfirmation(OccupantAction action);
    // The role or affiliation the action sets (for the role/affiliation actions).
    static std::optional<MucRole> targetRole(OccupantAction action);
    static std::optional<MucAffiliation> targetAffiliation(OccupantAction action);
};

} // namespace Linnet

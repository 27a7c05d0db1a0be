#include "OccupantActions.h"

#include "muc/Room.h"

using namespace Qt::StringLiterals;

namespace Linnet {

QList<OccupantAction> OccupantActions::allowed(const Room &room, const Occupant &target)
{
    QList<OccupantAction> actions;
    if (target.isSelf)
        return actions;
    actions.append(OccupantAction::PrivateMessage);
    if (room.canKick(target))
        actions.append(OccupantAction::Kick);
    if (target.realJid.isValid() && room.canBan(target))
        actions.append(OccupantAction::Ban);
    if (target.role == MucRole::Visitor && room.canChangeRole(target, MucRole::Participant))
        actions.append(OccupantAction::GrantVoice);
    if (target.role == MucRole::Participant && room.canChangeRole(target, MucRole::Visitor))
        actions.append(OccupantAction::RevokeVoice);
    if (target.role != MucRole::Moderator && room.canChangeRole(target, MucRole::Moderator))
        actions.append(OccupantAction::MakeModerator);
    if (target.role == MucRole::Moderator && room.canChangeRole(target, MucRole::Participant))
        actions.append(OccupantAction::RevokeModerator);
    // Affiliations are about the real person: only when the room shows us who they are.
    if (target.realJid.isValid()) {
        const std::pair<MucAffiliation, OccupantAction> affiliations[] = {
            {MucAffiliation::Member, OccupantAction::MakeMember},
            {MucAffiliation::Admin, OccupantAction::MakeAdmin},
            {MucAffiliation::Owner, OccupantAction::MakeOwner},
            {MucAffiliation::None, OccupantAction::RemoveAffiliation},
        };
        for (const auto &[affiliation, action] : affiliations) {
            if (target.affiliation != affiliation && room.canChangeAffiliation(target, affiliation))
                actions.append(action);
        }
    }
    return actions;
}

QString OccupantActions::label(OccupantAction action)
{
    switch (action) {
    case OccupantAction::PrivateMessage:
        return tr("&Private Message");
    case OccupantAction::Kick:
        return tr("&Kick…");
    case OccupantAction::Ban:
        return tr("&Ban…");
    case OccupantAction::GrantVoice:
        return tr("Grant &Voice…");
    case OccupantAction::RevokeVoice:
        return tr("Revoke &Voice…");
    case OccupantAction::MakeModerator:
        return tr("Make M&oderator…");
    case OccupantAction::RevokeModerator:
        return tr("Revoke M&oderator…");
    case OccupantAction::MakeMember:
        return tr("Make &Member…");
    case OccupantAction::MakeAdmin:
        return tr("Make &Admin…");
    case OccupantAction::MakeOwner:
        return tr("Make O&wner…");
    case OccupantAction::RemoveAffiliation:
        return tr("&Remove Affiliation…");
    }
    return {};
}

QString OccupantActions::name(OccupantAction action)
{
    switch (action) {
    case OccupantAction::PrivateMessage:
        return u"privateMessage"_s;
    case OccupantAction::Kick:
        return u"kick"_s;
    case OccupantAction::Ban:
        return u"ban"_s;
    case OccupantAction::GrantVoice:
        return u"grantVoice"_s;
    case OccupantAction::RevokeVoice:
        return u"revokeVoice"_s;
    case OccupantAction::MakeModerator:
        return u"makeModerator"_s;
    case OccupantAction::RevokeModerator:
        return u"revokeModerator"_s;
    case OccupantAction::MakeMember:
        return u"makeMember"_s;
    case OccupantAction::MakeAdmin:
        return u"makeAdmin"_s;
    case OccupantAction::MakeOwner:
        return u"makeOwner"_s;
    case OccupantAction::RemoveAffiliation:
        return u"removeAffiliation"_s;
    }
    return {};
}

QString OccupantActions::question(OccupantAction action, const QString &nick)
{
    switch (action) {
    case OccupantAction::PrivateMessage:
        return {};
    case OccupantAction::Kick:
        return tr("Kick %1 out of the room? They can join again.").arg(nick);
    case OccupantAction::Ban:
        return tr("Ban %1 from the room? They cannot join again until the ban is lifted.")
            .arg(nick);
    case OccupantAction::GrantVoice:
        return tr("Let %1 speak in the room?").arg(nick);
    case OccupantAction::RevokeVoice:
        return tr("Stop %1 from speaking in the room?").arg(nick);
    case OccupantAction::MakeModerator:
        return tr("Make %1 a moderator of the room?").arg(nick);
    case OccupantAction::RevokeModerator:
        return tr("Take moderation away from %1?").arg(nick);
    case OccupantAction::MakeMember:
        return tr("Make %1 a member of the room?").arg(nick);
    case OccupantAction::MakeAdmin:
        return tr("Make %1 an admin of the room?").arg(nick);
    case OccupantAction::MakeOwner:
        return tr("Make %1 an owner of the room? Owners can change and destroy the room.")
            .arg(nick);
    case OccupantAction::RemoveAffiliation:
        return tr("Remove the affiliation of %1 with the room?").arg(nick);
    }
    return {};
}

QString OccupantActions::confirmLabel(OccupantAction action)
{
    switch (action) {
    case OccupantAction::Kick:
        return tr("Kick");
    case OccupantAction::Ban:
        return tr("Ban");
    case OccupantAction::GrantVoice:
        return tr("Grant Voice");
    case OccupantAction::RevokeVoice:
        return tr("Revoke Voice");
    default:
        return tr("Change");
    }
}

bool OccupantActions::needsConfirmation(OccupantAction action)
{
    return action != OccupantAction::PrivateMessage;
}

std::optional<MucRole> OccupantActions::targetRole(OccupantAction action)
{
    switch (action) {
    case OccupantAction::GrantVoice:
    case OccupantAction::RevokeModerator:
        return MucRole::Participant;
    case OccupantAction::RevokeVoice:
        return MucRole::Visitor;
    case OccupantAction::MakeModerator:
        return MucRole::Moderator;
    default:
        return std::nullopt;
    }
}

std::optional<MucAffiliation> OccupantActions::targetAffiliation(OccupantAction action)
{
    switch (action) {
    case OccupantAction::MakeMember:
        return MucAffiliation::Member;
    case OccupantAction::MakeAdmin:
        return MucAffiliation::Admin;
    case OccupantAction::MakeOwner:
        return MucAffiliation::Owner;
    case OccupantAction::RemoveAffiliation:
        return MucAffiliation::None;
    default:
        return std::nullopt;
    }
}

} // namespace Linnet

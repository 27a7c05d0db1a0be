#include "muc/MucPermissions.h"

namespace Linnet::MucPermissions {

namespace {

bool isSameOccupant(const Occupant &self, const Occupant &target)
{
    if (target.isSelf || target.nick == self.nick)
        return true;
    return self.realJid.isValid() && target.realJid.isValid() &&
           self.realJid.bare() == target.realJid.bare();
}

bool isAdminOrOwner(MucAffiliation affiliation)
{
    return affiliation >= MucAffiliation::Admin;
}

} // namespace

bool canKick(const Occupant &self, const Occupant &target)
{
    if (self.role != MucRole::Moderator || isSameOccupant(self, target))
        return false;
    if (target.role == MucRole::None || isAdminOrOwner(target.affiliation) ||
        target.affiliation > self.affiliation)
        return false;
    // A moderator by role alone loses it only to an admin or owner (§5.1.3).
    return target.role != MucRole::Moderator || isAdminOrOwner(self.affiliation);
}

bool canBan(const Occupant &self, const Occupant &target)
{
    if (!isAdminOrOwner(self.affiliation) || isSameOccupant(self, target))
        return false;
    return target.realJid.isValid() && !isAdminOrOwner(target.affiliation) &&
           target.affiliation != MucAffiliation::Outcast;
}

bool canChangeRole(const Occupant &self, const Occupant &target, MucRole role)
{
    if (role == MucRole::None)
        return canKick(self, target);
    if (self.role != MucRole::Moderator || isSameOccupant(self, target) ||
        target.role == MucRole::None || target.role == role)
        return false;
    if (role == MucRole::Moderator || target.role == MucRole::Moderator) {
        // Granting or revoking moderation: admins and owners; an admin's or owner's
        // moderation comes with the affiliation and cannot be taken on its own.
        if (!isAdminOrOwner(self.affiliation))
            return false;
        return role == MucRole::Moderator || !isAdminOrOwner(target.affiliation);
    }
    // Voice: revoking it from an admin, owner or higher affiliation is not allowed.
    if (role == MucRole::Visitor)
        return !isAdminOrOwner(target.affiliation) && target.affiliation <= self.affiliation;
    return true;
}

bool canChangeAffiliation(const Occupant &self, const Occupant &target, MucAffiliation affiliation)
{
    if (!target.realJid.isValid() || target.affiliation == affiliation)
        return false;
    if (self.affiliation == MucAffiliation::Owner)
        return true; // the room refuses taking away its last owner
    if (self.affiliation != MucAffiliation::Admin || isSameOccupant(self, target))
        return false;
    return !isAdminOrOwner(target.affiliation) && !isAdminOrOwner(affiliation);
}

bool canSetSubject(const Occupant &self, bool occupantsMayChangeSubject)
{
    return self.role == MucRole::Moderator ||
           (self.role == MucRole::Participant && occupantsMayChangeSubject);
}

bool canConfigure(const Occupant &self)
{
    return self.affiliation == MucAffiliation::Owner;
}

} // namespace Linnet::MucPermissions

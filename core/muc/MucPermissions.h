#pragma once

#include "muc/MucTypes.h"

namespace Linnet {

// XEP-0045 §5.1 and §5.2: what an occupant (self) may do to another (target), from the
// tables of role and affiliation privileges and the error cases of §8–10 (no kicking or
// banning an admin or owner, no revoking voice or moderation from an equal or higher
// affiliation). The room has the last word; these decide what the UI offers and what Room
// sends at all.
namespace MucPermissions {

// §8.2: moderators kick participants and visitors, never admins or owners, never someone
// with a higher affiliation; taking a moderator out needs an admin or owner.
bool canKick(const Occupant &self, const Occupant &target);
// §9.1: admins and owners ban by real JID; admins and owners cannot be banned.
bool canBan(const Occupant &self, const Occupant &target);
// §8.3–8.4 voice (participant/visitor) by moderators; §9.6–9.7 moderator by admins and
// owners; none is a kick.
bool canChangeRole(const Occupant &self, const Occupant &target, MucRole role);
// §9.3–9.5 (member, outcast) by admins for unaffiliated users and members; §10.3–10.7
// (admin, owner) by owners only.
bool canChangeAffiliation(const Occupant &self, const Occupant &target, MucAffiliation affiliation);
// §8.1: moderators, or participants when the room lets occupants change the subject.
bool canSetSubject(const Occupant &self, bool occupantsMayChangeSubject);
// §10: the owner configures and destroys.
bool canConfigure(const Occupant &self);

} // namespace MucPermissions

} // namespace Linnet

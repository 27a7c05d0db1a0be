#include "muc/MucTypes.h"

namespace Linnet {

namespace {
constexpr QStringView roleNames[] = {u"none", u"visitor", u"participant", u"moderator"};
constexpr QStringView affiliationNames[] = {u"outcast", u"none", u"member", u"admin", u"owner"};
} // namespace

QString mucRoleName(MucRole role)
{
    return roleNames[int(role)].toString();
}

std::optional<MucRole> mucRoleFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(roleNames)); ++i) {
        if (roleNames[i] == name)
            return MucRole(i);
    }
    return std::nullopt;
}

QString mucAffiliationName(MucAffiliation affiliation)
{
    return affiliationNames[int(affiliation)].toString();
}

std::optional<MucAffiliation> mucAffiliationFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(affiliationNames)); ++i) {
        if (affiliationNames[i] == name)
            return MucAffiliation(i);
    }
    return std::nullopt;
}

} // namespace Linnet

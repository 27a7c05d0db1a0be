#include "muc/MucUserPayload.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

MucUserItem readItem(const Element &item)
{
    MucUserItem parsed;
    parsed.affiliation = mucAffiliationFromName(item.attribute(u"affiliation"));
    parsed.role = mucRoleFromName(item.attribute(u"role"));
    if (item.hasAttribute(u"jid"))
        parsed.jid = Jid::parse(item.attribute(u"jid"));
    parsed.nick = item.attribute(u"nick");
    const Element actor = item.firstChild(u"actor", ns::MucUser);
    parsed.actorNick = actor.attribute(u"nick");
    if (actor.hasAttribute(u"jid"))
        parsed.actorJid = Jid::parse(actor.attribute(u"jid"));
    parsed.reason = item.childText(u"reason", ns::MucUser);
    return parsed;
}

MucUserInvite readInvite(const Element &invite)
{
    MucUserInvite parsed;
    if (invite.hasAttribute(u"from"))
        parsed.from = Jid::parse(invite.attribute(u"from"));
    if (invite.hasAttribute(u"to"))
        parsed.to = Jid::parse(invite.attribute(u"to"));
    parsed.reason = invite.childText(u"reason", ns::MucUser);
    const Element continuation = invite.firstChild(u"continue", ns::MucUser);
    parsed.continuation = !continuation.isNull();
    parsed.thread = continuation.attribute(u"thread");
    return parsed;
}

} // namespace

MucUserPayload MucUserPayload::fromStanza(const Element &stanza)
{
    return fromElement(stanza.firstChild(u"x", ns::MucUser));
}

MucUserPayload MucUserPayload::fromElement(const Element &x)
{
    MucUserPayload payload;
    if (!x.is(u"x", ns::MucUser))
        return payload;
    payload.present = true;
    for (const Element &status : x.childrenNamed(u"status", ns::MucUser)) {
        bool ok = false;
        const int code = status.attribute(u"code").toInt(&ok);
        if (ok && code >= 100 && code <= 999 && !payload.statusCodes.contains(code))
            payload.statusCodes.append(code);
    }
    const Element item = x.firstChild(u"item", ns::MucUser);
    if (!item.isNull())
        payload.item = readItem(item);
    const Element destroy = x.firstChild(u"destroy", ns::MucUser);
    if (!destroy.isNull()) {
        MucDestroy parsed;
        if (destroy.hasAttribute(u"jid"))
            parsed.alternateRoom = Jid::parse(destroy.attribute(u"jid"));
        parsed.reason = destroy.childText(u"reason", ns::MucUser);
        parsed.password = destroy.childText(u"password", ns::MucUser);
        payload.destroy = parsed;
    }
    for (const Element &invite : x.childrenNamed(u"invite", ns::MucUser))
        payload.invites.append(readInvite(invite));
    const Element decline = x.firstChild(u"decline", ns::MucUser);
    if (!decline.isNull())
        payload.decline = readInvite(decline);
    payload.password = x.childText(u"password", ns::MucUser);
    return payload;
}

} // namespace Linnet

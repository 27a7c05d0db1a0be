#include "muc/MucInvitations.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

bool isTrue(QStringView value)
{
    return value == u"true" || value == u"1";
}

std::optional<MucInvitation> parseDirect(const Element &message, const Element &x)
{
    const Jid room = Jid::parse(x.attribute(u"jid"));
    if (!room.isValid() || room.local().isEmpty())
        return std::nullopt;
    MucInvitation invitation;
    invitation.kind = MucInvitation::Kind::Direct;
    invitation.room = room.bare();
    invitation.inviter = Jid::parse(message.attribute(u"from"));
    invitation.reason = x.attribute(u"reason");
    invitation.password = x.attribute(u"password");
    invitation.continuation = isTrue(x.attribute(u"continue"));
    invitation.thread = x.attribute(u"thread");
    return invitation;
}

std::optional<MucInvitation> parseMediated(const Element &message, const Element &x)
{
    const Element invite = x.firstChild(u"invite", ns::MucUser);
    if (invite.isNull())
        return std::nullopt;
    // The room relays the invitation from its own bare JID.
    const Jid room = Jid::parse(message.attribute(u"from"));
    if (!room.isBare() || room.local().isEmpty())
        return std::nullopt;
    MucInvitation invitation;
    invitation.kind = MucInvitation::Kind::Mediated;
    invitation.room = room;
    invitation.inviter = Jid::parse(invite.attribute(u"from"));
    invitation.reason = invite.childText(u"reason", ns::MucUser).trimmed();
    invitation.password = x.childText(u"password", ns::MucUser);
    const Element continuation = invite.firstChild(u"continue", ns::MucUser);
    invitation.continuation = !continuation.isNull();
    invitation.thread = continuation.attribute(u"thread");
    return invitation;
}

} // namespace

std::optional<MucInvitation> parseMucInvitation(const Element &message)
{
    if (!message.is(u"message", ns::Client))
        return std::nullopt;
    const QString type = message.attribute(u"type");
    if (type == u"error" || type == u"groupchat")
        return std::nullopt;
    // A room relaying an invitation may add the XEP-0249 form too (Prosody does): the
    // mediated one, from the room itself, says more (the inviter, the reason as given).
    if (const Element user = message.firstChild(u"x", ns::MucUser); !user.isNull()) {
        if (auto mediated = parseMediated(message, user))
            return mediated;
    }
    if (const Element direct = message.firstChild(u"x", ns::DirectInvitation); !direct.isNull())
        return parseDirect(message, direct);
    return std::nullopt;
}

bool hasMucInviteOrDecline(const Element &message)
{
    const Element user = message.firstChild(u"x", ns::MucUser);
    return !user.firstChild(u"invite", ns::MucUser).isNull() ||
           !user.firstChild(u"decline", ns::MucUser).isNull() ||
           !message.firstChild(u"x", ns::DirectInvitation).isNull();
}

Element mucDeclineStanza(const MucInvitation &invitation, const QString &reason)
{
    Element message(u"message"_s, ns::Client.toString());
    message.setAttribute(u"to"_s, invitation.room.bare().toString());
    Element &x = message.addChild(u"x"_s, ns::MucUser.toString());
    Element &decline = x.addChild(u"decline"_s, ns::MucUser.toString());
    if (invitation.inviter.isValid())
        decline.setAttribute(u"to"_s, invitation.inviter.toString());
    if (!reason.isEmpty())
        decline.addChild(u"reason"_s, ns::MucUser.toString()).setText(reason);
    return message;
}

} // namespace Linnet

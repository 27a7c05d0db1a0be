#include "muc/MucStanzas.h"

#include "im/XmppDateTime.h"
#include "muc/Room.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet::MucStanzas {

namespace {

Element stanza(const QString &name, const Jid &to)
{
    Element element(name, ns::Client.toString());
    element.setAttribute(u"to"_s, to.toString());
    return element;
}

Element iq(const QString &type, const Jid &to, const QStringView queryNamespace)
{
    Element request = stanza(u"iq"_s, to);
    request.setAttribute(u"type"_s, type);
    request.addChild(u"query"_s, queryNamespace.toString());
    return request;
}

void addShowAndStatus(Element &presence, Presence::Show show, const QString &status)
{
    const QString showName = Presence::showName(show);
    if (!showName.isEmpty())
        presence.addChild(u"show"_s, ns::Client.toString()).setText(showName);
    if (!status.isEmpty())
        presence.addChild(u"status"_s, ns::Client.toString()).setText(status);
}

Element adminItem(const QString &reason)
{
    Element item(u"item"_s, ns::MucAdmin.toString());
    if (!reason.isEmpty())
        item.addChild(u"reason"_s, ns::MucAdmin.toString()).setText(reason);
    return item;
}

} // namespace

Element joinPresence(const Jid &occupantJid, const JoinOptions &options, Presence::Show show,
                     const QString &status)
{
    Element presence = availablePresence(occupantJid, show, status);
    Element &x = presence.addChild(u"x"_s, ns::Muc.toString());
    const auto addHistory = [&x](const QString &attribute, const QString &value) {
        x.addChild(u"history"_s, ns::Muc.toString()).setAttribute(attribute, value);
    };
    switch (options.history.kind) {
    case JoinHistory::Kind::ServerDefault:
        break;
    case JoinHistory::Kind::None:
    case JoinHistory::Kind::FromArchive: // the archive is asked after the join instead
        addHistory(u"maxstanzas"_s, u"0"_s);
        break;
    case JoinHistory::Kind::MaxStanzas:
        addHistory(u"maxstanzas"_s, QString::number(qMax(0, options.history.maxStanzas)));
        break;
    case JoinHistory::Kind::Since:
        if (options.history.since.isValid())
            addHistory(u"since"_s, XmppDateTime::format(options.history.since));
        break;
    }
    if (!options.password.isEmpty())
        x.addChild(u"password"_s, ns::Muc.toString()).setText(options.password);
    return presence;
}

Element availablePresence(const Jid &occupantJid, Presence::Show show, const QString &status)
{
    Element presence = stanza(u"presence"_s, occupantJid);
    addShowAndStatus(presence, show, status);
    return presence;
}

Element unavailablePresence(const Jid &occupantJid, const QString &status)
{
    Element presence = stanza(u"presence"_s, occupantJid);
    presence.setAttribute(u"type"_s, u"unavailable"_s);
    if (!status.isEmpty())
        presence.addChild(u"status"_s, ns::Client.toString()).setText(status);
    return presence;
}

Element groupchatMessage(const Jid &room, const QString &id, const QString &body)
{
    Element message = stanza(u"message"_s, room);
    message.setAttribute(u"type"_s, u"groupchat"_s);
    message.setAttribute(u"id"_s, id);
    message.addChild(u"body"_s, ns::Client.toString()).setText(body);
    message.addChild(u"origin-id"_s, ns::StanzaId.toString()).setAttribute(u"id"_s, id);
    return message;
}

Element subjectMessage(const Jid &room, const QString &id, const QString &subject)
{
    Element message = stanza(u"message"_s, room);
    message.setAttribute(u"type"_s, u"groupchat"_s);
    message.setAttribute(u"id"_s, id);
    message.addChild(u"subject"_s, ns::Client.toString()).setText(subject);
    return message;
}

Element roleChange(const Jid &room, const QString &nick, MucRole role, const QString &reason)
{
    Element request = stanza(u"iq"_s, room);
    request.setAttribute(u"type"_s, u"set"_s);
    Element item = adminItem(reason);
    item.setAttribute(u"nick"_s, nick);
    item.setAttribute(u"role"_s, mucRoleName(role));
    request.addChild(u"query"_s, ns::MucAdmin.toString()).appendChild(item);
    return request;
}

Element affiliationChange(const Jid &room, const Jid &realJid, MucAffiliation affiliation,
                          const QString &reason)
{
    Element request = stanza(u"iq"_s, room);
    request.setAttribute(u"type"_s, u"set"_s);
    Element item = adminItem(reason);
    item.setAttribute(u"affiliation"_s, mucAffiliationName(affiliation));
    item.setAttribute(u"jid"_s, realJid.bare().toString());
    request.addChild(u"query"_s, ns::MucAdmin.toString()).appendChild(item);
    return request;
}

Element affiliationListRequest(const Jid &room, MucAffiliation affiliation)
{
    Element request = stanza(u"iq"_s, room);
    request.setAttribute(u"type"_s, u"get"_s);
    request.addChild(u"query"_s, ns::MucAdmin.toString())
        .addChild(u"item"_s, ns::MucAdmin.toString())
        .setAttribute(u"affiliation"_s, mucAffiliationName(affiliation));
    return request;
}

Element configurationRequest(const Jid &room)
{
    return iq(u"get"_s, room, ns::MucOwner);
}

Element configurationSubmit(const Jid &room, const DataForm &form)
{
    Element request = stanza(u"iq"_s, room);
    request.setAttribute(u"type"_s, u"set"_s);
    request.addChild(u"query"_s, ns::MucOwner.toString()).appendChild(form.toElement());
    return request;
}

Element destroyRequest(const Jid &room, const QString &reason, const Jid &alternateRoom)
{
    Element request = stanza(u"iq"_s, room);
    request.setAttribute(u"type"_s, u"set"_s);
    Element &destroy = request.addChild(u"query"_s, ns::MucOwner.toString())
                           .addChild(u"destroy"_s, ns::MucOwner.toString());
    if (alternateRoom.isValid())
        destroy.setAttribute(u"jid"_s, alternateRoom.bare().toString());
    if (!reason.isEmpty())
        destroy.addChild(u"reason"_s, ns::MucOwner.toString()).setText(reason);
    return request;
}

Element mediatedInvite(const Jid &room, const Jid &invitee, const QString &reason)
{
    Element message = stanza(u"message"_s, room);
    Element &invite = message.addChild(u"x"_s, ns::MucUser.toString())
                          .addChild(u"invite"_s, ns::MucUser.toString());
    invite.setAttribute(u"to"_s, invitee.toString());
    if (!reason.isEmpty())
        invite.addChild(u"reason"_s, ns::MucUser.toString()).setText(reason);
    return message;
}

Element directInvite(const Jid &room, const Jid &invitee, const QString &reason,
                     const QString &password)
{
    Element message = stanza(u"message"_s, invitee);
    Element &x = message.addChild(u"x"_s, ns::DirectInvitation.toString());
    x.setAttribute(u"jid"_s, room.bare().toString());
    if (!reason.isEmpty())
        x.setAttribute(u"reason"_s, reason);
    if (!password.isEmpty())
        x.setAttribute(u"password"_s, password);
    return message;
}

Element discoInfoRequest(const Jid &room)
{
    return iq(u"get"_s, room, ns::DiscoInfo);
}

} // namespace Linnet::MucStanzas

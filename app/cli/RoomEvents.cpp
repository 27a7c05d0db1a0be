#include "RoomEvents.h"

#include "ChatOutput.h"
#include "im/DisplayText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString localTime(const QJsonObject &event)
{
    const QDateTime time =
        QDateTime::fromString(event.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString showText(const QJsonObject &occupant)
{
    QString text = occupant.value(u"role"_s).toString();
    const QString show = occupant.value(u"show"_s).toString();
    if (show != u"online")
        text += u", "_s + show;
    const QString status = occupant.value(u"status"_s).toString();
    if (!status.isEmpty())
        text += u": "_s + status;
    return text;
}

} // namespace

QJsonObject occupantJson(const Occupant &occupant)
{
    const QString show = Presence::showName(occupant.show);
    QJsonObject object{
        {u"nick"_s, occupant.nick},
        {u"role"_s, mucRoleName(occupant.role)},
        {u"affiliation"_s, mucAffiliationName(occupant.affiliation)},
        {u"show"_s, show.isEmpty() ? u"online"_s : show},
        {u"status"_s, occupant.status},
        {u"self"_s, occupant.isSelf},
    };
    if (occupant.realJid.isValid())
        object.insert(u"jid"_s, occupant.realJid.toString());
    if (!occupant.occupantId.isEmpty())
        object.insert(u"occupantId"_s, occupant.occupantId);
    return object;
}

QJsonObject roomMessageJson(const HistoryMessage &message, const Jid &room, bool history)
{
    QJsonObject object{
        {u"type"_s, u"message"_s},
        {u"room"_s, room.toString()},
        {u"nick"_s, message.senderName},
        {u"from"_s, message.senderName.isEmpty() ? room.toString()
                                                 : room.withResource(message.senderName).full()},
        {u"id"_s, message.messageId},
        {u"body"_s, message.body},
        {u"timestamp"_s, isoUtc(message.timestamp)},
        {u"own"_s, message.isOwn()},
        {u"history"_s, history},
    };
    if (message.isOwn())
        object.insert(u"state"_s, deliveryStateName(message.state));
    if (!message.serverId.isEmpty())
        object.insert(u"stanzaId"_s, message.serverId);
    if (message.edited)
        object.insert(u"edited"_s, true);
    return object;
}

QJsonObject privateMessageJson(const HistoryMessage &message, const Jid &room, bool incoming)
{
    const Jid peer = Jid::parse(message.conversation);
    return {
        {u"type"_s, u"private"_s},
        {u"direction"_s, incoming ? u"in"_s : u"out"_s},
        {u"room"_s, room.toString()},
        {u"nick"_s, peer.resource()},
        {u"id"_s, message.messageId},
        {u"body"_s, message.body},
        {u"timestamp"_s, isoUtc(message.timestamp)},
    };
}

QString exitReasonName(RoomExit::Reason reason)
{
    switch (reason) {
    case RoomExit::Reason::Left:
        return u"left"_s;
    case RoomExit::Reason::Kicked:
        return u"kicked"_s;
    case RoomExit::Reason::Banned:
        return u"banned"_s;
    case RoomExit::Reason::AffiliationChange:
        return u"affiliation-change"_s;
    case RoomExit::Reason::MembersOnly:
        return u"members-only"_s;
    case RoomExit::Reason::Shutdown:
        return u"shutdown"_s;
    case RoomExit::Reason::Destroyed:
        return u"destroyed"_s;
    case RoomExit::Reason::JoinRefused:
        return u"join-refused"_s;
    case RoomExit::Reason::ConnectionLost:
        return u"connection-lost"_s;
    }
    return QString();
}

QJsonObject exitJson(const RoomExit &exit, const Jid &room)
{
    QJsonObject fields{{u"reason"_s, exitReasonName(exit.reason)}, {u"sentence"_s, exit.sentence}};
    if (!exit.actor.isEmpty())
        fields.insert(u"actor"_s, exit.actor);
    if (!exit.why.isEmpty())
        fields.insert(u"why"_s, exit.why);
    if (exit.alternateRoom.isValid())
        fields.insert(u"alternateRoom"_s, exit.alternateRoom.toString());
    return roomEvent(u"exit"_s, room, fields);
}

QJsonObject roomEvent(const QString &type, const Jid &room, const QJsonObject &fields)
{
    QJsonObject object = fields;
    object.insert(u"type"_s, type);
    object.insert(u"room"_s, room.toString());
    object.insert(u"timestamp"_s, isoUtc(QDateTime::currentDateTimeUtc()));
    return object;
}

QString roomEventText(const QJsonObject &event)
{
    const QString type = event.value(u"type"_s).toString();
    const QString time = localTime(event);
    const auto field = [&event](const QString &name) { return event.value(name).toString(); };
    const QString nick = safeDisplayName(field(u"nick"_s));
    if (type == u"message") {
        QString line =
            time + u" <"_s + nick + u"> "_s + QString(field(u"body"_s)).replace(u'\n', u"\n    "_s);
        if (event.value(u"own"_s).toBool() && field(u"state"_s) == u"queued")
            line += u"  [not sent yet]"_s;
        return line;
    }
    if (type == u"private") {
        const bool incoming = field(u"direction"_s) == u"in";
        return time + (incoming ? u" *"_s + nick + u"* "_s : u" -> *"_s + nick + u"* "_s) +
               field(u"body"_s);
    }
    if (type == u"joined")
        return u"* You joined %1 as %2 (%3 in the room)"_s.arg(field(u"room"_s), nick)
            .arg(event.value(u"occupants"_s).toInt());
    if (type == u"occupant-joined")
        return u"* %1 joined (%2)"_s.arg(nick, showText(event));
    if (type == u"occupant-changed")
        return u"* %1 is now %2"_s.arg(nick, showText(event));
    if (type == u"occupant-left")
        return field(u"sentence"_s).isEmpty() ? u"* %1 left"_s.arg(nick)
                                              : u"* "_s + field(u"sentence"_s);
    if (type == u"nick")
        return u"* %1 is now known as %2"_s.arg(safeDisplayName(field(u"old"_s)),
                                                safeDisplayName(field(u"new"_s)));
    if (type == u"subject")
        return field(u"subject"_s).isEmpty() ? u"* No subject is set"_s
               : field(u"by"_s).isEmpty()
                   ? u"* Subject: %1"_s.arg(field(u"subject"_s))
                   : u"* Subject: %1 (set by %2)"_s.arg(field(u"subject"_s), field(u"by"_s));
    if (type == u"notice" || type == u"exit")
        return u"* "_s + field(u"sentence"_s);
    if (type == u"error")
        return u"! "_s + field(u"sentence"_s);
    return u"* "_s + type;
}

} // namespace Linnet::Cli

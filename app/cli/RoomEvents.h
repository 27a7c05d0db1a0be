#pragma once

#include "muc/MucTypes.h"
#include "storage/HistoryTypes.h"

#include <QJsonObject>

namespace Linnet::Cli {

// What linnet-cli join prints, as one JSON object per event with a "type" field and an ISO 8601
// UTC "timestamp" — and the same object as one line for people (roomEventText).
//
// types: joined, occupant-joined, occupant-left, occupant-changed, nick, subject, message,
// private, notice, error, exit.

// {nick, role, affiliation, show, status, self, and jid / occupantId when known}
QJsonObject occupantJson(const Occupant &occupant);
// {type: message, room, nick, from, id, body, timestamp, own, history, and state for ours}
QJsonObject roomMessageJson(const HistoryMessage &message, const Jid &room, bool history);
// {type: private, direction: in|out, room, nick, id, body, timestamp}
QJsonObject privateMessageJson(const HistoryMessage &message, const Jid &room, bool incoming);
// {type: exit, reason: left|kicked|banned|…, sentence, actor, why, alternateRoom}
QJsonObject exitJson(const RoomExit &exit, const Jid &room);
QString exitReasonName(RoomExit::Reason reason);

// A room event of any other type, stamped now: {type, room, timestamp} and the fields given.
QJsonObject roomEvent(const QString &type, const Jid &room, const QJsonObject &fields = {});

// The event in one line for a terminal: "2024-05-01 14:03:07 <alice> hello",
// "* bob joined (participant)", … in local time.
QString roomEventText(const QJsonObject &event);

} // namespace Linnet::Cli

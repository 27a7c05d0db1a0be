#pragma once

#include "muc/MucTypes.h"
#include "stream/StanzaError.h"

namespace Linnet {

struct MucUserPayload;

// The words a room window shows for what happens to occupants and to us.
namespace RoomSentences {

// Why we left, from the self-presence of type unavailable (status codes, <destroy/>, actor
// and reason); sentence filled in.
RoomExit exitFrom(const MucUserPayload &payload, bool weAskedToLeave);
// "bob left the room (gone home)", "bob has been kicked by alice: spam", …
QString occupantLeft(const QString &nick, const MucUserPayload &payload, const QString &status);
// A refused join (§7.2.6–7.2.11) in words, with the room's own text when it gave one.
QString joinRefused(const StanzaError &error);
// text with a full stop, unless it ends with one (or ! or ?) already.
QString endSentence(const QString &text);
// "alice is now known as bob" / "You are now known as bob".
QString nickChanged(const QString &oldNick, const QString &newNick, bool isSelf);
// A changed role or affiliation of ours: "You are now a moderator.", or empty.
QString selfStandingChanged(const Occupant &before, const Occupant &after);

} // namespace RoomSentences

} // namespace Linnet

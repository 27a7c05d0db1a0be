#include "muc/MucStatus.h"

#include <QCoreApplication>

namespace Linnet::MucStatus {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MucStatus", text);
}

// The sentence about someone else; "Someone" stands in when the nick is unknown.
QString about(const char *text, const QString &nick)
{
    return tr(text).arg(nick.isEmpty() ? tr("Someone") : nick);
}

} // namespace

// XEP-0045 §15.6.2, the status code registry, one sentence per code (for us and for others).
QString describe(int code, const QString &nick, bool isSelf)
{
    switch (code) {
    case 100:
        return isSelf ? tr("Everyone in this room can see your full address.")
                      : about("Everyone in this room can see the full address of %1.", nick);
    case 101:
        return isSelf
                   ? tr("Your affiliation with this room changed while you were away.")
                   : about("The affiliation of %1 changed while they were not in the room.", nick);
    case 102:
        return tr("The room now shows occupants who are unavailable.");
    case 103:
        return tr("The room no longer shows occupants who are unavailable.");
    case 104:
        return tr("The room's configuration has changed.");
    case 110:
        return nick.isEmpty() ? tr("You are in the room.")
                              : about("You are in the room as %1.", nick);
    case 170:
        return tr("Messages in this room are now logged.");
    case 171:
        return tr("Messages in this room are no longer logged.");
    case 172:
        return tr("The room is now non-anonymous: everyone can see the full address of every "
                  "occupant.");
    case 173:
        return tr("The room is now semi-anonymous: only moderators can see the full addresses "
                  "of occupants.");
    case 174:
        return tr("The room is now fully anonymous: nobody can see the full addresses of "
                  "occupants.");
    case 201:
        return tr("You created this room; it stays locked until it is configured.");
    case 210:
        return isSelf ? about("The service set your nickname in this room to %1.", nick)
                      : about("The service changed the nickname of %1.", nick);
    case 301:
        return isSelf ? tr("You have been banned from this room.")
                      : about("%1 has been banned from the room.", nick);
    case 303:
        return isSelf ? about("Your nickname in this room is now %1.", nick)
                      : about("%1 changed their nickname.", nick);
    case 307:
        return isSelf ? tr("You have been kicked from this room.")
                      : about("%1 has been kicked from the room.", nick);
    case 321:
        return isSelf ? tr("You have been removed from this room because your affiliation "
                           "changed.")
                      : about("%1 has been removed from the room because their affiliation "
                              "changed.",
                              nick);
    case 322:
        return isSelf ? tr("You have been removed from this room because it is now "
                           "members-only and you are not a member.")
                      : about("%1 has been removed from the room because it is now "
                              "members-only and they are not a member.",
                              nick);
    case 332:
        return isSelf ? tr("You have been removed from this room because the chat service "
                           "is shutting down.")
                      : about("%1 has been removed from the room because the chat service is "
                              "shutting down.",
                              nick);
    case 333:
        return isSelf ? tr("You have been removed from this room because of a technical "
                           "problem.")
                      : about("%1 has been removed from the room because of a technical "
                              "problem.",
                              nick);
    default:
        return tr("The room sent status code %1.").arg(code);
    }
}

bool isRoomNotice(int code)
{
    return code == 100 || (code >= 102 && code <= 104) || (code >= 170 && code <= 174);
}

} // namespace Linnet::MucStatus

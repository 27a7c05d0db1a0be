#include "muc/MucStatus.h"

#include <QCoreApplication>

namespace Linnet::MucStatus {

namespace {

// The sentence about someone else; "Someone" stands in when the nick is unknown.
QString about(const char *text, const QString &nick)
{
    return QCoreApplication::translate("MucStatus", text)
        .arg(nick.isEmpty() ? QCoreApplication::translate("MucStatus", "Someone") : nick);
}

} // namespace

// XEP-0045 §15.6.2, the status code registry, one sentence per code (for us and for others).
QString describe(int code, const QString &nick, bool isSelf)
{
    switch (code) {
    case 100:
        return isSelf
                   ? QCoreApplication::translate("MucStatus",
                                                 "Everyone in this room can see your full address.")
                   : about(
                         QT_TRANSLATE_NOOP("MucStatus",
                                           "Everyone in this room can see the full address of %1."),
                         nick);
    case 101:
        return isSelf ? QCoreApplication::translate(
                            "MucStatus",
                            "Your affiliation with this room changed while you were away.")
                      : about(QT_TRANSLATE_NOOP(
                                  "MucStatus",
                                  "The affiliation of %1 changed while they were not in the room."),
                              nick);
    case 102:
        return QCoreApplication::translate("MucStatus",
                                           "The room now shows occupants who are unavailable.");
    case 103:
        return QCoreApplication::translate(
            "MucStatus", "The room no longer shows occupants who are unavailable.");
    case 104:
        return QCoreApplication::translate("MucStatus", "The room's configuration has changed.");
    case 110:
        return nick.isEmpty()
                   ? QCoreApplication::translate("MucStatus", "You are in the room.")
                   : about(QT_TRANSLATE_NOOP("MucStatus", "You are in the room as %1."), nick);
    case 170:
        return QCoreApplication::translate("MucStatus", "Messages in this room are now logged.");
    case 171:
        return QCoreApplication::translate("MucStatus",
                                           "Messages in this room are no longer logged.");
    case 172:
        return QCoreApplication::translate(
            "MucStatus",
            "The room is now non-anonymous: everyone can see the full address of every "
            "occupant.");
    case 173:
        return QCoreApplication::translate(
            "MucStatus",
            "The room is now semi-anonymous: only moderators can see the full addresses "
            "of occupants.");
    case 174:
        return QCoreApplication::translate(
            "MucStatus", "The room is now fully anonymous: nobody can see the full addresses of "
                         "occupants.");
    case 201:
        return QCoreApplication::translate(
            "MucStatus", "You created this room; it stays locked until it is configured.");
    case 210:
        return isSelf ? about(QT_TRANSLATE_NOOP(
                                  "MucStatus", "The service set your nickname in this room to %1."),
                              nick)
                      : about(QT_TRANSLATE_NOOP("MucStatus",
                                                "The service changed the nickname of %1."),
                              nick);
    case 301:
        return isSelf ? QCoreApplication::translate("MucStatus",
                                                    "You have been banned from this room.")
                      : about(QT_TRANSLATE_NOOP("MucStatus", "%1 has been banned from the room."),
                              nick);
    case 303:
        return isSelf
                   ? about(QT_TRANSLATE_NOOP("MucStatus", "Your nickname in this room is now %1."),
                           nick)
                   : about(QT_TRANSLATE_NOOP("MucStatus", "%1 changed their nickname."), nick);
    case 307:
        return isSelf ? QCoreApplication::translate("MucStatus",
                                                    "You have been kicked from this room.")
                      : about(QT_TRANSLATE_NOOP("MucStatus", "%1 has been kicked from the room."),
                              nick);
    case 321:
        return isSelf ? QCoreApplication::translate(
                            "MucStatus",
                            "You have been removed from this room because your affiliation "
                            "changed.")
                      : about(QT_TRANSLATE_NOOP(
                                  "MucStatus",
                                  "%1 has been removed from the room because their affiliation "
                                  "changed."),
                              nick);
    case 322:
        return isSelf
                   ? QCoreApplication::translate(
                         "MucStatus", "You have been removed from this room because it is now "
                                      "members-only and you are not a member.")
                   : about(QT_TRANSLATE_NOOP("MucStatus",
                                             "%1 has been removed from the room because it is now "
                                             "members-only and they are not a member."),
                           nick);
    case 332:
        return isSelf ? QCoreApplication::translate(
                            "MucStatus",
                            "You have been removed from this room because the chat service "
                            "is shutting down.")
                      : about(QT_TRANSLATE_NOOP(
                                  "MucStatus",
                                  "%1 has been removed from the room because the chat service is "
                                  "shutting down."),
                              nick);
    case 333:
        return isSelf
                   ? QCoreApplication::translate(
                         "MucStatus", "You have been removed from this room because of a technical "
                                      "problem.")
                   : about(QT_TRANSLATE_NOOP(
                               "MucStatus",
                               "%1 has been removed from the room because of a technical "
                               "problem."),
                           nick);
    default:
        return QCoreApplication::translate("MucStatus", "The room sent status code %1.").arg(code);
    }
}

bool isRoomNotice(int code)
{
    return code == 100 || (code >= 102 && code <= 104) || (code >= 170 && code <= 174);
}

} // namespace Linnet::MucStatus

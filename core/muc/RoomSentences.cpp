#include "muc/RoomSentences.h"

#include "muc/MucStatus.h"
#include "muc/MucUserPayload.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet::RoomSentences {

namespace {

QString actorOf(const MucUserItem &item)
{
    if (!item.actorNick.isEmpty())
        return item.actorNick;
    return item.actorJid.isValid() ? item.actorJid.bareString() : QString();
}

} // namespace

QString endSentence(const QString &text)
{
    if (text.endsWith(u'.') || text.endsWith(u'!') || text.endsWith(u'?'))
        return text;
    return text + u'.';
}

namespace {

// "<what>" + " by <actor>" + ": <reason>" + ".", from the sentence of the status code.
QString withActorAndReason(QString sentence, const QString &actor, const QString &reason)
{
    if (sentence.endsWith(u'.'))
        sentence.chop(1);
    if (!actor.isEmpty())
        sentence += QCoreApplication::translate("RoomSentences", " by %1").arg(actor);
    if (!reason.isEmpty())
        sentence += u": "_s + reason;
    return endSentence(sentence);
}

// The code that explains a removal, most specific first.
int removalCode(const MucUserPayload &payload)
{
    for (int code : {301, 307, 321, 322, 332, 333}) {
        if (payload.has(code))
            return code;
    }
    return 0;
}

} // namespace

RoomExit exitFrom(const MucUserPayload &payload, bool weAskedToLeave)
{
    RoomExit exit;
    const MucUserItem item = payload.item.value_or(MucUserItem{});
    exit.actor = actorOf(item);
    exit.why = item.reason;
    if (payload.destroy) {
        exit.reason = RoomExit::Reason::Destroyed;
        exit.why = payload.destroy->reason;
        exit.alternateRoom = payload.destroy->alternateRoom;
        exit.actor.clear();
        QString sentence =
            QCoreApplication::translate("RoomSentences", "The room has been destroyed");
        if (!exit.why.isEmpty())
            sentence += u": "_s + exit.why;
        sentence = endSentence(sentence);
        if (exit.alternateRoom.isValid())
            sentence += u' ' + QCoreApplication::translate("RoomSentences", "It continues at %1.")
                                   .arg(exit.alternateRoom.bareString());
        exit.sentence = sentence;
        return exit;
    }
    const int code = removalCode(payload);
    switch (code) {
    case 301:
        exit.reason = RoomExit::Reason::Banned;
        break;
    case 307:
        exit.reason = RoomExit::Reason::Kicked;
        break;
    case 321:
        exit.reason = RoomExit::Reason::AffiliationChange;
        break;
    case 322:
        exit.reason = RoomExit::Reason::MembersOnly;
        break;
    case 332:
        exit.reason = RoomExit::Reason::Shutdown;
        break;
    case 333:
        // A technical removal: the room forgot us, so a rejoin is in order.
        exit.reason = RoomExit::Reason::ConnectionLost;
        break;
    default:
        exit.reason = RoomExit::Reason::Left;
        exit.sentence = weAskedToLeave
                            ? QCoreApplication::translate("RoomSentences", "You left the room.")
                            : QCoreApplication::translate("RoomSentences",
                                                          "The room says you are no longer in it.");
        return exit;
    }
    exit.sentence = withActorAndReason(MucStatus::describe(code, {}, true), exit.actor, exit.why);
    return exit;
}

QString occupantLeft(const QString &nick, const MucUserPayload &payload, const QString &status)
{
    const MucUserItem item = payload.item.value_or(MucUserItem{});
    if (payload.destroy)
        return QCoreApplication::translate("RoomSentences", "%1 left: the room has been destroyed.")
            .arg(nick);
    if (const int code = removalCode(payload))
        return withActorAndReason(MucStatus::describe(code, nick, false), actorOf(item),
                                  item.reason);
    if (!status.isEmpty())
        return QCoreApplication::translate("RoomSentences", "%1 left the room (%2).")
            .arg(nick, status);
    return QCoreApplication::translate("RoomSentences", "%1 left the room.").arg(nick);
}

QString joinRefused(const StanzaError &error)
{
    QString sentence;
    switch (error.condition) {
    case StanzaErrorCondition::Conflict:
        sentence = QCoreApplication::translate("RoomSentences",
                                               "Someone in the room already uses that nickname.");
        break;
    case StanzaErrorCondition::NotAuthorized:
        sentence = QCoreApplication::translate(
            "RoomSentences", "The room needs a password, and the one given was missing or wrong.");
        break;
    case StanzaErrorCondition::RegistrationRequired:
        sentence = QCoreApplication::translate(
            "RoomSentences", "The room is for members only, and you are not a member.");
        break;
    case StanzaErrorCondition::Forbidden:
        sentence = QCoreApplication::translate("RoomSentences", "You are banned from the room.");
        break;
    case StanzaErrorCondition::ServiceUnavailable:
        sentence = QCoreApplication::translate("RoomSentences", "The room is full.");
        break;
    case StanzaErrorCondition::ItemNotFound:
        sentence = QCoreApplication::translate(
            "RoomSentences",
            "The room does not exist, or it is locked until its owner configures it.");
        break;
    case StanzaErrorCondition::NotAllowed:
        sentence = QCoreApplication::translate("RoomSentences",
                                               "You may not create rooms on this service.");
        break;
    case StanzaErrorCondition::NotAcceptable:
        sentence = QCoreApplication::translate(
            "RoomSentences", "The room requires you to use your registered nickname.");
        break;
    case StanzaErrorCondition::JidMalformed:
        sentence =
            QCoreApplication::translate("RoomSentences", "The nickname is missing or not allowed.");
        break;
    default:
        return QCoreApplication::translate("RoomSentences", "The room refused the join: %1")
            .arg(error.humanSentence());
    }
    if (!error.text.isEmpty())
        sentence += u" ("_s + error.text + u')';
    return sentence;
}

QString nickChanged(const QString &oldNick, const QString &newNick, bool isSelf)
{
    return isSelf ? QCoreApplication::translate("RoomSentences", "You are now known as %1.")
                        .arg(newNick)
                  : QCoreApplication::translate("RoomSentences", "%1 is now known as %2.")
                        .arg(oldNick, newNick);
}

QString selfStandingChanged(const Occupant &before, const Occupant &after)
{
    if (before.affiliation != after.affiliation) {
        switch (after.affiliation) {
        case MucAffiliation::Owner:
            return QCoreApplication::translate("RoomSentences",
                                               "You are now an owner of this room.");
        case MucAffiliation::Admin:
            return QCoreApplication::translate("RoomSentences",
                                               "You are now an admin of this room.");
        case MucAffiliation::Member:
            return QCoreApplication::translate("RoomSentences",
                                               "You are now a member of this room.");
        case MucAffiliation::None:
            return QCoreApplication::translate("RoomSentences",
                                               "You are no longer affiliated with this room.");
        case MucAffiliation::Outcast:
            return {};
        }
    }
    if (before.role != after.role) {
        switch (after.role) {
        case MucRole::Moderator:
            return QCoreApplication::translate("RoomSentences", "You are now a moderator.");
        case MucRole::Participant:
            return before.role == MucRole::Visitor
                       ? QCoreApplication::translate("RoomSentences",
                                                     "You may speak in the room now.")
                       : QCoreApplication::translate("RoomSentences",
                                                     "You are no longer a moderator.");
        case MucRole::Visitor:
            return QCoreApplication::translate("RoomSentences",
                                               "You may no longer speak in the room.");
        case MucRole::None:
            return {};
        }
    }
    return {};
}

} // namespace Linnet::RoomSentences

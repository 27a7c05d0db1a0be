#include "RoomTexts.h"

namespace Linnet {

QString RoomTexts::joined(const Occupant &occupant)
{
    return tr("%1 joined the room").arg(occupant.nick);
}

QString RoomTexts::left(const Occupant &occupant, const QString &sentence)
{
    if (!sentence.isEmpty())
        return sentence;
    if (!occupant.status.isEmpty())
        return tr("%1 left the room (%2)").arg(occupant.nick, occupant.status);
    return tr("%1 left the room").arg(occupant.nick);
}

QString RoomTexts::nickChanged(const QString &oldNick, const QString &newNick, bool isSelf)
{
    if (isSelf)
        return tr("You are now known as %1").arg(newNick);
    return tr("%1 is now known as %2").arg(oldNick, newNick);
}

QString RoomTexts::subjectChanged(const QString &subject, const QString &setBy)
{
    if (subject.isEmpty())
        return setBy.isEmpty() ? tr("The subject was cleared")
                               : tr("%1 cleared the subject").arg(setBy);
    return setBy.isEmpty() ? tr("The subject is now: %1").arg(subject)
                           : tr("%1 changed the subject to: %2").arg(setBy, subject);
}

QString RoomTexts::subjectIs(const QString &subject, const QString &setBy)
{
    if (subject.isEmpty())
        return tr("This room has no subject");
    return setBy.isEmpty() ? tr("The subject is: %1").arg(subject)
                           : tr("The subject is: %1 (set by %2)").arg(subject, setBy);
}

QString RoomTexts::roleLabel(MucRole role)
{
    switch (role) {
    case MucRole::None:
        return tr("not in the room");
    case MucRole::Visitor:
        return tr("visitor");
    case MucRole::Participant:
        return tr("participant");
    case MucRole::Moderator:
        return tr("moderator");
    }
    return {};
}

QString RoomTexts::affiliationLabel(MucAffiliation affiliation)
{
    switch (affiliation) {
    case MucAffiliation::Outcast:
        return tr("banned");
    case MucAffiliation::None:
        return tr("no affiliation");
    case MucAffiliation::Member:
        return tr("member");
    case MucAffiliation::Admin:
        return tr("admin");
    case MucAffiliation::Owner:
        return tr("owner");
    }
    return {};
}

QString RoomTexts::occupantChanged(const Occupant &before, const Occupant &after)
{
    if (before.role != after.role) {
        if (after.role == MucRole::Visitor)
            return tr("%1 can no longer speak").arg(after.nick);
        if (before.role == MucRole::Visitor && after.role == MucRole::Participant)
            return tr("%1 can speak now").arg(after.nick);
        return tr("%1 is now a %2").arg(after.nick, roleLabel(after.role));
    }
    if (before.affiliation != after.affiliation) {
        if (after.affiliation == MucAffiliation::None)
            return tr("%1 is no longer a %2").arg(after.nick, affiliationLabel(before.affiliation));
        return tr("%1 is now %2").arg(after.nick, affiliationLabel(after.affiliation));
    }
    return {};
}

QString RoomTexts::occupantToolTip(const Occupant &occupant)
{
    QStringList lines{occupant.nick};
    if (occupant.realJid.isValid())
        lines.append(occupant.realJid.toString());
    lines.append(tr("Role: %1").arg(roleLabel(occupant.role)));
    if (occupant.affiliation != MucAffiliation::None)
        lines.append(tr("Affiliation: %1").arg(affiliationLabel(occupant.affiliation)));
    if (!occupant.status.isEmpty())
        lines.append(occupant.status);
    return lines.join(u'\n');
}

QString RoomTexts::roomTitle(const Jid &room)
{
    return room.local().isEmpty() ? room.toString() : room.local();
}

QString RoomTexts::mentionTitle(const QString &nick, const QString &room)
{
    return tr("%1 in %2", "mention notification: nick in room").arg(nick, room);
}

} // namespace Linnet

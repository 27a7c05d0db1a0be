#pragma once

#include "muc/MucTypes.h"

#include <QCoreApplication>
#include <QString>

namespace Linnet {

// The words of the group chat windows in one place, so the views, dialogs and tests agree.
class RoomTexts
{
    Q_DECLARE_TR_FUNCTIONS(Linnet::RoomTexts)
public:
    static QString joined(const Occupant &occupant);
    // sentence: the room's own words when it gave some (Room::occupantLeft); else "X left".
    static QString left(const Occupant &occupant, const QString &sentence);
    static QString nickChanged(const QString &oldNick, const QString &newNick, bool isSelf);
    static QString subjectChanged(const QString &subject, const QString &setBy);
    // The subject as the room tells it when we join.
    static QString subjectIs(const QString &subject, const QString &setBy);
    // "moderator", "participant", … as a user reads them.
    static QString roleLabel(MucRole role);
    static QString affiliationLabel(MucAffiliation affiliation);
    // A role or affiliation change of someone, in words (empty when nothing a user notices).
    static QString occupantChanged(const Occupant &before, const Occupant &after);
    // The occupant list's tooltip: nick, real JID when known, role, affiliation, status.
    static QString occupantToolTip(const Occupant &occupant);
    // The tab title of a room: its local part ("lounge"), or the whole JID for odd rooms.
    static QString roomTitle(const Jid &room);
    // "%1 in %2": the title of a mention notification.
    static QString mentionTitle(const QString &nick, const QString &room);
};

} // namespace Linnet

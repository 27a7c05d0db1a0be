#pragma once

#include "OccupantActions.h"
#include "im/Jid.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QDialog;
class QWidget;

namespace Linnet {

class Room;
class RoomConfigDialog;
class RoomPrompt;

// The dialogs behind a room's actions and what their answers become: invite (mediated or
// direct), change nick, change subject, the settings form, destroy (reason and alternate
// room, confirmed), and moderation of an occupant (kick, ban, voice, roles and affiliations,
// each confirmed with a reason). Each opens non-modally and is returned; a failure the room
// answers becomes a notice line in the room (the notice sink).
class RoomActionFlows : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setNoticeSink(std::function<void(const Jid &room, const QString &sentence)> sink);

    RoomPrompt *invite(Room *room, QWidget *parent);
    RoomPrompt *changeNick(Room *room, QWidget *parent);
    RoomPrompt *changeSubject(Room *room, QWidget *parent);
    RoomConfigDialog *configure(Room *room, QWidget *parent);
    RoomPrompt *destroy(Room *room, QWidget *parent);
    RoomPrompt *moderate(Room *room, OccupantAction action, const Occupant &target,
                         QWidget *parent);

    // The dialog opened last (tests fill it in).
    QDialog *lastDialog() const { return m_last; }

private:
    // A callback that reports a failure of what was asked (in words) in the room.
    std::function<void(const MucOutcome &)> reporter(Room *room, const QString &what);
    RoomPrompt *prompt(const QString &title, const QString &text, const QString &confirm,
                       QWidget *parent);

    std::function<void(const Jid &, const QString &)> m_notice;
    QPointer<QDialog> m_last;
};

} // namespace Linnet

#include "RoomActionFlows.h"

#include "RoomConfigDialog.h"
#include "RoomPrompt.h"
#include "RoomTexts.h"
#include "muc/Room.h"

#include <QCheckBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Linnet {

void RoomActionFlows::setNoticeSink(std::function<void(const Jid &, const QString &)> sink)
{
    m_notice = std::move(sink);
}

std::function<void(const MucOutcome &)> RoomActionFlows::reporter(Room *room, const QString &what)
{
    QPointer<RoomActionFlows> self = this;
    const Jid jid = room->jid();
    return [self, jid, what](const MucOutcome &outcome) {
        if (!self || outcome.ok || !self->m_notice)
            return;
        self->m_notice(jid, tr("%1 failed: %2").arg(what, outcome.sentence));
    };
}

RoomPrompt *RoomActionFlows::prompt(const QString &title, const QString &text,
                                    const QString &confirm, QWidget *parent)
{
    auto *dialog = new RoomPrompt(title, text, confirm, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_last = dialog;
    return dialog;
}

RoomPrompt *RoomActionFlows::invite(Room *room, QWidget *parent)
{
    RoomPrompt *dialog =
        prompt(tr("Invite to %1").arg(RoomTexts::roomTitle(room->jid())),
               tr("Who should join %1?").arg(room->jid().toString()), tr("Invite"), parent);
    dialog->addJidField(tr("&Address:"), u"inviteeEdit"_s, true);
    dialog->addReasonField();
    dialog->addCheckBox(tr("Send the invitation &directly, not through the room"),
                        u"directInviteCheck"_s);
    QPointer<Room> guard = room;
    connect(dialog, &QDialog::accepted, this, [guard, dialog] {
        const Jid invitee = Jid::parse(dialog->text(u"inviteeEdit"_s));
        if (!guard || !invitee.isValid())
            return;
        const QString reason = dialog->text(u"reasonEdit"_s);
        if (dialog->isChecked(u"directInviteCheck"_s))
            guard->inviteDirect(invitee, reason);
        else
            guard->inviteMediated(invitee, reason);
    });
    dialog->open();
    return dialog;
}

RoomPrompt *RoomActionFlows::changeNick(Room *room, QWidget *parent)
{
    RoomPrompt *dialog =
        prompt(tr("Change Nick"), tr("Your nick in %1:").arg(room->jid().toString()), tr("Change"),
               parent);
    dialog->addTextField(tr("&Nick:"), u"nickEdit"_s, room->nick(), true);
    QPointer<Room> guard = room;
    connect(dialog, &QDialog::accepted, this, [guard, dialog] {
        const QString nick = dialog->text(u"nickEdit"_s);
        if (guard && !nick.isEmpty() && nick != guard->nick())
            guard->changeNick(nick);
    });
    dialog->open();
    return dialog;
}

RoomPrompt *RoomActionFlows::changeSubject(Room *room, QWidget *parent)
{
    RoomPrompt *dialog =
        prompt(tr("Change Subject"), tr("The subject of %1:").arg(room->jid().toString()),
               tr("Change"), parent);
    dialog->addTextField(tr("&Subject:"), u"subjectEdit"_s, room->subject());
    QPointer<Room> guard = room;
    connect(dialog, &QDialog::accepted, this, [this, guard, dialog] {
        if (guard)
            guard->setSubject(dialog->text(u"subjectEdit"_s),
                              reporter(guard, tr("Changing the subject")));
    });
    dialog->open();
    return dialog;
}

RoomConfigDialog *RoomActionFlows::configure(Room *room, QWidget *parent)
{
    auto *dialog = new RoomConfigDialog(room->jid().toString(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_last = dialog;
    QPointer<RoomConfigDialog> guard = dialog;
    QPointer<Room> target = room;
    room->requestConfiguration([guard](const DataForm &form, const MucOutcome &outcome) {
        if (!guard)
            return;
        if (outcome.ok)
            guard->setForm(form);
        else
            guard->setProblem(outcome.sentence);
    });
    connect(dialog, &RoomConfigDialog::submitRequested, this,
            [guard, target](const DataForm &form) {
                if (!target)
                    return;
                target->submitConfiguration(form, [guard](const MucOutcome &outcome) {
                    if (!guard)
                        return;
                    if (outcome.ok)
                        guard->accept();
                    else
                        guard->setProblem(outcome.sentence);
                });
            });
    // A new room waits for its configuration: cancelling the form cancels the room.
    connect(dialog, &QDialog::rejected, this, [target] {
        if (target && target->isAwaitingConfiguration())
            target->cancelConfiguration({});
    });
    dialog->open();
    return dialog;
}

RoomPrompt *RoomActionFlows::destroy(Room *room, QWidget *parent)
{
    RoomPrompt *dialog = prompt(tr("Destroy Room"),
                                tr("Destroy %1? Everyone is removed and the room is gone for good.")
                                    .arg(room->jid().toString()),
                                tr("Destroy"), parent);
    dialog->addReasonField();
    dialog->addJidField(tr("&Moved to:"), u"alternateRoomEdit"_s, false)
        ->setPlaceholderText(tr("Optional: a room to go to instead"));
    QPointer<Room> guard = room;
    connect(dialog, &QDialog::accepted, this, [this, guard, dialog] {
        if (guard)
            guard->destroy(dialog->text(u"reasonEdit"_s),
                           Jid::parse(dialog->text(u"alternateRoomEdit"_s)),
                           reporter(guard, tr("Destroying the room")));
    });
    dialog->open();
    return dialog;
}

RoomPrompt *RoomActionFlows::moderate(Room *room, OccupantAction action, const Occupant &target,
                                      QWidget *parent)
{
    RoomPrompt *dialog = prompt(QString(OccupantActions::label(action)).remove(u'&').remove(u'…'),
                                OccupantActions::question(action, target.nick),
                                OccupantActions::confirmLabel(action), parent);
    dialog->setObjectName(OccupantActions::name(action) + u"Prompt"_s);
    dialog->addReasonField();
    QPointer<Room> guard = room;
    connect(dialog, &QDialog::accepted, this, [this, guard, dialog, action, target] {
        if (!guard)
            return;
        const QString reason = dialog->text(u"reasonEdit"_s);
        const auto done = reporter(guard, QString(OccupantActions::label(action))
                                              .remove(u'&')
                                              .remove(u'…')
                                              .append(u' ' + target.nick));
        if (action == OccupantAction::Kick)
            guard->kick(target.nick, reason, done);
        else if (action == OccupantAction::Ban)
            guard->ban(target.realJid, reason, done);
        else if (const auto role = OccupantActions::targetRole(action))
            guard->setRole(target.nick, *role, reason, done);
        else if (const auto affiliation = OccupantActions::targetAffiliation(action))
            guard->setAffiliation(target.realJid, *affiliation, reason, done);
    });
    dialog->open();
    return dialog;
}

} // namespace Linnet

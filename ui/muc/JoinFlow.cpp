#include "JoinFlow.h"

#include "InvitationPrompt.h"
#include "RoomPrompt.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Linnet {

JoinFlow::JoinFlow(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_parent(dialogParent), m_serviceContext(std::make_unique<QObject>())
{}

JoinFlow::~JoinFlow()
{
    delete m_dialog;
}

RoomPrompt *JoinFlow::lastPrompt() const
{
    return m_lastPrompt;
}

QMessageBox *JoinFlow::creationPrompt() const
{
    return m_creationPrompt;
}

InvitationPrompt *JoinFlow::lastInvitation() const
{
    return m_lastInvitation;
}

void JoinFlow::setServices(const RoomServices &services)
{
    m_serviceContext = std::make_unique<QObject>();
    m_services = services;
    m_watched.clear();
    m_lastJoin.clear();
    if (m_dialog)
        m_dialog->reject();
    if (!services.isValid())
        return;
    connect(services.muc, &QObject::destroyed, m_serviceContext.get(),
            [this] { m_services = RoomServices(); });
    connect(services.muc, &MucManager::invitationReceived, m_serviceContext.get(),
            [this](const MucInvitation &invitation) { showInvitation(invitation); });
}

void JoinFlow::setDefaultService(const Jid &service)
{
    m_defaultService = service;
}

JoinRoomDialog *JoinFlow::showJoinDialog(const Jid &room, bool browse, const Jid &service)
{
    if (!m_dialog) {
        m_dialog = new JoinRoomDialog(m_parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_services.muc)
            m_dialog->setNick(m_services.muc->defaultNick());
        m_dialog->setService(m_defaultService);
        JoinRoomDialog *dialog = m_dialog;
        connect(dialog, &JoinRoomDialog::roomListRequested, this, [this, dialog](const Jid &at) {
            if (!m_services.muc) {
                dialog->setRoomList({}, MucOutcome::failure(tr("Sign in to list rooms.")));
                return;
            }
            QPointer<JoinRoomDialog> guard = dialog;
            m_services.muc->listRooms(
                at, [guard](const QList<RoomListing> &rooms, const MucOutcome &outcome) {
                    if (guard)
                        guard->setRoomList(rooms, outcome);
                });
        });
        connect(dialog, &QDialog::accepted, this, [this, dialog] { join(dialog->request()); });
    }
    if (room.isValid())
        m_dialog->setRoom(room);
    if (service.isValid())
        m_dialog->setService(service);
    if (browse)
        m_dialog->showRoomList(true);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void JoinFlow::join(const JoinRequest &request)
{
    if (!m_services.muc || !request.room.isValid())
        return;
    const Jid room = request.room.bare();
    if (request.bookmark && m_services.bookmarks) {
        Bookmark bookmark = m_services.bookmarks->bookmark(room).value_or(Bookmark{});
        bookmark.room = room;
        bookmark.nick = request.nick;
        bookmark.password = request.password;
        bookmark.autojoin = true;
        m_services.bookmarks->set(bookmark);
    }
    JoinOptions options;
    options.nick = request.nick.isEmpty() ? m_services.muc->defaultNick() : request.nick;
    options.password = request.password;
    m_lastJoin.insert(room.bareString(), options);
    Room *joined = m_services.muc->join(room, options);
    watch(joined);
    Q_EMIT joinStarted(room);
}

void JoinFlow::rejoin(const Jid &room)
{
    if (!m_services.muc)
        return;
    JoinOptions options = m_lastJoin.value(room.bareString());
    if (options.nick.isEmpty()) {
        if (Room *existing = m_services.muc->existingRoom(room); existing)
            options.nick = existing->nick();
    }
    if (options.nick.isEmpty())
        options.nick = m_services.muc->defaultNick();
    m_lastJoin.insert(room.bareString(), options);
    watch(m_services.muc->join(room, options));
    Q_EMIT joinStarted(room.bare());
}

void JoinFlow::watch(Room *room)
{
    if (!room || m_watched.contains(room))
        return;
    m_watched.insert(room);
    QObject *context = m_serviceContext.get();
    connect(room, &QObject::destroyed, context, [this, room] { m_watched.remove(room); });
    connect(room, &Room::nickConflict, context,
            [this, room](const QString &suggested) { onNickConflict(room, suggested); });
    connect(room, &Room::passwordRequired, context, [this, room] { onPasswordRequired(room); });
    connect(room, &Room::configurationNeeded, context,
            [this, room] { onConfigurationNeeded(room); });
}

void JoinFlow::onNickConflict(Room *room, const QString &suggested)
{
    auto *prompt = new RoomPrompt(
        tr("Nick in Use"),
        tr("Someone in %1 already uses the nick %2. Choose another one.")
            .arg(room->jid().toString(), room->nick()),
        room->state() == Room::State::Joined ? tr("Change Nick") : tr("Join"), m_parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->addTextField(tr("&Nick:"), u"nickEdit"_s, suggested, true);
    QPointer<Room> guard = room;
    connect(prompt, &QDialog::accepted, this, [this, guard, prompt] {
        const QString nick = prompt->text(u"nickEdit"_s);
        if (!guard || nick.isEmpty())
            return;
        if (guard->state() == Room::State::Joined) {
            guard->changeNick(nick);
            return;
        }
        JoinOptions options = m_lastJoin.value(guard->jid().bareString());
        options.nick = nick;
        m_lastJoin.insert(guard->jid().bareString(), options);
        guard->join(options);
    });
    m_lastPrompt = prompt;
    prompt->open();
}

void JoinFlow::onPasswordRequired(Room *room)
{
    auto *prompt = new RoomPrompt(tr("Room Password"),
                                  tr("%1 asks for a password.").arg(room->jid().toString()),
                                  tr("Join"), m_parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->addPasswordField(tr("&Password:"), u"passwordEdit"_s);
    QPointer<Room> guard = room;
    connect(prompt, &QDialog::accepted, this, [this, guard, prompt] {
        if (!guard)
            return;
        JoinOptions options = m_lastJoin.value(guard->jid().bareString());
        if (options.nick.isEmpty())
            options.nick = guard->nick();
        options.password = prompt->findChild<QLineEdit *>(u"passwordEdit"_s)->text();
        m_lastJoin.insert(guard->jid().bareString(), options);
        guard->join(options);
    });
    m_lastPrompt = prompt;
    prompt->open();
}

void JoinFlow::onConfigurationNeeded(Room *room)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("New Room"),
                                tr("The room %1 did not exist and was created for you. Open it "
                                   "now with the server's default settings, or configure it "
                                   "first?")
                                    .arg(room->jid().toString()),
                                QMessageBox::NoButton, m_parent);
    box->setObjectName(u"roomCreationPrompt"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *instant = box->addButton(tr("&Instant Room"), QMessageBox::AcceptRole);
    instant->setObjectName(u"instantRoomButton"_s);
    QPushButton *configure = box->addButton(tr("&Configure…"), QMessageBox::ActionRole);
    configure->setObjectName(u"configureRoomButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelRoomButton"_s);
    QPointer<Room> guard = room;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, guard, instant, configure](QAbstractButton *clicked) {
                if (!guard)
                    return;
                if (clicked == instant)
                    guard->createInstant({});
                else if (clicked == configure)
                    Q_EMIT configureRequested(guard);
                else
                    guard->cancelConfiguration({});
            });
    m_creationPrompt = box;
    box->open();
}

InvitationPrompt *JoinFlow::showInvitation(const MucInvitation &invitation)
{
    auto *prompt = new InvitationPrompt(invitation, m_parent);
    connect(prompt, &InvitationPrompt::joinRequested, this, [this](const MucInvitation &inv) {
        JoinRequest request;
        request.room = inv.room;
        request.password = inv.password;
        request.nick = m_services.muc ? m_services.muc->defaultNick() : QString();
        join(request);
    });
    connect(prompt, &InvitationPrompt::declineRequested, this, [this](const MucInvitation &inv) {
        if (m_services.muc)
            m_services.muc->decline(inv, QString());
    });
    m_lastInvitation = prompt;
    prompt->show();
    return prompt;
}

} // namespace Linnet

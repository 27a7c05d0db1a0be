#pragma once

#include "JoinRoomDialog.h"
#include "RoomServices.h"
#include "muc/Room.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QMessageBox;
class QWidget;

namespace Linnet {

class InvitationPrompt;
class RoomPrompt;

// Joining rooms, from the user's side: the Join Room dialog (with the room list of a service),
// the bookmark it may ask for, and what a room answers a join with — a nick conflict (ask
// again with the suggested nick), a password (ask for it and retry), a new room waiting for
// its configuration (instant room or the settings form) — and the invitations we receive.
class JoinFlow : public QObject
{
    Q_OBJECT
public:
    // dialogParent: the window the dialogs belong to.
    explicit JoinFlow(QWidget *dialogParent, QObject *parent = nullptr);
    ~JoinFlow() override;

    void setServices(const RoomServices &services);
    // The service the room list starts with (the server's conference service).
    void setDefaultService(const Jid &service);
    Jid defaultService() const { return m_defaultService; }

    // Opens (or raises) the Join Room dialog, with the room filled in when given and the room
    // list of service shown when browse is true.
    JoinRoomDialog *showJoinDialog(const Jid &room = {}, bool browse = false,
                                   const Jid &service = {});
    JoinRoomDialog *joinDialog() const { return m_dialog; }
    // Joins as asked: bookmarks first when asked, then MucManager::join.
    void join(const JoinRequest &request);
    // Joins a room again with the nick and password it was last joined with.
    void rejoin(const Jid &room);
    // Follows one room's answers to our join (called for every room the account has).
    void watch(Room *room);
    InvitationPrompt *showInvitation(const MucInvitation &invitation);

    // The prompts open now, for the tests: the last one of each kind.
    RoomPrompt *lastPrompt() const;
    QMessageBox *creationPrompt() const;
    InvitationPrompt *lastInvitation() const;

Q_SIGNALS:
    // A join was sent: its tab should come to the front.
    void joinStarted(const Linnet::Jid &room);
    // The user wants to fill in a new room's settings form.
    void configureRequested(Linnet::Room *room);

private:
    void onNickConflict(Room *room, const QString &suggested);
    void onPasswordRequired(Room *room);
    void onConfigurationNeeded(Room *room);

    QPointer<QWidget> m_parent;
    RoomServices m_services;
    std::unique_ptr<QObject> m_serviceContext;
    Jid m_defaultService;
    QPointer<JoinRoomDialog> m_dialog;
    QPointer<RoomPrompt> m_lastPrompt;
    QPointer<QMessageBox> m_creationPrompt;
    QPointer<InvitationPrompt> m_lastInvitation;
    QHash<QString, JoinOptions> m_lastJoin; // room -> how we last joined it
    QSet<const Room *> m_watched;
};

} // namespace Linnet

#include "muc/Room.h"

#include "storage/HistoryStore.h"
#include "stream/XmppStream.h"

// Stub of the contract: the room helper replaces this.
namespace Linnet {

struct Room::Private
{
    XmppStream &stream;
    HistoryStore &history;
    Jid jid;
    State state = State::NotJoined;
    QString nick;
};

Room::Room(XmppStream &stream, HistoryStore &history, const Jid &roomJid, QObject *parent)
    : QObject(parent), d(new Private{stream, history, roomJid.bare(), State::NotJoined, {}})
{}

Room::~Room()
{
    delete d;
}

Jid Room::jid() const
{
    return d->jid;
}
Room::State Room::state() const
{
    return d->state;
}
QString Room::nick() const
{
    return d->nick;
}
QString Room::subject() const
{
    return {};
}
QString Room::subjectSetBy() const
{
    return {};
}
QList<Occupant> Room::occupants() const
{
    return {};
}
std::optional<Occupant> Room::occupant(const QString &) const
{
    return std::nullopt;
}
Occupant Room::self() const
{
    return {};
}
bool Room::isNonAnonymous() const
{
    return false;
}
bool Room::isLogged() const
{
    return false;
}
bool Room::hasArchive() const
{
    return false;
}
RoomExit Room::lastExit() const
{
    return {};
}
void Room::join(const JoinOptions &options)
{
    d->nick = options.nick;
}
void Room::leave(const QString &) {}
void Room::changeNick(const QString &) {}
QString Room::sendMessage(const QString &)
{
    return {};
}
void Room::setSubject(const QString &, MucCallback) {}
void Room::sendPresence(Presence::Show, const QString &) {}
void Room::setRole(const QString &, MucRole, const QString &, MucCallback) {}
void Room::setAffiliation(const Jid &, MucAffiliation, const QString &, MucCallback) {}
void Room::kick(const QString &, const QString &, MucCallback) {}
void Room::ban(const Jid &, const QString &, MucCallback) {}
bool Room::canKick(const Occupant &) const
{
    return false;
}
bool Room::canBan(const Occupant &) const
{
    return false;
}
bool Room::canChangeRole(const Occupant &, MucRole) const
{
    return false;
}
bool Room::canChangeAffiliation(const Occupant &, MucAffiliation) const
{
    return false;
}
bool Room::canSetSubject() const
{
    return false;
}
bool Room::canConfigure() const
{
    return false;
}
void Room::requestAffiliationList(MucAffiliation,
                                  std::function<void(const QList<Jid> &, const MucOutcome &)>)
{}
bool Room::isAwaitingConfiguration() const
{
    return false;
}
void Room::createInstant(MucCallback) {}
void Room::requestConfiguration(std::function<void(const DataForm &, const MucOutcome &)>) {}
void Room::submitConfiguration(const DataForm &, MucCallback) {}
void Room::cancelConfiguration(MucCallback) {}
void Room::destroy(const QString &, const Jid &, MucCallback) {}
void Room::inviteMediated(const Jid &, const QString &) {}
void Room::inviteDirect(const Jid &, const QString &) {}
void Room::handlePresence(const Element &) {}
void Room::handleMessage(const Message &, const Element &) {}
void Room::connectionLost() {}

} // namespace Linnet

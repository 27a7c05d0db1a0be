// The room for bench_muc_join, filled by raw connections in a process of its own: an owner
// creates it and fills its archive, then many more connections join it as real occupants.
// Cheap on purpose: bare Clients sending hand-made presence, no account services.
#pragma once

#include "TestServerInfo.h"
#include "im/Jid.h"

#include <memory>
#include <vector>

namespace Linnet {
class Client;
}

namespace Linnet::Test {

class MucBenchCrowd
{
public:
    MucBenchCrowd(const TestServerInfo &server, const Jid &room);
    ~MucBenchCrowd();

    // alice/owner joins as "owner", which creates the room, and makes it persistent.
    bool createRoom(QString *error);
    // The owner sends count groupchat messages ("Archived message i of count …") and waits until
    // the room reflected every one of them (so the room's archive holds them).
    bool fillArchive(int count, QString *error);
    // count more connections (bob/crowdNNN) join as nick crowdNNN, asking for no history.
    bool addOccupants(int count, QString *error);
    // Everyone leaves and signs out.
    void disperse();

    int occupants() const; // the owner included
    static QString body(int index, int count);

private:
    // A Client for user/resource, connecting.
    std::unique_ptr<Client> connectAs(const QString &user, const QString &resource) const;
    // Sends join presence from client as nick and waits for the room's answer.
    bool join(Client &client, const QString &nick, QString *error);

    TestServerInfo m_server;
    Jid m_room;
    std::unique_ptr<Client> m_owner;
    std::vector<std::unique_ptr<Client>> m_crowd;
};

} // namespace Linnet::Test

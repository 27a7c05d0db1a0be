#pragma once

#include "ClientHarness.h"
#include "account/AccountServices.h"
#include "storage/HistoryTypes.h"

#include <QList>
#include <memory>

namespace Linnet::Test {

// One signed-in resource of a test account with everything an account runs (AccountServices),
// its history in a database file of the test's choosing.
class ChatPeer
{
public:
    ChatPeer(const TestServerInfo &server, const QString &user, const QString &resource,
             const QString &databasePath);
    ~ChatPeer();

    ClientHarness &harness() { return *m_harness; }
    Client &client() { return m_harness->client(); }
    AccountServices &services() { return *m_services; }
    Jid jid() const { return m_jid; }

    // Connects and waits until initial presence went out (so messages to the bare JID reach
    // this resource) and the archive catch-up has finished.
    bool signIn(int timeoutMs = 20000);
    void signOut();

    // The conversation as stored, oldest first (reads the database).
    QList<HistoryMessage> history(const QString &conversation, int limit = 5000);
    // Waits until the stored conversation satisfies done.
    bool waitForHistory(const QString &conversation,
                        const std::function<bool(const QList<HistoryMessage> &)> &done,
                        int timeoutMs = 15000);
    int catchUps() const { return m_catchUps; }

private:
    Jid m_jid;
    std::unique_ptr<ClientHarness> m_harness;
    std::unique_ptr<AccountServices> m_services;
    int m_catchUps = 0;
};

// Registers user<stem><random> with the shared password (so tests never share accounts);
// a failure ends the test program.
QString registerFreshUser(const TestServerInfo &server, const QString &stem);

// Bodies of messages, in stored order.
QStringList bodiesOf(const QList<HistoryMessage> &messages);

} // namespace Linnet::Test

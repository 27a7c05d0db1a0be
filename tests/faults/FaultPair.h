#pragma once

#include "ChatPeer.h"
#include "FaultProxy.h"

#include <QSet>
#include <functional>
#include <memory>

namespace Linnet::Test {

// Two fresh accounts, A and B, each signed in through a FaultProxy of its own, exchanging
// numbered messages ("A0".., "B0"..) both ways while a scenario injects faults.
class FaultPair
{
public:
    FaultPair(const TestServerInfo &server, const QString &directory);

    FaultProxy &proxyA() { return m_proxyA; }
    FaultProxy &proxyB() { return m_proxyB; }
    ChatPeer &a() { return *m_a; }
    ChatPeer &b() { return *m_b; }

    // Empty on success, else why not.
    QString signIn(int timeoutMs = 30000);
    // These messages carry paddingBytes of padding: stanzas larger than one TLS record.
    void setLarge(const QSet<int> &numbers, int paddingBytes);
    // Sends perSide messages each way, batch per side every intervalMs; beforeTick(sent) runs
    // before each batch. False when they were not all handed over within timeoutMs.
    bool send(int perSide, int batch, int intervalMs, const std::function<void(int)> &beforeTick,
              int timeoutMs = 60000);
    // Waits until both sides hold every message exactly once: "ok", or each side's problem.
    QString settle(int perSide, int timeoutMs);
    // Both sides' order and acknowledgement states: "ok", or what is wrong.
    QString orderAndStates(int perSide);
    // A ping round trip: everything peer sent before (its initial presence, say) has been
    // handled by the server.
    static bool pingServer(ChatPeer &peer, int timeoutMs = 20000);
    // Logical sessions that ended (onlineChanged(false)): drops the server could not resume.
    int lostSessions() const { return m_lostSessions; }
    // Connections each client opened through its proxy after the first.
    int reconnects() const;

private:
    QList<HistoryMessage> historyOf(ChatPeer &peer, ChatPeer &other);

    FaultProxy m_proxyA;
    FaultProxy m_proxyB;
    std::unique_ptr<ChatPeer> m_a;
    std::unique_ptr<ChatPeer> m_b;
    QSet<int> m_large;
    int m_paddingBytes = 0;
    int m_lostSessions = 0;
};

} // namespace Linnet::Test

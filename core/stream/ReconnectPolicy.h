#pragma once

#include <QList>
#include <QRandomGenerator>

namespace Linnet {

// Exponential backoff with jitter: attempt n waits a random time in [d/2, d] where
// d = min(maximum, initial * 2^n). Random halving keeps many clients from reconnecting in
// lock-step after a server restart.
class ReconnectPolicy
{
public:
    explicit ReconnectPolicy(int initialDelayMs = 1000, int maximumDelayMs = 5 * 60 * 1000);

    int nextDelayMs(QRandomGenerator &random);
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

    // A policy-violation stream error is worth another try: Prosody sends one when a dropped
    // connection tore a stanza and the resumed stream appends to its half. But a server that
    // refuses something the outbox sends again each time would close every new session, so
    // after MaxPolicyViolations within PolicyViolationWindowMs Linnet stops trying. True while
    // another try is allowed; nowMs is any monotonic clock.
    bool notePolicyViolation(qint64 nowMs);
    static constexpr int MaxPolicyViolations = 3;
    static constexpr qint64 PolicyViolationWindowMs = 10 * 60 * 1000;

private:
    int m_initialDelayMs;
    int m_maximumDelayMs;
    int m_attempt = 0;
    QList<qint64> m_policyViolationsMs;
};

} // namespace Linnet

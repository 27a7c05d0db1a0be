#pragma once

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

private:
    int m_initialDelayMs;
    int m_maximumDelayMs;
    int m_attempt = 0;
};

} // namespace Linnet

#include "stream/ReconnectPolicy.h"

#include <algorithm>

namespace Linnet {

ReconnectPolicy::ReconnectPolicy(int initialDelayMs, int maximumDelayMs)
    : m_initialDelayMs(std::max(1, initialDelayMs)),
      m_maximumDelayMs(std::max(m_initialDelayMs, maximumDelayMs))
{}

int ReconnectPolicy::nextDelayMs(QRandomGenerator &random)
{
    qint64 ceiling = m_initialDelayMs;
    for (int i = 0; i < m_attempt && ceiling < m_maximumDelayMs; ++i)
        ceiling *= 2;
    ceiling = std::min<qint64>(ceiling, m_maximumDelayMs);
    ++m_attempt;
    const qint64 floor = ceiling / 2;
    return int(floor + random.bounded(ceiling - floor + 1));
}

bool ReconnectPolicy::notePolicyViolation(qint64 nowMs)
{
    m_policyViolationsMs.removeIf(
        [nowMs](qint64 at) { return nowMs - at >= PolicyViolationWindowMs; });
    m_policyViolationsMs.append(nowMs);
    return m_policyViolationsMs.size() < MaxPolicyViolations;
}

} // namespace Linnet

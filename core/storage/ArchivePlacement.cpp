#include "storage/ArchivePlacement.h"

namespace Linnet::ArchivePlacement {

namespace {
// Free ids tried before giving up on a span: a span that full is a conversation with thousands
// of messages in one millisecond.
constexpr int MaxProbes = 64;
} // namespace

std::optional<qint64> choose(std::optional<qint64> lower, std::optional<qint64> upper,
                             qint64 desired, const std::function<bool(qint64)> &isFree)
{
    const qint64 low = lower.value_or(0);
    if (upper && *upper - low <= 1)
        return std::nullopt;
    qint64 target = desired;
    if (target <= low)
        target = low + 1;
    if (upper && target >= *upper) {
        // Between the two neighbours: the middle leaves room for later arrivals on both sides.
        target = lower ? low + (*upper - low) / 2 : *upper - 1;
    }
    // Probe upwards to the upper bound, then downwards to the lower one.
    for (qint64 id = target, probes = 0; probes < MaxProbes && (!upper || id < *upper);
         ++id, ++probes) {
        if (isFree(id))
            return id;
    }
    for (qint64 id = target - 1, probes = 0; probes < MaxProbes && id > low; --id, ++probes) {
        if (isFree(id))
            return id;
    }
    return std::nullopt;
}

} // namespace Linnet::ArchivePlacement

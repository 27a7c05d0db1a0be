#pragma once

#include <QtGlobal>
#include <functional>
#include <optional>

namespace Linnet::ArchivePlacement {

// Where a message fetched from an archive goes among the messages already held. History is
// ordered by row id (milliseconds * RowIdsPerMillisecond + n). Archive stamps have whole
// seconds, so the stamp alone cannot place a message among live ones received in the same
// second; the archive's own order can: the message goes after the held message that precedes
// it in the archive page (lower) and before the one that follows it (upper).
//
// desired: the row id the message's timestamp would get on its own. isFree tells whether an
// id is unused. Returns an id strictly between lower and upper (where given) that is free,
// as close to desired as the bounds allow; nothing when the bounds leave no free id.
std::optional<qint64> choose(std::optional<qint64> lower, std::optional<qint64> upper,
                             qint64 desired, const std::function<bool(qint64)> &isFree);

} // namespace Linnet::ArchivePlacement

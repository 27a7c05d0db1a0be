#pragma once

#include <QString>

namespace Linnet {

// Whether body mentions nick as a word of its own: case-insensitive, and not inside another
// word ("ann" is in "ann: hi" and "hi @Ann!", not in "Joanna" or "annual").
bool mentionsNick(const QString &body, const QString &nick);

} // namespace Linnet

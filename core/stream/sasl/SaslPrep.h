#pragma once

#include <QString>
#include <QStringView>

namespace Linnet {

// A minimal SASLprep (RFC 4013) for user names and passwords: non-ASCII spaces become
// U+0020, the characters RFC 3454 table B.1 maps to nothing are removed, then NFKC.
// The prohibited-output and bidi checks are not applied: the server still judges the result.
QString saslPrep(QStringView text);

} // namespace Linnet

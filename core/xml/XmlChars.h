#pragma once

#include <QString>

namespace Linnet {

// The text unchanged when XML 1.0 can carry every character of it, otherwise a copy with each
// character it cannot carry (controls, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD.
// This is not escaping: QXmlStreamWriter refuses such characters and stops producing
// well-formed output, so they must never reach it.
QString xmlSafe(const QString &text);

} // namespace Linnet

#pragma once

#include <QString>
#include <QStringView>

namespace Linnet {

// Names that other people choose (roster names, nicks, bookmark and vCard names) reach the
// screen only through safeDisplayName(). Such a name can carry characters that make it lie
// about itself or about what stands next to it:
//  - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
//    direction marks (U+200E, U+200F, U+061C) reorder the text around them, so "evil" U+202E
//    "gnp.exe" reads as "evilexe.png" and a nick can make the message after it read backwards;
//  - zero-width and invisible characters (U+200B, U+2060, U+FEFF, U+180E) make two different
//    names look the same;
//  - control characters, line and paragraph separators break a name over several lines and
//    can push a fake "line" into a list;
//  - a name of thousands of characters hides everything after it.
// Those characters are removed (breaks and tabs become a space), whitespace runs fold into
// one space, and a long name is cut at a character boundary with an ellipsis. The joiners
// U+200C and U+200D stay: Persian, Indic scripts and emoji sequences need them.
inline constexpr int MaxDisplayNameLength = 64; // in user-perceived characters

QString safeDisplayName(QStringView name, int maxLength = MaxDisplayNameLength);

// Text from others (bodies, subjects, room notices) that linnet-cli prints for a person goes
// through safeTerminalText(): a terminal obeys escape and control sequences, so a peer could
// clear the screen, retitle the window, move the cursor to forge earlier lines or overwrite a
// line with a carriage return (CWE-150). Control characters other than the line break and the
// tab go, as do the deceptive format characters above; lone surrogates become U+FFFD.
QString safeTerminalText(QStringView text);

// Whether c is one of the characters safeDisplayName() removes (not counting breaks).
bool isDeceptiveFormatCharacter(char32_t c);

} // namespace Linnet

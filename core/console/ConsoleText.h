#pragma once

#include "console/ConsoleEntry.h"
#include "xml/Element.h"

#include <optional>

namespace Linnet::ConsoleText {

// What replaces a secret in the console.
inline constexpr QStringView Hidden = u"[hidden]";

// The console entry for one piece of traffic as Client reports it (a stanza, a stream header,
// a closing tag). Whitespace keepalives give nothing.
std::optional<ConsoleEntry> entryFor(ConsoleEntry::Direction direction, const QString &xml,
                                     const QDateTime &time = QDateTime::currentDateTime());

// The element with secrets replaced by Hidden: the text of every <password/> (in-band
// registration, legacy auth, room passwords), SASL payloads, the values of text-private form
// fields and of fields named password.
Element redacted(const Element &element);

// Indented XML as it would appear inside a jabber:client stream.
QString prettyPrint(const Element &element);

ConsoleEntry::Kind kindOf(const Element &element);

} // namespace Linnet::ConsoleText

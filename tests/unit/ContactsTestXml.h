#pragma once

#include "xml/ElementFromXml.h"

#include <QString>

namespace Linnet::Test {

// Parses one stanza written as it appears in a jabber:client stream (the specifications'
// examples), or returns a null element.
inline Element stanzaFromXml(const QString &xml)
{
    return elementFromXml(xml.toUtf8());
}

} // namespace Linnet::Test

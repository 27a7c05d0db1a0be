// Helpers shared by the presence, caps and disco unit tests.
#pragma once

#include "xml/ElementFromXml.h"

#include <QString>

namespace Linnet::Test {

// Parses one stanza written as it would appear inside a jabber:client stream; null on error.
inline Element parseClientStanza(const QString &xml)
{
    return elementFromXml(xml.toUtf8());
}

} // namespace Linnet::Test

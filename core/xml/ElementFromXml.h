#pragma once

#include "xml/Element.h"

#include <QByteArray>

namespace Linnet {

// Parses one element written by Element::toXml() (stored data, not network input) with the
// same rules as the stream parser. Returns a null element for anything else.
Element elementFromXml(const QByteArray &xml);

} // namespace Linnet

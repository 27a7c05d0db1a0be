#pragma once

#include "xml/Element.h"

#include <QStringList>

namespace Linnet {

// The channel binding types a server advertises with XEP-0440:
// <sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'><channel-binding type='…'/>…</…>.
// element may be that element itself or its parent (<stream:features/>, or <mechanisms/> where
// early versions of the XEP put it). Empty when nothing is advertised.
QStringList parseSaslChannelBindingTypes(const Element &element);

} // namespace Linnet

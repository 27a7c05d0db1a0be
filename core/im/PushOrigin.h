#pragma once

#include "im/Jid.h"
#include "xml/Element.h"

namespace Linnet {

// Whether a push (an IQ set about the account's own data: roster, blocklist) comes from the
// account's server: it must carry no 'from', or 'from' equal to the account's bare JID
// (RFC 6121 §2.1.6). Anything else is a spoof from another entity (CVE-2015-8688 class) and
// must be ignored.
bool isPushFromOwnServer(const Element &iq, const Jid &boundJid);

} // namespace Linnet

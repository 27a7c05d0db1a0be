#include "im/PushOrigin.h"

namespace Linnet {

bool isPushFromOwnServer(const Element &iq, const Jid &boundJid)
{
    if (!iq.hasAttribute(u"from"))
        return true;
    const Jid from = Jid::parse(iq.attribute(u"from"));
    return from.isBare() && boundJid.isValid() && from == boundJid.bare();
}

} // namespace Linnet

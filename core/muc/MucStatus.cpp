#include "muc/MucStatus.h"

namespace Linnet::MucStatus {

// Stub: filled in with the registry.
QString describe(int code, const QString &nick, bool isSelf)
{
    Q_UNUSED(nick)
    Q_UNUSED(isSelf)
    return QString::number(code);
}

bool isRoomNotice(int code)
{
    return code == 100 || (code >= 102 && code <= 104) || (code >= 170 && code <= 174);
}

} // namespace Linnet::MucStatus

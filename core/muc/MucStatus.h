#pragma once

#include <QList>
#include <QString>

namespace Linnet {

// XEP-0045 §15.6 status codes (the registry) in words, for the room window. nick is the
// occupant the code is about (empty for room-wide codes such as 104 or 170).
namespace MucStatus {
QString describe(int code, const QString &nick = {}, bool isSelf = false);
// Codes that say the room's configuration or logging changed (100, 102–104, 170–174).
bool isRoomNotice(int code);
} // namespace MucStatus

} // namespace Linnet

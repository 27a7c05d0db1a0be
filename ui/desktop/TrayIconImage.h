#pragma once

#include <QIcon>
#include <QImage>

namespace Linnet {

// What the tray shows: the application icon with our presence in its lower right corner and,
// when messages are unread, a red marker with their number (9+ above nine) in its upper right
// corner. Without an application icon the presence icon fills the picture.
namespace TrayIconImage {

QImage paint(const QIcon &application, const QIcon &presence, int unread, int size);
// The marker's text: "" for none, "1" … "9", "9+".
QString unreadText(int unread);
// The marker's colour, for tests that look for it.
QColor markerColour();

} // namespace TrayIconImage
} // namespace Linnet

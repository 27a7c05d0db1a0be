#pragma once

#include <QColor>
#include <QImage>
#include <QString>

class QPainter;
class QRect;

namespace Linnet {

// The circle shown for a sender: their picture when there is one, else their initials.
namespace Avatar {

// A colour derived from the address (XEP-0392: hue from the SHA-1 of the JID), the same on
// every run and for every contact's device.
QColor colourFor(const QString &bareJid);
// One or two letters: the first letters of the first and last words of name.
QString initials(const QString &name);
void paint(QPainter *painter, const QRect &rect, const QString &name, const QString &bareJid);
// The picture as a circle when it is not null (an avatar the decoder accepted), else initials.
void paint(QPainter *painter, const QRect &rect, const QString &name, const QString &bareJid,
           const QImage &picture);

} // namespace Avatar
} // namespace Linnet

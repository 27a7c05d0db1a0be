#include "TrayIconImage.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Linnet::TrayIconImage {

QString unreadText(int unread)
{
    if (unread <= 0)
        return {};
    return unread > 9 ? u"9+"_s : QString::number(unread);
}

QColor markerColour()
{
    return {0xe0, 0x1b, 0x24};
}

QImage paint(const QIcon &application, const QIcon &presence, int unread, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect whole(0, 0, size, size);
    if (application.isNull()) {
        presence.paint(&painter, whole);
    } else {
        application.paint(&painter, whole);
        const int badge = size * 9 / 20;
        presence.paint(&painter, QRect(size - badge, size - badge, badge, badge));
    }
    if (unread > 0) {
        const int marker = size / 2;
        const QRect circle(size - marker, 0, marker, marker);
        painter.setPen(QPen(Qt::white, std::max(1, size / 32)));
        painter.setBrush(markerColour());
        painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, marker * 3 / 5));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(circle, Qt::AlignCenter, unreadText(unread));
    }
    return image;
}

} // namespace Linnet::TrayIconImage

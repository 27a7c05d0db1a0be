#include "ConnectionStatePresentation.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Linnet {

QString ConnectionStatePresentation::text() const
{
    const QString name = connectionStateName(state);
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty() || trimmed == name)
        return name;
    return QCoreApplication::translate("ConnectionStatusWidget", "%1 — %2").arg(name, trimmed);
}

QColor ConnectionStatePresentation::colour() const
{
    switch (state) {
    case ConnectionState::Online:
        return QColor(0x2e, 0x9d, 0x4a);
    case ConnectionState::Connecting:
    case ConnectionState::Securing:
    case ConnectionState::Authenticating:
    case ConnectionState::Binding:
        return QColor(0xd9, 0xa4, 0x0b);
    case ConnectionState::Reconnecting:
        return QColor(0xe0, 0x73, 0x1c);
    case ConnectionState::Disconnected:
        break;
    }
    return failed ? QColor(0xcc, 0x33, 0x33) : QColor(0x8c, 0x8c, 0x8c);
}

QIcon ConnectionStatePresentation::icon(int size) const
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = colour();
        painter.setPen(QPen(fill.darker(125), 1.0));
        painter.setBrush(fill);
        const qreal inset = 1.0;
        const QRectF circle(inset, inset, size - 2 * inset, size - 2 * inset);
        if (isBusy()) {
            // A ring: on the way, not there yet.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(fill, size / 5.0));
            painter.drawEllipse(
                circle.adjusted(size / 10.0, size / 10.0, -size / 10.0, -size / 10.0));
        } else {
            painter.drawEllipse(circle);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool ConnectionStatePresentation::isBusy() const
{
    switch (state) {
    case ConnectionState::Connecting:
    case ConnectionState::Securing:
    case ConnectionState::Authenticating:
    case ConnectionState::Binding:
    case ConnectionState::Reconnecting:
        return true;
    case ConnectionState::Online:
    case ConnectionState::Disconnected:
        return false;
    }
    return false;
}

} // namespace Linnet

#include "Avatar.h"

#include "avatars/AvatarImages.h"

#include <QCryptographicHash>
#include <QPainter>

namespace Linnet::Avatar {

QColor colourFor(const QString &bareJid)
{
    const QByteArray hash = QCryptographicHash::hash(bareJid.toUtf8(), QCryptographicHash::Sha1);
    const int angle = quint8(hash.at(0)) | (quint8(hash.at(1)) << 8);
    return QColor::fromHslF(float(angle) / 65536.0f, 0.55f, 0.42f);
}

QString initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // A surrogate pair is one letter.
    const auto first = [](const QString &word) {
        return word.at(0).isHighSurrogate() && word.size() > 1 ? word.left(2) : word.left(1);
    };
    QString letters = first(words.constFirst());
    if (words.size() > 1)
        letters += first(words.constLast());
    return letters.toUpper();
}

void paint(QPainter *painter, const QRect &rect, const QString &name, const QString &bareJid)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colourFor(bareJid));
    painter->drawEllipse(rect);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, rect.height() * 2 / 5));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initials(name));
    painter->restore();
}

void paint(QPainter *painter, const QRect &rect, const QString &name, const QString &bareJid,
           const QImage &picture)
{
    if (picture.isNull())
        paint(painter, rect, name, bareJid);
    else
        AvatarImages::paintCircle(painter, rect, picture);
}

} // namespace Linnet::Avatar

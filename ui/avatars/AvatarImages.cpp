#include "AvatarImages.h"

#include "AvatarImageDecoder.h"
#include "avatars/AvatarManager.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

namespace Linnet {

namespace {
constexpr int CacheKiB = 32 * 1024; // about 2,000 avatars of 64 × 64
}

void AvatarImages::attach(QObject *delegate, QPointer<AvatarImages> &slot, AvatarImages *next)
{
    if (slot)
        slot->disconnect(delegate);
    slot = next;
    if (!next)
        return;
    connect(next, &AvatarImages::changed, delegate, [delegate] {
        if (auto *view = qobject_cast<QAbstractItemView *>(delegate->parent()))
            view->viewport()->update();
    });
}

AvatarImages::AvatarImages(AvatarManager *avatars, QObject *parent)
    : QObject(parent), m_avatars(avatars), m_images(CacheKiB)
{
    if (avatars)
        connect(avatars, &AvatarManager::avatarChanged, this, &AvatarImages::changed);
}

QImage AvatarImages::image(const QString &key) const
{
    if (!m_avatars || key.isEmpty())
        return {};
    const QString hash = m_avatars->hashFor(key);
    if (hash.isEmpty() || m_refused.contains(hash))
        return {};
    if (const QImage *cached = m_images.object(hash))
        return *cached;
    const QByteArray bytes = m_avatars->avatarFor(key);
    if (bytes.isEmpty())
        return {};
    AvatarDecodeLimits limits;
    limits.maxDisplaySize = {DisplaySize, DisplaySize};
    const AvatarDecodeResult decoded = decodeAvatarImage(bytes, limits);
    if (!decoded.ok()) {
        m_refused.insert(hash, decoded.error);
        return {};
    }
    const QImage image = decoded.image;
    m_images.insert(hash, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    return image;
}

QImage AvatarImages::image(const QStringList &keys) const
{
    for (const QString &key : keys) {
        const QImage found = image(key);
        if (!found.isNull())
            return found;
    }
    return {};
}

void AvatarImages::paintCircle(QPainter *painter, const QRect &rect, const QImage &image)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    painter->setClipPath(circle, Qt::IntersectClip);
    // Cover the circle: the shorter side fills it, the longer one is cut.
    const QSize scaled = image.size().scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
    const QRect target(rect.center().x() - scaled.width() / 2 + 1,
                       rect.center().y() - scaled.height() / 2 + 1, scaled.width(),
                       scaled.height());
    painter->drawImage(target, image);
    painter->restore();
}

bool AvatarImages::paint(QPainter *painter, const QRect &rect, const QString &key) const
{
    const QImage found = image(key);
    if (found.isNull())
        return false;
    paintCircle(painter, rect, found);
    return true;
}

QString AvatarImages::refusal(const QString &key) const
{
    if (!m_avatars)
        return {};
    (void)image(key); // decodes when not tried yet
    return m_refused.value(m_avatars->hashFor(key));
}

} // namespace Linnet

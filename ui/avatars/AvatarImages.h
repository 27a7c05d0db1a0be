#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

class QPainter;
class QRect;

namespace Linnet {

class AvatarManager;

// The pictures of the avatars an AvatarManager holds, for the views: decoded through
// decodeAvatarImage (header first, size and dimension limits) once per hash, scaled down to
// DisplaySize, kept in a bounded cache. A hash whose bytes were refused stays refused (the
// view falls back to what it shows without an avatar) and is never decoded again.
// Keys are those of AvatarManager: a bare JID, or a room occupant's JID.
class AvatarImages : public QObject
{
    Q_OBJECT
public:
    static constexpr int DisplaySize = 64;

    explicit AvatarImages(AvatarManager *avatars, QObject *parent = nullptr);

    // Key's avatar, at most DisplaySize square; null when it has none or it was refused.
    QImage image(const QString &key) const;
    // The first of the keys that has an avatar (an occupant, then its real JID).
    QImage image(const QStringList &keys) const;
    // Paints image as a circle filling rect.
    static void paintCircle(QPainter *painter, const QRect &rect, const QImage &image);
    // Paints key's avatar as a circle in rect; false, painting nothing, when there is none.
    bool paint(QPainter *painter, const QRect &rect, const QString &key) const;
    // Points delegate's avatar source (the pointer slot) at next, which may be null; the
    // delegate's view (its parent) repaints whenever an avatar changes.
    static void attach(QObject *delegate, QPointer<AvatarImages> &slot, AvatarImages *next);
    // Why key's avatar is not shown, when it was refused; else empty.
    QString refusal(const QString &key) const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    QPointer<AvatarManager> m_avatars;
    mutable QCache<QString, QImage> m_images;  // by hash; cost in KiB
    mutable QHash<QString, QString> m_refused; // hash -> sentence
};

} // namespace Linnet

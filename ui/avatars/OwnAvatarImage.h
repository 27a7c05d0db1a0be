#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace Linnet {

// A picture the user chose, made ready to publish as an avatar: decoded within limits (the
// user's own file may be a large photo, but no larger than MaxFileBytes and 4096 × 4096),
// scaled down to at most MaxSide pixels and encoded as PNG (XEP-0084 §4.2.1) small enough
// for servers' stanza limits.
struct OwnAvatarImage
{
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static constexpr int MaxSide = 192;
    static constexpr qint64 MaxPngBytes = 96 * 1024;

    QImage image;   // what will be published, for the preview
    QByteArray png; // its encoded bytes
    QString error;  // why the picture cannot be used, for the user
    bool ok() const { return !png.isEmpty(); }

    static OwnAvatarImage fromFileData(const QByteArray &data);
};

} // namespace Linnet

#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace Linnet {

// Limits for decoding an avatar that someone else published (XEP-0084, XEP-0153). The bytes
// come from anyone: a few kilobytes of PNG can declare 30000 × 30000 pixels (3.6 GB once
// decoded), so the header is read first and nothing is decoded past these limits.
struct AvatarDecodeLimits
{
    qint64 maxBytes = 1024 * 1024;   // the encoded image
    QSize maxDimensions{4096, 4096}; // as the image's header declares them
    int allocationLimitMiB = 128;    // QImageReader's own ceiling while decoding
    QSize maxDisplaySize{256, 256};  // the result is scaled down to fit in this
};

struct AvatarDecodeResult
{
    QImage image;  // null when the avatar was refused
    QString error; // a sentence for the user when the avatar was refused
    bool ok() const { return !image.isNull(); }
};

// Decodes an avatar: refuses input over the byte limit, learns the format and the size from
// the header before decoding, refuses formats other than PNG, JPEG, GIF (first frame only)
// and WebP (when Qt has the plugin) and dimensions over the limit, then decodes under an
// allocation limit and scales the image down to maxDisplaySize.
AvatarDecodeResult decodeAvatarImage(const QByteArray &data, const AvatarDecodeLimits &limits = {});

} // namespace Linnet

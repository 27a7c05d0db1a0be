#include "OwnAvatarImage.h"

#include "AvatarImageDecoder.h"

#include <QBuffer>
#include <QCoreApplication>

namespace Linnet {

namespace {
QByteArray encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}
} // namespace

OwnAvatarImage OwnAvatarImage::fromFileData(const QByteArray &data)
{
    OwnAvatarImage result;
    AvatarDecodeLimits limits;
    limits.maxBytes = MaxFileBytes;
    limits.maxDisplaySize = {MaxSide, MaxSide};
    const AvatarDecodeResult decoded = decodeAvatarImage(data, limits);
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    // Smaller until the PNG fits: photos compress worse than drawings.
    for (int side = MaxSide; side >= 32; side = side * 3 / 4) {
        const QImage scaled =
            decoded.image.width() > side || decoded.image.height() > side
                ? decoded.image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : decoded.image;
        const QByteArray png = encodePng(scaled);
        if (!png.isEmpty() && png.size() <= MaxPngBytes) {
            result.image = scaled;
            result.png = png;
            return result;
        }
    }
    result.error = QCoreApplication::translate("Linnet::OwnAvatarImage",
                                               "The picture could not be made small enough.");
    return result;
}

} // namespace Linnet

#include "AvatarImageDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace Linnet {

namespace {

AvatarDecodeResult refused(const QString &sentence)
{
    return {QImage(), sentence};
}

// Formats with bounded, well-fuzzed decoders. BMP, PPM and the like are uncompressed pixel
// floods or text parsers nobody needs for an avatar; SVG would be a document, not a picture.
bool isAllowedFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "jpg" || format == "gif" ||
           format == "webp";
}

} // namespace

AvatarDecodeResult decodeAvatarImage(const QByteArray &data, const AvatarDecodeLimits &limits)
{
    if (data.isEmpty())
        return refused(
            QCoreApplication::translate("Linnet::AvatarImageDecoder", "The picture is empty."));
    if (data.size() > limits.maxBytes)
        return refused(
            QCoreApplication::translate("Linnet::AvatarImageDecoder",
                                        "The picture is too large (%1 KiB; at most %2 KiB).")
                .arg(data.size() / 1024)
                .arg(limits.maxBytes / 1024));

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer); // no format given: it is decided from the content alone
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(limits.allocationLimitMiB);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty())
        return refused(QCoreApplication::translate("Linnet::AvatarImageDecoder",
                                                   "This is not a picture Linnet can read."));
    if (!isAllowedFormat(format))
        return refused(QCoreApplication::translate("Linnet::AvatarImageDecoder",
                                                   "Pictures in the %1 format are not shown.")
                           .arg(QString::fromLatin1(format)));

    const QSize declared = reader.size(); // from the header: nothing is decoded yet
    if (!declared.isValid() || declared.isEmpty())
        return refused(QCoreApplication::translate("Linnet::AvatarImageDecoder",
                                                   "The picture does not say how large it is."));
    if (declared.width() > limits.maxDimensions.width() ||
        declared.height() > limits.maxDimensions.height())
        return refused(QCoreApplication::translate(
                           "Linnet::AvatarImageDecoder",
                           "The picture is too large (%1 × %2 pixels; at most %3 × %4).")
                           .arg(declared.width())
                           .arg(declared.height())
                           .arg(limits.maxDimensions.width())
                           .arg(limits.maxDimensions.height()));

    QImage image; // for GIF and animated WebP: the first frame only
    if (!reader.read(&image) || image.isNull())
        return refused(
            QCoreApplication::translate("Linnet::AvatarImageDecoder", "The picture is damaged: %1")
                .arg(reader.errorString()));
    // A JPEG's orientation tag may turn it a quarter: the header's size, either way round.
    if (image.size() != declared && image.size() != declared.transposed())
        return refused(QCoreApplication::translate(
            "Linnet::AvatarImageDecoder",
            "The picture is damaged: its size does not match its header."));
    if (image.width() > limits.maxDisplaySize.width() ||
        image.height() > limits.maxDisplaySize.height())
        image = image.scaled(limits.maxDisplaySize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return {image, QString()};
}

} // namespace Linnet

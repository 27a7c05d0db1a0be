#include "stream/sasl/SaslPrep.h"

namespace Linnet {
namespace {

bool isMappedToNothing(char16_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

} // namespace

QString saslPrep(QStringView text)
{
    QString mapped;
    mapped.reserve(text.size());
    for (const QChar c : text) {
        if (isMappedToNothing(c.unicode()))
            continue;
        mapped += c.category() == QChar::Separator_Space ? QChar(u' ') : c;
    }
    return mapped.normalized(QString::NormalizationForm_KC);
}

} // namespace Linnet

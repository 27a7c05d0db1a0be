#include "im/JidPreparation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

constexpr qsizetype MaxPartBytes = 1023; // RFC 7622 §3.1, per part, in UTF-8
constexpr qsizetype MaxDnsLabel = 63;

PreparedJidPart failure(const QString &error)
{
    return {QString(), error};
}

// Splits into code points; nullopt when the text holds an unpaired surrogate.
std::optional<QList<char32_t>> codePoints(QStringView text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            points.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else if (c.isSurrogate()) {
            return std::nullopt;
        } else {
            points.append(c.unicode());
        }
    }
    return points;
}

QString fromCodePoint(char32_t point)
{
    return QString::fromUcs4(&point, 1);
}

bool hasCompatibilityMapping(char32_t point)
{
    if (point < 0x80)
        return false;
    const QString single = fromCodePoint(point);
    return single.normalized(QString::NormalizationForm_KC) !=
           single.normalized(QString::NormalizationForm_C);
}

bool isHalfwidthOrFullwidthForm(char32_t point)
{
    return point >= 0xFF01 && point <= 0xFFEE;
}

bool isForbiddenInLocalpart(char32_t point)
{
    switch (point) {
    case U'"':
    case U'&':
    case U'\'':
    case U'/':
    case U':':
    case U'<':
    case U'>':
    case U'@':
        return true;
    default:
        return false;
    }
}

// PRECIS IdentifierClass, approximated: printable ASCII, or letters, digits and combining
// marks without a compatibility mapping.
bool isIdentifierCodePoint(char32_t point)
{
    if (point < 0x80)
        return point >= 0x21 && point <= 0x7E;
    switch (QChar::category(point)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return !hasCompatibilityMapping(point);
    default:
        return false;
    }
}

// PRECIS FreeformClass, approximated: anything but controls, format and ignorable
// characters, line and paragraph separators, private use and unassigned code points.
bool isFreeformCodePoint(char32_t point)
{
    switch (QChar::category(point)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    default:
        return true;
    }
}

bool tooLong(const QString &value)
{
    return value.toUtf8().size() > MaxPartBytes;
}

QString describe(char32_t point)
{
    return u"U+"_s + QString::number(uint(point), 16).toUpper().rightJustified(4, u'0');
}

bool isDnsLabelCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Letters, digits, hyphens (not at either end) and, for SRV-style names, underscores.
bool isDnsLabel(const QByteArray &label)
{
    return !label.isEmpty() && label.size() <= MaxDnsLabel && !label.startsWith('-') &&
           !label.endsWith('-') && std::all_of(label.begin(), label.end(), isDnsLabelCharacter);
}

// After IDNA mapping: ASCII (checked per label) or lower-case letters, digits and marks.
bool isDomainCodePoint(char32_t point)
{
    if (point < 0x80)
        return true;
    switch (QChar::category(point)) {
    case QChar::Letter_Lowercase:
    case QChar::Letter_Other:
    case QChar::Letter_Modifier:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return true;
    default:
        return false;
    }
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

PreparedJidPart prepareIpv6Literal(QStringView domain)
{
    if (!domain.endsWith(u']'))
        return failure(
            QCoreApplication::translate("Linnet::Jid", "The domain has an unclosed “[”."));
    const QHostAddress address(domain.mid(1, domain.size() - 2).toString());
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return failure(QCoreApplication::translate(
            "Linnet::Jid", "The domain in brackets is not an IPv6 address."));
    return {u'[' + address.toString().toLower() + u']', QString()};
}

} // namespace

PreparedJidPart prepareLocalpart(QStringView local)
{
    if (local.isEmpty())
        return failure(QCoreApplication::translate("Linnet::Jid", "The part before “@” is empty."));
    QString prepared;
    if (isAscii(local)) {
        prepared = local.toString().toLower(); // ASCII case folding is lower-casing
    } else {
        const auto points = codePoints(local);
        if (!points)
            return failure(QCoreApplication::translate("Linnet::Jid",
                                                       "The part before “@” holds broken text."));
        QString mapped;
        for (char32_t point : *points)
            mapped += isHalfwidthOrFullwidthForm(point)
                          ? fromCodePoint(point).normalized(QString::NormalizationForm_KC)
                          : fromCodePoint(point);
        prepared = mapped.toCaseFolded().normalized(QString::NormalizationForm_C);
    }

    const QList<char32_t> preparedPoints = codePoints(prepared).value_or(QList<char32_t>());
    for (char32_t point : preparedPoints) {
        if (point == U' ')
            return failure(QCoreApplication::translate(
                "Linnet::Jid", "The part before “@” may not contain spaces."));
        if (isForbiddenInLocalpart(point))
            return failure(QCoreApplication::translate("Linnet::Jid",
                                                       "The part before “@” may not contain %1.")
                               .arg(fromCodePoint(point)));
        if (!isIdentifierCodePoint(point))
            return failure(
                QCoreApplication::translate("Linnet::Jid",
                                            "The part before “@” may not contain the character %1.")
                    .arg(describe(point)));
    }
    if (tooLong(prepared))
        return failure(QCoreApplication::translate(
            "Linnet::Jid", "The part before “@” is longer than 1023 bytes."));
    return {prepared, QString()};
}

PreparedJidPart prepareDomainpart(QStringView domain)
{
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.isEmpty())
        return failure(QCoreApplication::translate("Linnet::Jid", "The address has no domain."));
    if (domain.contains(u'@'))
        return failure(
            QCoreApplication::translate("Linnet::Jid", "The address contains more than one “@”."));
    if (domain.startsWith(u'['))
        return prepareIpv6Literal(domain);

    // Plain ASCII names need no IDNA processing, only lower-casing.
    const bool needsIdna = !isAscii(domain) || domain.contains(u"xn--", Qt::CaseInsensitive);
    const QByteArray ace =
        needsIdna ? QUrl::toAce(domain.toString()) : domain.toString().toLower().toLatin1();
    if (ace.isEmpty() || ace.endsWith('.'))
        return failure(
            QCoreApplication::translate("Linnet::Jid", "“%1” is not a valid domain name.")
                .arg(domain));
    for (const QByteArray &label : ace.split('.')) {
        if (!isDnsLabel(label))
            return failure(
                QCoreApplication::translate("Linnet::Jid", "“%1” is not a valid domain name.")
                    .arg(domain));
    }
    // Stored as U-labels (RFC 7622 §3.2); the whitelist would keep A-labels for most TLDs.
    const QString prepared =
        needsIdna ? QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist) : QString::fromLatin1(ace);
    // UTS #46 lets symbols through; IDNA2008, which RFC 7622 follows, does not.
    const QList<char32_t> preparedPoints = codePoints(prepared).value_or(QList<char32_t>());
    if (!std::all_of(preparedPoints.begin(), preparedPoints.end(), isDomainCodePoint))
        return failure(
            QCoreApplication::translate("Linnet::Jid", "“%1” is not a valid domain name.")
                .arg(domain));
    if (tooLong(prepared))
        return failure(
            QCoreApplication::translate("Linnet::Jid", "The domain is longer than 1023 bytes."));
    return {prepared, QString()};
}

PreparedJidPart prepareResourcepart(QStringView resource)
{
    if (resource.isEmpty())
        return failure(QCoreApplication::translate("Linnet::Jid", "The part after “/” is empty."));
    if (isAscii(resource)) {
        for (const QChar c : resource) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return failure(
                    QCoreApplication::translate(
                        "Linnet::Jid", "The part after “/” may not contain the character %1.")
                        .arg(describe(c.unicode())));
        }
        const QString prepared = resource.toString();
        if (tooLong(prepared))
            return failure(QCoreApplication::translate(
                "Linnet::Jid", "The part after “/” is longer than 1023 bytes."));
        return {prepared, QString()};
    }

    const auto points = codePoints(resource);
    if (!points)
        return failure(
            QCoreApplication::translate("Linnet::Jid", "The part after “/” holds broken text."));
    QString mapped;
    for (char32_t point : *points) {
        if (!isFreeformCodePoint(point))
            return failure(
                QCoreApplication::translate("Linnet::Jid",
                                            "The part after “/” may not contain the character %1.")
                    .arg(describe(point)));
        mapped += QChar::category(point) == QChar::Separator_Space ? u" "_s : fromCodePoint(point);
    }
    const QString prepared = mapped.normalized(QString::NormalizationForm_C);
    if (tooLong(prepared))
        return failure(QCoreApplication::translate(
            "Linnet::Jid", "The part after “/” is longer than 1023 bytes."));
    return {prepared, QString()};
}

} // namespace Linnet

// DataForm::problemWith: the field type's own rules (XEP-0004 §3.3) and XEP-0122 validation.
#include "Logging.h"
#include "disco/DataForm.h"
#include "im/Jid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

// A pattern or value longer than this is not matched at all: the form came from someone else.
constexpr qsizetype MaxPatternLength = 1000;
constexpr qsizetype MaxMatchedValueLength = 10000;

struct IntegerBounds
{
    QStringView datatype;
    qint64 min;
    qint64 max;
};

constexpr qint64 Min64 = std::numeric_limits<qint64>::min();
constexpr qint64 Max64 = std::numeric_limits<qint64>::max();

// xs:integer and its derived types; the unbounded ones are checked within 64 bits.
constexpr IntegerBounds integerTypes[] = {
    {u"xs:integer", Min64, Max64},
    {u"xs:long", Min64, Max64},
    {u"xs:int", -2147483648LL, 2147483647LL},
    {u"xs:short", -32768, 32767},
    {u"xs:byte", -128, 127},
    {u"xs:nonNegativeInteger", 0, Max64},
    {u"xs:positiveInteger", 1, Max64},
    {u"xs:nonPositiveInteger", Min64, 0},
    {u"xs:negativeInteger", Min64, -1},
    {u"xs:unsignedLong", 0, Max64},
    {u"xs:unsignedInt", 0, 4294967295LL},
    {u"xs:unsignedShort", 0, 65535},
    {u"xs:unsignedByte", 0, 255},
};

const IntegerBounds *integerType(QStringView datatype)
{
    for (const IntegerBounds &bounds : integerTypes) {
        if (bounds.datatype == datatype)
            return &bounds;
    }
    return nullptr;
}

bool isDecimalType(QStringView datatype)
{
    return datatype == u"xs:decimal" || datatype == u"xs:double" || datatype == u"xs:float";
}

bool isTimeType(QStringView datatype)
{
    return datatype == u"xs:date" || datatype == u"xs:dateTime" || datatype == u"xs:time";
}

// An ordered form of a value of a numeric or time datatype, for range checks.
std::optional<double> numberOf(QStringView datatype, const QString &value)
{
    if (integerType(datatype) || isDecimalType(datatype)) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? std::optional(number) : std::nullopt;
    }
    static const QRegularExpression date(u"^(-?\\d{4,}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?$"_s);
    static const QRegularExpression dateTime(
        u"^-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    static const QRegularExpression time(
        u"^(\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    if (datatype == u"xs:date") {
        const auto match = date.match(value);
        const QDate d =
            match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        return d.isValid() ? std::optional(double(d.toJulianDay())) : std::nullopt;
    }
    if (datatype == u"xs:dateTime") {
        QString text = value;
        if (!dateTime.match(text).hasMatch())
            return std::nullopt;
        // Qt reads at most milliseconds.
        static const QRegularExpression fraction(u"(\\.\\d{3})\\d+"_s);
        text.replace(fraction, u"\\1"_s);
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt.isValid() ? std::optional(double(dt.toMSecsSinceEpoch())) : std::nullopt;
    }
    if (datatype == u"xs:time") {
        const auto match = time.match(value);
        const QTime t =
            match.hasMatch() ? QTime::fromString(match.captured(1), Qt::ISODate) : QTime();
        return t.isValid() ? std::optional(double(t.msecsSinceStartOfDay())) : std::nullopt;
    }
    return std::nullopt;
}

QString datatypeProblem(QStringView datatype, const QString &value)
{
    if (const IntegerBounds *bounds = integerType(datatype)) {
        static const QRegularExpression integer(u"^[+-]?[0-9]+$"_s);
        if (!integer.match(value).hasMatch())
            return QCoreApplication::translate("Linnet::DataForm", "“%1” is not a whole number.")
                .arg(value);
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        const bool unbounded = datatype == u"xs:integer" || datatype == u"xs:nonNegativeInteger" ||
                               datatype == u"xs:positiveInteger";
        if (!ok && unbounded)
            return value.startsWith(u'-') && datatype != u"xs:integer"
                       ? QCoreApplication::translate("Linnet::DataForm", "“%1” is too small.")
                             .arg(value)
                       : QString();
        if (ok && number >= bounds->min && number <= bounds->max)
            return {};
        if (bounds->max == Max64)
            return QCoreApplication::translate("Linnet::DataForm",
                                               "The number must be at least %1.")
                .arg(bounds->min);
        if (bounds->min == Min64)
            return QCoreApplication::translate("Linnet::DataForm", "The number must be at most %1.")
                .arg(bounds->max);
        return QCoreApplication::translate("Linnet::DataForm", "The number must be from %1 to %2.")
            .arg(bounds->min)
            .arg(bounds->max);
    }
    if (isDecimalType(datatype)) {
        static const QRegularExpression decimal(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"_s);
        static const QRegularExpression floating(
            u"^([+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|-?INF|NaN)$"_s);
        const auto &pattern = datatype == u"xs:decimal" ? decimal : floating;
        return pattern.match(value).hasMatch()
                   ? QString()
                   : QCoreApplication::translate("Linnet::DataForm", "“%1” is not a number.")
                         .arg(value);
    }
    if (datatype == u"xs:boolean") {
        return QStringList{u"true"_s, u"false"_s, u"1"_s, u"0"_s}.contains(value)
                   ? QString()
                   : QCoreApplication::translate("Linnet::DataForm", "“%1” is not true or false.")
                         .arg(value);
    }
    if (datatype == u"xs:date" && !numberOf(datatype, value))
        return QCoreApplication::translate("Linnet::DataForm",
                                           "“%1” is not a date like 2024-05-31.")
            .arg(value);
    if (datatype == u"xs:dateTime" && !numberOf(datatype, value))
        return QCoreApplication::translate("Linnet::DataForm",
                                           "“%1” is not a date and time like 2024-05-31T18:30:00Z.")
            .arg(value);
    if (datatype == u"xs:time" && !numberOf(datatype, value))
        return QCoreApplication::translate("Linnet::DataForm", "“%1” is not a time like 18:30:00.")
            .arg(value);
    if (datatype == u"xs:anyURI") {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || value.contains(u' '))
            return QCoreApplication::translate("Linnet::DataForm",
                                               "“%1” is not a valid address (URI).")
                .arg(value);
    }
    return {};
}

QString rangeProblem(const DataForm::Validation &validation, const QString &value)
{
    const QStringView datatype = validation.datatype;
    if (!integerType(datatype) && !isDecimalType(datatype) && !isTimeType(datatype))
        return {}; // XEP-0122 §5.7: no ranges for strings
    const auto number = numberOf(datatype, value);
    const auto min = numberOf(datatype, validation.min);
    const auto max = numberOf(datatype, validation.max);
    if (!number)
        return {};
    const bool tooSmall = min && *number < *min;
    const bool tooLarge = max && *number > *max;
    if (!tooSmall && !tooLarge)
        return {};
    if (min && max)
        return QCoreApplication::translate("Linnet::DataForm", "The value must be from %1 to %2.")
            .arg(validation.min, validation.max);
    return tooSmall
               ? QCoreApplication::translate("Linnet::DataForm", "The value must be at least %1.")
                     .arg(validation.min)
               : QCoreApplication::translate("Linnet::DataForm", "The value must be at most %1.")
                     .arg(validation.max);
}

QString regexProblem(const QString &pattern, const QString &value)
{
    if (pattern.size() > MaxPatternLength) {
        qCInfo(lcIm) << "Not checking a form value against a pattern of" << pattern.size()
                     << "characters";
        return {};
    }
    // XML Schema patterns match the whole value. PCRE2's match limit ends runaway backtracking,
    // which then reads as "does not match".
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                                QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid()) {
        qCInfo(lcIm) << "Ignoring a form pattern Qt cannot read:" << re.errorString();
        return {};
    }
    if (value.size() > MaxMatchedValueLength || !re.match(value).hasMatch())
        return QCoreApplication::translate("Linnet::DataForm", "“%1” is not in the expected form.")
            .arg(value);
    return {};
}

bool isOpen(const DataForm::Field &field)
{
    // XEP-0122 §3.2: any method but basic opens a list to values outside its options.
    return field.validation && field.validation->method != DataForm::Validation::Method::Basic;
}

} // namespace

QString DataForm::problemWith(const Field &field)
{
    const QString type = field.effectiveType();
    if (type == u"fixed" || type == u"hidden")
        return {};
    QStringList values = field.values;
    if (type == u"text-multi" || type == u"jid-multi")
        values.removeIf([](const QString &v) { return v.trimmed().isEmpty(); });
    if (values.isEmpty() || (values.size() == 1 && values.first().isEmpty()))
        return field.required
                   ? QCoreApplication::translate("Linnet::DataForm", "This field is required.")
                   : QString();

    const bool multi = type == u"jid-multi" || type == u"list-multi" || type == u"text-multi";
    if (!multi && values.size() > 1)
        return QCoreApplication::translate("Linnet::DataForm", "Only one value is allowed here.");
    if (type == u"boolean") {
        if (!QStringList{u"true"_s, u"false"_s, u"1"_s, u"0"_s}.contains(values.first()))
            return QCoreApplication::translate("Linnet::DataForm", "“%1” is neither yes nor no.")
                .arg(values.first());
        return {};
    }
    if (type == u"jid-single" || type == u"jid-multi") {
        for (const QString &value : std::as_const(values)) {
            const Jid jid = Jid::parse(value);
            if (!jid.isValid())
                return QCoreApplication::translate("Linnet::DataForm",
                                                   "“%1” is not a valid address: %2")
                    .arg(value, jid.error());
        }
        return {};
    }
    if ((type == u"list-single" || type == u"list-multi") && !field.options.isEmpty() &&
        !isOpen(field)) {
        for (const QString &value : std::as_const(values)) {
            const bool offered = std::any_of(field.options.cbegin(), field.options.cend(),
                                             [&](const Option &o) { return o.value == value; });
            if (!offered)
                return QCoreApplication::translate("Linnet::DataForm",
                                                   "“%1” is not one of the choices.")
                    .arg(value);
        }
    }
    if (!field.validation)
        return {};
    const Validation &validation = *field.validation;
    if (type == u"list-multi") {
        if (validation.listMin > 0 && values.size() < validation.listMin)
            return QCoreApplication::translate("Linnet::DataForm", "Choose at least %n.", nullptr,
                                               validation.listMin);
        if (validation.listMax > 0 && values.size() > validation.listMax)
            return QCoreApplication::translate("Linnet::DataForm", "Choose at most %n.", nullptr,
                                               validation.listMax);
    }
    for (const QString &value : std::as_const(values)) {
        QString problem = datatypeProblem(validation.datatype, value);
        if (problem.isEmpty() && validation.method == Validation::Method::Range)
            problem = rangeProblem(validation, value);
        if (problem.isEmpty() && validation.method == Validation::Method::Regex)
            problem = regexProblem(validation.regex, value);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QStringList DataForm::problems() const
{
    QStringList result;
    for (const Field &f : fields) {
        if (const QString problem = problemWith(f); !problem.isEmpty())
            result.append((f.label.isEmpty() ? f.var : f.label) + u": "_s + problem);
    }
    return result;
}

} // namespace Linnet

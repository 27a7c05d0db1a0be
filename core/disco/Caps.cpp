#include "disco/Caps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

// i;octet collation: compare the UTF-8 bytes.
QList<QByteArray> sortedUtf8(const QStringList &strings)
{
    QList<QByteArray> result;
    result.reserve(strings.size());
    for (const QString &s : strings)
        result.append(s.toUtf8());
    std::sort(result.begin(), result.end());
    return result;
}

bool hashable(const DataForm &form)
{
    return form.hasHiddenFormType();
}

} // namespace

QByteArray Caps::verificationInput(const DiscoInfo &info)
{
    QByteArray s;
    QStringList identities;
    for (const DiscoIdentity &i : info.identities)
        identities.append(i.category + u'/' + i.type + u'/' + i.lang + u'/' + i.name);
    for (const QByteArray &identity : sortedUtf8(identities))
        s += identity + '<';
    for (const QByteArray &feature : sortedUtf8(info.features))
        s += feature + '<';

    QList<const DataForm *> forms;
    for (const DataForm &form : info.forms) {
        if (hashable(form))
            forms.append(&form);
    }
    std::sort(forms.begin(), forms.end(), [](const DataForm *a, const DataForm *b) {
        return a->formType().toUtf8() < b->formType().toUtf8();
    });
    for (const DataForm *form : std::as_const(forms)) {
        s += form->formType().toUtf8() + '<';
        QList<const DataForm::Field *> fields;
        for (const DataForm::Field &field : form->fields) {
            if (field.var != u"FORM_TYPE")
                fields.append(&field);
        }
        std::sort(fields.begin(), fields.end(),
                  [](const DataForm::Field *a, const DataForm::Field *b) {
                      return a->var.toUtf8() < b->var.toUtf8();
                  });
        for (const DataForm::Field *field : std::as_const(fields)) {
            s += field->var.toUtf8() + '<';
            for (const QByteArray &value : sortedUtf8(field->values))
                s += value + '<';
        }
    }
    return s;
}

QString Caps::computeVer(const DiscoInfo &info)
{
    const QByteArray digest =
        QCryptographicHash::hash(verificationInput(info), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toBase64());
}

QString Caps::wellFormednessProblem(const DiscoInfo &info)
{
    QSet<QString> identities;
    for (const DiscoIdentity &i : info.identities) {
        const QString key = i.category + u'/' + i.type + u'/' + i.lang + u'/' + i.name;
        if (identities.contains(key))
            return QCoreApplication::translate(
                "Linnet::Caps", "The client described itself twice with the same identity.");
        identities.insert(key);
    }
    if (QSet<QString>(info.features.cbegin(), info.features.cend()).size() != info.features.size())
        return QCoreApplication::translate("Linnet::Caps",
                                           "The client listed the same feature twice.");
    QSet<QString> formTypes;
    for (const DataForm &form : info.forms) {
        const DataForm::Field *formType = form.field(u"FORM_TYPE");
        if (!formType)
            continue;
        const QSet<QString> values(formType->values.cbegin(), formType->values.cend());
        if (values.size() > 1)
            return QCoreApplication::translate(
                "Linnet::Caps", "The client sent a form whose type has several different values.");
        if (!hashable(form))
            continue;
        if (formTypes.contains(form.formType()))
            return QCoreApplication::translate(
                "Linnet::Caps", "The client sent two extended forms of the same type.");
        formTypes.insert(form.formType());
    }
    return {};
}

CapsVerification Caps::verify(const DiscoInfo &info, const CapsInfo &advertised)
{
    if (!isSupportedHash(advertised.hash))
        return {false, QCoreApplication::translate(
                           "Linnet::Caps",
                           "The client's capabilities use a hash Linnet does not support.")};
    if (const QString problem = wellFormednessProblem(info); !problem.isEmpty())
        return {false, problem};
    if (computeVer(info) != advertised.ver)
        return {false, QCoreApplication::translate(
                           "Linnet::Caps",
                           "The client's features do not match the capabilities it announced.")};
    return {true, {}};
}

} // namespace Linnet

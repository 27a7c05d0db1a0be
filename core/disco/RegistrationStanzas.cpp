#include "disco/RegistrationStanzas.h"

#include "xml/namespaces.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet::RegistrationStanzas {
namespace {

Element makeIq(const QString &type, const Jid &to, const Element &query)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, type);
    if (to.isValid())
        iq.setAttribute(u"to"_s, to.toString());
    iq.appendChild(query);
    return iq;
}

Element makeQuery()
{
    return Element(u"query"_s, ns::Register.toString());
}

struct PlainFieldInfo
{
    QStringView name;
    const char *label;
};

// XEP-0077 §14.1.
const PlainFieldInfo plainFields[] = {
    {u"username", QT_TRANSLATE_NOOP("Linnet::Registration", "User name")},
    {u"nick", QT_TRANSLATE_NOOP("Linnet::Registration", "Nickname")},
    {u"password", QT_TRANSLATE_NOOP("Linnet::Registration", "Password")},
    {u"name", QT_TRANSLATE_NOOP("Linnet::Registration", "Full name")},
    {u"first", QT_TRANSLATE_NOOP("Linnet::Registration", "First name")},
    {u"last", QT_TRANSLATE_NOOP("Linnet::Registration", "Last name")},
    {u"email", QT_TRANSLATE_NOOP("Linnet::Registration", "Email")},
    {u"address", QT_TRANSLATE_NOOP("Linnet::Registration", "Street address")},
    {u"city", QT_TRANSLATE_NOOP("Linnet::Registration", "City")},
    {u"state", QT_TRANSLATE_NOOP("Linnet::Registration", "State or region")},
    {u"zip", QT_TRANSLATE_NOOP("Linnet::Registration", "Postal code")},
    {u"phone", QT_TRANSLATE_NOOP("Linnet::Registration", "Phone")},
    {u"url", QT_TRANSLATE_NOOP("Linnet::Registration", "Web page")},
    {u"date", QT_TRANSLATE_NOOP("Linnet::Registration", "Date")},
    {u"misc", QT_TRANSLATE_NOOP("Linnet::Registration", "Other information")},
    {u"text", QT_TRANSLATE_NOOP("Linnet::Registration", "Text")},
    {u"key", QT_TRANSLATE_NOOP("Linnet::Registration", "Key")},
};

QString sentenceFor(const IqResponse &response)
{
    if (response.outcome != IqResponse::Outcome::Error)
        return response.sentence;
    const char *text = nullptr;
    switch (response.error.condition) {
    case StanzaErrorCondition::Conflict:
        text = QT_TRANSLATE_NOOP("Linnet::Registration", "That user name is already taken.");
        break;
    case StanzaErrorCondition::NotAcceptable:
        text = QT_TRANSLATE_NOOP(
            "Linnet::Registration",
            "The server did not accept these details; a field may be missing or the password "
            "too weak.");
        break;
    case StanzaErrorCondition::BadRequest:
        text = QT_TRANSLATE_NOOP("Linnet::Registration", "Some required information is missing.");
        break;
    case StanzaErrorCondition::NotAllowed:
        text = QT_TRANSLATE_NOOP("Linnet::Registration", "This server does not allow that here.");
        break;
    case StanzaErrorCondition::ServiceUnavailable:
    case StanzaErrorCondition::FeatureNotImplemented:
        text =
            QT_TRANSLATE_NOOP("Linnet::Registration", "This service does not offer registration.");
        break;
    case StanzaErrorCondition::ResourceConstraint:
    case StanzaErrorCondition::PolicyViolation:
        text = QT_TRANSLATE_NOOP("Linnet::Registration",
                                 "The server refused for now; try again later.");
        break;
    default:
        return response.sentence;
    }
    QString sentence = QCoreApplication::translate("Linnet::Registration", text);
    if (!response.error.text.isEmpty())
        sentence += u' ' + QCoreApplication::translate("Linnet::Registration", "Details: “%1”")
                               .arg(response.error.text);
    return sentence;
}

} // namespace

DataForm::Field plainField(const QString &name, const QString &value)
{
    DataForm::Field field =
        DataForm::Field::make(name, name == u"password" ? u"text-private"_s : u"text-single"_s,
                              value.isEmpty() ? QStringList() : QStringList{value});
    field.label = name;
    for (const PlainFieldInfo &info : plainFields) {
        if (info.name == name)
            field.label = QCoreApplication::translate("Linnet::Registration", info.label);
    }
    field.required = true; // §3.1: every field the entity lists is needed
    return field;
}

Element fetchRequest(const Jid &to)
{
    return makeIq(u"get"_s, to, makeQuery());
}

Element submitRequest(const Jid &to, const RegistrationForm &filled)
{
    Element query = makeQuery();
    if (filled.usesDataForm) {
        query.appendChild(filled.form.submission().toElement());
    } else {
        for (const DataForm::Field &field : filled.form.fields) {
            if (field.var.isEmpty() || field.type == u"fixed")
                continue;
            query.addChild(field.var, ns::Register.toString()).setText(field.values.value(0));
        }
    }
    return makeIq(u"set"_s, to, query);
}

Element changePasswordRequest(const Jid &server, const QString &username,
                              const QString &newPassword)
{
    Element query = makeQuery();
    query.addChild(u"username"_s, ns::Register.toString()).setText(username);
    query.addChild(u"password"_s, ns::Register.toString()).setText(newPassword);
    return makeIq(u"set"_s, server, query);
}

Element removeRequest(const Jid &server)
{
    Element query = makeQuery();
    query.addChild(u"remove"_s, ns::Register.toString());
    return makeIq(u"set"_s, server, query);
}

RegistrationForm formFrom(const IqResponse &response)
{
    RegistrationForm form;
    if (!response.ok()) {
        form.error = sentenceFor(response);
        return form;
    }
    const Element query = response.iq.firstChild(u"query", ns::Register);
    if (query.isNull()) {
        form.error = QCoreApplication::translate(
            "Linnet::Registration", "The service did not say what it needs to register.");
        return form;
    }
    form.ok = true;
    form.form.type = u"form"_s;
    for (const Element &child : query.children()) {
        if (child.is(u"x", ns::DataForms)) {
            // §6: a data form, when given, replaces the plain fields.
            form.form = DataForm::fromElement(child);
            form.usesDataForm = true;
            break;
        }
    }
    for (const Element &child : query.children()) {
        if (child.namespaceUri() != ns::Register)
            continue;
        if (child.name() == u"registered")
            form.registered = true;
        else if (child.name() == u"instructions")
            form.instructions = child.text().trimmed();
        else if (!form.usesDataForm && child.name() != u"remove")
            form.form.fields.append(plainField(child.name(), child.text()));
    }
    if (form.usesDataForm && form.instructions.isEmpty())
        form.instructions = form.form.instructions.join(u'\n');
    return form;
}

RegistrationResult resultFrom(const IqResponse &response)
{
    RegistrationResult result;
    result.ok = response.ok();
    if (!result.ok)
        result.error = sentenceFor(response);
    return result;
}

} // namespace Linnet::RegistrationStanzas

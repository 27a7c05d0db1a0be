#include "disco/DataForm.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

std::optional<DataForm::Validation> readValidation(const Element &validate)
{
    if (validate.isNull())
        return std::nullopt;
    DataForm::Validation validation;
    if (const QString datatype = validate.attribute(u"datatype"); !datatype.isEmpty())
        validation.datatype = datatype;
    for (const Element &child : validate.children()) {
        if (child.namespaceUri() != ns::DataFormsValidate)
            continue;
        const QString name = child.name();
        if (name == u"open") {
            validation.method = DataForm::Validation::Method::Open;
        } else if (name == u"range") {
            validation.method = DataForm::Validation::Method::Range;
            validation.min = child.attribute(u"min");
            validation.max = child.attribute(u"max");
        } else if (name == u"regex") {
            validation.method = DataForm::Validation::Method::Regex;
            validation.regex = child.text();
        } else if (name == u"list-range") {
            validation.listMin = child.attribute(u"min").toInt();
            validation.listMax = child.attribute(u"max").toInt();
        }
    }
    return validation;
}

DataForm::Field readField(const Element &f)
{
    DataForm::Field field =
        DataForm::Field::make(f.attribute(u"var"), f.attribute(u"type"), QStringList());
    field.label = f.attribute(u"label");
    for (const Element &child : f.children()) {
        if (child.is(u"value", ns::DataForms)) {
            field.values.append(child.text());
        } else if (child.is(u"desc", ns::DataForms)) {
            field.description = child.text();
        } else if (child.is(u"required", ns::DataForms)) {
            field.required = true;
        } else if (child.is(u"option", ns::DataForms)) {
            field.options.append(
                {child.attribute(u"label"), child.childText(u"value", ns::DataForms)});
        } else if (child.is(u"validate", ns::DataFormsValidate)) {
            field.validation = readValidation(child);
        }
    }
    return field;
}

QList<DataForm::Field> readFields(const Element &parent)
{
    QList<DataForm::Field> fields;
    for (const Element &f : parent.childrenNamed(u"field", ns::DataForms))
        fields.append(readField(f));
    return fields;
}

void writeValidation(Element &f, const DataForm::Validation &validation)
{
    using Method = DataForm::Validation::Method;
    const QString xdv = ns::DataFormsValidate.toString();
    Element &v = f.addChild(u"validate"_s, xdv);
    v.setAttribute(u"datatype"_s, validation.datatype);
    switch (validation.method) {
    case Method::Basic:
        v.addChild(u"basic"_s, xdv);
        break;
    case Method::Open:
        v.addChild(u"open"_s, xdv);
        break;
    case Method::Range: {
        Element &range = v.addChild(u"range"_s, xdv);
        if (!validation.min.isEmpty())
            range.setAttribute(u"min"_s, validation.min);
        if (!validation.max.isEmpty())
            range.setAttribute(u"max"_s, validation.max);
        break;
    }
    case Method::Regex:
        v.addChild(u"regex"_s, xdv).setText(validation.regex);
        break;
    }
    if (validation.listMin > 0 || validation.listMax > 0) {
        Element &range = v.addChild(u"list-range"_s, xdv);
        if (validation.listMin > 0)
            range.setAttribute(u"min"_s, QString::number(validation.listMin));
        if (validation.listMax > 0)
            range.setAttribute(u"max"_s, QString::number(validation.listMax));
    }
}

void writeField(Element &parent, const DataForm::Field &field)
{
    const QString xd = ns::DataForms.toString();
    Element &f = parent.addChild(u"field"_s, xd);
    if (!field.var.isEmpty())
        f.setAttribute(u"var"_s, field.var);
    if (!field.type.isEmpty())
        f.setAttribute(u"type"_s, field.type);
    if (!field.label.isEmpty())
        f.setAttribute(u"label"_s, field.label);
    if (!field.description.isEmpty())
        f.addChild(u"desc"_s, xd).setText(field.description);
    if (field.required)
        f.addChild(u"required"_s, xd);
    if (field.validation)
        writeValidation(f, *field.validation);
    for (const QString &value : field.values)
        f.addChild(u"value"_s, xd).setText(value);
    for (const DataForm::Option &option : field.options) {
        Element &o = f.addChild(u"option"_s, xd);
        if (!option.label.isEmpty())
            o.setAttribute(u"label"_s, option.label);
        o.addChild(u"value"_s, xd).setText(option.value);
    }
}

} // namespace

QString DataForm::Field::effectiveType() const
{
    return type.isEmpty() ? u"text-single"_s : type;
}

DataForm DataForm::fromElement(const Element &x)
{
    DataForm form;
    form.type = x.attribute(u"type");
    form.title = x.childText(u"title", ns::DataForms);
    for (const Element &instructions : x.childrenNamed(u"instructions", ns::DataForms))
        form.instructions.append(instructions.text());
    form.fields = readFields(x);
    if (const Element reported = x.firstChild(u"reported", ns::DataForms); !reported.isNull())
        form.reported = readFields(reported);
    for (const Element &item : x.childrenNamed(u"item", ns::DataForms))
        form.items.append(readFields(item));
    return form;
}

Element DataForm::toElement() const
{
    const QString xd = ns::DataForms.toString();
    Element x(u"x"_s, xd);
    x.setAttribute(u"type"_s, type);
    if (!title.isEmpty())
        x.addChild(u"title"_s, xd).setText(title);
    for (const QString &line : instructions)
        x.addChild(u"instructions"_s, xd).setText(line);
    for (const Field &field : fields)
        writeField(x, field);
    if (!reported.isEmpty()) {
        Element &r = x.addChild(u"reported"_s, xd);
        for (const Field &field : reported)
            writeField(r, field);
    }
    for (const QList<Field> &item : items) {
        Element &i = x.addChild(u"item"_s, xd);
        for (const Field &field : item)
            writeField(i, field);
    }
    return x;
}

DataForm DataForm::submission() const
{
    DataForm submitted;
    submitted.type = u"submit"_s;
    for (const Field &field : fields) {
        if (field.var.isEmpty() || field.type == u"fixed")
            continue;
        submitted.fields.append(Field::make(field.var, field.type, field.values));
    }
    return submitted;
}

const DataForm::Field *DataForm::field(QStringView var) const
{
    for (const Field &f : fields) {
        if (f.var == var)
            return &f;
    }
    return nullptr;
}

DataForm::Field *DataForm::field(QStringView var)
{
    for (Field &f : fields) {
        if (f.var == var)
            return &f;
    }
    return nullptr;
}

QString DataForm::formType() const
{
    const Field *f = field(u"FORM_TYPE");
    return f && !f->values.isEmpty() ? f->values.first() : QString();
}

bool DataForm::hasHiddenFormType() const
{
    const Field *f = field(u"FORM_TYPE");
    return f && f->type == u"hidden";
}

} // namespace Linnet

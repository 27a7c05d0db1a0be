#include "disco/DataForm.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

DataForm DataForm::fromElement(const Element &x)
{
    DataForm form;
    form.type = x.attribute(u"type");
    for (const Element &f : x.childrenNamed(u"field", ns::DataForms)) {
        Field field = Field::make(f.attribute(u"var"), f.attribute(u"type"), {});
        for (const Element &value : f.childrenNamed(u"value", ns::DataForms))
            field.values.append(value.text());
        form.fields.append(field);
    }
    return form;
}

Element DataForm::toElement() const
{
    Element x(u"x"_s, ns::DataForms.toString());
    x.setAttribute(u"type"_s, type);
    for (const Field &field : fields) {
        Element &f = x.addChild(u"field"_s, ns::DataForms.toString());
        f.setAttribute(u"var"_s, field.var);
        if (!field.type.isEmpty())
            f.setAttribute(u"type"_s, field.type);
        for (const QString &value : field.values)
            f.addChild(u"value"_s, ns::DataForms.toString()).setText(value);
    }
    return x;
}

const DataForm::Field *DataForm::field(QStringView var) const
{
    for (const Field &f : fields) {
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

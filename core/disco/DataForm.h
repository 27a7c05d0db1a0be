#pragma once

#include "xml/Element.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Linnet {

// A XEP-0004 data form, as much of it as disco extensions (XEP-0128) and caps hashing need:
// the form type and its fields with their values. Labels, options and media are not kept.
struct DataForm
{
    struct Field
    {
        QString var;
        QString type; // "hidden", "text-single", … or empty
        QStringList values;
        friend bool operator==(const Field &, const Field &) = default;
    };

    QString type = QStringLiteral("result"); // form, submit, cancel, result
    QList<Field> fields;

    // Reads <x xmlns='jabber:x:data'/>.
    static DataForm fromElement(const Element &x);
    Element toElement() const;

    // The value of the FORM_TYPE field, or empty when there is none.
    QString formType() const;
    // True when the FORM_TYPE field exists and is of type "hidden" (XEP-0115 §5.4).
    bool hasHiddenFormType() const;
    const Field *field(QStringView var) const;

    friend bool operator==(const DataForm &, const DataForm &) = default;
};

} // namespace Linnet

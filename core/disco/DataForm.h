#pragma once

#include "xml/Element.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Linnet {

// A XEP-0004 data form with XEP-0122 validation: what commands, registration, room
// configuration, search, disco extensions (XEP-0128) and caps hashing need.
struct DataForm
{
    struct Option
    {
        QString label;
        QString value;
        friend bool operator==(const Option &, const Option &) = default;
    };
    // XEP-0122 <validate/>: a datatype and how values are checked.
    struct Validation
    {
        enum class Method { Basic, Open, Range, Regex };
        QString datatype = QStringLiteral("xs:string");
        Method method = Method::Basic;
        QString min = {}; // Range
        QString max = {}; // Range
        QString regex = {};
        // <list-range/> for list-multi: how many values may be chosen; 0 means no bound.
        int listMin = 0;
        int listMax = 0;
        friend bool operator==(const Validation &, const Validation &) = default;
    };
    struct Field
    {
        QString var;
        QString type; // boolean, fixed, hidden, jid-single, jid-multi, list-single, list-multi,
                      // text-multi, text-private, text-single; empty means text-single
        QStringList values;
        // "= {}" keeps {var, type, values} brace lists free of missing-initializer warnings.
        QString label = {};
        QString description = {}; // <desc/>
        bool required = false;
        QList<Option> options = {};
        std::optional<Validation> validation = {};

        static Field make(const QString &var, const QString &type, const QStringList &values)
        {
            Field field;
            field.var = var;
            field.type = type;
            field.values = values;
            return field;
        }
        // The effective type: text-single when none was given.
        QString effectiveType() const;
        friend bool operator==(const Field &, const Field &) = default;
    };

    QString type = QStringLiteral("result"); // form, submit, cancel, result
    QString title = {};
    QStringList instructions = {};
    QList<Field> fields;
    // Multi-item results (XEP-0004 §3.4): the columns, then one row of fields per item.
    QList<Field> reported = {};
    QList<QList<Field>> items = {};

    // Reads <x xmlns='jabber:x:data'/>.
    static DataForm fromElement(const Element &x);
    Element toElement() const;

    // The form to send back: type submit, every field except fixed ones, var/type/values only.
    DataForm submission() const;
    // The user's problems with one field in words ("required", not a number, out of range,
    // not matching the pattern, not a JID, an option that is not offered); empty when fine.
    static QString problemWith(const Field &field);
    // problemWith for every field, prefixed with the field's label.
    QStringList problems() const;

    // The value of the FORM_TYPE field, or empty when there is none.
    QString formType() const;
    // True when the FORM_TYPE field exists and is of type "hidden" (XEP-0115 §5.4).
    bool hasHiddenFormType() const;
    const Field *field(QStringView var) const;
    Field *field(QStringView var);

    friend bool operator==(const DataForm &, const DataForm &) = default;
};

} // namespace Linnet

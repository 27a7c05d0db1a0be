#pragma once

#include "disco/DataForm.h"

#include <QObject>
#include <memory>

class QWidget;

namespace Linnet {

// The widget that edits one data-form field, by field type: a check box for boolean, a line
// edit for text-single, jid-single and text-private (masked), a multi-line edit for
// text-multi and jid-multi (one value per line), a combo box for list-single and a list of
// check boxes for list-multi. Fixed fields are a label; hidden fields have no widget.
class FieldEditor : public QObject
{
    Q_OBJECT
public:
    // nullptr for hidden fields.
    static std::unique_ptr<FieldEditor> create(const DataForm::Field &field, QWidget *parent);

    ~FieldEditor() override;

    QWidget *widget() const { return m_widget; }
    // The field as the user filled it in (its values replaced by what the widget holds).
    DataForm::Field field() const;
    // True when the widget carries the field's label itself (a check box), so the form
    // shows no separate label.
    virtual bool labelsItself() const { return false; }

Q_SIGNALS:
    void edited();

protected:
    FieldEditor(const DataForm::Field &field, QWidget *widget);
    virtual QStringList values() const = 0;

    DataForm::Field m_field;
    QWidget *m_widget;
};

// "Label", or the var when there is no label, with " *" when required.
QString fieldCaption(const DataForm::Field &field);

} // namespace Linnet

#pragma once

#include "disco/DataForm.h"

#include <QWidget>
#include <memory>
#include <vector>

class QFormLayout;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace Linnet {

class FieldEditor;

// Shows a XEP-0004 data form: its title and instructions, then one row per field (hidden
// fields are kept but not shown) with required markers, descriptions as tooltips and a
// message under the field as soon as what the user typed is not acceptable
// (DataForm::problemWith). A result form is shown read-only; a multi-item result as a table.
// Used by commands, registration, room configuration and search.
class DataFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DataFormWidget(QWidget *parent = nullptr);
    ~DataFormWidget() override;

    void setForm(const DataForm &form);
    void clear();
    // The form as the user filled it in (same type, values from the widgets).
    DataForm form() const;
    // form().submission(): what to send back.
    DataForm submission() const;
    bool isEmpty() const { return m_editors.empty() && !m_table; }

    // The problems of every field, each prefixed with its label; also shows each one under its
    // field. Empty when the form can be submitted.
    QStringList validate();

Q_SIGNALS:
    void edited();

private:
    struct Row;

    void buildEditable();
    void buildResult();
    void buildTable();
    void showProblem(Row &row, bool force);

    DataForm m_form;
    QVBoxLayout *m_layout;
    QLabel *m_title;
    QLabel *m_instructions;
    QWidget *m_fieldsArea = nullptr;
    QTableWidget *m_table = nullptr;
    std::vector<std::unique_ptr<Row>> m_editors;
};

} // namespace Linnet

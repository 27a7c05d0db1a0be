#include "DataFormWidget.h"

#include "FieldEditor.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

struct DataFormWidget::Row
{
    qsizetype fieldIndex = -1;
    std::unique_ptr<FieldEditor> editor;
    QLabel *problem = nullptr;
    bool touched = false;
};

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A value of a result field in words: booleans as yes/no, list values by their option labels.
QString displayValue(const DataForm::Field &field)
{
    const QString type = field.effectiveType();
    if (type == u"boolean") {
        const QString value = field.values.value(0);
        return value == u"1" || value == u"true" ? DataFormWidget::tr("Yes")
                                                 : DataFormWidget::tr("No");
    }
    QStringList shown;
    for (const QString &value : field.values) {
        QString text = value;
        for (const DataForm::Option &option : field.options) {
            if (option.value == value && !option.label.isEmpty())
                text = option.label;
        }
        if (type == u"text-private")
            text = QString(8, u'•');
        shown.append(text);
    }
    return shown.join(u'\n');
}

} // namespace

DataFormWidget::DataFormWidget(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this)), m_title(new QLabel(this)),
      m_instructions(wrappedLabel(QString(), this))
{
    setObjectName(u"dataFormWidget"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(u"formTitle"_s);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_instructions->setObjectName(u"formInstructions"_s);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_instructions);
    clear();
}

DataFormWidget::~DataFormWidget() = default;

void DataFormWidget::clear()
{
    m_editors.clear();
    delete m_fieldsArea;
    m_fieldsArea = nullptr;
    delete m_table;
    m_table = nullptr;
    m_form = DataForm();
    m_title->hide();
    m_instructions->hide();
}

void DataFormWidget::setForm(const DataForm &form)
{
    clear();
    m_form = form;
    m_title->setText(form.title);
    m_title->setVisible(!form.title.isEmpty());
    m_instructions->setText(form.instructions.join(u'\n'));
    m_instructions->setVisible(!form.instructions.isEmpty());
    m_fieldsArea = new QWidget(this);
    m_fieldsArea->setObjectName(u"formFields"_s);
    m_layout->addWidget(m_fieldsArea);
    if (form.type == u"result" || form.type == u"cancel")
        buildResult();
    else
        buildEditable();
    if (!form.reported.isEmpty())
        buildTable();
    // Shown now rather than when the layout gets round to it, so the form is there at once.
    m_fieldsArea->show();
    if (m_table)
        m_table->show();
}

void DataFormWidget::buildEditable()
{
    auto *layout = new QFormLayout(m_fieldsArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (qsizetype i = 0; i < m_form.fields.size(); ++i) {
        const DataForm::Field &field = m_form.fields.at(i);
        auto row = std::make_unique<Row>();
        row->fieldIndex = i;
        row->editor = FieldEditor::create(field, m_fieldsArea);
        if (!row->editor) {
            m_editors.push_back(std::move(row)); // hidden: kept, not shown
            continue;
        }
        QWidget *editor = row->editor->widget();
        row->problem = wrappedLabel(QString(), m_fieldsArea);
        row->problem->setObjectName(u"problem-%1"_s.arg(field.var));
        row->problem->setStyleSheet(u"color: #c0392b;"_s);
        row->problem->hide();
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(row->problem);
        if (field.effectiveType() == u"fixed" || row->editor->labelsItself()) {
            layout->addRow(column);
        } else {
            auto *label = new QLabel(fieldCaption(field), m_fieldsArea);
            label->setBuddy(editor);
            label->setToolTip(field.description);
            label->setWordWrap(true);
            layout->addRow(label, column);
        }
        if (field.required)
            editor->setAccessibleDescription(tr("Required"));
        Row *raw = row.get();
        connect(row->editor.get(), &FieldEditor::edited, this, [this, raw] {
            raw->touched = true;
            showProblem(*raw, false);
            Q_EMIT edited();
        });
        m_editors.push_back(std::move(row));
    }
}

void DataFormWidget::buildResult()
{
    auto *layout = new QFormLayout(m_fieldsArea);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const DataForm::Field &field : std::as_const(m_form.fields)) {
        const QString type = field.effectiveType();
        if (type == u"hidden")
            continue;
        QLabel *value = wrappedLabel(displayValue(field), m_fieldsArea);
        value->setObjectName(u"field-%1"_s.arg(field.var));
        value->setToolTip(field.description);
        if (type == u"fixed")
            layout->addRow(value);
        else
            layout->addRow(wrappedLabel(fieldCaption(field), m_fieldsArea), value);
    }
}

void DataFormWidget::buildTable()
{
    m_table = new QTableWidget(int(m_form.items.size()), int(m_form.reported.size()), this);
    m_table->setObjectName(u"formItemsTable"_s);
    m_table->setAccessibleName(tr("Results"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QStringList headers;
    for (const DataForm::Field &column : std::as_const(m_form.reported))
        headers.append(column.label.isEmpty() ? column.var : column.label);
    m_table->setHorizontalHeaderLabels(headers);
    for (qsizetype row = 0; row < m_form.items.size(); ++row) {
        const QList<DataForm::Field> &item = m_form.items.at(row);
        for (qsizetype col = 0; col < m_form.reported.size(); ++col) {
            const QString var = m_form.reported.at(col).var;
            for (const DataForm::Field &field : item) {
                if (field.var != var)
                    continue;
                DataForm::Field typed = field;
                if (typed.type.isEmpty())
                    typed.type = m_form.reported.at(col).type;
                m_table->setItem(int(row), int(col), new QTableWidgetItem(displayValue(typed)));
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_layout->addWidget(m_table, 1);
}

DataForm DataFormWidget::form() const
{
    DataForm filled = m_form;
    for (const auto &row : m_editors) {
        if (row->editor)
            filled.fields[row->fieldIndex] = row->editor->field();
    }
    return filled;
}

DataForm DataFormWidget::submission() const
{
    return form().submission();
}

QStringList DataFormWidget::validate()
{
    for (const auto &row : m_editors)
        showProblem(*row, true);
    return form().problems();
}

void DataFormWidget::showProblem(Row &row, bool force)
{
    if (!row.editor || !row.problem || (!force && !row.touched))
        return;
    const QString problem = DataForm::problemWith(row.editor->field());
    row.problem->setText(problem);
    row.problem->setVisible(!problem.isEmpty());
    row.editor->widget()->setAccessibleDescription(problem);
}

} // namespace Linnet

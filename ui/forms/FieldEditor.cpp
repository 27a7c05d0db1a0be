#include "FieldEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

QString objectNameFor(const DataForm::Field &field)
{
    return u"field-%1"_s.arg(field.var);
}

class BooleanEditor : public FieldEditor
{
public:
    explicit BooleanEditor(const DataForm::Field &field, QWidget *parent)
        : FieldEditor(field, new QCheckBox(fieldCaption(field), parent))
    {
        auto *box = static_cast<QCheckBox *>(m_widget);
        const QString value = field.values.value(0);
        box->setChecked(value == u"1" || value == u"true");
        connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
    }
    bool labelsItself() const override { return true; }

protected:
    QStringList values() const override
    {
        return {static_cast<QCheckBox *>(m_widget)->isChecked() ? u"1"_s : u"0"_s};
    }
};

class FixedEditor : public FieldEditor
{
public:
    explicit FixedEditor(const DataForm::Field &field, QWidget *parent)
        : FieldEditor(field, new QLabel(field.values.join(u'\n'), parent))
    {
        auto *label = static_cast<QLabel *>(m_widget);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

protected:
    QStringList values() const override { return m_field.values; }
};

class LineEditor : public FieldEditor
{
public:
    LineEditor(const DataForm::Field &field, QWidget *parent)
        : FieldEditor(field, new QLineEdit(field.values.value(0), parent))
    {
        auto *edit = static_cast<QLineEdit *>(m_widget);
        const QString type = field.effectiveType();
        if (type == u"text-private")
            edit->setEchoMode(QLineEdit::Password);
        if (type == u"jid-single") {
            edit->setPlaceholderText(FieldEditor::tr("name@example.org"));
            edit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
        }
        connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }

protected:
    QStringList values() const override
    {
        QString text = static_cast<QLineEdit *>(m_widget)->text();
        if (m_field.effectiveType() == u"jid-single")
            text = text.trimmed();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
};

class MultiLineEditor : public FieldEditor
{
public:
    MultiLineEditor(const DataForm::Field &field, QWidget *parent)
        : FieldEditor(field, new QPlainTextEdit(field.values.join(u'\n'), parent))
    {
        auto *edit = static_cast<QPlainTextEdit *>(m_widget);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    }

protected:
    QStringList values() const override
    {
        const QString text = static_cast<QPlainTextEdit *>(m_widget)->toPlainText();
        if (text.isEmpty())
            return {};
        QStringList lines = text.split(u'\n');
        if (m_field.effectiveType() == u"jid-multi") {
            for (QString &line : lines)
                line = line.trimmed();
            lines.removeAll(QString());
        }
        return lines;
    }
};

class ListSingleEditor : public FieldEditor
{
public:
    ListSingleEditor(const DataForm::Field &field, QWidget *parent)
        : FieldEditor(field, new QComboBox(parent))
    {
        auto *combo = static_cast<QComboBox *>(m_widget);
        const QString current = field.values.value(0);
        // XEP-0122 "open" lists accept values that are not offered.
        const bool open =
            field.validation && field.validation->method == DataForm::Validation::Method::Open;
        combo->setEditable(open);
        if (current.isEmpty())
            combo->addItem(QString(), QString());
        for (const DataForm::Option &option : field.options)
            combo->addItem(option.label.isEmpty() ? option.value : option.label, option.value);
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(current, current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        connect(combo, &QComboBox::editTextChanged, this, &FieldEditor::edited);
    }

protected:
    QStringList values() const override
    {
        auto *combo = static_cast<QComboBox *>(m_widget);
        QString value = combo->currentData().toString();
        if (combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex()))
            value = combo->currentText();
        return value.isEmpty() ? QStringList() : QStringList{value};
    }
};

class ListMultiEditor : public FieldEditor
{
public:
    ListMultiEditor(const DataForm::Field &field, QWidget *parent)
        : FieldEditor(field, new QListWidget(parent))
    {
        auto *list = static_cast<QListWidget *>(m_widget);
        QList<DataForm::Option> options = field.options;
        for (const QString &value : field.values) {
            if (std::none_of(options.cbegin(), options.cend(),
                             [&](const DataForm::Option &o) { return o.value == value; }))
                options.append({QString(), value});
        }
        for (const DataForm::Option &option : options) {
            auto *item =
                new QListWidgetItem(option.label.isEmpty() ? option.value : option.label, list);
            item->setData(Qt::UserRole, option.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(field.values.contains(option.value) ? Qt::Checked : Qt::Unchecked);
        }
        const int rows = qBound(2, int(options.size()), 6);
        list->setMaximumHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
        connect(list, &QListWidget::itemChanged, this, &FieldEditor::edited);
    }

protected:
    QStringList values() const override
    {
        auto *list = static_cast<QListWidget *>(m_widget);
        QStringList checked;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                checked.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return checked;
    }
};

} // namespace

FieldEditor::FieldEditor(const DataForm::Field &field, QWidget *widget)
    : m_field(field), m_widget(widget)
{
    m_widget->setObjectName(objectNameFor(field));
    m_widget->setAccessibleName(field.label.isEmpty() ? field.var : field.label);
    m_widget->setToolTip(field.description);
    m_widget->setWhatsThis(field.description);
}

FieldEditor::~FieldEditor() = default;

std::unique_ptr<FieldEditor> FieldEditor::create(const DataForm::Field &field, QWidget *parent)
{
    const QString type = field.effectiveType();
    if (type == u"hidden")
        return nullptr;
    if (type == u"boolean")
        return std::make_unique<BooleanEditor>(field, parent);
    if (type == u"fixed")
        return std::make_unique<FixedEditor>(field, parent);
    if (type == u"text-multi" || type == u"jid-multi")
        return std::make_unique<MultiLineEditor>(field, parent);
    if (type == u"list-single")
        return std::make_unique<ListSingleEditor>(field, parent);
    if (type == u"list-multi")
        return std::make_unique<ListMultiEditor>(field, parent);
    // text-single, text-private, jid-single, and types we do not know (XEP-0004 §3.3: treat
    // as text-single).
    return std::make_unique<LineEditor>(field, parent);
}

DataForm::Field FieldEditor::field() const
{
    DataForm::Field filled = m_field;
    filled.values = values();
    return filled;
}

QString fieldCaption(const DataForm::Field &field)
{
    const QString caption = field.label.isEmpty() ? field.var : field.label;
    return field.required ? FieldEditor::tr("%1 *", "a required form field").arg(caption) : caption;
}

} // namespace Linnet

#include "RoomPrompt.h"

#include "im/Jid.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

RoomPrompt::RoomPrompt(const QString &title, const QString &text, const QString &confirmLabel,
                       QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"roomPrompt"_s);
    setWindowTitle(title);
    auto *question = new QLabel(text, this);
    question->setObjectName(u"promptText"_s);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    question->setVisible(!text.isEmpty());
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QLineEdit *RoomPrompt::addTextField(const QString &label, const QString &objectName,
                                    const QString &initial, bool required)
{
    auto *edit = new QLineEdit(initial, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_form->addRow(label, edit);
    m_fields.append({edit, edit->accessibleName(), required, false});
    connect(edit, &QLineEdit::textChanged, this, &RoomPrompt::validate);
    if (m_fields.size() == 1)
        edit->setFocus();
    validate();
    return edit;
}

QLineEdit *RoomPrompt::addPasswordField(const QString &label, const QString &objectName)
{
    QLineEdit *edit = addTextField(label, objectName, {}, false);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLineEdit *RoomPrompt::addJidField(const QString &label, const QString &objectName, bool required)
{
    QLineEdit *edit = addTextField(label, objectName, {}, required);
    m_fields.last().jid = true;
    edit->setPlaceholderText(tr("name@example.org"));
    validate();
    return edit;
}

QLineEdit *RoomPrompt::addReasonField()
{
    QLineEdit *edit = addTextField(tr("&Reason:"), u"reasonEdit"_s);
    edit->setPlaceholderText(tr("Optional"));
    return edit;
}

QCheckBox *RoomPrompt::addCheckBox(const QString &label, const QString &objectName, bool checked)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(objectName);
    box->setChecked(checked);
    m_form->addRow(QString(), box);
    return box;
}

QString RoomPrompt::text(const QString &objectName) const
{
    const auto *edit = findChild<QLineEdit *>(objectName);
    return edit ? edit->text().trimmed() : QString();
}

bool RoomPrompt::isChecked(const QString &objectName) const
{
    const auto *box = findChild<QCheckBox *>(objectName);
    return box && box->isChecked();
}

QString RoomPrompt::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QPushButton *RoomPrompt::confirmButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RoomPrompt::validate()
{
    QString problem;
    bool blocked = false;
    for (const Field &field : std::as_const(m_fields)) {
        const QString value = field.edit->text().trimmed();
        if (value.isEmpty()) {
            blocked = blocked || field.required;
            continue;
        }
        if (field.jid && problem.isEmpty()) {
            const Jid jid = Jid::parse(value);
            if (!jid.isValid())
                problem = tr("%1 is not a valid address: %2").arg(value, jid.error());
            else if (!jid.isBare())
                problem = tr("Give the address without a resource (nothing after “/”).");
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocked && problem.isEmpty());
}

} // namespace Linnet

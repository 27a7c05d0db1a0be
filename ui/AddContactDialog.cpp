#include "AddContactDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

AddContactDialog::AddContactDialog(const QStringList &groups, QWidget *parent)
    : QDialog(parent), m_jid(new QLineEdit(this)), m_error(new QLabel(this)),
      m_name(new QLineEdit(this)), m_group(new QComboBox(this)),
      m_request(new QCheckBox(tr("&Ask to see their presence"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addContactDialog"_s);
    setWindowTitle(tr("Add Contact"));
    m_jid->setObjectName(u"jidEdit"_s);
    m_jid->setPlaceholderText(tr("name@example.org"));
    m_error->setObjectName(u"jidErrorLabel"_s);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x1d, 0x28));
    m_error->setPalette(palette);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("Optional"));
    m_group->setObjectName(u"groupCombo"_s);
    m_group->setEditable(true);
    m_group->lineEdit()->setAccessibleName(tr("Group"));
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_request->setObjectName(u"requestCheck"_s);
    m_request->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"addButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_jid);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(QString(), m_request);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_jid, &QLineEdit::textChanged, this, &AddContactDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Jid AddContactDialog::jid() const
{
    return Jid::parse(m_jid->text().trimmed());
}

QString AddContactDialog::name() const
{
    return m_name->text().trimmed();
}

QString AddContactDialog::group() const
{
    return m_group->currentText().trimmed();
}

bool AddContactDialog::requestSubscription() const
{
    return m_request->isChecked();
}

void AddContactDialog::setJid(const QString &jid)
{
    m_jid->setText(jid);
}

void AddContactDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString AddContactDialog::error() const
{
    const QString text = m_jid->text().trimmed();
    if (text.isEmpty())
        return {};
    const Jid parsed = Jid::parse(text);
    if (!parsed.isValid())
        return parsed.error();
    if (parsed.isFull())
        return tr("A contact's address has no resource: leave out “/%1”.").arg(parsed.resource());
    return {};
}

void AddContactDialog::validate()
{
    const QString problem = error();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_jid->text().trimmed().isEmpty());
}

} // namespace Linnet

#include "RoomConfigDialog.h"

#include "forms/DataFormWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

RoomConfigDialog::RoomConfigDialog(const QString &roomName, QWidget *parent)
    : QDialog(parent), m_form(new DataFormWidget), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"roomConfigDialog"_s);
    setWindowTitle(tr("Room Settings — %1").arg(roomName));
    m_status->setObjectName(u"configStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Loading the room's settings…"));
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Room settings"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList problems = m_form->validate();
        if (!problems.isEmpty()) {
            setProblem(problems.join(u'\n'));
            return;
        }
        setBusy(true);
        Q_EMIT submitRequested(m_form->submission());
    });
    resize(560, 640);
}

void RoomConfigDialog::setForm(const DataForm &form)
{
    m_form->setForm(form);
    m_status->clear();
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
}

void RoomConfigDialog::setProblem(const QString &sentence)
{
    setBusy(false);
    m_status->setText(sentence);
    m_status->setStyleSheet(u"color: #b3261e;"_s);
    m_status->show();
}

void RoomConfigDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy && !m_form->isEmpty());
    m_form->setEnabled(!busy);
}

DataForm RoomConfigDialog::submission() const
{
    return m_form->submission();
}

} // namespace Linnet

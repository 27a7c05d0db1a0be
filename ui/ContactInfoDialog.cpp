#include "ContactInfoDialog.h"

#include "PresenceIcons.h"
#include "models/RosterModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

ContactInfoDialog::ContactInfoDialog(const QModelIndex &contact, QWidget *parent)
    : QDialog(parent), m_resources(new QTreeWidget(this))
{
    setObjectName(u"contactInfoDialog"_s);
    const QString name = contact.data(RosterModel::NameRole).toString();
    setWindowTitle(tr("%1 — Contact Info").arg(name));

    const auto selectable = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    const auto state = RosterModel::State(contact.data(RosterModel::StateRole).toInt());
    QString subscription = contact.data(RosterModel::SubscriptionRole).toString();
    if (contact.data(RosterModel::OutgoingRequestRole).toBool())
        subscription = tr("%1 (our request is pending)").arg(subscription);
    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), selectable(contact.data(RosterModel::JidRole).toString()));
    if (const QString account = contact.data(RosterModel::AccountRole).toString();
        !account.isEmpty())
        form->addRow(tr("Account:"), selectable(account));
    form->addRow(tr("Name:"), selectable(name));
    form->addRow(tr("Groups:"),
                 selectable(contact.data(RosterModel::GroupsRole).toStringList().join(u", ")));
    form->addRow(tr("Presence:"), selectable(PresenceIcons::label(state)));
    form->addRow(tr("Subscription:"), selectable(subscription));
    if (contact.data(RosterModel::BlockedRole).toBool())
        form->addRow(QString(), selectable(tr("Blocked")));

    m_resources->setObjectName(u"resourceList"_s);
    m_resources->setRootIsDecorated(false);
    m_resources->setHeaderLabels(
        {tr("Resource"), tr("State"), tr("Status"), tr("Priority"), tr("Client")});
    const QAbstractItemModel *model = contact.model();
    for (int row = 0; row < model->rowCount(contact); ++row) {
        const QModelIndex resource = model->index(row, 0, contact);
        const auto resourceState =
            RosterModel::State(resource.data(RosterModel::StateRole).toInt());
        auto *item = new QTreeWidgetItem(m_resources);
        item->setText(0, resource.data(RosterModel::NameRole).toString());
        item->setIcon(1, PresenceIcons::forState(resourceState));
        item->setText(1, PresenceIcons::label(resourceState));
        item->setText(2, resource.data(RosterModel::StatusTextRole).toString());
        item->setText(3, QString::number(resource.data(RosterModel::PriorityRole).toInt()));
        item->setText(4, resource.data(RosterModel::ClientNameRole).toString());
    }
    m_resources->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Online resources:"), this));
    layout->addWidget(m_resources);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace Linnet

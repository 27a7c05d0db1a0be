#include "ContactActions.h"

#include "AddContactDialog.h"
#include "ContactInfoDialog.h"
#include "im/Blocking.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "models/RosterModel.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Linnet {

ContactActions::ContactActions(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{}

void ContactActions::setModel(RosterModel *model)
{
    m_model = model;
}

void ContactActions::addAccount(const QString &account, const ContactManagers &managers)
{
    m_accounts.insert(account, managers);
}

void ContactActions::removeAccount(const QString &account)
{
    m_accounts.remove(account);
}

void ContactActions::setCurrentAccount(const QString &account)
{
    m_current = account;
}

void ContactActions::perform(ContactListView::Action action, const Jid &jid, const QString &account)
{
    using Action = ContactListView::Action;
    const ContactManagers managers = m_accounts.value(account);
    if (!managers.isValid() || !jid.isValid())
        return;
    switch (action) {
    case Action::Rename:
        rename(managers.roster, jid);
        break;
    case Action::EditGroups:
        editGroups(managers.roster, jid);
        break;
    case Action::Remove:
        remove(managers.roster, jid);
        break;
    case Action::Block:
    case Action::Unblock:
        block(managers, jid, action == Action::Block);
        break;
    case Action::RequestSubscription:
        if (managers.subscriptions)
            managers.subscriptions->request(jid);
        break;
    case Action::ApproveSubscription:
        if (managers.subscriptions && !managers.subscriptions->approve(jid))
            Q_EMIT errorOccurred(tr("%1 has not asked to see your presence, and the server "
                                    "cannot approve in advance.")
                                     .arg(jid.bareString()));
        break;
    case Action::CancelSubscription:
        if (managers.subscriptions)
            managers.subscriptions->cancel(jid);
        break;
    case Action::Unsubscribe:
        if (managers.subscriptions)
            managers.subscriptions->unsubscribe(jid);
        break;
    case Action::ShowInfo:
        showInfo(jid, account);
        break;
    }
}

void ContactActions::block(const ContactManagers &managers, const Jid &jid, bool block)
{
    if (!managers.blocking)
        return;
    const auto report = [self = QPointer(this)](const IqResponse &response) {
        if (self && !response.ok())
            Q_EMIT self->errorOccurred(response.sentence);
    };
    if (block)
        managers.blocking->block({jid}, report);
    else
        managers.blocking->unblock({jid}, report);
}

void ContactActions::addContact(const Jid &jid, const QString &name, const QString &group,
                                bool request)
{
    const ContactManagers managers = current();
    if (!managers.isValid())
        return;
    const QStringList groups = group.isEmpty() ? QStringList() : QStringList{group};
    managers.roster->add(jid, name, groups, [self = QPointer(this)](const IqResponse &response) {
        if (self && !response.ok())
            Q_EMIT self->errorOccurred(response.sentence);
    });
    if (request && managers.subscriptions)
        managers.subscriptions->request(jid);
}

void ContactActions::approve(const Jid &jid)
{
    perform(ContactListView::Action::ApproveSubscription, jid, m_current);
}

void ContactActions::deny(const Jid &jid)
{
    if (const ContactManagers managers = current(); managers.subscriptions)
        managers.subscriptions->deny(jid);
}

void ContactActions::addBack(const Jid &jid)
{
    approve(jid);
    const ContactManagers managers = current();
    if (managers.isValid() && !managers.roster->contains(jid))
        addContact(jid, QString(), QString(), true);
    else if (managers.subscriptions)
        managers.subscriptions->request(jid);
}

void ContactActions::showAddContactDialog()
{
    auto *dialog = new AddContactDialog(allGroups(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_accounts.size() > 1)
        dialog->setWindowTitle(tr("Add Contact to %1").arg(m_current));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addContact(dialog->jid(), dialog->name(), dialog->group(), dialog->requestSubscription());
    });
    dialog->open();
}

void ContactActions::rename(Roster *roster, const Jid &jid)
{
    const auto item = roster->item(jid);
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Rename Contact"),
                                               tr("Name for %1:").arg(jid.bareString()),
                                               QLineEdit::Normal, item->name, &ok);
    if (ok)
        roster->rename(jid, name.trimmed());
}

void ContactActions::editGroups(Roster *roster, const Jid &jid)
{
    const auto item = roster->item(jid);
    if (!item)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(m_dialogParent, tr("Edit Groups"),
                              tr("Groups of %1, separated by commas:").arg(jid.bareString()),
                              QLineEdit::Normal, item->groups.join(u", "), &ok);
    if (!ok)
        return;
    QStringList groups;
    for (const QString &group : text.split(u',')) {
        if (const QString trimmed = group.trimmed();
            !trimmed.isEmpty() && !groups.contains(trimmed))
            groups.append(trimmed);
    }
    roster->setGroups(jid, groups);
}

void ContactActions::remove(Roster *roster, const Jid &jid)
{
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Remove Contact"),
        tr("Remove %1 from your contacts? You will no longer see each other's presence.")
            .arg(jid.bareString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        roster->remove(jid);
}

void ContactActions::showInfo(const Jid &jid, const QString &account)
{
    if (!m_model)
        return;
    const QModelIndexList rows = m_model->contactIndexes(jid, account);
    if (rows.isEmpty())
        return;
    auto *dialog = new ContactInfoDialog(rows.constFirst(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QStringList ContactActions::allGroups() const
{
    QStringList groups;
    if (!m_model)
        return groups;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        if (!group.data(RosterModel::DefaultGroupRole).toBool())
            groups.append(group.data(RosterModel::NameRole).toString());
    }
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

} // namespace Linnet

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

void ContactActions::setManagers(const ContactManagers &managers, RosterModel *model)
{
    m_managers = managers;
    m_model = model;
}

void ContactActions::perform(ContactListView::Action action, const Jid &jid)
{
    using Action = ContactListView::Action;
    if (!m_managers.isValid() || !jid.isValid())
        return;
    switch (action) {
    case Action::Rename:
        rename(jid);
        break;
    case Action::EditGroups:
        editGroups(jid);
        break;
    case Action::Remove:
        remove(jid);
        break;
    case Action::Block:
    case Action::Unblock:
        if (m_managers.blocking) {
            const auto report = [self = QPointer(this)](const IqResponse &response) {
                if (self && !response.ok())
                    Q_EMIT self->errorOccurred(response.sentence);
            };
            if (action == Action::Block)
                m_managers.blocking->block({jid}, report);
            else
                m_managers.blocking->unblock({jid}, report);
        }
        break;
    case Action::RequestSubscription:
        if (m_managers.subscriptions)
            m_managers.subscriptions->request(jid);
        break;
    case Action::ApproveSubscription:
        approve(jid);
        break;
    case Action::CancelSubscription:
        if (m_managers.subscriptions)
            m_managers.subscriptions->cancel(jid);
        break;
    case Action::Unsubscribe:
        if (m_managers.subscriptions)
            m_managers.subscriptions->unsubscribe(jid);
        break;
    case Action::ShowInfo:
        showInfo(jid);
        break;
    }
}

void ContactActions::addContact(const Jid &jid, const QString &name, const QString &group,
                                bool request)
{
    if (!m_managers.isValid())
        return;
    const QStringList groups = group.isEmpty() ? QStringList() : QStringList{group};
    m_managers.roster->add(jid, name, groups, [self = QPointer(this)](const IqResponse &response) {
        if (self && !response.ok())
            Q_EMIT self->errorOccurred(response.sentence);
    });
    if (request && m_managers.subscriptions)
        m_managers.subscriptions->request(jid);
}

void ContactActions::approve(const Jid &jid)
{
    if (m_managers.subscriptions && !m_managers.subscriptions->approve(jid))
        Q_EMIT errorOccurred(tr("%1 has not asked to see your presence, and the server cannot "
                                "approve in advance.")
                                 .arg(jid.bareString()));
}

void ContactActions::deny(const Jid &jid)
{
    if (m_managers.subscriptions)
        m_managers.subscriptions->deny(jid);
}

void ContactActions::addBack(const Jid &jid)
{
    approve(jid);
    if (m_managers.isValid() && !m_managers.roster->contains(jid))
        addContact(jid, QString(), QString(), true);
    else if (m_managers.subscriptions)
        m_managers.subscriptions->request(jid);
}

void ContactActions::showAddContactDialog()
{
    auto *dialog = new AddContactDialog(allGroups(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addContact(dialog->jid(), dialog->name(), dialog->group(), dialog->requestSubscription());
    });
    dialog->open();
}

void ContactActions::rename(const Jid &jid)
{
    const auto item = m_managers.roster->item(jid);
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Rename Contact"),
                                               tr("Name for %1:").arg(jid.bareString()),
                                               QLineEdit::Normal, item->name, &ok);
    if (ok)
        m_managers.roster->rename(jid, name.trimmed());
}

void ContactActions::editGroups(const Jid &jid)
{
    const auto item = m_managers.roster->item(jid);
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
    m_managers.roster->setGroups(jid, groups);
}

void ContactActions::remove(const Jid &jid)
{
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Remove Contact"),
        tr("Remove %1 from your contacts? You will no longer see each other's presence.")
            .arg(jid.bareString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_managers.roster->remove(jid);
}

void ContactActions::showInfo(const Jid &jid)
{
    if (!m_model)
        return;
    const QModelIndexList rows = m_model->contactIndexes(jid);
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

#include "ContactListView.h"

#include "ContactDelegate.h"
#include "models/RosterModel.h"

#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
RosterModel::Kind kindOf(const QModelIndex &index)
{
    return index.data(RosterModel::KindRole).value<RosterModel::Kind>();
}
} // namespace

ContactListView::ContactListView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(u"contactListView"_s);
    setHeaderHidden(true);
    setItemDelegate(new ContactDelegate(this));
    setUniformRowHeights(false);
    setAnimated(true);
    setIndentation(14);
    setExpandsOnDoubleClick(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QWidget::customContextMenuRequested, this, &ContactListView::showContextMenu);
    connect(this, &QAbstractItemView::activated, this, &ContactListView::onActivated);
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (kindOf(index) == RosterModel::Kind::Group)
            m_collapsedGroups.insert(index.data(RosterModel::NameRole).toString());
    });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (kindOf(index) == RosterModel::Kind::Group)
            m_collapsedGroups.remove(index.data(RosterModel::NameRole).toString());
    });
}

void ContactListView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QTreeView::setModel(model);
    if (!model)
        return;
    const auto expandAllGroups = [this] {
        if (this->model()->rowCount() > 0)
            expandGroups({}, 0, this->model()->rowCount() - 1);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, &ContactListView::expandGroups);
    connect(model, &QAbstractItemModel::modelReset, this, expandAllGroups);
    connect(model, &QAbstractItemModel::layoutChanged, this, expandAllGroups);
    expandAllGroups();
}

void ContactListView::expandGroups(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex group = model()->index(row, 0);
        if (!m_collapsedGroups.contains(group.data(RosterModel::NameRole).toString()))
            setExpanded(group, true);
    }
}

Jid ContactListView::contactJid(const QModelIndex &index)
{
    switch (kindOf(index)) {
    case RosterModel::Kind::Contact:
        return Jid::parse(index.data(RosterModel::JidRole).toString());
    case RosterModel::Kind::Resource:
        return Jid::parse(index.data(RosterModel::JidRole).toString()).bare();
    case RosterModel::Kind::Group:
        break;
    }
    return {};
}

void ContactListView::onActivated(const QModelIndex &index)
{
    if (kindOf(index) == RosterModel::Kind::Group) {
        setExpanded(index, !isExpanded(index));
        return;
    }
    const Jid jid = kindOf(index) == RosterModel::Kind::Resource
                        ? Jid::parse(index.data(RosterModel::JidRole).toString())
                        : contactJid(index);
    if (jid.isValid())
        Q_EMIT openChatRequested(jid, index.data(RosterModel::AccountRole).toString());
}

QList<QAction *> ContactListView::actionsFor(const QModelIndex &index, QObject *parent)
{
    QList<QAction *> actions;
    const Jid jid = contactJid(index);
    if (!jid.isValid())
        return actions;
    QModelIndex contact = index;
    if (kindOf(index) == RosterModel::Kind::Resource)
        contact = index.parent();
    const QString account = index.data(RosterModel::AccountRole).toString();
    const auto add = [&](const QString &text, Action action, const QString &name) {
        auto *qaction = new QAction(text, parent);
        qaction->setObjectName(name);
        qaction->setData(QVariant::fromValue(action));
        connect(qaction, &QAction::triggered, this,
                [this, action, jid, account] { Q_EMIT actionRequested(action, jid, account); });
        actions.append(qaction);
    };
    const auto separator = [&] {
        auto *qaction = new QAction(parent);
        qaction->setSeparator(true);
        actions.append(qaction);
    };

    add(tr("Contact &Info"), Action::ShowInfo, u"infoAction"_s);
    separator();
    add(tr("&Rename…"), Action::Rename, u"renameAction"_s);
    add(tr("Edit &Groups…"), Action::EditGroups, u"editGroupsAction"_s);
    separator();
    const QString subscription = contact.data(RosterModel::SubscriptionRole).toString();
    const bool weSee = subscription == u"to" || subscription == u"both";
    const bool theySee = subscription == u"from" || subscription == u"both";
    const bool asking = contact.data(RosterModel::OutgoingRequestRole).toBool();
    if (contact.data(RosterModel::IncomingRequestRole).toBool())
        add(tr("&Approve Their Request"), Action::ApproveSubscription, u"approveAction"_s);
    if (!weSee && !asking)
        add(tr("&Ask to See Their Presence"), Action::RequestSubscription, u"requestAction"_s);
    if (asking)
        add(tr("&Withdraw Our Request"), Action::Unsubscribe, u"unsubscribeAction"_s);
    else if (weSee)
        add(tr("Stop &Seeing Their Presence"), Action::Unsubscribe, u"unsubscribeAction"_s);
    if (theySee)
        add(tr("Stop Sharing &My Presence"), Action::CancelSubscription, u"cancelAction"_s);
    separator();
    if (contact.data(RosterModel::BlockedRole).toBool())
        add(tr("&Unblock"), Action::Unblock, u"unblockAction"_s);
    else
        add(tr("&Block"), Action::Block, u"blockAction"_s);
    add(tr("Re&move…"), Action::Remove, u"removeAction"_s);
    return actions;
}

void ContactListView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addActions(actionsFor(index, &menu));
    if (!menu.isEmpty())
        menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace Linnet

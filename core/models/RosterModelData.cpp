#include "disco/CapsManager.h"
#include "im/DisplayText.h"
#include "im/PresenceManager.h"
#include "models/RosterModel.h"
#include "models/RosterModelNodes.h"

// RosterModel's read side: the tree's indexes and what each row shows. Changes are in
// RosterModel.cpp.

using namespace Qt::StringLiterals;

namespace Linnet {

using RosterNodes::Node;

// --- the tree ------------------------------------------------------------------------------

QModelIndex RosterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    auto *node = static_cast<Node *>(parent.internalPointer());
    if (!node) {
        Group *group = m_groups[size_t(parent.row())].get();
        return row < int(group->entries.size()) ? createIndex(row, 0, group) : QModelIndex();
    }
    if (node->tag == Node::Tag::Group) {
        Entry *entry = static_cast<Group *>(node)->entries[size_t(parent.row())].get();
        return row < entry->resources.size() ? createIndex(row, 0, entry) : QModelIndex();
    }
    return {};
}

QModelIndex RosterModel::parent(const QModelIndex &child) const
{
    auto *node = child.isValid() ? static_cast<Node *>(child.internalPointer()) : nullptr;
    if (!node)
        return {};
    if (node->tag == Node::Tag::Group)
        return indexOf(static_cast<Group *>(node));
    return indexOf(static_cast<Entry *>(node));
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_groups.size());
    auto *node = static_cast<Node *>(parent.internalPointer());
    if (!node)
        return int(m_groups[size_t(parent.row())]->entries.size());
    if (node->tag == Node::Tag::Group)
        return int(static_cast<Group *>(node)->entries[size_t(parent.row())]->resources.size());
    return 0;
}

int RosterModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool RosterModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QModelIndex RosterModel::indexOf(const Group *group) const
{
    return createIndex(group->row, 0, nullptr);
}

QModelIndex RosterModel::indexOf(const Entry *entry) const
{
    return createIndex(entry->row, 0, entry->group);
}

QModelIndexList RosterModel::contactIndexes(const Jid &bare, const QString &accountId) const
{
    QModelIndexList indexes;
    const Jid key = bare.bare();
    for (const std::unique_ptr<Account> &account : m_accounts) {
        if (!accountId.isEmpty() && account->id != accountId)
            continue;
        if (const auto it = account->contacts.constFind(key); it != account->contacts.constEnd()) {
            for (const Entry *entry : std::as_const((*it)->entries))
                indexes.append(indexOf(entry));
        }
    }
    return indexes;
}

QModelIndex RosterModel::groupIndex(const QString &group) const
{
    const Group *found = m_groupByName.value(group);
    return found ? indexOf(found) : QModelIndex();
}

// --- data ----------------------------------------------------------------------------------

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {JidRole, "jid"},
                  {NameRole, "name"},
                  {StateRole, "state"},
                  {StatusTextRole, "statusText"},
                  {SubscriptionRole, "subscription"},
                  {OutgoingRequestRole, "outgoingRequest"},
                  {IncomingRequestRole, "incomingRequest"},
                  {BlockedRole, "blocked"},
                  {PresenceErrorRole, "presenceError"},
                  {ClientNameRole, "clientName"},
                  {PriorityRole, "priority"},
                  {GroupsRole, "groups"},
                  {OnlineCountRole, "onlineCount"},
                  {TotalCountRole, "totalCount"},
                  {DefaultGroupRole, "defaultGroup"},
                  {AccountRole, "account"},
                  {AccountLabelRole, "accountLabel"}});
    return names;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    auto *node = static_cast<Node *>(index.internalPointer());
    if (!node)
        return groupData(*m_groups[size_t(index.row())], role);
    if (node->tag == Node::Tag::Group)
        return contactData(*static_cast<Group *>(node)->entries[size_t(index.row())]->contact,
                           role);
    auto *entry = static_cast<Entry *>(node);
    return resourceData(*entry, entry->resources.at(index.row()), role);
}

QVariant RosterModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return group.name.isEmpty() ? defaultGroupName() : safeDisplayName(group.name);
    case KindRole:
        return QVariant::fromValue(Kind::Group);
    case OnlineCountRole:
        return group.online;
    case TotalCountRole:
        return int(group.entries.size());
    case DefaultGroupRole:
        return group.name.isEmpty();
    default:
        return {};
    }
}

QVariant RosterModel::contactData(const Contact &contact, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.displayName;
    case Qt::ToolTipRole:
    case JidRole:
        return contact.item.jid.bareString();
    case Qt::AccessibleTextRole:
        if (const QString label = accountLabel(*contact.account); !label.isEmpty())
            return tr("%1, via %2", "contact name, account").arg(contact.displayName, label);
        return contact.displayName;
    case KindRole:
        return QVariant::fromValue(Kind::Contact);
    case AccountRole:
        return contact.account->id;
    case AccountLabelRole:
        return accountLabel(*contact.account);
    case StateRole:
        return contact.state;
    case StatusTextRole:
        return contact.status;
    case SubscriptionRole:
        return RosterItem::subscriptionName(contact.item.subscription);
    case OutgoingRequestRole:
        return contact.item.askSubscribe;
    case IncomingRequestRole:
        return contact.incomingRequest;
    case BlockedRole:
        return contact.blocked;
    case PresenceErrorRole:
        if (const PresenceManager *presence = contact.account->presence) {
            if (const auto error = presence->presenceError(contact.item.jid))
                return error->humanSentence();
        }
        return QString();
    case GroupsRole:
        return contact.item.groups;
    case ClientNameRole: {
        const Account &account = *contact.account;
        if (account.caps && account.presence && contact.state != int(State::Offline))
            return account.caps->clientName(account.presence->aggregate(contact.item.jid).from);
        return QString();
    }
    default:
        return {};
    }
}

QVariant RosterModel::resourceData(const Entry &entry, const QString &resource, int role) const
{
    const Jid full = entry.contact->item.jid.withResource(resource);
    const Account &account = *entry.contact->account;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return resource;
    case KindRole:
        return QVariant::fromValue(Kind::Resource);
    case Qt::ToolTipRole:
    case JidRole:
        return full.full();
    case BlockedRole:
        return entry.contact->blocked;
    case AccountRole:
        return account.id;
    case ClientNameRole:
        return account.caps ? account.caps->clientName(full) : QString();
    default:
        break;
    }
    if (role != StateRole && role != StatusTextRole && role != PriorityRole)
        return {};
    const Presence presence =
        account.presence ? account.presence->presence(full) : Presence::unavailable();
    if (role == StateRole)
        return int(stateOf(int(presence.show), presence.isAvailable()));
    if (role == StatusTextRole)
        return presence.statusFor();
    return presence.priority;
}

} // namespace Linnet

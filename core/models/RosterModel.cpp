#include "models/RosterModel.h"

#include "disco/CapsManager.h"
#include "im/Blocking.h"
#include "im/DisplayText.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "models/RosterModelNodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

using RosterNodes::Node;

namespace {
// The roster name, or the localpart, or (for a domain) the whole address.
QString displayNameOf(const RosterItem &item)
{
    if (const QString name = safeDisplayName(item.name); !name.isEmpty())
        return name;
    return item.jid.local().isEmpty() ? item.jid.bareString() : item.jid.local();
}
} // namespace

RosterModel::RosterModel(Roster *roster, PresenceManager *presence, Subscriptions *subscriptions,
                         Blocking *blocking, CapsManager *caps, QObject *parent)
    : QAbstractItemModel(parent), m_roster(roster), m_presence(presence),
      m_subscriptions(subscriptions), m_blocking(blocking), m_caps(caps)
{
    connect(roster, &Roster::rosterReset, this, &RosterModel::reset);
    connect(roster, &Roster::itemAdded, this, &RosterModel::addContact);
    connect(roster, &Roster::itemChanged, this, &RosterModel::changeContact);
    connect(roster, &Roster::itemRemoved, this, &RosterModel::removeContact);
    if (presence) {
        connect(presence, &PresenceManager::contactPresenceChanged, this,
                &RosterModel::onPresenceChanged);
        connect(presence, &PresenceManager::allPresenceCleared, this,
                &RosterModel::onAllPresenceCleared);
    }
    if (subscriptions) {
        connect(subscriptions, &Subscriptions::pendingRequestsChanged, this,
                &RosterModel::onPendingRequestsChanged);
        for (const SubscriptionRequest &request : subscriptions->pendingRequests())
            m_incoming.insert(request.jid);
    }
    if (blocking)
        connect(blocking, &Blocking::changed, this, &RosterModel::onBlockingChanged);
    if (caps)
        connect(caps, &CapsManager::clientInfoChanged, this, &RosterModel::onClientInfoChanged);
    reset();
}

RosterModel::~RosterModel() = default;

QString RosterModel::defaultGroupName()
{
    return tr("Contacts");
}

RosterModel::State RosterModel::stateOf(int show, bool available)
{
    return available ? State(std::clamp(show, 0, int(State::Dnd))) : State::Offline;
}

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

RosterModel::Contact *RosterModel::contactAt(const QModelIndex &index) const
{
    auto *node = index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
    if (node && node->tag == Node::Tag::Group)
        return static_cast<Group *>(node)->entries[size_t(index.row())]->contact;
    return nullptr;
}

QModelIndexList RosterModel::contactIndexes(const Jid &bare) const
{
    QModelIndexList indexes;
    if (const auto it = m_contacts.constFind(bare.bare()); it != m_contacts.constEnd()) {
        for (const Entry *entry : std::as_const((*it)->entries))
            indexes.append(indexOf(entry));
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
                  {DefaultGroupRole, "defaultGroup"}});
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
    case KindRole:
        return QVariant::fromValue(Kind::Contact);
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
        if (m_presence) {
            if (const auto error = m_presence->presenceError(contact.item.jid))
                return error->humanSentence();
        }
        return QString();
    case GroupsRole:
        return contact.item.groups;
    case ClientNameRole:
        if (m_caps && m_presence && contact.state != int(State::Offline))
            return m_caps->clientName(m_presence->aggregate(contact.item.jid).from);
        return QString();
    default:
        return {};
    }
}

QVariant RosterModel::resourceData(const Entry &entry, const QString &resource, int role) const
{
    const Jid full = entry.contact->item.jid.withResource(resource);
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
    case ClientNameRole:
        return m_caps ? m_caps->clientName(full) : QString();
    default:
        break;
    }
    if (role != StateRole && role != StatusTextRole && role != PriorityRole)
        return {};
    const Presence presence = m_presence ? m_presence->presence(full) : Presence::unavailable();
    if (role == StateRole)
        return int(stateOf(int(presence.show), presence.isAvailable()));
    if (role == StatusTextRole)
        return presence.statusFor();
    return presence.priority;
}

// --- changes -------------------------------------------------------------------------------

void RosterModel::clearTree()
{
    m_groups.clear();
    m_groupByName.clear();
    m_contacts.clear();
}

void RosterModel::reset()
{
    beginResetModel();
    clearTree();
    const QList<RosterItem> items = m_roster->items();
    m_contacts.reserve(items.size());
    for (const RosterItem &item : items) {
        auto contact = std::make_shared<Contact>();
        contact->item = item;
        contact->displayName = displayNameOf(item);
        contact->blocked = m_blocking && m_blocking->isBlocked(item.jid);
        contact->incomingRequest = m_incoming.contains(item.jid);
        refreshPresence(*contact);
        const QStringList resources = resourcesOf(item.jid);
        m_contacts.insert(item.jid, contact);
        const QStringList groups = item.groups.isEmpty() ? QStringList{QString()} : item.groups;
        for (const QString &name : groups) {
            addEntry(*contact, groupFor(name, true), false);
            contact->entries.constLast()->resources = resources;
        }
    }
    endResetModel();
}

void RosterModel::refreshPresence(Contact &contact)
{
    const Presence aggregate =
        m_presence ? m_presence->aggregate(contact.item.jid) : Presence::unavailable();
    contact.state = int(stateOf(int(aggregate.show), aggregate.isAvailable()));
    contact.status = aggregate.statusFor();
}

QStringList RosterModel::resourcesOf(const Jid &bare) const
{
    return m_presence ? m_presence->resources(bare).keys() : QStringList();
}

RosterModel::Group *RosterModel::groupFor(const QString &name, bool create)
{
    if (Group *group = m_groupByName.value(name); group || !create)
        return group;
    auto group = std::make_unique<Group>();
    group->name = name;
    group->row = int(m_groups.size());
    Group *raw = group.get();
    m_groupByName.insert(name, raw);
    m_groups.push_back(std::move(group));
    return raw;
}

void RosterModel::addEntry(Contact &contact, Group *group, bool notify)
{
    auto entry = std::make_unique<Entry>();
    entry->group = group;
    entry->contact = &contact;
    entry->row = int(group->entries.size());
    if (notify)
        beginInsertRows(indexOf(group), entry->row, entry->row);
    contact.entries.append(entry.get());
    group->entries.push_back(std::move(entry));
    if (contact.state != int(State::Offline))
        ++group->online;
    if (notify) {
        endInsertRows();
        Q_EMIT dataChanged(indexOf(group), indexOf(group));
    }
}

void RosterModel::removeEntry(Entry *entry)
{
    Group *group = entry->group;
    Contact *contact = entry->contact;
    const int row = entry->row;
    beginRemoveRows(indexOf(group), row, row);
    contact->entries.removeOne(entry);
    if (contact->state != int(State::Offline))
        --group->online;
    group->entries.erase(group->entries.begin() + row);
    for (size_t i = size_t(row); i < group->entries.size(); ++i)
        group->entries[i]->row = int(i);
    endRemoveRows();
    if (!group->entries.empty()) {
        Q_EMIT dataChanged(indexOf(group), indexOf(group));
        return;
    }
    // An empty group goes away.
    const int groupRow = group->row;
    beginRemoveRows({}, groupRow, groupRow);
    m_groupByName.remove(group->name);
    m_groups.erase(m_groups.begin() + groupRow);
    for (size_t i = size_t(groupRow); i < m_groups.size(); ++i)
        m_groups[i]->row = int(i);
    endRemoveRows();
}

void RosterModel::addContact(const Jid &jid)
{
    const auto item = m_roster->item(jid);
    if (!item)
        return;
    if (m_contacts.contains(item->jid)) {
        changeContact(jid);
        return;
    }
    auto contact = std::make_shared<Contact>();
    contact->item = *item;
    contact->displayName = displayNameOf(*item);
    contact->blocked = m_blocking && m_blocking->isBlocked(item->jid);
    contact->incomingRequest = m_incoming.contains(item->jid);
    refreshPresence(*contact);
    m_contacts.insert(item->jid, contact);
    const QStringList groups = item->groups.isEmpty() ? QStringList{QString()} : item->groups;
    for (const QString &name : groups) {
        Group *group = groupFor(name, false);
        if (!group) {
            const int row = int(m_groups.size());
            beginInsertRows({}, row, row);
            group = groupFor(name, true);
            endInsertRows();
        }
        addEntry(*contact, group, true);
        syncResources(contact->entries.constLast(), resourcesOf(item->jid));
    }
}

void RosterModel::changeContact(const Jid &jid)
{
    const auto item = m_roster->item(jid);
    const auto it = m_contacts.find(jid.bare());
    if (!item || it == m_contacts.end()) {
        if (item)
            addContact(jid);
        return;
    }
    const std::shared_ptr<Contact> contact = *it;
    contact->item = *item;
    contact->displayName = displayNameOf(*item);

    // Move between groups: drop the entries of groups it left, add those it joined.
    const QStringList groups = item->groups.isEmpty() ? QStringList{QString()} : item->groups;
    const QList<Entry *> entries = contact->entries;
    for (Entry *entry : entries) {
        if (!groups.contains(entry->group->name))
            removeEntry(entry);
    }
    for (const QString &name : groups) {
        const bool present = std::any_of(contact->entries.cbegin(), contact->entries.cend(),
                                         [&](const Entry *e) { return e->group->name == name; });
        if (present)
            continue;
        Group *group = groupFor(name, false);
        if (!group) {
            const int row = int(m_groups.size());
            beginInsertRows({}, row, row);
            group = groupFor(name, true);
            endInsertRows();
        }
        addEntry(*contact, group, true);
        syncResources(contact->entries.constLast(), resourcesOf(item->jid));
    }
    contactChanged(*contact);
}

void RosterModel::removeContact(const Jid &jid)
{
    const auto it = m_contacts.find(jid.bare());
    if (it == m_contacts.end())
        return;
    const std::shared_ptr<Contact> contact = *it;
    const QList<Entry *> entries = contact->entries;
    for (Entry *entry : entries)
        removeEntry(entry);
    m_contacts.remove(jid.bare());
}

void RosterModel::contactChanged(const Contact &contact)
{
    for (const Entry *entry : contact.entries) {
        const QModelIndex index = indexOf(entry);
        Q_EMIT dataChanged(index, index);
    }
}

void RosterModel::syncResources(Entry *entry, const QStringList &resources)
{
    // Both lists are sorted: walk them together, removing and inserting single rows.
    const QModelIndex parent = indexOf(entry);
    int i = 0;
    for (const QString &name : resources) {
        while (i < entry->resources.size() && entry->resources.at(i) < name) {
            beginRemoveRows(parent, i, i);
            entry->resources.removeAt(i);
            endRemoveRows();
        }
        if (i < entry->resources.size() && entry->resources.at(i) == name) {
            const QModelIndex changed = index(i, 0, parent);
            Q_EMIT dataChanged(changed, changed);
        } else {
            beginInsertRows(parent, i, i);
            entry->resources.insert(i, name);
            endInsertRows();
        }
        ++i;
    }
    if (i < entry->resources.size()) {
        beginRemoveRows(parent, i, int(entry->resources.size()) - 1);
        entry->resources.erase(entry->resources.begin() + i, entry->resources.end());
        endRemoveRows();
    }
}

void RosterModel::setOnline(Contact &contact, bool wasOnline)
{
    const bool online = contact.state != int(State::Offline);
    for (Entry *entry : std::as_const(contact.entries)) {
        if (online != wasOnline) {
            entry->group->online += online ? 1 : -1;
            const QModelIndex group = indexOf(entry->group);
            Q_EMIT dataChanged(group, group, {OnlineCountRole});
        }
    }
}

void RosterModel::onPresenceChanged(const Jid &bare)
{
    const auto it = m_contacts.constFind(bare.bare());
    if (it == m_contacts.constEnd())
        return;
    Contact &contact = **it;
    const bool wasOnline = contact.state != int(State::Offline);
    refreshPresence(contact);
    const QStringList resources = resourcesOf(contact.item.jid);
    for (Entry *entry : std::as_const(contact.entries))
        syncResources(entry, resources);
    setOnline(contact, wasOnline);
    contactChanged(contact);
}

void RosterModel::onAllPresenceCleared()
{
    for (const std::shared_ptr<Contact> &contact : std::as_const(m_contacts)) {
        const bool hasResources =
            std::any_of(contact->entries.cbegin(), contact->entries.cend(),
                        [](const Entry *e) { return !e->resources.isEmpty(); });
        if (contact->state == int(State::Offline) && !hasResources)
            continue;
        onPresenceChanged(contact->item.jid);
    }
}

void RosterModel::onBlockingChanged()
{
    for (const std::shared_ptr<Contact> &contact : std::as_const(m_contacts)) {
        const bool blocked = m_blocking && m_blocking->isBlocked(contact->item.jid);
        if (blocked == contact->blocked)
            continue;
        contact->blocked = blocked;
        contactChanged(*contact);
    }
}

void RosterModel::onPendingRequestsChanged()
{
    QSet<Jid> now;
    if (m_subscriptions) {
        for (const SubscriptionRequest &request : m_subscriptions->pendingRequests())
            now.insert(request.jid);
    }
    const QSet<Jid> before = std::exchange(m_incoming, now);
    for (const QSet<Jid> &changed : {before - now, now - before}) {
        for (const Jid &jid : changed) {
            const auto it = m_contacts.constFind(jid);
            if (it == m_contacts.constEnd())
                continue;
            (*it)->incomingRequest = m_incoming.contains(jid);
            contactChanged(**it);
        }
    }
}

void RosterModel::onClientInfoChanged(const Jid &fullJid)
{
    const auto it = m_contacts.constFind(fullJid.bare());
    if (it == m_contacts.constEnd())
        return;
    contactChanged(**it);
    for (const Entry *entry : std::as_const((*it)->entries)) {
        const int row = int(entry->resources.indexOf(fullJid.resource()));
        if (row >= 0) {
            const QModelIndex index = this->index(row, 0, indexOf(entry));
            Q_EMIT dataChanged(index, index, {ClientNameRole});
        }
    }
}

} // namespace Linnet

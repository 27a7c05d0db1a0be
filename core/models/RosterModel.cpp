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

using RosterNodes::eraseRuns;
using RosterNodes::Node;

namespace {
// The roster name, or the localpart, or (for a domain) the whole address.
QString displayNameOf(const RosterItem &item)
{
    if (const QString name = safeDisplayName(item.name); !name.isEmpty())
        return name;
    return item.jid.local().isEmpty() ? item.jid.bareString() : item.jid.local();
}

QStringList groupsOf(const RosterItem &item)
{
    return item.groups.isEmpty() ? QStringList{QString()} : item.groups;
}

bool isOnline(const RosterNodes::Contact &contact)
{
    return contact.state != int(RosterModel::State::Offline);
}

// Puts entry at the end of group (the caller announces the row).
RosterNodes::Entry *appendEntry(RosterNodes::Group &group,
                                std::unique_ptr<RosterNodes::Entry> entry)
{
    RosterNodes::Entry *raw = entry.get();
    raw->group = &group;
    raw->row = int(group.entries.size());
    raw->contact->entries.append(raw);
    if (isOnline(*raw->contact))
        ++group.online;
    group.entries.push_back(std::move(entry));
    return raw;
}

} // namespace

RosterModel::RosterModel(QObject *parent) : QAbstractItemModel(parent) {}

RosterModel::RosterModel(Roster *roster, PresenceManager *presence, Subscriptions *subscriptions,
                         Blocking *blocking, CapsManager *caps, QObject *parent)
    : QAbstractItemModel(parent)
{
    addAccount(QString(), {roster, presence, subscriptions, blocking, caps});
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

// --- accounts ------------------------------------------------------------------------------

RosterModel::Account *RosterModel::accountById(const QString &id) const
{
    for (const std::unique_ptr<Account> &account : m_accounts) {
        if (account->id == id)
            return account.get();
    }
    return nullptr;
}

QStringList RosterModel::accounts() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_accounts.size()));
    for (const std::unique_ptr<Account> &account : m_accounts)
        ids.append(account->id);
    return ids;
}

int RosterModel::contactCount() const
{
    qsizetype count = 0;
    for (const std::unique_ptr<Account> &account : m_accounts)
        count += account->contacts.size();
    return int(count);
}

QString RosterModel::accountLabel(const Account &account) const
{
    return m_accounts.size() > 1 ? account.id : QString();
}

void RosterModel::addAccount(const QString &accountId, const ContactManagers &managers)
{
    if (!managers.roster) {
        qWarning("RosterModel: account %s has no roster", qUtf8Printable(accountId));
        return;
    }
    const bool wasLabelled = m_accounts.size() > 1;
    Account *account = accountById(accountId);
    if (!account) {
        m_accounts.push_back(std::make_unique<Account>());
        account = m_accounts.back().get();
        account->id = accountId;
    }
    account->roster = managers.roster;
    account->presence = managers.presence;
    account->subscriptions = managers.subscriptions;
    account->blocking = managers.blocking;
    account->caps = managers.caps;
    account->incoming.clear();
    if (managers.subscriptions) {
        for (const SubscriptionRequest &request : managers.subscriptions->pendingRequests())
            account->incoming.insert(request.jid);
    }
    connectAccount(*account);
    resetAccount(*account);
    if (wasLabelled != (m_accounts.size() > 1))
        accountLabelsChanged();
}

void RosterModel::removeAccount(const QString &accountId)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&](const auto &account) { return account->id == accountId; });
    if (it == m_accounts.end())
        return;
    (*it)->connections.reset();
    removeAccountRows(**it);
    m_accounts.erase(it);
    if (m_accounts.size() == 1)
        accountLabelsChanged();
}

void RosterModel::connectAccount(Account &account)
{
    account.connections = std::make_unique<QObject>();
    QObject *context = account.connections.get();
    Account *a = &account;
    connect(account.roster, &Roster::rosterReset, context, [this, a] { resetAccount(*a); });
    connect(account.roster, &Roster::itemAdded, context,
            [this, a](const Jid &jid) { addContact(*a, jid); });
    connect(account.roster, &Roster::itemChanged, context,
            [this, a](const Jid &jid) { changeContact(*a, jid); });
    connect(account.roster, &Roster::itemRemoved, context,
            [this, a](const Jid &jid) { removeContact(*a, jid); });
    if (account.presence) {
        connect(account.presence, &PresenceManager::contactPresenceChanged, context,
                [this, a](const Jid &bare) { onPresenceChanged(*a, bare); });
        connect(account.presence, &PresenceManager::allPresenceCleared, context,
                [this, a] { onAllPresenceCleared(*a); });
    }
    if (account.subscriptions) {
        connect(account.subscriptions, &Subscriptions::pendingRequestsChanged, context,
                [this, a] { onPendingRequestsChanged(*a); });
    }
    if (account.blocking)
        connect(account.blocking, &Blocking::changed, context,
                [this, a] { onBlockingChanged(*a); });
    if (account.caps) {
        connect(account.caps, &CapsManager::clientInfoChanged, context,
                [this, a](const Jid &fullJid) { onClientInfoChanged(*a, fullJid); });
    }
}

// The account's contacts as its roster has them now: a model reset when it is the only
// account, else its rows out and in again, leaving the other accounts' rows alone.
void RosterModel::resetAccount(Account &account)
{
    if (m_accounts.size() == 1) {
        beginResetModel();
        m_groups.clear();
        m_groupByName.clear();
        account.contacts.clear();
        insertAccountRows(account, false);
        endResetModel();
        return;
    }
    removeAccountRows(account);
    insertAccountRows(account, true);
}

void RosterModel::insertAccountRows(Account &account, bool notify)
{
    const QList<RosterItem> items = account.roster ? account.roster->items() : QList<RosterItem>();
    account.contacts.reserve(items.size());
    // Each group shown already takes the account's rows in one insertion; the groups not shown
    // yet come in one insertion, with their rows, after the last group.
    std::vector<std::pair<Group *, std::vector<std::unique_ptr<Entry>>>> forShown;
    QHash<const Group *, size_t> forShownIndex;
    std::vector<std::unique_ptr<Group>> fresh;
    QHash<QString, Group *> freshByName;
    for (const RosterItem &item : items) {
        const std::shared_ptr<Contact> contact = makeContact(account, item);
        account.contacts.insert(item.jid, contact);
        const QStringList resources = resourcesOf(*contact);
        for (const QString &name : groupsOf(item)) {
            auto entry = std::make_unique<Entry>();
            entry->contact = contact.get();
            entry->resources = resources;
            if (Group *shown = m_groupByName.value(name)) {
                auto slot = forShownIndex.constFind(shown);
                if (slot == forShownIndex.constEnd()) {
                    slot = forShownIndex.insert(shown, forShown.size());
                    forShown.emplace_back(shown, std::vector<std::unique_ptr<Entry>>());
                }
                forShown[*slot].second.push_back(std::move(entry));
                continue;
            }
            Group *&group = freshByName[name];
            if (!group) {
                fresh.push_back(std::make_unique<Group>());
                group = fresh.back().get();
                group->name = name;
            }
            appendEntry(*group, std::move(entry));
        }
    }
    for (auto &[group, entries] : forShown) {
        const int first = int(group->entries.size());
        if (notify)
            beginInsertRows(indexOf(group), first, first + int(entries.size()) - 1);
        for (std::unique_ptr<Entry> &entry : entries)
            appendEntry(*group, std::move(entry));
        if (notify) {
            endInsertRows();
            Q_EMIT dataChanged(indexOf(group), indexOf(group));
        }
    }
    if (fresh.empty())
        return;
    const int first = int(m_groups.size());
    if (notify)
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (std::unique_ptr<Group> &group : fresh) {
        group->row = int(m_groups.size());
        m_groupByName.insert(group->name, group.get());
        m_groups.push_back(std::move(group));
    }
    if (notify)
        endInsertRows();
}

// Removes the account's rows, one removal per run of its rows in a group, then the groups
// left empty.
void RosterModel::removeAccountRows(Account &account)
{
    for (const std::unique_ptr<Group> &group : m_groups) {
        const QModelIndex parent = indexOf(group.get());
        const bool removed = eraseRuns(
            group->entries, [&](const Entry &entry) { return entry.contact->account == &account; },
            [&](int first, int last) {
                beginRemoveRows(parent, first, last);
                for (int row = first; row <= last; ++row) {
                    Entry *entry = group->entries[size_t(row)].get();
                    entry->contact->entries.removeOne(entry);
                    if (isOnline(*entry->contact))
                        --group->online;
                }
            },
            [this] { endRemoveRows(); });
        if (removed && !group->entries.empty())
            Q_EMIT dataChanged(parent, parent);
    }
    account.contacts.clear();
    eraseRuns(
        m_groups, [](const Group &group) { return group.entries.empty(); },
        [this](int first, int last) {
            beginRemoveRows({}, first, last);
            for (int row = first; row <= last; ++row)
                m_groupByName.remove(m_groups[size_t(row)]->name);
        },
        [this] { endRemoveRows(); });
}

// AccountLabelRole is shown only while there are several accounts.
void RosterModel::accountLabelsChanged()
{
    for (const std::unique_ptr<Group> &group : m_groups) {
        if (group->entries.empty())
            continue;
        const QModelIndex parent = indexOf(group.get());
        Q_EMIT dataChanged(index(0, 0, parent), index(int(group->entries.size()) - 1, 0, parent),
                           {AccountLabelRole, Qt::AccessibleTextRole});
    }
}

// --- changes -------------------------------------------------------------------------------

std::shared_ptr<RosterModel::Contact> RosterModel::makeContact(Account &account,
                                                               const RosterItem &item) const
{
    auto contact = std::make_shared<Contact>();
    contact->account = &account;
    contact->item = item;
    contact->displayName = displayNameOf(item);
    contact->blocked = account.blocking && account.blocking->isBlocked(item.jid);
    contact->incomingRequest = account.incoming.contains(item.jid);
    refreshPresence(*contact);
    return contact;
}

void RosterModel::refreshPresence(Contact &contact) const
{
    const PresenceManager *presence = contact.account->presence;
    const Presence aggregate =
        presence ? presence->aggregate(contact.item.jid) : Presence::unavailable();
    contact.state = int(stateOf(int(aggregate.show), aggregate.isAvailable()));
    contact.status = aggregate.statusFor();
}

QStringList RosterModel::resourcesOf(const Contact &contact) const
{
    const PresenceManager *presence = contact.account->presence;
    return presence ? presence->resources(contact.item.jid).keys() : QStringList();
}

RosterModel::Group *RosterModel::shownGroup(const QString &name)
{
    if (Group *group = m_groupByName.value(name))
        return group;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    auto group = std::make_unique<Group>();
    group->name = name;
    group->row = row;
    Group *raw = group.get();
    m_groupByName.insert(name, raw);
    m_groups.push_back(std::move(group));
    endInsertRows();
    return raw;
}

void RosterModel::addEntry(Contact &contact, Group *group)
{
    const int row = int(group->entries.size());
    beginInsertRows(indexOf(group), row, row);
    auto entry = std::make_unique<Entry>();
    entry->contact = &contact;
    appendEntry(*group, std::move(entry));
    endInsertRows();
    Q_EMIT dataChanged(indexOf(group), indexOf(group));
}

void RosterModel::removeEntry(Entry *entry)
{
    Group *group = entry->group;
    Contact *contact = entry->contact;
    const int row = entry->row;
    beginRemoveRows(indexOf(group), row, row);
    contact->entries.removeOne(entry);
    if (isOnline(*contact))
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

void RosterModel::addContact(Account &account, const Jid &jid)
{
    const auto item = account.roster ? account.roster->item(jid) : std::nullopt;
    if (!item)
        return;
    if (account.contacts.contains(item->jid)) {
        changeContact(account, jid);
        return;
    }
    const std::shared_ptr<Contact> contact = makeContact(account, *item);
    account.contacts.insert(item->jid, contact);
    const QStringList resources = resourcesOf(*contact);
    for (const QString &name : groupsOf(*item)) {
        addEntry(*contact, shownGroup(name));
        syncResources(contact->entries.constLast(), resources);
    }
}

void RosterModel::changeContact(Account &account, const Jid &jid)
{
    const auto item = account.roster ? account.roster->item(jid) : std::nullopt;
    const auto it = account.contacts.find(jid.bare());
    if (!item || it == account.contacts.end()) {
        if (item)
            addContact(account, jid);
        return;
    }
    const std::shared_ptr<Contact> contact = *it;
    contact->item = *item;
    contact->displayName = displayNameOf(*item);

    // Move between groups: drop the entries of groups it left, add those it joined.
    const QStringList groups = groupsOf(*item);
    const QList<Entry *> entries = contact->entries;
    for (Entry *entry : entries) {
        if (!groups.contains(entry->group->name))
            removeEntry(entry);
    }
    const QStringList resources = resourcesOf(*contact);
    for (const QString &name : groups) {
        const bool present = std::any_of(contact->entries.cbegin(), contact->entries.cend(),
                                         [&](const Entry *e) { return e->group->name == name; });
        if (present)
            continue;
        addEntry(*contact, shownGroup(name));
        syncResources(contact->entries.constLast(), resources);
    }
    contactChanged(*contact);
}

void RosterModel::removeContact(Account &account, const Jid &jid)
{
    const auto it = account.contacts.find(jid.bare());
    if (it == account.contacts.end())
        return;
    const std::shared_ptr<Contact> contact = *it;
    const QList<Entry *> entries = contact->entries;
    for (Entry *entry : entries)
        removeEntry(entry);
    account.contacts.remove(jid.bare());
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
    const bool online = isOnline(contact);
    if (online == wasOnline)
        return;
    for (Entry *entry : std::as_const(contact.entries)) {
        entry->group->online += online ? 1 : -1;
        const QModelIndex group = indexOf(entry->group);
        Q_EMIT dataChanged(group, group, {OnlineCountRole});
    }
}

void RosterModel::onPresenceChanged(Account &account, const Jid &bare)
{
    const auto it = account.contacts.constFind(bare.bare());
    if (it == account.contacts.constEnd())
        return;
    Contact &contact = **it;
    const bool wasOnline = isOnline(contact);
    refreshPresence(contact);
    const QStringList resources = resourcesOf(contact);
    for (Entry *entry : std::as_const(contact.entries))
        syncResources(entry, resources);
    setOnline(contact, wasOnline);
    contactChanged(contact);
}

void RosterModel::onAllPresenceCleared(Account &account)
{
    for (const std::shared_ptr<Contact> &contact : std::as_const(account.contacts)) {
        const bool hasResources =
            std::any_of(contact->entries.cbegin(), contact->entries.cend(),
                        [](const Entry *e) { return !e->resources.isEmpty(); });
        if (!isOnline(*contact) && !hasResources)
            continue;
        onPresenceChanged(account, contact->item.jid);
    }
}

void RosterModel::onBlockingChanged(Account &account)
{
    for (const std::shared_ptr<Contact> &contact : std::as_const(account.contacts)) {
        const bool blocked = account.blocking && account.blocking->isBlocked(contact->item.jid);
        if (blocked == contact->blocked)
            continue;
        contact->blocked = blocked;
        contactChanged(*contact);
    }
}

void RosterModel::onPendingRequestsChanged(Account &account)
{
    QSet<Jid> now;
    if (account.subscriptions) {
        for (const SubscriptionRequest &request : account.subscriptions->pendingRequests())
            now.insert(request.jid);
    }
    const QSet<Jid> before = std::exchange(account.incoming, now);
    for (const QSet<Jid> &changed : {before - now, now - before}) {
        for (const Jid &jid : changed) {
            const auto it = account.contacts.constFind(jid);
            if (it == account.contacts.constEnd())
                continue;
            (*it)->incomingRequest = account.incoming.contains(jid);
            contactChanged(**it);
        }
    }
}

void RosterModel::onClientInfoChanged(Account &account, const Jid &fullJid)
{
    const auto it = account.contacts.constFind(fullJid.bare());
    if (it == account.contacts.constEnd())
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

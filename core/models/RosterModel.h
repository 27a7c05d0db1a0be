#pragma once

#include "im/Jid.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>
#include <vector>

namespace Linnet {

class Blocking;
class CapsManager;
class PresenceManager;
class Roster;
class Subscriptions;

namespace RosterNodes {
struct Contact;
struct Entry;
struct Group;
struct Node;
} // namespace RosterNodes

// The contact list as a tree: groups -> contacts -> the contacts' available resources.
// Contacts without a group are under the default group ("Contacts"); a contact in several
// groups appears under each. Rows are in arrival order: RosterSortFilterProxy sorts and
// filters.
//
// Changes are incremental: a presence change touches the contact's rows (dataChanged, and
// resource rows inserted or removed), a roster push inserts, moves or removes single rows;
// only Roster::rosterReset resets the model. Lookups are by hash, so a change costs the same
// with ten contacts or ten thousand.
class RosterModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Group, Contact, Resource };
    Q_ENUM(Kind)
    // Presence::Show in the same order, then Offline: lower is more available.
    enum class State { Chat, Online, Away, Xa, Dnd, Offline };
    Q_ENUM(State)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        JidRole,                     // QString: bare JID of a contact, full JID of a resource
        NameRole,                    // group name, contact name (or the JID's localpart), resource
        StateRole,                   // State (int) of a contact (aggregate) or resource
        StatusTextRole,              // QString
        SubscriptionRole,            // QString: none, to, from, both
        OutgoingRequestRole,         // bool: our subscription request is pending (ask='subscribe')
        IncomingRequestRole,         // bool: the contact asked to see our presence
        BlockedRole,                 // bool
        PresenceErrorRole,           // QString: the last presence error, in words, or empty
        ClientNameRole,              // QString from entity capabilities
        PriorityRole,                // int, resources
        GroupsRole,                  // QStringList of a contact
        OnlineCountRole,             // int, groups: contacts available
        TotalCountRole,              // int, groups: contacts in the group
        DefaultGroupRole,            // bool, groups: the group of contacts without a group
    };
    Q_ENUM(Role)

    // roster must outlive the model; the other managers may be null or go away earlier.
    explicit RosterModel(Roster *roster, PresenceManager *presence = nullptr,
                         Subscriptions *subscriptions = nullptr, Blocking *blocking = nullptr,
                         CapsManager *caps = nullptr, QObject *parent = nullptr);
    ~RosterModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows of a contact (one per group), or of a group by name (empty: default group).
    QModelIndexList contactIndexes(const Jid &bare) const;
    QModelIndex groupIndex(const QString &group) const;
    int contactCount() const { return int(m_contacts.size()); }

    static QString defaultGroupName();
    static State stateOf(int show, bool available);

private:
    using Contact = RosterNodes::Contact;
    using Entry = RosterNodes::Entry;
    using Group = RosterNodes::Group;

    void reset();
    void addContact(const Jid &jid);
    void changeContact(const Jid &jid);
    void removeContact(const Jid &jid);
    void onPresenceChanged(const Jid &bare);
    void onAllPresenceCleared();
    void onBlockingChanged();
    void onPendingRequestsChanged();
    void onClientInfoChanged(const Jid &fullJid);

    void clearTree();
    void refreshPresence(Contact &contact);
    QStringList resourcesOf(const Jid &bare) const;
    Group *groupFor(const QString &name, bool create);
    void addEntry(Contact &contact, Group *group, bool notify);
    void removeEntry(Entry *entry);
    void syncResources(Entry *entry, const QStringList &resources);
    void setOnline(Contact &contact, bool wasOnline);
    void contactChanged(const Contact &contact);
    QModelIndex indexOf(const Entry *entry) const;
    QModelIndex indexOf(const Group *group) const;
    Contact *contactAt(const QModelIndex &index) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant contactData(const Contact &contact, int role) const;
    QVariant resourceData(const Entry &entry, const QString &resource, int role) const;

    Roster *m_roster;
    QPointer<PresenceManager> m_presence;
    QPointer<Subscriptions> m_subscriptions;
    QPointer<Blocking> m_blocking;
    QPointer<CapsManager> m_caps;
    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_groupByName;
    QHash<Jid, std::shared_ptr<Contact>> m_contacts;
    QSet<Jid> m_incoming; // pending inbound requests
};

} // namespace Linnet

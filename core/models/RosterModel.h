#pragma once

#include "im/Jid.h"
#include "models/ContactManagers.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace Linnet {

struct RosterItem;

namespace RosterNodes {
struct Account;
struct Contact;
struct Entry;
struct Group;
struct Node;
} // namespace RosterNodes

// The contact list of one or several accounts as a tree: groups -> contacts -> the contacts'
// available resources. Groups are merged by name over the accounts; contacts without a group
// are under the default group ("Contacts"); a contact in several groups appears under each.
// The same bare JID in two accounts is two contacts, each with the presence, subscription and
// blocked state of its own account. Rows are in arrival order: RosterSortFilterProxy sorts
// and filters.
//
// Changes are incremental: a presence change touches the contact's rows (dataChanged, and
// resource rows inserted or removed), a roster push inserts, moves or removes single rows,
// adding or removing an account inserts or removes its rows. Only Roster::rosterReset of the
// only account resets the model; with other accounts shown, that account's rows are removed
// and inserted again. Lookups are by hash (account, then bare JID), so a change costs the
// same with ten contacts or ten thousand.
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
        AccountRole,                 // QString: the account id of a contact or resource row
        AccountLabelRole, // QString, contacts: the account id while several accounts are shown
    };
    Q_ENUM(Role)

    // Empty: no account yet.
    explicit RosterModel(QObject *parent = nullptr);
    // One account with an empty id. The managers may be null (but roster) or go away earlier.
    explicit RosterModel(Roster *roster, PresenceManager *presence = nullptr,
                         Subscriptions *subscriptions = nullptr, Blocking *blocking = nullptr,
                         CapsManager *caps = nullptr, QObject *parent = nullptr);
    ~RosterModel() override;

    // Adds an account's contacts, or replaces an account already added under that id.
    // managers.roster is required; the other managers may be null. None is owned, and any may
    // go away before the model.
    void addAccount(const QString &accountId, const ContactManagers &managers);
    // Removes the account's rows, and the groups it leaves empty.
    void removeAccount(const QString &accountId);
    QStringList accounts() const; // in the order added

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows of a contact (one per group) in one account, or in every account for an empty
    // accountId; the row of a group by name (empty: default group).
    QModelIndexList contactIndexes(const Jid &bare, const QString &accountId = QString()) const;
    QModelIndex groupIndex(const QString &group) const;
    int contactCount() const; // over every account: a JID in two accounts counts twice

    static QString defaultGroupName();
    static State stateOf(int show, bool available);

private:
    using Account = RosterNodes::Account;
    using Contact = RosterNodes::Contact;
    using Entry = RosterNodes::Entry;
    using Group = RosterNodes::Group;

    Account *accountById(const QString &id) const;
    void connectAccount(Account &account);
    void resetAccount(Account &account);
    void insertAccountRows(Account &account, bool notify);
    void removeAccountRows(Account &account);
    void accountLabelsChanged();

    void addContact(Account &account, const Jid &jid);
    void changeContact(Account &account, const Jid &jid);
    void removeContact(Account &account, const Jid &jid);
    void onPresenceChanged(Account &account, const Jid &bare);
    void onAllPresenceCleared(Account &account);
    void onBlockingChanged(Account &account);
    void onPendingRequestsChanged(Account &account);
    void onClientInfoChanged(Account &account, const Jid &fullJid);

    std::shared_ptr<Contact> makeContact(Account &account, const RosterItem &item) const;
    void refreshPresence(Contact &contact) const;
    QStringList resourcesOf(const Contact &contact) const;
    Group *shownGroup(const QString &name);
    void addEntry(Contact &contact, Group *group);
    void removeEntry(Entry *entry);
    void syncResources(Entry *entry, const QStringList &resources);
    void setOnline(Contact &contact, bool wasOnline);
    void contactChanged(const Contact &contact);
    QModelIndex indexOf(const Entry *entry) const;
    QModelIndex indexOf(const Group *group) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant contactData(const Contact &contact, int role) const;
    QVariant resourceData(const Entry &entry, const QString &resource, int role) const;
    QString accountLabel(const Account &account) const;

    std::vector<std::unique_ptr<Account>> m_accounts; // in the order added
    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_groupByName;
};

} // namespace Linnet

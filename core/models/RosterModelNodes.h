#pragma once

#include "im/Jid.h"
#include "im/RosterItem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace Linnet {
class Blocking;
class CapsManager;
class PresenceManager;
class Roster;
class Subscriptions;
} // namespace Linnet

// Internal tree of RosterModel; not part of its interface.
namespace Linnet::RosterNodes {

// A QModelIndex's internalPointer is its parent node: null for group rows, a Group for
// contact rows, an Entry for resource rows.
struct Node
{
    enum class Tag { Group, Entry };
    explicit Node(Tag t) : tag(t) {}
    Tag tag;
};

struct Account;
struct Contact;

// One contact as a row of one group (a contact in three groups has three entries).
struct Entry : Node
{
    Entry() : Node(Tag::Entry) {}
    struct Group *group = nullptr;
    Contact *contact = nullptr;
    int row = 0;
    QStringList resources; // the resource rows under this entry, sorted
};

// A group by name, holding the contacts of every account in it.
struct Group : Node
{
    Group() : Node(Tag::Group) {}
    QString name; // empty for the default group
    int row = 0;
    int online = 0;
    std::vector<std::unique_ptr<Entry>> entries;
};

// What the model knows of one bare JID of one account (shared by its entries).
struct Contact
{
    Account *account = nullptr;
    RosterItem item;
    QString displayName;
    int state = 0; // RosterModel::State
    QString status;
    bool blocked = false;
    bool incomingRequest = false;
    QList<Entry *> entries;
};

// One account's managers and contacts. Deleting `connections` disconnects every signal of
// the account's managers from the model.
struct Account
{
    QString id;
    QPointer<Roster> roster;
    QPointer<PresenceManager> presence;
    QPointer<Subscriptions> subscriptions;
    QPointer<Blocking> blocking;
    QPointer<CapsManager> caps;
    QHash<Jid, std::shared_ptr<Contact>> contacts; // by bare JID
    QSet<Jid> incoming;                            // pending inbound requests
    std::unique_ptr<QObject> connections;
};

// Erases the rows that match, a run of neighbours at a time from the last run up (so the runs
// still to come keep their rows): before(first, last) comes ahead of each erase, after() once
// the rows behind the run are renumbered. Returns whether anything was erased.
template <typename Row, typename Matches, typename Before, typename After>
bool eraseRuns(std::vector<std::unique_ptr<Row>> &rows, Matches matches, Before before, After after)
{
    bool erased = false;
    for (int end = int(rows.size()); end > 0;) {
        int last = end - 1;
        while (last >= 0 && !matches(*rows[size_t(last)]))
            --last;
        if (last < 0)
            break;
        int first = last;
        while (first > 0 && matches(*rows[size_t(first - 1)]))
            --first;
        before(first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        for (size_t i = size_t(first); i < rows.size(); ++i)
            rows[i]->row = int(i);
        after();
        erased = true;
        end = first;
    }
    return erased;
}

} // namespace Linnet::RosterNodes

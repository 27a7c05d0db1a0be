#pragma once

#include "im/Jid.h"
#include "im/RosterItem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

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

struct Group : Node
{
    Group() : Node(Tag::Group) {}
    QString name; // empty for the default group
    int row = 0;
    int online = 0;
    std::vector<std::unique_ptr<Entry>> entries;
};

// What the model knows of one bare JID (shared by its entries).
struct Contact
{
    RosterItem item;
    QString displayName;
    int state = 0; // RosterModel::State
    QString status;
    bool blocked = false;
    bool incomingRequest = false;
    QList<Entry *> entries;
};

} // namespace Linnet::RosterNodes

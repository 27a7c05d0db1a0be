#pragma once

#include <QDialog>

class QModelIndex;
class QTreeWidget;

namespace Linnet {

// What we know of a contact, read from its RosterModel row: address, the account it is in,
// name, groups, subscription, and each online resource with its state, status, priority and
// client.
class ContactInfoDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContactInfoDialog(const QModelIndex &contact, QWidget *parent = nullptr);

    QTreeWidget *resourceList() const { return m_resources; }

private:
    QTreeWidget *m_resources;
};

} // namespace Linnet

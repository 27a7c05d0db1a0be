#pragma once

#include <QStyledItemDelegate>

namespace Linnet {

// Paints RosterModel rows: a group header with "online/total"; a contact with its presence
// icon, name, and status text under the name; a resource with its icon, priority and client.
class ContactDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The texts a row shows, for tests and accessibility: group "Friends (1/3)", contact
    // "Name\nStatus", resource "phone (5) — Client".
    static QString groupText(const QModelIndex &index);
    static QString resourceText(const QModelIndex &index);

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintContact(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    void paintResource(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const;
};

} // namespace Linnet

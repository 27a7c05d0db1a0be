#pragma once

#include <QStyledItemDelegate>

namespace Linnet {

// Paints a MessageSearchPanel result: the header line (conversation, sender, time) and under
// it the snippet as rich text with the matches highlighted.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Linnet

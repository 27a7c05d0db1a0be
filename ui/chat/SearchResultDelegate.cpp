#include "SearchResultDelegate.h"

#include "MessageSearchPanel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <cmath>

namespace Linnet {

namespace {
constexpr int Margin = 4;

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(index.data(MessageSearchPanel::SnippetRole).toString());
    document.setTextWidth(std::max(40, option.rect.width() - 2 * Margin));
}
} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem sized = option;
    if (sized.rect.width() <= 0 && option.widget)
        sized.rect.setWidth(option.widget->width());
    QTextDocument document;
    prepare(document, sized, index);
    const int height = option.fontMetrics.height() + int(std::ceil(document.size().height()));
    return {100, height + 3 * Margin};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = option.fontMetrics.height();
    painter->save();
    painter->setPen(option.palette.color(QPalette::Disabled,
                                         selected ? QPalette::HighlightedText : QPalette::Text));
    const QString header = index.data(MessageSearchPanel::HeaderRole).toString();
    painter->drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(header, Qt::ElideRight, rect.width()));
    QTextDocument document;
    prepare(document, option, index);
    painter->translate(rect.left(), rect.top() + line + Margin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace Linnet

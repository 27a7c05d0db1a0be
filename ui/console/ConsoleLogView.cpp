#include "ConsoleLogView.h"

#include "XmlHighlighter.h"

#include <QAbstractItemModel>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Linnet {

ConsoleLogView::ConsoleLogView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new XmlHighlighter(document()))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &ConsoleLogView::rebuild);
}

void ConsoleLogView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { appendRows(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { removeRows(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, &ConsoleLogView::scheduleRebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ConsoleLogView::scheduleRebuild);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ConsoleLogView::scheduleRebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &ConsoleLogView::scheduleRebuild);
    }
    rebuild();
}

void ConsoleLogView::setSearchText(const QString &text)
{
    m_highlighter->setSearchText(text);
}

QString ConsoleLogView::rowText(int row) const
{
    // Each row ends with a blank line; the document always ends with one empty block, so a
    // row takes exactly as many blocks as its text has line breaks.
    QString text = m_model->index(row, 0).data(Qt::DisplayRole).toString() + u"\n\n"_s;
    return text.replace(QChar::ParagraphSeparator, u'\n'); // would start a block of its own
}

void ConsoleLogView::scheduleRebuild()
{
    m_rebuild.start();
}

void ConsoleLogView::rebuild()
{
    m_rebuild.stop();
    m_blocks.clear();
    QString text;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QString entry = rowText(row);
        m_blocks.push_back(int(entry.count(u'\n')));
        text += entry;
    }
    setPlainText(text);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ConsoleLogView::appendRows(int first, int last)
{
    if (m_rebuild.isActive() || first != int(m_blocks.size())) {
        scheduleRebuild();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    QString text;
    for (int row = first; row <= last; ++row) {
        const QString entry = rowText(row);
        m_blocks.push_back(int(entry.count(u'\n')));
        text += entry;
    }
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void ConsoleLogView::removeRows(int first, int last)
{
    if (m_rebuild.isActive() || first != 0 || last >= int(m_blocks.size())) {
        scheduleRebuild();
        return;
    }
    const int count = last - first + 1;
    const int blocks = std::accumulate(m_blocks.begin(), m_blocks.begin() + count, 0);
    m_blocks.erase(m_blocks.begin(), m_blocks.begin() + count);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::Start);
    cursor.setPosition(document()->findBlockByNumber(blocks).position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

} // namespace Linnet

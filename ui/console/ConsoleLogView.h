#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>
#include <deque>

class QAbstractItemModel;

namespace Linnet {

class XmlHighlighter;

// Shows the rows of a console log model (their display text) as one highlighted, selectable
// text. New rows at the end are appended and old rows at the top are cut off in place, so a
// busy connection does not redraw the whole log; any other change rebuilds it.
class ConsoleLogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ConsoleLogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setSearchText(const QString &text);

private:
    void rebuild();
    void scheduleRebuild();
    void appendRows(int first, int last);
    void removeRows(int first, int last);
    QString rowText(int row) const;

    QPointer<QAbstractItemModel> m_model;
    XmlHighlighter *m_highlighter;
    std::deque<int> m_blocks; // text blocks (lines) each shown row takes
    QTimer m_rebuild;
};

} // namespace Linnet

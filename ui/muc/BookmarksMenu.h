#pragma once

#include "muc/Bookmarks.h"

#include <QMenu>
#include <QPointer>

class QAbstractItemModel;

namespace Linnet {

// The account's bookmarked rooms (a BookmarkModel) as menu entries under fixed actions
// (Join Room…): choosing one asks to join it. Rebuilt when the model changes; "No bookmarks"
// when there are none.
class BookmarksMenu : public QMenu
{
    Q_OBJECT
public:
    BookmarksMenu(const QString &title, QWidget *parent = nullptr);

    // A BookmarkModel, or null (not owned).
    void setModel(QAbstractItemModel *model);
    // The bookmark entries now in the menu (tests).
    QList<QAction *> bookmarkActions() const { return m_entries; }

Q_SIGNALS:
    void joinRequested(const Linnet::Bookmark &bookmark);

private:
    void rebuild();

    QPointer<QAbstractItemModel> m_model;
    QList<QAction *> m_entries;
    QAction *m_empty;
};

} // namespace Linnet

#include "BookmarksMenu.h"

#include "models/BookmarkModel.h"

using namespace Qt::StringLiterals;

namespace Linnet {

BookmarksMenu::BookmarksMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent), m_empty(new QAction(tr("No bookmarked rooms"), this))
{
    setObjectName(u"bookmarksMenu"_s);
    m_empty->setEnabled(false);
    addAction(m_empty);
}

void BookmarksMenu::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &BookmarksMenu::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &BookmarksMenu::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &BookmarksMenu::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &BookmarksMenu::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &BookmarksMenu::rebuild);
    }
    rebuild();
}

void BookmarksMenu::rebuild()
{
    qDeleteAll(m_entries);
    m_entries.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const auto bookmark = index.data(BookmarkModel::BookmarkRole).value<Bookmark>();
        QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            text = bookmark.room.toString();
        auto *action = new QAction(text.replace(u'&', u"&&"_s), this);
        action->setObjectName(u"bookmark_"_s + bookmark.room.toString());
        action->setToolTip(bookmark.room.toString());
        action->setStatusTip(bookmark.autojoin
                                 ? tr("%1 — joined on sign-in").arg(bookmark.room.toString())
                                 : bookmark.room.toString());
        connect(action, &QAction::triggered, this,
                [this, bookmark] { Q_EMIT joinRequested(bookmark); });
        addAction(action);
        m_entries.append(action);
    }
    m_empty->setVisible(m_entries.isEmpty());
}

} // namespace Linnet

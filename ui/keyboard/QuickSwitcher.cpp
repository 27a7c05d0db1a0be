#include "QuickSwitcher.h"

#include "QuickSwitcherModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

QuickSwitcher::QuickSwitcher(const SwitcherSources &sources, Mode mode, QWidget *parent)
    : QDialog(parent), m_sources(sources), m_mode(mode), m_model(new QuickSwitcherModel(this)),
      m_filter(new QLineEdit(this)), m_list(new QListView(this)), m_hint(new QLabel(this))
{
    setObjectName(u"quickSwitcher"_s);
    const bool newChat = mode == Mode::NewChat;
    setWindowTitle(newChat ? tr("New Chat") : tr("Go to Conversation"));
    setAccessibleName(windowTitle());

    m_filter->setObjectName(u"quickSwitcherFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(newChat ? tr("Address, e.g. alice@example.org, or a name")
                                         : tr("Name or address"));
    m_filter->setAccessibleName(newChat ? tr("Address or name") : tr("Find a conversation"));
    m_filter->setAccessibleDescription(
        tr("Type to filter; Up and Down choose, Enter opens, Escape closes"));
    m_filter->installEventFilter(this);

    m_list->setObjectName(u"quickSwitcherList"_s);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Conversations, contacts and rooms"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_hint->setObjectName(u"quickSwitcherHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(newChat ? tr("Type the address of the person to chat with, or pick a contact.")
                            : tr("Recent conversations first, then contacts and rooms."));
    m_hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    setFocusProxy(m_filter);
    resize(420, 360);

    connect(m_filter, &QLineEdit::textChanged, this, &QuickSwitcher::onFilterChanged);
    connect(m_filter, &QLineEdit::returnPressed, this,
            [this] { choose(m_list->currentIndex().row()); });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { choose(index.row()); });
    refresh();
}

QuickSwitcher *QuickSwitcher::open(const SwitcherSources &sources, Mode mode, QWidget *home)
{
    QWidget *over = QApplication::activeWindow();
    QWidget *ancestor = over;
    while (ancestor && ancestor != home)
        ancestor = ancestor->parentWidget();
    auto *switcher = new QuickSwitcher(sources, mode, ancestor ? over : home);
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    switcher->show();
    switcher->raise();
    switcher->activateWindow();
    switcher->setFocus(Qt::ShortcutFocusReason);
    return switcher;
}

void QuickSwitcher::refresh()
{
    m_model->setEntries(collectSwitcherEntries(m_sources));
    selectRow(0);
}

void QuickSwitcher::onFilterChanged(const QString &text)
{
    m_model->setFilter(text);
    selectRow(0);
}

void QuickSwitcher::selectRow(int row)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    m_list->setCurrentIndex(m_model->index(std::clamp(row, 0, count - 1), 0));
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentIndex().row();
        const int page =
            std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down:
            selectRow(row + 1);
            return true;
        case Qt::Key_Up:
            selectRow(row - 1);
            return true;
        case Qt::Key_PageDown:
            selectRow(row + page);
            return true;
        case Qt::Key_PageUp:
            selectRow(row - page);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::choose(int row)
{
    const SwitcherEntry entry = m_model->entry(row);
    const Jid jid = Jid::parse(entry.jid);
    if (!jid.isValid())
        return;
    accept();
    if (entry.kind == SwitcherEntry::Kind::Room)
        Q_EMIT roomChosen(jid);
    else
        Q_EMIT chatChosen(jid);
}

} // namespace Linnet

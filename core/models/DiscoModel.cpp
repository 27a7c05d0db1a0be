#include "models/DiscoModel.h"

#include "disco/DiscoClient.h"
#include "disco/ServiceCatalogue.h"

using namespace Qt::StringLiterals;

namespace Linnet {

struct DiscoModel::Node
{
    quint64 id = 0;
    Node *parent = nullptr;
    int row = 0; // rows are only ever appended or all removed, so this stays right
    Jid jid;
    QString node;
    QString name;
    State itemsState = State::NotLoaded;
    State infoState = State::NotLoaded;
    QString itemsError;
    QString infoError;
    DiscoInfo info;
    std::vector<std::unique_ptr<Node>> children;
};

DiscoModel::DiscoModel(DiscoClient *disco, QObject *parent)
    : QAbstractItemModel(parent), m_disco(disco), m_root(std::make_unique<Node>())
{}

DiscoModel::~DiscoModel() = default;

void DiscoModel::setRoot(const Jid &jid, const QString &node)
{
    beginResetModel();
    forget(m_root.get());
    m_root->children.clear();
    if (jid.isValid()) {
        auto entity = std::make_unique<Node>();
        entity->id = m_nextId++;
        entity->parent = m_root.get();
        entity->jid = jid;
        entity->node = node;
        m_byId.insert(entity->id, entity.get());
        m_root->children.push_back(std::move(entity));
    }
    endResetModel();
    if (jid.isValid()) {
        const QModelIndex top = rootIndex();
        fetchInfo(top);
        fetchMore(top);
    }
}

Jid DiscoModel::rootJid() const
{
    return m_root->children.empty() ? Jid() : m_root->children.front()->jid;
}

QString DiscoModel::rootNode() const
{
    return m_root->children.empty() ? QString() : m_root->children.front()->node;
}

QModelIndex DiscoModel::rootIndex() const
{
    return m_root->children.empty() ? QModelIndex() : createIndex(0, 0, m_root->children[0].get());
}

void DiscoModel::fetchInfo(const QModelIndex &index, bool refresh)
{
    Node *node = nodeAt(index);
    if (!node || !m_disco)
        return;
    // A failure is not asked again by itself (a view scrolling past would repeat it): only
    // when the user refreshes.
    if (node->infoState == State::Loading || (!refresh && node->infoState != State::NotLoaded))
        return;
    node->infoState = State::Loading;
    node->infoError.clear();
    rowChanged(node);
    const quint64 id = node->id;
    QPointer<DiscoModel> self(this);
    m_disco->info(
        node->jid, node->node,
        [self, id](const DiscoInfoResult &result) {
            Node *answered = self ? self->nodeById(id) : nullptr;
            if (!answered)
                return;
            answered->infoState = result.ok ? State::Loaded : State::Failed;
            answered->info = result.ok ? result.info : DiscoInfo();
            answered->infoError = result.ok ? QString() : result.error;
            self->rowChanged(answered);
            Q_EMIT self->infoChanged(self->indexOf(answered));
        },
        refresh);
}

void DiscoModel::refresh(const QModelIndex &index)
{
    Node *node = nodeAt(index);
    if (!node || !m_disco)
        return;
    removeChildren(node);
    // Items first: once they are loading, nobody (a view, a model tester) fetches them again
    // from the cache while the info's change is announced.
    fetchItems(node, true);
    node->infoState = State::NotLoaded;
    fetchInfo(index, true);
}

DiscoInfo DiscoModel::info(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->info : DiscoInfo();
}

DiscoModel::State DiscoModel::infoState(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->infoState : State::NotLoaded;
}

DiscoModel::State DiscoModel::itemsState(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->itemsState : State::NotLoaded;
}

QModelIndex DiscoModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *parentNode = parent.isValid() ? nodeAt(parent) : m_root.get();
    if (!parentNode || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex DiscoModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent == m_root.get())
        return {};
    return indexOf(node->parent);
}

int DiscoModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_root->children.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int DiscoModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return ColumnCount;
}

bool DiscoModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_root->children.empty();
    if (parent.column() != 0)
        return false;
    const Node *node = nodeAt(parent);
    if (!node)
        return false;
    // Until asked, any entity may have items: the view shows an expander that fetches them.
    switch (node->itemsState) {
    case State::NotLoaded:
    case State::Loading:
        return true;
    case State::Loaded:
        return !node->children.empty();
    case State::Failed:
        return false;
    }
    return false;
}

bool DiscoModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = parent.column() == 0 ? nodeAt(parent) : nullptr;
    return node && m_disco && node->itemsState == State::NotLoaded;
}

void DiscoModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    fetchItems(nodeAt(parent), false);
}

void DiscoModel::fetchItems(Node *node, bool refresh)
{
    node->itemsState = State::Loading;
    node->itemsError.clear();
    rowChanged(node);
    const quint64 id = node->id;
    QPointer<DiscoModel> self(this);
    auto synchronous = std::make_shared<bool>(true);
    m_disco->items(
        node->jid, node->node,
        [self, id, synchronous](const DiscoItemsResult &result) {
            if (!self)
                return;
            if (*synchronous) {
                // A cached answer comes back inside fetchMore, maybe while a view is still
                // handling another change of this model: insert from the event loop instead.
                QMetaObject::invokeMethod(
                    self,
                    [self, id, result] {
                        if (self)
                            self->applyItems(id, result);
                    },
                    Qt::QueuedConnection);
                return;
            }
            self->applyItems(id, result);
        },
        refresh);
    *synchronous = false;
}

void DiscoModel::applyItems(quint64 id, const DiscoItemsResult &result)
{
    Node *node = nodeById(id);
    if (!node || node->itemsState != State::Loading || !node->children.empty())
        return;
    if (!result.ok) {
        node->itemsState = State::Failed;
        node->itemsError = result.error;
        rowChanged(node);
        return;
    }
    if (!result.items.isEmpty()) {
        const int count = int(result.items.size());
        beginInsertRows(indexOf(node), 0, count - 1);
        node->children.reserve(size_t(count));
        for (const DiscoItem &item : result.items) {
            auto child = std::make_unique<Node>();
            child->id = m_nextId++;
            child->parent = node;
            child->row = int(node->children.size());
            child->jid = item.jid;
            child->node = item.node;
            child->name = item.name;
            m_byId.insert(child->id, child.get());
            node->children.push_back(std::move(child));
        }
        node->itemsState = State::Loaded;
        endInsertRows();
    } else {
        node->itemsState = State::Loaded;
    }
    rowChanged(node);
}

void DiscoModel::removeChildren(Node *node)
{
    if (node->children.empty())
        return;
    beginRemoveRows(indexOf(node), 0, int(node->children.size()) - 1);
    forget(node);
    node->children.clear();
    endRemoveRows();
}

void DiscoModel::forget(Node *node)
{
    for (const auto &child : node->children) {
        m_byId.remove(child->id);
        forget(child.get());
    }
}

DiscoModel::Node *DiscoModel::nodeById(quint64 id) const
{
    return m_byId.value(id, nullptr);
}

DiscoModel::Node *DiscoModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex DiscoModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

void DiscoModel::rowChanged(const Node *node)
{
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

QString DiscoModel::kindText(const Node &node) const
{
    if (node.itemsState == State::Failed)
        return node.itemsError;
    if (node.infoState == State::Failed)
        return node.infoError;
    if (node.infoState == State::Loaded)
        return ServiceCatalogue::describe(node.info);
    if (node.infoState == State::Loading || node.itemsState == State::Loading)
        return tr("Loading…");
    return QString();
}

QVariant DiscoModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (!node->name.isEmpty())
                return node->name;
            if (!node->info.identities.isEmpty() && !node->info.identities.first().name.isEmpty())
                return node->info.identities.first().name;
            return node->node.isEmpty() ? node->jid.toString() : node->node;
        case KindColumn:
            return kindText(*node);
        case JidColumn:
            return node->jid.toString();
        case NodeColumn:
            return node->node;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = node->jid.toString();
        if (!node->node.isEmpty())
            tip += u"\n"_s + tr("Node: %1").arg(node->node);
        const QString kind = kindText(*node);
        if (!kind.isEmpty())
            tip += u"\n"_s + kind;
        return tip;
    }
    case JidRole:
        return node->jid.toString();
    case NodeRole:
        return node->node;
    case NameRole:
        return node->name;
    case DescriptionRole:
        return node->infoState == State::Loaded ? ServiceCatalogue::describe(node->info)
                                                : QString();
    case ItemsStateRole:
        return int(node->itemsState);
    case InfoStateRole:
        return int(node->infoState);
    case ErrorRole:
        return node->itemsState == State::Failed ? node->itemsError : node->infoError;
    }
    return {};
}

QVariant DiscoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Service");
    case JidColumn:
        return tr("Address");
    case NodeColumn:
        return tr("Node");
    }
    return {};
}

QHash<int, QByteArray> DiscoModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(JidRole, "jid");
    names.insert(NodeRole, "node");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(ItemsStateRole, "itemsState");
    names.insert(InfoStateRole, "infoState");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace Linnet

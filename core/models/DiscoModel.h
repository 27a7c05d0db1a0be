#pragma once

#include "disco/DiscoInfo.h"
#include "im/Jid.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <memory>
#include <vector>

namespace Linnet {

class DiscoClient;
struct DiscoItemsResult;

// The disco tree of one entity (XEP-0030) for the service browser: the entity itself is the
// only top-level row; its items are its children, fetched when the view expands a row
// (canFetchMore/fetchMore) and inserted in one go. Identities and features are fetched per
// row on demand (fetchInfo), so a service with thousands of items costs one disco#info per
// row the user actually sees. A failure (item-not-found, timeout, …) stays on its row.
class DiscoModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, JidColumn, NodeColumn, ColumnCount };
    Q_ENUM(Column)
    enum class State { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    enum Role {
        JidRole = Qt::UserRole + 1, // QString: the entity's address
        NodeRole,                   // QString: the node, or empty
        NameRole,                   // QString: the name from the parent's item list
        DescriptionRole,            // QString: ServiceCatalogue::describe of its info
        ItemsStateRole,             // State (int) of its disco#items
        InfoStateRole,              // State (int) of its disco#info
        ErrorRole,                  // QString: why items or info failed, in words
    };
    Q_ENUM(Role)

    // disco must outlive the model.
    explicit DiscoModel(DiscoClient *disco, QObject *parent = nullptr);
    ~DiscoModel() override;

    // Starts a new tree at jid/node and fetches its info and items.
    void setRoot(const Jid &jid, const QString &node = {});
    Jid rootJid() const;
    QString rootNode() const;
    QModelIndex rootIndex() const;

    // Asks for the row's disco#info once (loaded, loading or failed stays so); refresh asks
    // again, bypassing the cache.
    void fetchInfo(const QModelIndex &index, bool refresh = false);
    // Forgets the row's children and info and asks again, bypassing the cache.
    void refresh(const QModelIndex &index);

    DiscoInfo info(const QModelIndex &index) const;
    State infoState(const QModelIndex &index) const;
    State itemsState(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The info of a row arrived (or failed); the detail pane follows its selection with it.
    void infoChanged(const QModelIndex &index);

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *nodeById(quint64 id) const;
    void fetchItems(Node *node, bool refresh);
    void applyItems(quint64 id, const DiscoItemsResult &result);
    void removeChildren(Node *node);
    void forget(Node *node);
    void rowChanged(const Node *node);
    QString kindText(const Node &node) const;

    QPointer<DiscoClient> m_disco;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_byId; // answers find their row by id: rows may be gone by then
    quint64 m_nextId = 1;
};

} // namespace Linnet

#pragma once

#include "disco/CapsCache.h"

#include <QHash>
#include <QObject>

namespace Linnet {

class Database;

// The verified entity-capabilities cache (XEP-0115) kept in the account's database: every
// entry is loaded into memory when the store is created and written through on insert, so
// lookups never wait for SQLite. Only verified disco#info reaches insert().
class CapsStore : public QObject, public CapsCache
{
    Q_OBJECT
public:
    explicit CapsStore(Database &database, QObject *parent = nullptr);

    std::optional<DiscoInfo> lookup(const QString &hash, const QString &ver) const override;
    void insert(const QString &hash, const QString &ver, const DiscoInfo &info) override;
    qsizetype size() const { return m_entries.size(); }

Q_SIGNALS:
    void loaded();

private:
    static QString key(const QString &hash, const QString &ver) { return hash + u' ' + ver; }

    Database &m_database;
    QHash<QString, DiscoInfo> m_entries;
};

} // namespace Linnet

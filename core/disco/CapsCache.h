#pragma once

#include "disco/DiscoInfo.h"

#include <QHash>
#include <QString>
#include <optional>

namespace Linnet {

// Verified XEP-0115 'ver' -> what it stands for. Only verified entries go in (CapsManager
// checks before insert). Lookups are synchronous: a persistent implementation loads its
// entries up front (or keeps a memory copy) and writes through.
class CapsCache
{
public:
    virtual ~CapsCache() = default;
    virtual std::optional<DiscoInfo> lookup(const QString &hash, const QString &ver) const = 0;
    virtual void insert(const QString &hash, const QString &ver, const DiscoInfo &info) = 0;
};

// The cache for one run of the program.
class MemoryCapsCache : public CapsCache
{
public:
    std::optional<DiscoInfo> lookup(const QString &hash, const QString &ver) const override
    {
        const auto it = m_entries.constFind(key(hash, ver));
        return it == m_entries.cend() ? std::nullopt : std::optional<DiscoInfo>(*it);
    }
    void insert(const QString &hash, const QString &ver, const DiscoInfo &info) override
    {
        m_entries.insert(key(hash, ver), info);
    }
    qsizetype size() const { return m_entries.size(); }

private:
    static QString key(const QString &hash, const QString &ver) { return hash + u' ' + ver; }
    QHash<QString, DiscoInfo> m_entries;
};

} // namespace Linnet

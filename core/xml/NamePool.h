#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace Linnet {

// Hands out one shared QString per distinct name, so that the element and attribute names and
// namespaces of a stream cost no allocation after their first appearance. Bounded in count and
// length (at most 1 MiB in all), so that a peer inventing names cannot grow it without limit:
// other names are copied.
class NamePool
{
public:
    QString intern(QStringView name)
    {
        if (name.isEmpty())
            return QString();
        if (const auto found = m_names.constFind(name); found != m_names.cend())
            return found.value();
        QString copy = name.toString();
        // The key views the value's own characters, which live as long as the entry.
        if (m_names.size() < MaxNames && name.size() <= MaxLength)
            m_names.insert(QStringView(copy), copy);
        return copy;
    }

private:
    static constexpr qsizetype MaxNames = 2048;
    static constexpr qsizetype MaxLength = 256;
    QHash<QStringView, QString> m_names;
};

} // namespace Linnet

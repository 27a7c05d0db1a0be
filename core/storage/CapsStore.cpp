#include "storage/CapsStore.h"

#include "Logging.h"
#include "storage/Database.h"
#include "xml/ElementFromXml.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
struct StoredEntry
{
    QString hash;
    QString ver;
    QByteArray xml;
};
} // namespace

CapsStore::CapsStore(Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_database.run<QList<StoredEntry>>(
        this,
        [](QSqlDatabase &db) {
            QList<StoredEntry> entries;
            QSqlQuery query(db);
            if (query.exec(u"SELECT hash, ver, info FROM caps_entries"_s)) {
                while (query.next())
                    entries.append({query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toByteArray()});
            }
            return entries;
        },
        [this](const QList<StoredEntry> &entries) {
            for (const StoredEntry &entry : entries) {
                const Element query = elementFromXml(entry.xml);
                if (query.isNull()) {
                    qCWarning(lcStorage) << "Skipping an unreadable caps entry" << entry.ver;
                    continue;
                }
                m_entries.insert(key(entry.hash, entry.ver), DiscoInfo::fromElement(query));
            }
            Q_EMIT loaded();
        });
}

std::optional<DiscoInfo> CapsStore::lookup(const QString &hash, const QString &ver) const
{
    const auto it = m_entries.constFind(key(hash, ver));
    return it == m_entries.cend() ? std::nullopt : std::optional<DiscoInfo>(*it);
}

void CapsStore::insert(const QString &hash, const QString &ver, const DiscoInfo &info)
{
    m_entries.insert(key(hash, ver), info);
    const QByteArray xml = info.toElement().toXml().toUtf8();
    m_database.run<bool>([hash, ver, xml](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO caps_entries (hash, ver, info) VALUES (?, ?, ?)"_s);
        query.addBindValue(hash);
        query.addBindValue(ver);
        query.addBindValue(xml);
        return query.exec();
    });
}

} // namespace Linnet

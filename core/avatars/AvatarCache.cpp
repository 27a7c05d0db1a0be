#include "avatars/AvatarCache.h"

#include "Logging.h"
#include "avatars/AvatarStanzas.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr qint64 MaxAssignmentsBytes = 4 * 1024 * 1024;
}

AvatarCache::AvatarCache(const QString &directory) : m_directory(directory) {}

QString AvatarCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/avatars"_s;
}

QString AvatarCache::pathFor(const QString &hash) const
{
    return m_directory + u'/' + hash;
}

QString AvatarCache::assignmentsPath() const
{
    return m_directory + u"/contacts.json"_s;
}

bool AvatarCache::contains(const QString &hash) const
{
    if (!AvatarStanzas::isWellFormedHash(hash))
        return false;
    if (m_directory.isEmpty())
        return m_memory.contains(hash);
    return QFile::exists(pathFor(hash));
}

QByteArray AvatarCache::load(const QString &hash) const
{
    if (!AvatarStanzas::isWellFormedHash(hash))
        return {};
    QByteArray data;
    if (m_directory.isEmpty()) {
        data = m_memory.value(hash);
    } else {
        QFile file(pathFor(hash));
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxBytes)
            return {};
        data = file.readAll();
    }
    if (AvatarStanzas::sha1Hex(data) != hash) {
        qCWarning(lcStorage) << "Avatar file" << hash << "does not match its hash";
        return {};
    }
    return data;
}

bool AvatarCache::store(const QString &hash, const QByteArray &data)
{
    if (!AvatarStanzas::isWellFormedHash(hash) || data.isEmpty() || data.size() > MaxBytes ||
        AvatarStanzas::sha1Hex(data) != hash)
        return false;
    if (m_directory.isEmpty()) {
        m_memory.insert(hash, data);
        return true;
    }
    if (!QDir().mkpath(m_directory))
        return false;
    QSaveFile file(pathFor(hash));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcStorage) << "Could not write avatar" << hash << file.errorString();
        return false;
    }
    return true;
}

QHash<QString, QString> AvatarCache::assignments() const
{
    if (m_directory.isEmpty())
        return m_memoryAssignments;
    QFile file(assignmentsPath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxAssignmentsBytes)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QString> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString hash = it.value().toString();
        if (AvatarStanzas::isWellFormedHash(hash))
            result.insert(it.key(), hash);
    }
    return result;
}

void AvatarCache::saveAssignments(const QHash<QString, QString> &assignments)
{
    if (m_directory.isEmpty()) {
        m_memoryAssignments = assignments;
        return;
    }
    QJsonObject object;
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
        object.insert(it.key(), it.value());
    if (!QDir().mkpath(m_directory))
        return;
    QSaveFile file(assignmentsPath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcStorage) << "Could not write the avatar list:" << file.errorString();
}

} // namespace Linnet

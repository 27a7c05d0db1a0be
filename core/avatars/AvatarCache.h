#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Linnet {

// Avatar images by the SHA-1 of their bytes: one file per hash in a directory (the XDG cache
// directory in the app, a temporary one in tests), or in memory when the directory is empty.
// Only bytes whose SHA-1 is the name they are stored under get in, and only well-formed
// hashes name files, so neither a bad download nor a hostile id reaches the disk.
// Which avatar each contact last had (bare JID -> hash) is kept beside them, so avatars
// show before presence arrives.
class AvatarCache
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit AvatarCache(const QString &directory = {});

    // <XDG cache>/avatars
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    bool contains(const QString &hash) const;
    // The bytes stored under hash; empty when there are none or they no longer match it.
    QByteArray load(const QString &hash) const;
    // False when the bytes are empty, too large, do not hash to hash, or cannot be written.
    bool store(const QString &hash, const QByteArray &data);

    QHash<QString, QString> assignments() const;
    void saveAssignments(const QHash<QString, QString> &assignments);

private:
    QString pathFor(const QString &hash) const;
    QString assignmentsPath() const;

    QString m_directory;
    QHash<QString, QByteArray> m_memory;
    QHash<QString, QString> m_memoryAssignments;
};

} // namespace Linnet

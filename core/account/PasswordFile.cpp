#include "account/PasswordFile.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Linnet {

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

void setError(QString *error, const QString &sentence, const QString &detail)
{
    qCWarning(lcAccount) << sentence << detail;
    if (error)
        *error = sentence;
}
} // namespace

std::optional<QString> PasswordFile::read(const QString &accountId, QString *error) const
{
    QJsonObject passwords;
    if (!load(&passwords, error))
        return std::nullopt;
    const QJsonValue value = passwords.value(accountId);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

bool PasswordFile::write(const QString &accountId, const QString &password, QString *error)
{
    QJsonObject passwords;
    if (!load(&passwords, error))
        return false;
    passwords.insert(accountId, password);
    return store(passwords, error);
}

bool PasswordFile::remove(const QString &accountId, QString *error)
{
    QJsonObject passwords;
    if (!load(&passwords, error))
        return false;
    if (!passwords.contains(accountId))
        return true;
    passwords.remove(accountId);
    return store(passwords, error);
}

bool PasswordFile::load(QJsonObject *passwords, QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    // Someone may have loosened the permissions (an editor, a copy): tighten them again.
    if (file.permissions() & GroupOrOther)
        file.setPermissions(OwnerOnly);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error,
                 QCoreApplication::translate("Linnet",
                                             "Linnet could not read the saved passwords in %1.")
                     .arg(QDir::toNativeSeparators(m_filePath)),
                 file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (!document.isObject()) {
        setError(error,
                 QCoreApplication::translate("Linnet", "The saved passwords in %1 are damaged.")
                     .arg(QDir::toNativeSeparators(m_filePath)),
                 parseError.errorString());
        return false;
    }
    *passwords = document.object();
    return true;
}

bool PasswordFile::store(const QJsonObject &passwords, QString *error)
{
    const QString failed =
        QCoreApplication::translate("Linnet", "Linnet could not save the password in %1.")
            .arg(QDir::toNativeSeparators(m_filePath));
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        setError(error, failed, QFileInfo(m_filePath).absolutePath());
        return false;
    }
    QSaveFile file(m_filePath);
    // Owner-only before a single byte is written; the rename in commit() keeps the mode.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)) {
        setError(error, failed, file.errorString());
        file.cancelWriting();
        return false;
    }
    file.write(QJsonDocument(passwords).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, failed, file.errorString());
        return false;
    }
    return true;
}

} // namespace Linnet

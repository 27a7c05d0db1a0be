#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace Linnet {

// The fallback for systems without a keyring: a JSON object mapping account ids to passwords,
// {"demo@localhost": "secret"}, in a file only its owner may read (0600). The passwords in it
// are NOT encrypted; PasswordStore says so to the user.
class PasswordFile
{
public:
    explicit PasswordFile(QString filePath) : m_filePath(std::move(filePath)) {}

    QString filePath() const { return m_filePath; }

    // std::nullopt when there is no password for the id (or no file). A file that exists
    // but cannot be read or parsed sets *error.
    std::optional<QString> read(const QString &accountId, QString *error = nullptr) const;
    bool write(const QString &accountId, const QString &password, QString *error = nullptr);
    bool remove(const QString &accountId, QString *error = nullptr);

private:
    bool load(QJsonObject *passwords, QString *error) const;
    bool store(const QJsonObject &passwords, QString *error);

    QString m_filePath;
};

} // namespace Linnet

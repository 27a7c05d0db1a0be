#pragma once

#include "account/PasswordFile.h"

#include <QObject>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Linnet {

// The outcome of one password store operation, as a value.
struct PasswordResult
{
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Ok;
    QString password; // readPassword() with Status::Ok
    QString sentence; // Status::Failed: for the user
    QString detail;   // Status::Failed: for logs

    bool ok() const { return status == Status::Ok; }
};

// Keeps account passwords in the system keyring through QtKeychain (service "Linnet", key =
// account id). Where no keyring works (no D-Bus secret service, QKeychain's
// NoBackendAvailable or OtherError) it falls back, for the rest of the run, to a PasswordFile
// (0600, unencrypted) in the XDG config folder, and says so through fallbackWarning().
// LINNET_PASSWORD_STORE=file forces the fallback: tests and the demo use it so that they never
// wait on D-Bus. Callbacks run later from the event loop, never inside the call.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PasswordResult &result)>;
    enum class Backend { Keychain, File };

    // The keyring, unless LINNET_PASSWORD_STORE=file; the fallback file at
    // defaultFallbackFilePath().
    explicit PasswordStore(QObject *parent = nullptr);
    PasswordStore(Backend backend, QString fallbackFilePath, QObject *parent = nullptr);
    ~PasswordStore() override;

    static QString serviceName();
    static QString defaultFallbackFilePath();
    // Backend::File when LINNET_PASSWORD_STORE=file, otherwise Backend::Keychain.
    static Backend backendFromEnvironment();

    void readPassword(const QString &accountId, Callback done);
    void writePassword(const QString &accountId, const QString &password, Callback done = {});
    void removePassword(const QString &accountId, Callback done = {});

    bool usingFallback() const { return m_backend == Backend::File; }
    // Empty while the keyring is used; otherwise a sentence that tells the user the password
    // is stored unencrypted, and where.
    QString fallbackWarning() const;
    QString fallbackFilePath() const { return m_file.filePath(); }

    // How long a keyring operation may take before the keyring counts as unavailable.
    void setKeychainTimeout(int milliseconds) { m_keychainTimeoutMs = milliseconds; }

Q_SIGNALS:
    // The keyring turned out to be unavailable; from now on the file is used.
    void fallbackActivated(const QString &warning);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &accountId, const QString &password, Callback done);
    void runKeychain(Operation operation, const QString &accountId, const QString &password,
                     Callback done);
    PasswordResult runFile(Operation operation, const QString &accountId, const QString &password);
    void onKeychainFinished(QKeychain::Job *job, Operation operation, const QString &accountId,
                            const QString &password, const Callback &done);
    void activateFallback(const QString &why);
    void deliver(const Callback &done, const PasswordResult &result);

    Backend m_backend;
    bool m_forcedByEnvironment = false;
    PasswordFile m_file;
    int m_keychainTimeoutMs = 20000;
};

} // namespace Linnet

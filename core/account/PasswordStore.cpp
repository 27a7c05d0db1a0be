#include "account/PasswordStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// Every keyring QtKeychain knows on Linux and the BSDs (Secret Service, KWallet,
// GNOME Keyring) is reached over the D-Bus session bus; without one a job could only fail,
// possibly after a long D-Bus timeout.
bool keyringReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + u"/bus"_s);
#else
    return true;
#endif
}
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : PasswordStore(backendFromEnvironment(), defaultFallbackFilePath(), parent)
{
    m_forcedByEnvironment = backendFromEnvironment() == Backend::File;
}

PasswordStore::PasswordStore(Backend backend, QString fallbackFilePath, QObject *parent)
    : QObject(parent), m_backend(backend), m_file(std::move(fallbackFilePath))
{
    if (m_backend == Backend::Keychain && !keyringReachable()) {
        qCInfo(lcAccount) << "No D-Bus session bus: storing passwords in" << m_file.filePath();
        m_backend = Backend::File;
    }
}

PasswordStore::~PasswordStore() = default;

QString PasswordStore::serviceName()
{
    return u"Linnet"_s;
}

QString PasswordStore::defaultFallbackFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           u"/passwords.json"_s;
}

PasswordStore::Backend PasswordStore::backendFromEnvironment()
{
    return qEnvironmentVariable("LINNET_PASSWORD_STORE") == u"file"_s ? Backend::File
                                                                      : Backend::Keychain;
}

QString PasswordStore::fallbackWarning() const
{
    if (m_backend != Backend::File)
        return QString();
    const QString path = QDir::toNativeSeparators(m_file.filePath());
    if (m_forcedByEnvironment)
        return tr("The system keyring is turned off (LINNET_PASSWORD_STORE=file): your "
                  "password is stored unencrypted in %1.")
            .arg(path);
    return tr("No system keyring is available: your password is stored unencrypted in %1.")
        .arg(path);
}

void PasswordStore::readPassword(const QString &accountId, Callback done)
{
    run(Operation::Read, accountId, QString(), std::move(done));
}

void PasswordStore::writePassword(const QString &accountId, const QString &password, Callback done)
{
    run(Operation::Write, accountId, password, std::move(done));
}

void PasswordStore::removePassword(const QString &accountId, Callback done)
{
    run(Operation::Remove, accountId, QString(), std::move(done));
}

void PasswordStore::run(Operation operation, const QString &accountId, const QString &password,
                        Callback done)
{
    if (m_backend == Backend::Keychain)
        runKeychain(operation, accountId, password, std::move(done));
    else
        deliver(done, runFile(operation, accountId, password));
}

void PasswordStore::runKeychain(Operation operation, const QString &accountId,
                                const QString &password, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(password);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(accountId);

    // The job answers once, or the watchdog does when the keyring hangs; never both.
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, answered, operation, accountId, password, done](QKeychain::Job *finished) {
                if (std::exchange(*answered, true))
                    return;
                onKeychainFinished(finished, operation, accountId, password, done);
            });
    QTimer::singleShot(m_keychainTimeoutMs, this,
                       [this, answered, operation, accountId, password, done] {
                           if (std::exchange(*answered, true))
                               return;
                           activateFallback(u"the keyring did not answer"_s);
                           deliver(done, runFile(operation, accountId, password));
                       });
    job->start();
}

void PasswordStore::onKeychainFinished(QKeychain::Job *job, Operation operation,
                                       const QString &accountId, const QString &password,
                                       const Callback &done)
{
    PasswordResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            result.password = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        else if (operation == Operation::Write)
            m_file.remove(accountId); // a copy from an earlier fallback run is not needed now
        break;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Read) {
            // Saved during an earlier run without a keyring?
            const std::optional<QString> saved = m_file.read(accountId);
            if (saved)
                result.password = *saved;
            else
                result.status = PasswordResult::Status::NotFound;
        }
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        activateFallback(job->errorString());
        result = runFile(operation, accountId, password);
        break;
    default:
        result.status = PasswordResult::Status::Failed;
        result.detail = job->errorString();
        result.sentence = operation == Operation::Read
                              ? tr("Linnet could not read your password from the keyring.")
                              : tr("Linnet could not save your password in the keyring.");
        qCWarning(lcAccount) << result.sentence << result.detail;
        break;
    }
    if (done)
        done(result);
}

PasswordResult PasswordStore::runFile(Operation operation, const QString &accountId,
                                      const QString &password)
{
    PasswordResult result;
    QString error;
    bool ok = true;
    switch (operation) {
    case Operation::Read: {
        const std::optional<QString> saved = m_file.read(accountId, &error);
        if (saved)
            result.password = *saved;
        else if (error.isEmpty())
            result.status = PasswordResult::Status::NotFound;
        ok = error.isEmpty();
        break;
    }
    case Operation::Write:
        ok = m_file.write(accountId, password, &error);
        break;
    case Operation::Remove:
        ok = m_file.remove(accountId, &error);
        break;
    }
    if (!ok) {
        result.status = PasswordResult::Status::Failed;
        result.sentence = error;
    }
    return result;
}

void PasswordStore::activateFallback(const QString &why)
{
    if (m_backend == Backend::File)
        return;
    qCWarning(lcAccount) << "System keyring unavailable (" << why << "): storing passwords in"
                         << m_file.filePath();
    m_backend = Backend::File;
    Q_EMIT fallbackActivated(fallbackWarning());
}

void PasswordStore::deliver(const Callback &done, const PasswordResult &result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace Linnet

#include "account/Account.h"

#include "Logging.h"
#include "account/AccountServices.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "stream/CertificateTrust.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {

Account::Account(AccountSettings settings, PasswordStore *passwords, AccountStore *store,
                 QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_passwords(passwords), m_store(store),
      m_client(new Client(this)),
      m_services(
          new AccountServices(m_client, AccountServices::defaultDatabasePath(m_settings.id), this))
{
    m_client->setSettings(m_settings.connection);
    connect(m_client, &Client::stateChanged, this, &Account::onClientState);
    connect(m_client, &Client::errorOccurred, this, &Account::onClientError);
    connect(m_client, &Client::phaseFinished, this, &Account::onPhaseFinished);
}

Account::~Account()
{
    // The managers unregister from the client when they go, so they go first.
    delete m_services;
}

Roster *Account::roster() const
{
    return m_services->roster();
}

PresenceManager *Account::presence() const
{
    return m_services->presence();
}

Subscriptions *Account::subscriptions() const
{
    return m_services->subscriptions();
}

Blocking *Account::blocking() const
{
    return m_services->blocking();
}

CapsManager *Account::caps() const
{
    return m_services->caps();
}

void Account::setSettings(const AccountSettings &settings)
{
    const QString id = m_settings.id;
    m_settings = settings;
    m_settings.id = id;
    m_client->setSettings(m_settings.connection);
    saveSettings();
    Q_EMIT settingsChanged();
}

ConnectionState Account::state() const
{
    return m_client->state();
}

QString Account::stateReason() const
{
    return m_client->stateReason();
}

ConnectionDetails Account::connectionDetails() const
{
    ConnectionDetails details;
    const Session *session = m_client->session();
    if (!session || m_client->state() != ConnectionState::Online)
        return details;
    details.online = true;
    details.boundJid = session->boundJid().toString();
    const ConnectTarget target = session->connectedTarget();
    details.serverAddress = target.host.contains(u':')
                                ? u"[%1]:%2"_s.arg(target.host).arg(target.port)
                                : u"%1:%2"_s.arg(target.host).arg(target.port);
    details.directTls = target.directTls;
    const QSslCipher cipher = session->cipher();
    details.encrypted = !cipher.isNull();
    details.tlsProtocol = cipher.protocolString();
    details.cipher = cipher.name();
    details.saslMechanism = session->saslMechanism();
    const QList<QSslCertificate> chain = session->peerCertificateChain();
    if (!chain.isEmpty()) {
        details.certificateSha256 = CertificateTrust::sha256Fingerprint(chain.first());
        if (m_settings.connection.pinnedCertificates.contains(details.certificateSha256))
            details.certificateTrust = ConnectionDetails::CertificateTrust::PinnedAlways;
        else if (m_trustedOnce.contains(details.certificateSha256))
            details.certificateTrust = ConnectionDetails::CertificateTrust::TrustedOnce;
    }
    return details;
}

QString Account::passwordStorageWarning() const
{
    return m_settings.rememberPassword ? m_passwords->fallbackWarning() : QString();
}

void Account::signIn()
{
    const ConnectionState current = state();
    if (m_readingPassword ||
        (current != ConnectionState::Disconnected && current != ConnectionState::Reconnecting))
        return;
    if (!m_password.isEmpty()) {
        connectWithPassword(m_password);
        return;
    }
    if (!m_settings.rememberPassword) {
        Q_EMIT passwordRequired();
        return;
    }
    m_readingPassword = true;
    QPointer<Account> self(this);
    m_passwords->readPassword(m_settings.id, [self](const PasswordResult &result) {
        if (!self)
            return;
        self->m_readingPassword = false;
        if (result.ok() && !result.password.isEmpty()) {
            self->connectWithPassword(result.password);
            return;
        }
        if (result.status == PasswordResult::Status::Failed)
            Q_EMIT self->passwordStorageFailed(result.sentence);
        Q_EMIT self->passwordRequired();
    });
}

void Account::signIn(const QString &password, bool remember)
{
    m_rememberWhenOnline = remember;
    if (!remember && m_settings.rememberPassword) {
        QPointer<Account> self(this);
        m_passwords->removePassword(m_settings.id, [self](const PasswordResult &result) {
            if (self && !result.ok())
                Q_EMIT self->passwordStorageFailed(result.sentence);
        });
    }
    // rememberPassword becomes true only once the password is stored (see onClientState).
    if (!remember)
        m_settings.rememberPassword = false;
    m_settings.autoConnect = true;
    saveSettings();
    connectWithPassword(password);
}

void Account::signOut()
{
    m_rememberWhenOnline = false;
    if (!m_settings.rememberPassword)
        m_password.clear();
    if (m_settings.autoConnect) {
        m_settings.autoConnect = false;
        saveSettings();
    }
    m_client->disconnectFromServer();
}

void Account::trustCertificateOnce(const QString &sha256Fingerprint)
{
    qCInfo(lcAccount) << m_settings.id << "trusts certificate" << sha256Fingerprint
                      << "for this run";
    const QString normalized = AccountSettings::normalizedFingerprint(sha256Fingerprint);
    if (!normalized.isEmpty() && !m_trustedOnce.contains(normalized))
        m_trustedOnce.append(normalized);
    m_client->trustCertificateOnce(normalized);
    if (!m_password.isEmpty())
        connectWithPassword(m_password);
    else
        signIn();
}

void Account::trustCertificateAlways(const QString &sha256Fingerprint)
{
    qCInfo(lcAccount) << m_settings.id << "pins certificate" << sha256Fingerprint;
    if (m_settings.pinCertificate(sha256Fingerprint)) {
        m_client->setSettings(m_settings.connection);
        saveSettings();
        Q_EMIT settingsChanged();
    }
    if (!m_password.isEmpty())
        connectWithPassword(m_password);
    else
        signIn();
}

void Account::connectWithPassword(const QString &password)
{
    m_password = password;
    m_lastError = SessionError();
    m_client->setSettings(m_settings.connection);
    m_client->setPassword(password);
    m_client->connectToServer();
}

void Account::onClientState(ConnectionState state, const QString &reason)
{
    if (state == ConnectionState::Online && m_rememberWhenOnline) {
        // The server accepted the password: now it is worth keeping.
        m_rememberWhenOnline = false;
        QPointer<Account> self(this);
        m_passwords->writePassword(m_settings.id, m_password, [self](const PasswordResult &result) {
            if (!self)
                return;
            if (!result.ok()) {
                Q_EMIT self->passwordStorageFailed(result.sentence);
                return;
            }
            if (!self->m_settings.rememberPassword) {
                self->m_settings.rememberPassword = true;
                self->saveSettings();
                Q_EMIT self->settingsChanged();
            }
        });
    }
    Q_EMIT stateChanged(state, reason);
}

void Account::onClientError(const SessionError &error)
{
    m_lastError = error;
    qCInfo(lcAccount) << m_settings.id << "connection error:" << error.sentence << error.detail;
    switch (error.kind) {
    case SessionError::Kind::CertificateUntrusted:
        Q_EMIT certificateRejected(error);
        break;
    case SessionError::Kind::AuthenticationFailed:
        m_password.clear();
        m_rememberWhenOnline = false;
        Q_EMIT errorOccurred(error);
        Q_EMIT passwordRequired();
        break;
    default:
        Q_EMIT errorOccurred(error);
        break;
    }
}

void Account::onPhaseFinished(const QString &phase, qint64, const QString &detail)
{
    // The mechanism the server just accepted becomes the floor for later sign-ins.
    if (phase != u"sasl" || !m_settings.raiseSaslPin(detail))
        return;
    qCInfo(lcAccount) << m_settings.id << "now refuses SASL mechanisms weaker than" << detail;
    m_client->setSettings(m_settings.connection);
    saveSettings();
    Q_EMIT settingsChanged();
}

void Account::saveSettings()
{
    QString error;
    if (!m_store->save(m_settings, &error))
        qCWarning(lcAccount) << "Could not save account" << m_settings.id << ":" << error;
}

} // namespace Linnet

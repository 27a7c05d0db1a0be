#pragma once

#include "account/AccountSettings.h"
#include "account/ConnectionDetails.h"
#include "stream/ConnectionState.h"
#include "stream/SessionError.h"

#include <QObject>

namespace Linnet {

class AccountServices;
class AccountStore;
class Blocking;
class CapsManager;
class Client;
class PresenceManager;
class Roster;
class Subscriptions;
class PasswordStore;

// One account and its connection. Account decides what happens: where passwords come from
// and when they are kept, which certificates are trusted and when to reconnect; windows
// only show what it says and ask the user what it asks for (passwordRequired,
// certificateRejected).
class Account : public QObject
{
    Q_OBJECT
public:
    // passwords and store must outlive the account.
    Account(AccountSettings settings, PasswordStore *passwords, AccountStore *store,
            QObject *parent = nullptr);
    ~Account() override;

    QString id() const { return m_settings.id; }
    AccountSettings settings() const { return m_settings; }
    // Replaces the connection settings and options (the id stays) and saves them; used when
    // the user edits the account. Takes effect at the next connection attempt.
    void setSettings(const AccountSettings &settings);

    Client *client() const { return m_client; }
    // The protocol managers of this account (roster, presence, …), created with it.
    AccountServices *services() const { return m_services; }
    Roster *roster() const;
    PresenceManager *presence() const;
    Subscriptions *subscriptions() const;
    Blocking *blocking() const;
    CapsManager *caps() const;
    ConnectionState state() const;
    QString stateReason() const;
    SessionError lastError() const { return m_lastError; }
    ConnectionDetails connectionDetails() const;
    // The password store's fallback warning when this account keeps its password in the
    // unencrypted fallback file; empty otherwise.
    QString passwordStorageWarning() const;

    // Signs in with the password from this run or from the password store; emits
    // passwordRequired() when there is none. Does nothing while connected or connecting.
    void signIn();
    // Signs in with a password the user typed. With remember, it is kept in the password
    // store once the server accepted it; without, any stored password is removed. Also sets
    // autoConnect and saves the settings.
    void signIn(const QString &password, bool remember);
    // Disconnects, forgets a password that was not remembered and clears autoConnect, so
    // Linnet starts signed out next time.
    void signOut();

    // After certificateRejected: trust the certificate for this run only, and reconnect.
    void trustCertificateOnce(const QString &sha256Fingerprint);
    // After certificateRejected: pin the certificate in the account's settings, save, and
    // reconnect.
    void trustCertificateAlways(const QString &sha256Fingerprint);

Q_SIGNALS:
    void stateChanged(Linnet::ConnectionState state, const QString &reason);
    // The server's certificate did not verify; error.certificateChain holds it. The account
    // stays offline until trustCertificateOnce/Always().
    void certificateRejected(const Linnet::SessionError &error);
    // There is no password, or the server refused it (then lastError() says so).
    void passwordRequired();
    // Any other reason a connection failed or ended; stateReason() says what happens next.
    void errorOccurred(const Linnet::SessionError &error);
    // The password store failed; a sentence for the user.
    void passwordStorageFailed(const QString &sentence);
    void settingsChanged();

private:
    void connectWithPassword(const QString &password);
    void onClientState(ConnectionState state, const QString &reason);
    void onClientError(const SessionError &error);
    void onPhaseFinished(const QString &phase, qint64 elapsedMs, const QString &detail);
    void saveSettings();

    AccountSettings m_settings;
    PasswordStore *m_passwords;
    AccountStore *m_store;
    Client *m_client;
    AccountServices *m_services;
    QString m_password;
    QStringList m_trustedOnce; // normalised fingerprints trusted for this run
    bool m_rememberWhenOnline = false;
    bool m_readingPassword = false;
    SessionError m_lastError;
};

} // namespace Linnet

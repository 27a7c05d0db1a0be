#pragma once

#include "account/AccountSettings.h"

#include <QList>
#include <QString>

namespace Linnet {

// The configured accounts, kept in an INI file (QSettings::IniFormat), by default
// <XDG config>/Linnet/linnet/accounts.ini. One group per account, named by its id (the bare
// JID; QSettings writes '@' as %40, and reads either form):
//
//   [demo@localhost]
//   jid=demo@localhost
//   resource=linnet
//   host=127.0.0.1                ; empty: look up SRV records of the JID's domain
//   port=5222                     ; 0: the default for the TLS mode
//   tlsMode=starttls              ; automatic | starttls | direct-tls | allow-unencrypted
//   pinnedCertificates=<sha256 hex>, <sha256 hex>   ; certificates trusted always
//   extraCaCertificates=          ; PEM text of extra trusted CAs (optional)
//   autoConnect=true              ; sign in when Linnet starts
//   rememberPassword=true         ; the password is in the PasswordStore
//   connectTimeoutMs=15000        ; optional
//   negotiationTimeoutMs=30000    ; optional
//
// Passwords are never written here: see PasswordStore.
class AccountStore
{
public:
    // Uses defaultFilePath().
    AccountStore();
    explicit AccountStore(QString filePath);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // All valid accounts, sorted by id. Groups that do not hold a valid JID are skipped.
    QList<AccountSettings> accounts() const;
    // The account with this id, or an invalid AccountSettings.
    AccountSettings account(const QString &id) const;
    bool contains(const QString &id) const { return account(id).isValid(); }

    // Adds or replaces the account. On failure returns false and a sentence in *error.
    bool save(const AccountSettings &settings, QString *error = nullptr);
    // Removes the account; removing an unknown id succeeds.
    bool remove(const QString &id, QString *error = nullptr);

private:
    QString m_filePath;
};

} // namespace Linnet

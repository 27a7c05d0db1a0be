#pragma once

#include "stream/ConnectionSettings.h"

#include <QString>

class QSettings;

namespace Linnet {

// One account as the user configured it. The id is the account's bare JID as a string and
// names the account everywhere: its group in accounts.ini and its key in the password store.
struct AccountSettings
{
    QString id;
    ConnectionSettings connection;
    bool autoConnect = false;      // sign in when Linnet starts
    bool rememberPassword = false; // the password is kept in the PasswordStore

    bool isValid() const { return !id.isEmpty() && connection.jid.isValid(); }

    // Settings for a new account with default connection settings; invalid if jid is not a
    // JID with a localpart. A resourcepart in jid becomes the requested resource.
    static AccountSettings forJid(const Jid &jid);

    // Reads and writes the keys of the current group of settings (see AccountStore).
    static AccountSettings load(const QSettings &settings, const QString &id);
    void save(QSettings &settings) const;

    // Adds a SHA-256 certificate fingerprint (any case, colons allowed) to the pinned list;
    // false if it was already there or is not 64 hex digits.
    bool pinCertificate(const QString &sha256Fingerprint);

    // Raises the pinned SASL mechanism to mechanism when that is stronger (never lowers it,
    // so a later sign-in cannot be talked down to a weaker one); true if the pin changed.
    bool raiseSaslPin(const QString &mechanism);

    // Lower-case hex without colons, or empty if the text is not a SHA-256 fingerprint.
    static QString normalizedFingerprint(const QString &sha256Fingerprint);

    friend bool operator==(const AccountSettings &, const AccountSettings &);
};

} // namespace Linnet

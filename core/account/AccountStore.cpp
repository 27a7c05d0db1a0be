#include "account/AccountStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// Writes the settings to disk and tells what went wrong, if anything.
bool syncSettings(QSettings &settings, QString *error)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    const QString sentence =
        QCoreApplication::translate("Linnet", "Linnet could not save your accounts to %1.")
            .arg(QDir::toNativeSeparators(settings.fileName()));
    qCWarning(lcAccount) << sentence << "QSettings status" << settings.status();
    if (error)
        *error = sentence;
    return false;
}

// The group an account is written to. QSettings reads '\\' in a key as a separator, and a
// localpart may hold one, so it is written as its escape; the jid key inside stays exact.
QString groupName(const QString &id)
{
    QString name = id;
    return name.replace(u'\\', u"%5C"_s);
}
} // namespace

AccountStore::AccountStore() : AccountStore(defaultFilePath()) {}

AccountStore::AccountStore(QString filePath) : m_filePath(std::move(filePath)) {}

QString AccountStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/accounts.ini"_s;
}

QList<AccountSettings> AccountStore::accounts() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    QList<AccountSettings> result;
    QStringList seen;
    for (const QString &group : settings.childGroups()) {
        settings.beginGroup(group);
        const AccountSettings account = AccountSettings::load(settings, group);
        settings.endGroup();
        if (!account.isValid()) {
            qCWarning(lcAccount) << "Skipping account" << group << "in" << m_filePath
                                 << ": not a valid JID";
            continue;
        }
        if (seen.contains(account.id))
            continue;
        seen.append(account.id);
        result.append(account);
    }
    std::sort(result.begin(), result.end(),
              [](const AccountSettings &a, const AccountSettings &b) { return a.id < b.id; });
    return result;
}

AccountSettings AccountStore::account(const QString &id) const
{
    for (const AccountSettings &account : accounts()) {
        if (account.id == id)
            return account;
    }
    return AccountSettings();
}

bool AccountStore::save(const AccountSettings &account, QString *error)
{
    if (!account.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Linnet", "This account has no valid address.");
        return false;
    }
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Linnet", "Linnet could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(m_filePath).absolutePath()));
        return false;
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    // A hand-written file may name the group differently from the id (e.g. "demo@localhost"
    // read back as the id): drop every group that holds this account before writing it.
    for (const QString &group : settings.childGroups()) {
        settings.beginGroup(group);
        const bool same = AccountSettings::load(settings, group).id == account.id;
        settings.endGroup();
        if (same)
            settings.remove(group);
    }
    settings.beginGroup(groupName(account.id));
    account.save(settings);
    settings.endGroup();
    return syncSettings(settings, error);
}

bool AccountStore::remove(const QString &id, QString *error)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    for (const QString &group : settings.childGroups()) {
        settings.beginGroup(group);
        const bool same = AccountSettings::load(settings, group).id == id;
        settings.endGroup();
        if (same || group == groupName(id))
            settings.remove(group);
    }
    return syncSettings(settings, error);
}

} // namespace Linnet

#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace Linnet::Test {

// A private profile for an offscreen GUI test: test-mode standard paths, INI settings kept in
// a temporary folder (the chat window's saved layout starts empty) and fresh database paths
// in the same folder.
class UiTestProfile
{
public:
    explicit UiTestProfile(QString databasePrefix) : m_prefix(std::move(databasePrefix)) {}

    // Call from initTestCase(); false when the temporary folder could not be made.
    bool setUp()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_dir.isValid())
            return false;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().remove(QStringLiteral("chat"));
        return true;
    }

    // A database path no earlier call returned.
    QString freshDatabase()
    {
        return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(m_prefix).arg(++m_databases));
    }

private:
    QTemporaryDir m_dir;
    QString m_prefix;
    int m_databases = 0;
};

} // namespace Linnet::Test

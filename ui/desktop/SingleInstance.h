#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Linnet {

// One Linnet per user and profile. The first start listens on a local socket whose name comes
// from the user and the configuration folder (XDG_CONFIG_HOME), so private profiles of tests
// and demos are instances of their own; a later start finds it there, asks it to come to the
// front, and stops. A socket left behind by a crashed instance is removed and taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // key names the instance; defaultKey() for Linnet itself.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The key for this user and configuration folder (XDG_CONFIG_HOME or ~/.config).
    static QString defaultKey();
    static QString keyFor(const QString &configFolder);
    // The local socket's full name for a key (in XDG_RUNTIME_DIR, else the temporary folder).
    static QString serverName(const QString &key);

    enum class Role {
        Primary,   // this process is the instance; raiseRequested() tells of later starts
        Secondary, // another instance runs and was asked to come forward: exit
        Alone,     // no socket could be made: run without the single-instance guard
    };
    Role start();
    bool isPrimary() const;

Q_SIGNALS:
    // Another start asked this instance to show its window.
    void raiseRequested();

private:
    bool askRunningInstance();
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Linnet

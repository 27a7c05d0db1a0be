#pragma once

#include "ConnectionStatePresentation.h"
#include "account/ConnectionDetails.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Linnet {

class Banner;

// The main window's centre: who is signed in, the connection state and, when online, how
// the connection is made (server, TLS protocol and cipher, SASL mechanism). It shows what
// it is given and emits what the user asks for.
class AccountOverview : public QWidget
{
    Q_OBJECT
public:
    explicit AccountOverview(QWidget *parent = nullptr);

    // An empty id shows the "no account yet" page.
    void setAccountId(const QString &id);
    void setState(const ConnectionStatePresentation &state);
    void setDetails(const ConnectionDetails &details);
    // A warning about the account that stays until cleared, e.g. the password storage one.
    void setWarning(const QString &warning);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();

private:
    QWidget *buildAccountPage();
    QWidget *buildEmptyPage();
    void updateAvatar();

    QString m_id;
    ConnectionStatePresentation m_state;
    QStackedWidget *m_pages;
    QLabel *m_avatar = nullptr;
    QLabel *m_jidLabel = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_actionButton = nullptr;
    Banner *m_warning = nullptr;
    QLabel *m_boundJid = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_authentication = nullptr;
    QLabel *m_certificate = nullptr;
};

} // namespace Linnet

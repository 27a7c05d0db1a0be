#include "MainWindow.h"

#include "AccountOverview.h"
#include "ConnectionStatusWidget.h"
#include "account/Account.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Linnet {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_overview(new AccountOverview(this)),
      m_status(new ConnectionStatusWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setCentralWidget(m_overview);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    createMenus();
    connect(m_overview, &AccountOverview::signInRequested, this, &MainWindow::signInRequested);
    connect(m_overview, &AccountOverview::signOutRequested, this, &MainWindow::signOutRequested);
    resize(760, 520);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    m_signIn = accountMenu->addAction(tr("&Sign In…"), this, &MainWindow::signInRequested);
    m_signIn->setObjectName(u"signInAction"_s);
    m_signIn->setShortcut(tr("Ctrl+Shift+I", "Sign in"));
    m_signOut = accountMenu->addAction(tr("Sign &Out"), this, &MainWindow::signOutRequested);
    m_signOut->setObjectName(u"signOutAction"_s);
    m_signOut->setShortcut(tr("Ctrl+Shift+O", "Sign out"));
    accountMenu->addSeparator();
    QAction *quit = accountMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Linnet"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setAccount(Account *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    m_notice.clear();
    if (account) {
        connect(account, &Account::stateChanged, this, [this] {
            m_notice.clear();
            refresh();
        });
        connect(account, &Account::settingsChanged, this, &MainWindow::refresh);
        connect(account, &Account::passwordStorageFailed, this, &MainWindow::showNotice);
        connect(account, &QObject::destroyed, this, &MainWindow::refresh);
    }
    refresh();
}

void MainWindow::showNotice(const QString &sentence)
{
    m_notice = sentence;
    refresh();
}

void MainWindow::refresh()
{
    ConnectionStatePresentation state;
    if (m_account) {
        state.state = m_account->state();
        state.reason = m_account->stateReason();
        state.failed =
            state.state == ConnectionState::Disconnected && m_account->lastError().isError();
        m_overview->setAccountId(m_account->id());
        m_overview->setDetails(m_account->connectionDetails());
        QString warning = m_notice;
        if (warning.isEmpty())
            warning = m_account->passwordStorageWarning();
        m_overview->setWarning(warning);
        setWindowTitle(tr("%1 — Linnet").arg(m_account->id()));
    } else {
        state.reason = tr("Not signed in");
        m_overview->setAccountId(QString());
        m_overview->setDetails(ConnectionDetails());
        m_overview->setWarning(m_notice);
        setWindowTitle(tr("Linnet"));
    }
    m_overview->setState(state);
    m_status->setState(state.state, state.reason, state.failed);
    const bool offline = state.state == ConnectionState::Disconnected;
    m_signIn->setEnabled(offline);
    m_signOut->setEnabled(m_account && !offline);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Linnet"),
        tr("<h3>Linnet %1</h3>"
           "<p>A desktop chat client for XMPP, the open standard for instant messaging.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Linnet

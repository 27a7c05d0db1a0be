// Peak memory of the whole GUI: the main window, AccountController, AccountStore and
// PasswordStore wired as app/linnet/main.cpp wires them, offscreen, signed in to a private
// test Prosody with a roster of 5,000 contacts (all in the contact list's model), then ten chat
// tabs opened on contacts whose conversations have history in the account's database.
// Prints the peak RSS (VmHWM) at the end, and RSS at each step.
// usage: bench_gui_rss [contacts] [chats] [messages per chat]   (default 5000 10 1000)
#include "AccountController.h"
#include "BenchFigure.h"
#include "HistoryBenchData.h"
#include "MainWindow.h"
#include "ProcessStatus.h"
#include "ProsodyRoster.h"
#include "TestServerInfo.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "chat/ConversationView.h"
#include "chat/ConversationWidget.h"
#include "im/Roster.h"
#include "models/MessageModel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

constexpr int TimeoutMs = 120000;

void step(const char *what, qint64 ms = -1)
{
    std::printf("%-52s RSS %7lld KB  peak %7lld KB", what,
                static_cast<long long>(processStatusKiB("VmRSS:")),
                static_cast<long long>(processStatusKiB("VmHWM:")));
    if (ms >= 0)
        std::printf("  (%lld ms)", static_cast<long long>(ms));
    std::printf("\n");
    std::fflush(stdout);
}

// The account as the sign-in dialog leaves it: pinned certificate, remembered password,
// signing in by itself at start.
bool saveAccount(const TestServerInfo &server, const QString &user, AccountStore &store,
                 PasswordStore &passwords)
{
    AccountSettings settings;
    settings.id = server.jid(user);
    settings.connection.jid = Jid::parse(settings.id).withResource(u"gui-bench"_s);
    settings.connection.host = server.host;
    settings.connection.port = server.startTlsPort;
    settings.connection.tlsMode = TlsMode::StartTls;
    settings.connection.pinnedCertificates = {server.certSha256Hex};
    settings.autoConnect = true;
    settings.rememberPassword = true;
    QString error;
    if (!store.save(settings, &error)) {
        std::fprintf(stderr, "cannot save the account: %s\n", qPrintable(error));
        return false;
    }
    bool written = false;
    passwords.writePassword(settings.id, server.password,
                            [&](const PasswordResult &result) { written = result.ok(); });
    return QTest::qWaitFor([&] { return written; }, 10000);
}

int measure(const TestServerInfo &server, int contacts, int chats, int perChat,
            const QString &configDir)
{
    const QString user = u"guibench"_s;
    QString error;
    if (!server.registerAccount(user, server.password, &error) ||
        !Bench::writeProsodyRoster(server, user, contacts)) {
        std::fprintf(stderr, "cannot prepare the account: %s\n", qPrintable(error));
        return 1;
    }
    // The history, written by a child process so that its memory is not ours.
    const QString database = AccountServices::defaultDatabasePath(server.jid(user));
    QDir().mkpath(QFileInfo(database).absolutePath());
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {u"--generate"_s, database, QString::number(chats * perChat),
                           QString::number(chats)}) != 0) {
        std::fprintf(stderr, "cannot write the history\n");
        return 1;
    }
    step("started, history written");

    AccountStore store(configDir + u"/accounts.ini"_s);
    PasswordStore passwords(PasswordStore::Backend::File, configDir + u"/passwords.json"_s);
    if (!saveAccount(server, user, store, passwords))
        return 1;

    // As app/linnet/main.cpp (DesktopIdleSource aside: it lives in app/).
    MainWindow window;
    AccountController controller(&store, &passwords, &window);
    QObject::connect(&controller, &AccountController::accountChanged, &window,
                     &MainWindow::setAccount);
    QObject::connect(&window, &MainWindow::signInRequested, &controller,
                     &AccountController::showSignInDialog);
    QObject::connect(&window, &MainWindow::signOutRequested, &controller,
                     &AccountController::signOut);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    step("main window shown, signed out");

    QElapsedTimer clock;
    clock.start();
    controller.start();
    const bool signedIn = QTest::qWaitFor(
        [&] {
            Account *account = controller.account();
            return account && account->state() == ConnectionState::Online &&
                   account->roster()->isLoaded() && account->roster()->count() == contacts;
        },
        TimeoutMs);
    if (!signedIn) {
        std::fprintf(stderr, "no roster of %d contacts: %s\n", contacts,
                     controller.account() ? qPrintable(controller.account()->stateReason()) : "");
        return 1;
    }
    QTest::qWait(1000); // the contact list lays out and paints
    step("signed in, roster in the contact list", clock.elapsed());

    clock.restart();
    ChatController *chatController = window.chatController();
    for (int i = 0; i < chats; ++i)
        chatController->openChat(Jid::parse(Bench::rosterContact(i)));
    const bool open = QTest::qWaitFor(
        [&] {
            const QList<ConversationWidget *> pages = window.chatWindow()->conversations();
            return pages.size() == chats &&
                   std::all_of(pages.cbegin(), pages.cend(), [](ConversationWidget *page) {
                       const MessageModel *model = page->view()->messageModel();
                       return model && model->isLoaded() && model->rowCount() > 0;
                   });
        },
        TimeoutMs);
    if (!open) {
        std::fprintf(stderr, "the %d chats did not open with their history\n", chats);
        return 1;
    }
    const qint64 openMs = clock.elapsed();
    // Every tab painted once, as a user going through them would.
    for (ConversationWidget *page : window.chatWindow()->conversations()) {
        window.chatWindow()->bringToFront(page);
        QTest::qWait(100);
    }
    QTest::qWait(1000);
    step("chats open with history, every tab shown", openMs);

    const QByteArray prefix = "gui." + QByteArray::number(contacts) + "_contacts." +
                              QByteArray::number(chats) + "_chats.";
    Bench::printFigure(prefix + "peak_rss_kb", double(processStatusKiB("VmHWM:")), "KB");
    Bench::printFigure(prefix + "open_chats_ms", double(openMs), "ms");
    controller.signOut();
    QTest::qWait(300);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList plainArgs = [&] {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    if (plainArgs.value(1) == u"--generate") {
        QCoreApplication app(argc, argv);
        const int chats = plainArgs.value(4).toInt();
        return Bench::generateHistory(plainArgs.value(2), plainArgs.value(3).toInt(),
                                      [chats](int i) { return Bench::rosterContact(i % chats); })
                   ? 0
                   : 1;
    }
    // A private profile: accounts.ini, passwords and the account's database live in dir.
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(u"data"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Linnet"_s);
    QApplication::setApplicationName(u"linnet"_s);
    QLoggingCategory::setFilterRules(u"linnet.*=false"_s);
    const int contacts = plainArgs.size() > 1 ? plainArgs.value(1).toInt() : 5000;
    const int chats = plainArgs.size() > 2 ? plainArgs.value(2).toInt() : 10;
    const int perChat = plainArgs.size() > 3 ? plainArgs.value(3).toInt() : 1000;
    if (contacts < chats || chats < 1 || perChat < 1) {
        std::fprintf(stderr, "usage: bench_gui_rss [contacts] [chats <= contacts] [messages]\n");
        return 2;
    }

    QString error;
    const auto server = TestServerInfo::startServer(dir.filePath(u"server"_s), &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the test server: %s\n", qPrintable(error));
        return 1;
    }
    QDir().mkpath(dir.filePath(u"config"_s));
    const int status = measure(*server, contacts, chats, perChat, dir.filePath(u"config"_s));
    server->stopServer(&error);
    return status;
}

// linnet-cli: the Linnet core for scripts and terminals.
#include "CheckCommand.h"
#include "CommandCommand.h"
#include "DiscoCommand.h"
#include "HistoryCommand.h"
#include "JoinCommand.h"
#include "ListenCommand.h"
#include "PresenceCommand.h"
#include "RegisterCommand.h"
#include "RoomsCommand.h"
#include "RosterCommand.h"
#include "SendCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

void printUsage(QTextStream &stream)
{
    // The command and option names stay as they are in every language.
    stream << QCoreApplication::translate(
        "linnet-cli",
        "Usage: linnet-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  check    sign in, print each phase with its time, and sign out\n"
        "  roster   sign in, print the contacts with their presence [--json]\n"
        "  presence sign in and set a presence: --show chat|online|away|xa|dnd\n"
        "           --status TEXT [--priority N] [--stay SECONDS]\n"
        "  send     JID TEXT: send a message through the account's outbox and wait until\n"
        "           the server has it [--json] [--database FILE]\n"
        "  listen   sign in and print incoming messages until Ctrl-C [--json]\n"
        "           [--database FILE]\n"
        "  history  JID: print the stored conversation, oldest first, from the local\n"
        "           database (no network) [--search WORDS] [--limit N] [--json]\n"
        "           [--database FILE]\n"
        "  disco    [JID] [--node N] [--items | --info] [--json]: what an address is and\n"
        "           offers, and its items (default: the account's server)\n"
        "  command  JID [NODE]: list an address's ad-hoc commands, or run one on the\n"
        "           terminal (forms are asked field by field on stdin)\n"
        "  register create the account --jid with the given password; or\n"
        "           --change-password [--new-password-file FILE], --remove --yes,\n"
        "           --service JID\n"
        "  rooms    SERVICE: list the rooms of a group chat service with names, occupant\n"
        "           counts and flags [--json]\n"
        "  join     ROOM --nick NICK: join a group chat room and print its messages and\n"
        "           presence until Ctrl-C or the end of input; lines typed are sent, and\n"
        "           /nick, /subject, /msg NICK, /leave are commands [--password P]\n"
        "           [--history N|archive] [--json] [--database FILE]\n\n"
        "Options every command takes:\n"
        "  --jid JID  --password-file FILE (or LINNET_PASSWORD)  --host HOST  --port PORT\n"
        "  --tls automatic|starttls|direct-tls|allow-unencrypted  --ca-file PEM  --pin "
        "SHA256\n"
        "  --resource RESOURCE  --verbose\n"
        "(history needs only --jid, the account, or --database.)\n\n"
        "linnet-cli COMMAND --help tells more; linnet-cli --version prints the version.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Linnet"_s);
    // The app's name, not the program's: the CLI finds the same per-account files as the app.
    QCoreApplication::setApplicationName(u"linnet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LINNET_VERSION));
    Linnet::Translations translations;
    translations.load();

    QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h") {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments[1] == u"--version" || arguments[1] == u"-v") {
        out << "linnet-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString command = arguments.takeAt(1);
    if (command == u"check")
        return Linnet::Cli::runCheck(arguments);
    if (command == u"roster")
        return Linnet::Cli::runRoster(arguments);
    if (command == u"presence")
        return Linnet::Cli::runPresence(arguments);
    if (command == u"send")
        return Linnet::Cli::runSend(arguments);
    if (command == u"listen")
        return Linnet::Cli::runListen(arguments);
    if (command == u"history")
        return Linnet::Cli::runHistory(arguments);
    if (command == u"disco")
        return Linnet::Cli::runDisco(arguments);
    if (command == u"command")
        return Linnet::Cli::runCommand(arguments);
    if (command == u"register")
        return Linnet::Cli::runRegister(arguments);
    if (command == u"rooms")
        return Linnet::Cli::runRooms(arguments);
    if (command == u"join")
        return Linnet::Cli::runJoin(arguments);
    err << QCoreApplication::translate("linnet-cli", "linnet-cli: unknown command '%1'")
               .arg(command)
        << "\n";
    printUsage(err);
    return 2;
}

#include "PresenceCommand.h"

#include "CliSession.h"
#include "im/PresenceManager.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {
int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(interruptPipe[0], &byte, 1);
}
} // namespace

int runPresence(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sign in, set your presence and stay online a while."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addOption(
        {u"show"_s, u"chat, online, away, xa or dnd (default online)."_s, u"state"_s, u"online"_s});
    parser.addOption({u"status"_s, u"The status message."_s, u"text"_s});
    parser.addOption({u"priority"_s, u"Priority, -128 to 127 (default 0)."_s, u"n"_s, u"0"_s});
    parser.addOption({u"stay"_s,
                      u"Seconds to stay signed in; 0 (default) stays until stdin closes or "
                      u"Ctrl-C."_s,
                      u"seconds"_s, u"0"_s});
    parser.addOption({u"timeout"_s, u"Give up signing in after this many seconds (default 60)."_s,
                      u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli presence: " << error << Qt::endl;
        return 2;
    }
    const QString showText = parser.value(u"show"_s);
    const auto show = showText == u"online" ? std::optional(Presence::Show::Online)
                                            : Presence::showFromName(showText);
    bool priorityOk = false;
    const int priority = parser.value(u"priority"_s).toInt(&priorityOk);
    if (!show || showText.isEmpty()) {
        err << "linnet-cli presence: --show must be chat, online, away, xa or dnd" << Qt::endl;
        return 2;
    }
    if (!priorityOk || priority < -128 || priority > 127) {
        err << "linnet-cli presence: --priority must be a number from -128 to 127" << Qt::endl;
        return 2;
    }
    const int stay = parser.value(u"stay"_s).toInt();

    CliSession session(options, u"presence"_s);
    // Recorded now, sent as the initial presence once the roster is in.
    session.services().presence()->setOwnPresence(*show, parser.value(u"status"_s), priority);
    QTextStream out(stdout);
    QObject::connect(&session.client(), &Client::xmlSent, &session, [&out](const QString &xml) {
        if (xml.startsWith(u"<presence"))
            out << "sent: " << xml << Qt::endl;
    });

    QSocketNotifier *stdinWatch = nullptr;
    QSocketNotifier *interruptWatch = nullptr;
    const auto leave = [&session] { session.finish(0); };
    session.start(
        [&] {
            if (stay > 0) {
                QTimer::singleShot(stay * 1000, &session, leave);
                return;
            }
            out << "Online; close stdin or press Ctrl-C to sign out." << Qt::endl;
            stdinWatch = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &session);
            QObject::connect(stdinWatch, &QSocketNotifier::activated, &session, [&] {
                char buffer[256];
                if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                    stdinWatch->setEnabled(false);
                    leave();
                }
            });
            if (::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptPipe) == 0) {
                interruptWatch =
                    new QSocketNotifier(interruptPipe[1], QSocketNotifier::Read, &session);
                QObject::connect(interruptWatch, &QSocketNotifier::activated, &session, [&] {
                    interruptWatch->setEnabled(false);
                    leave();
                });
                std::signal(SIGINT, onInterrupt);
                std::signal(SIGTERM, onInterrupt);
            }
        },
        parser.value(u"timeout"_s).toInt());
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli

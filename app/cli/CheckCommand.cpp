#include "CheckCommand.h"

#include "ConnectionOptions.h"
#include "stream/Client.h"
#include "stream/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sign in to an XMPP account and report each step."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addOption(
        {u"timeout"_s, u"Give up after this many seconds (default 60)."_s, u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli check: " << error << Qt::endl;
        return 2;
    }

    Client client;
    client.setAutoReconnect(false);
    client.setSettings(options.settings());
    client.setPassword(options.password());

    int exitCode = 1;
    QElapsedTimer total;
    total.start();
    QObject::connect(&client, &Client::phaseFinished, &client,
                     [&out](const QString &phase, qint64 ms, const QString &detail) {
                         out << qSetFieldWidth(9) << Qt::left << phase << qSetFieldWidth(0)
                             << qSetFieldWidth(8) << Qt::right << u"%1 ms"_s.arg(ms)
                             << qSetFieldWidth(0) << "  " << detail << Qt::endl;
                     });
    QObject::connect(
        &client, &Client::stateChanged, &client, [&](ConnectionState state, const QString &reason) {
            if (state == ConnectionState::Online) {
                out << "OK: " << reason << " in " << total.elapsed() << " ms" << Qt::endl;
                exitCode = 0;
                client.disconnectFromServer();
            } else if (state == ConnectionState::Disconnected) {
                if (exitCode != 0)
                    err << "error: " << reason << Qt::endl;
                QCoreApplication::exit(exitCode);
            }
        });
    QTimer::singleShot(parser.value(u"timeout"_s).toInt() * 1000, &client, [&] {
        err << "error: no answer after " << parser.value(u"timeout"_s) << " seconds" << Qt::endl;
        QCoreApplication::exit(1);
    });
    client.connectToServer();
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli

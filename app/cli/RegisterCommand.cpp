#include "RegisterCommand.h"

#include "CliSession.h"
#include "TerminalForm.h"
#include "disco/Registration.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

const QStringList credentialFields{u"username"_s, u"password"_s};

bool needsAnswers(const DataForm &form)
{
    return std::any_of(form.fields.cbegin(), form.fields.cend(), [](const DataForm::Field &f) {
        return !credentialFields.contains(f.var) && !DataForm::problemWith(f).isEmpty();
    });
}

// Creates the account before there is a session to sign in to.
int createAccount(const ConnectionOptions &options, int timeoutSeconds)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Jid jid = options.settings().jid;
    AccountCreator creator(options.settings());
    LineReader reader;
    FormPrompter prompter(reader);
    const auto fail = [&err](const QString &why) {
        err << "linnet-cli register: " << why << Qt::endl;
        QCoreApplication::exit(1);
    };
    QObject::connect(
        &creator, &AccountCreator::formReceived, &creator, [&](const RegistrationForm &received) {
            if (!received.ok) {
                fail(received.error);
                return;
            }
            RegistrationForm filled = received;
            for (const QString &var : credentialFields) {
                if (DataForm::Field *field = filled.form.field(var))
                    field->values = {var == u"username" ? jid.local() : options.password()};
            }
            if (!needsAnswers(filled.form)) {
                creator.submit(filled);
                return;
            }
            if (!received.instructions.isEmpty())
                out << received.instructions << Qt::endl;
            prompter.fill(
                filled.form,
                [&, filled](const std::optional<DataForm> &answers) mutable {
                    if (!answers) {
                        creator.cancel();
                        fail(u"no more input; the account was not created"_s);
                        return;
                    }
                    filled.form = *answers;
                    creator.submit(filled);
                },
                credentialFields);
        });
    QObject::connect(&creator, &AccountCreator::finished, &creator,
                     [&](const RegistrationResult &result) {
                         if (!result.ok) {
                             fail(result.error);
                             return;
                         }
                         out << "Created the account " << jid.toString() << '.' << Qt::endl;
                         QCoreApplication::exit(0);
                     });
    QTimer::singleShot(timeoutSeconds * 1000, &creator, [&] {
        creator.cancel();
        fail(u"no answer after %1 seconds"_s.arg(timeoutSeconds));
    });
    creator.fetchForm();
    return QCoreApplication::exec();
}

std::optional<QString> newPassword(const QCommandLineParser &parser, QString *error)
{
    QString password;
    if (parser.isSet(u"new-password-file"_s)) {
        QFile file(parser.value(u"new-password-file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the new password file: %1"_s.arg(file.errorString());
            return std::nullopt;
        }
        password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    } else {
        password = qEnvironmentVariable("LINNET_NEW_PASSWORD");
    }
    if (password.isEmpty()) {
        *error = u"no new password: use --new-password-file or set LINNET_NEW_PASSWORD"_s;
        return std::nullopt;
    }
    return password;
}

void reportResult(CliSession &session, const RegistrationResult &result, const QString &done)
{
    if (!result.ok) {
        QTextStream(stderr) << "linnet-cli register: " << result.error << Qt::endl;
        session.finish(1);
        return;
    }
    QTextStream(stdout) << done << Qt::endl;
    session.finish(0);
}

} // namespace

int runRegister(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create the account --jid on its server (in-band registration, XEP-0077), or change "
        u"its password, or remove it, or register with a service."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addOption({u"change-password"_s,
                      u"Sign in and change the password to --new-password-file's (or "
                      u"LINNET_NEW_PASSWORD)."_s});
    parser.addOption({u"new-password-file"_s,
                      u"Read the new password from this file (first line)."_s, u"file"_s});
    parser.addOption({u"remove"_s, u"Sign in and remove the account from the server, for "
                                   u"good. Needs --yes."_s});
    parser.addOption({u"yes"_s, u"Confirm --remove."_s});
    parser.addOption(
        {u"service"_s, u"Sign in and register with this service instead."_s, u"jid"_s});
    parser.addOption(
        {u"timeout"_s, u"Give up after this many seconds (default 60)."_s, u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli register: " << error << Qt::endl;
        return 2;
    }
    const int modes = int(parser.isSet(u"change-password"_s)) + int(parser.isSet(u"remove"_s)) +
                      int(parser.isSet(u"service"_s));
    if (modes > 1) {
        err << "linnet-cli register: choose one of --change-password, --remove and --service"
            << Qt::endl;
        return 2;
    }
    const int timeout = parser.value(u"timeout"_s).toInt();
    if (modes == 0)
        return createAccount(options, timeout);

    std::optional<QString> password;
    if (parser.isSet(u"change-password"_s) && !(password = newPassword(parser, &error))) {
        err << "linnet-cli register: " << error << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"remove"_s) && !parser.isSet(u"yes"_s)) {
        err << "linnet-cli register: removing " << options.settings().jid.toString()
            << " deletes the account and everything the server keeps for it; add --yes to "
               "confirm"
            << Qt::endl;
        return 2;
    }
    const Jid service = Jid::parse(parser.value(u"service"_s));
    if (parser.isSet(u"service"_s) && !service.isValid()) {
        err << "linnet-cli register: invalid --service: " << service.error() << Qt::endl;
        return 2;
    }

    CliSession session(options, u"register"_s);
    Registration registration(session.client());
    LineReader reader;
    FormPrompter prompter(reader);
    const QString account = options.settings().jid.toString();
    session.start(
        [&] {
            if (password) {
                registration.changePassword(*password, [&](const RegistrationResult &r) {
                    reportResult(session, r, u"Changed the password of %1."_s.arg(account));
                });
            } else if (parser.isSet(u"remove"_s)) {
                registration.removeAccount([&](const RegistrationResult &r) {
                    reportResult(session, r, u"Removed the account %1."_s.arg(account));
                });
            } else {
                registration.fetchForm(service, [&](const RegistrationForm &form) {
                    if (!form.ok) {
                        reportResult(session, {false, form.error}, {});
                        return;
                    }
                    if (form.registered)
                        QTextStream(stdout)
                            << "Already registered; submitting updates it." << Qt::endl;
                    prompter.fill(form.form, [&, form](const std::optional<DataForm> &filled) {
                        if (!filled) {
                            reportResult(session, {false, u"no more input"_s}, {});
                            return;
                        }
                        RegistrationForm answered = form;
                        answered.form = *filled;
                        registration.submit(service, answered, [&](const RegistrationResult &r) {
                            reportResult(session, r,
                                         u"Registered with %1."_s.arg(service.toString()));
                        });
                    });
                });
            }
        },
        timeout);
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli

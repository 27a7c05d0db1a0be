#include "CommandCommand.h"

#include "CliSession.h"
#include "TerminalForm.h"
#include "disco/AdHocCommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

using Action = CommandStep::Action;

// Runs one command session on the terminal, step by step.
class TerminalCommand
{
public:
    TerminalCommand(CliSession &session, AdHocCommands &commands)
        : m_session(session), m_commands(commands), m_prompter(m_reader), m_out(stdout),
          m_err(stderr)
    {}

    void start(const Jid &jid, const QString &node)
    {
        m_commands.execute(jid, node, [this](const CommandStep &step) { onStep(step); });
    }

private:
    void onStep(const CommandStep &step)
    {
        if (!step.ok) {
            m_err << "linnet-cli command: " << step.error << Qt::endl;
            m_session.finish(1);
            return;
        }
        bool failed = false;
        for (const CommandStep::Note &note : step.notes) {
            const char *kind = note.type == CommandStep::Note::Type::Error     ? "error"
                               : note.type == CommandStep::Note::Type::Warning ? "warning"
                                                                               : "info";
            m_out << '[' << kind << "] " << note.text << '\n';
            failed = failed || note.type == CommandStep::Note::Type::Error;
        }
        if (step.status != CommandStep::Status::Executing) {
            if (step.form)
                printForm(m_out, *step.form);
            m_out << (step.status == CommandStep::Status::Completed ? "Completed." : "Canceled.")
                  << Qt::endl;
            // XEP-0050 §4.5: a command that completes with an error note has failed.
            m_session.finish(failed ? 1 : 0);
            return;
        }
        m_step = step;
        if (!step.form || step.form->type != u"form") {
            if (step.form)
                printForm(m_out, *step.form);
            chooseAction(std::nullopt);
            return;
        }
        m_prompter.fill(*step.form, [this](const std::optional<DataForm> &filled) {
            if (!filled) {
                giveUp();
                return;
            }
            chooseAction(filled->submission());
        });
    }

    void chooseAction(const std::optional<DataForm> &submission)
    {
        QList<Action> choices = m_step.allowed;
        choices.append(Action::Cancel);
        Action fallback = m_step.defaultAction;
        if (fallback == Action::Execute || !choices.contains(fallback))
            fallback = choices.first();
        QStringList words;
        for (Action action : std::as_const(choices))
            words.append(CommandStep::actionName(action));
        m_out << "Action (" << words.join(u", ") << ") [" << CommandStep::actionName(fallback)
              << "]> ";
        m_out.flush();
        m_reader.readLine([this, choices, fallback, submission](const std::optional<QString> &l) {
            endPromptLine(m_out);
            if (!l) {
                giveUp();
                return;
            }
            const QString word = l->trimmed().toLower();
            Action action = fallback;
            if (!word.isEmpty()) {
                const auto it = std::find_if(choices.cbegin(), choices.cend(), [&](Action a) {
                    return CommandStep::actionName(a) == word;
                });
                if (it == choices.cend()) {
                    m_out << "  Please answer " << CommandStep::actionName(fallback)
                          << " or one of the others." << Qt::endl;
                    chooseAction(submission);
                    return;
                }
                action = *it;
            }
            const bool sendForm = action == Action::Next || action == Action::Complete;
            m_commands.proceed(m_step, action, sendForm ? submission : std::nullopt,
                               [this](const CommandStep &step) { onStep(step); });
        });
    }

    // stdin closed in the middle: tell the entity, then leave.
    void giveUp()
    {
        m_err << "linnet-cli command: no more input; canceling the command" << Qt::endl;
        m_commands.proceed(m_step, Action::Cancel, std::nullopt,
                           [this](const CommandStep &) { m_session.finish(1); });
    }

    CliSession &m_session;
    AdHocCommands &m_commands;
    LineReader m_reader;
    FormPrompter m_prompter;
    QTextStream m_out;
    QTextStream m_err;
    CommandStep m_step;
};

void printList(const DiscoItemsResult &result)
{
    QTextStream out(stdout);
    for (const DiscoItem &item : result.items)
        out << item.node << "  " << item.name << '\n';
    if (result.items.isEmpty())
        out << "(no commands)\n";
    out.flush();
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sign in and list an address's commands, or run one (XEP-0050 ad-hoc commands): each "
        u"form is shown field by field and the answers are read from stdin."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(u"jid"_s, u"The address that offers the commands."_s);
    parser.addPositionalArgument(u"node"_s, u"The command to run; list them when left out."_s,
                                 u"[NODE]"_s);
    parser.addOption({u"timeout"_s, u"Give up signing in after this many seconds (default 60)."_s,
                      u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli command: " << error << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        err << "linnet-cli command: give the address, and the command's node to run it" << Qt::endl;
        return 2;
    }
    const Jid jid = Jid::parse(positional[0]);
    if (!jid.isValid()) {
        err << "linnet-cli command: invalid address: " << jid.error() << Qt::endl;
        return 2;
    }
    const QString node = positional.value(1);

    CliSession session(options, u"command"_s);
    DiscoClient disco(session.client());
    AdHocCommands commands(session.client(), disco);
    TerminalCommand terminal(session, commands);
    session.start(
        [&] {
            if (!node.isEmpty()) {
                terminal.start(jid, node);
                return;
            }
            commands.list(jid, [&](const DiscoItemsResult &result) {
                if (!result.ok) {
                    err << "linnet-cli command: " << result.error << Qt::endl;
                    session.finish(1);
                    return;
                }
                printList(result);
                session.finish(0);
            });
        },
        parser.value(u"timeout"_s).toInt());
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli

#include "disco/AdHocCommands.h"

#include "Logging.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

using Action = CommandStep::Action;

std::optional<Action> actionFromName(QStringView name)
{
    for (Action action :
         {Action::Execute, Action::Next, Action::Prev, Action::Complete, Action::Cancel}) {
        if (CommandStep::actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

QString errorSentence(const IqResponse &response)
{
    if (response.outcome == IqResponse::Outcome::Error) {
        const Element specific = response.error.applicationCondition;
        if (specific.namespaceUri() == ns::Commands) {
            const QString name = specific.name();
            const char *text = nullptr;
            if (name == u"session-expired")
                text = QT_TRANSLATE_NOOP("Linnet::AdHocCommands",
                                         "The command session has expired; run the command again.");
            else if (name == u"bad-payload")
                text = QT_TRANSLATE_NOOP(
                    "Linnet::AdHocCommands",
                    "The command did not accept the form; check the required fields.");
            else if (name == u"bad-action" || name == u"malformed-action")
                text = QT_TRANSLATE_NOOP("Linnet::AdHocCommands",
                                         "The command cannot do that at this stage.");
            else if (name == u"bad-sessionid")
                text = QT_TRANSLATE_NOOP(
                    "Linnet::AdHocCommands",
                    "The command does not know this session; run the command again.");
            if (text)
                return QCoreApplication::translate("Linnet::AdHocCommands", text);
        }
    }
    return response.sentence;
}

CommandStep parseStep(const Jid &jid, const QString &node, const Element &command)
{
    CommandStep step;
    step.ok = true;
    step.jid = jid;
    step.node = command.attribute(u"node").isEmpty() ? node : command.attribute(u"node");
    step.sessionId = command.attribute(u"sessionid");
    const QString status = command.attribute(u"status");
    step.status = status == u"completed"  ? CommandStep::Status::Completed
                  : status == u"canceled" ? CommandStep::Status::Canceled
                                          : CommandStep::Status::Executing;
    const Element actions = command.firstChild(u"actions", ns::Commands);
    if (!actions.isNull()) {
        for (const Element &child : actions.children()) {
            const auto action = actionFromName(child.name());
            if (child.namespaceUri() == ns::Commands && action && *action != Action::Cancel &&
                *action != Action::Execute && !step.allowed.contains(*action))
                step.allowed.append(*action);
        }
        if (const auto execute = actionFromName(actions.attribute(u"execute")))
            step.defaultAction = *execute;
    }
    // XEP-0050 §3.4: without <actions/>, the only way on is to complete (a single stage).
    if (step.status == CommandStep::Status::Executing && step.allowed.isEmpty())
        step.allowed.append(Action::Complete);
    for (const Element &note : command.childrenNamed(u"note", ns::Commands)) {
        const QString type = note.attribute(u"type");
        CommandStep::Note n;
        n.type = type == u"warn"    ? CommandStep::Note::Type::Warning
                 : type == u"error" ? CommandStep::Note::Type::Error
                                    : CommandStep::Note::Type::Info;
        n.text = note.text().trimmed();
        step.notes.append(n);
    }
    if (const Element x = command.firstChild(u"x", ns::DataForms); !x.isNull())
        step.form = DataForm::fromElement(x);
    return step;
}

} // namespace

QString CommandStep::actionName(Action action)
{
    switch (action) {
    case Action::Execute:
        return u"execute"_s;
    case Action::Next:
        return u"next"_s;
    case Action::Prev:
        return u"prev"_s;
    case Action::Complete:
        return u"complete"_s;
    case Action::Cancel:
        return u"cancel"_s;
    }
    return u"execute"_s;
}

AdHocCommands::AdHocCommands(XmppStream &stream, DiscoClient &disco, QObject *parent)
    : QObject(parent), m_stream(stream), m_disco(disco)
{}

void AdHocCommands::list(const Jid &jid, DiscoClient::ItemsCallback callback)
{
    m_disco.items(jid, ns::Commands.toString(), [jid, callback](DiscoItemsResult result) {
        // XEP-0050 §6: command nodes of another entity are suspicious; leave them out.
        result.items.removeIf([&jid](const DiscoItem &item) { return item.jid != jid; });
        if (callback)
            callback(result);
    });
}

void AdHocCommands::execute(const Jid &jid, const QString &node, StepCallback callback)
{
    CommandStep start;
    start.jid = jid;
    start.node = node;
    proceed(start, Action::Execute, std::nullopt, std::move(callback));
}

void AdHocCommands::proceed(const CommandStep &previous, CommandStep::Action action,
                            const std::optional<DataForm> &form, StepCallback callback)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, previous.jid.toString());
    Element &command = iq.addChild(u"command"_s, ns::Commands.toString());
    command.setAttribute(u"node"_s, previous.node);
    if (!previous.sessionId.isEmpty())
        command.setAttribute(u"sessionid"_s, previous.sessionId);
    command.setAttribute(u"action"_s, CommandStep::actionName(action));
    if (form && action != Action::Cancel)
        command.appendChild(form->toElement());

    const Jid jid = previous.jid;
    const QString node = previous.node;
    const QString sessionId = previous.sessionId;
    QPointer<AdHocCommands> self(this);
    m_stream.sendIq(iq, [self, jid, node, sessionId, callback](const IqResponse &response) {
        if (!self || !callback)
            return;
        const Element command = response.iq.firstChild(u"command", ns::Commands);
        if (response.ok() && !command.isNull()) {
            callback(parseStep(jid, node, command));
            return;
        }
        CommandStep failed;
        failed.jid = jid;
        failed.node = node;
        failed.sessionId = sessionId;
        failed.error =
            response.ok()
                ? QCoreApplication::translate("Linnet::AdHocCommands",
                                              "The answer to the command could not be understood.")
                : errorSentence(response);
        qCInfo(lcIm) << "Command" << node << "at" << jid.toString() << "failed:" << failed.error;
        callback(failed);
    });
}

} // namespace Linnet

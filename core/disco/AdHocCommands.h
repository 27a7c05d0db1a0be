#pragma once

#include "disco/DataForm.h"
#include "disco/DiscoClient.h"

#include <QObject>
#include <functional>

namespace Linnet {

class XmppStream;

// One step of a XEP-0050 command session as the entity answered it.
struct CommandStep
{
    enum class Status { Executing, Completed, Canceled };
    enum class Action { Execute, Next, Prev, Complete, Cancel };

    bool ok = false;
    QString error; // a sentence when !ok
    Jid jid;
    QString node;
    QString sessionId;
    Status status = Status::Executing;
    // From <actions/> (next/prev/complete); just Complete when a stage has none. Cancel is
    // always possible while executing and is not listed.
    QList<Action> allowed;
    Action defaultAction = Action::Execute; // <actions execute=''/>
    std::optional<DataForm> form;
    // The XEP-0050 name of an action ("execute", "next", …), as on the wire.
    static QString actionName(Action action);
    struct Note
    {
        enum class Type { Info, Warning, Error };
        Type type = Type::Info;
        QString text;
    };
    QList<Note> notes;
};

// XEP-0050 ad-hoc commands: list an entity's commands (disco#items on the commands node),
// execute, then next/prev/complete/cancel within the session the entity opened.
class AdHocCommands : public QObject
{
    Q_OBJECT
public:
    using StepCallback = std::function<void(const CommandStep &)>;

    AdHocCommands(XmppStream &stream, DiscoClient &disco, QObject *parent = nullptr);

    void list(const Jid &jid, DiscoClient::ItemsCallback callback);
    void execute(const Jid &jid, const QString &node, StepCallback callback);
    // Continues the session of previous; form is the user's submission (may be empty for
    // prev/cancel).
    void proceed(const CommandStep &previous, CommandStep::Action action,
                 const std::optional<DataForm> &form, StepCallback callback);

private:
    XmppStream &m_stream;
    DiscoClient &m_disco;
};

} // namespace Linnet

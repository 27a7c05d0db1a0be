#include "HistoryCommand.h"

#include "ChatOutput.h"
#include "im/Jid.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

int runHistory(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print the stored messages of a conversation from the account's local database "
        u"(no network needed)."_s);
    parser.addHelpOption();
    parser.addOption(
        {u"jid"_s, u"The account whose database to read, e.g. alice@example.org."_s, u"jid"_s});
    addDatabaseOption(parser);
    parser.addOption({u"search"_s, u"Only messages containing these words."_s, u"words"_s});
    parser.addOption(
        {u"limit"_s, u"At most this many messages, the newest (default 50)."_s, u"n"_s, u"50"_s});
    parser.addOption({u"json"_s, u"Print one JSON object per message: from, to, type, id, body, "
                                 u"timestamp, conversation, direction, and state for ours."_s});
    parser.addOption({u"verbose"_s, u"Also log what the database does, on stderr."_s});
    parser.addPositionalArgument(u"jid"_s, u"The conversation: the other person's address."_s);
    parser.process(arguments);

    QTextStream err(stderr);
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"linnet.*.info=false\nlinnet.*.warning=false"_s);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "linnet-cli history: give the address of the conversation: linnet-cli history JID"
            << Qt::endl;
        return 2;
    }
    const Jid peer = Jid::parse(positional[0]);
    if (!peer.isValid()) {
        err << "linnet-cli history: invalid address '" << positional[0] << "': " << peer.error()
            << Qt::endl;
        return 2;
    }
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        err << "linnet-cli history: --limit must be a positive number" << Qt::endl;
        return 2;
    }
    QString account;
    if (parser.isSet(u"jid"_s)) {
        const Jid jid = Jid::parse(parser.value(u"jid"_s));
        if (!jid.isValid() || jid.local().isEmpty()) {
            err << "linnet-cli history: invalid --jid: "
                << (jid.isValid() ? u"no user name"_s : jid.error()) << Qt::endl;
            return 2;
        }
        account = jid.bareString();
    } else if (!parser.isSet(u"database"_s)) {
        err << "linnet-cli history: --jid (the account) or --database is required" << Qt::endl;
        return 2;
    }

    const QString path = databasePath(parser, account);
    if (!QFileInfo::exists(path)) {
        err << "linnet-cli history: there is no message database for "
            << (account.isEmpty() ? path : account + u" (looked for "_s + path + u')')
            << "; messages are stored once the account has sent or received some" << Qt::endl;
        return 1;
    }
    // The store's futures finish on the database thread, so waiting on them here is safe.
    Database database;
    const StorageResult opened = database.open(path).result();
    if (!opened.ok) {
        err << "linnet-cli history: " << opened.sentence << Qt::endl;
        return 1;
    }
    HistoryStore history(database);
    const QString conversation = peer.bareString();
    QList<HistoryMessage> messages;
    if (parser.isSet(u"search"_s)) {
        messages = history.search(parser.value(u"search"_s), conversation, limit).result();
        std::reverse(messages.begin(), messages.end()); // newest first -> oldest first
    } else {
        messages = history.page(conversation, 0, limit).result();
    }

    QTextStream out(stdout);
    const bool json = parser.isSet(u"json"_s);
    for (const HistoryMessage &message : std::as_const(messages)) {
        if (!json) {
            out << messageLine(message, account.isEmpty() ? u"me"_s : account) << '\n';
            continue;
        }
        const bool own = message.isOwn();
        const QString from = own && message.senderJid.isEmpty() ? account : message.senderJid;
        QJsonObject object = messageJson(message, from, own ? conversation : account);
        object.insert(u"direction"_s, own ? u"out"_s : u"in"_s);
        out << jsonLine(object);
    }
    if (messages.isEmpty() && !json) {
        err << (parser.isSet(u"search"_s) ? u"No stored message with %1 matches the search."_s
                                          : u"No stored messages with %1."_s)
                   .arg(conversation)
            << Qt::endl;
    }
    out.flush();
    return 0;
}

} // namespace Linnet::Cli

#include "DiscoCommand.h"

#include "CliSession.h"
#include "TerminalForm.h"
#include "disco/DiscoClient.h"
#include "disco/ServiceCatalogue.h"
#include "im/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

struct Answers
{
    std::optional<DiscoInfoResult> info;
    std::optional<DiscoItemsResult> items;
};

QJsonObject toJson(const Jid &jid, const QString &node, const Answers &answers)
{
    QJsonObject object{{u"jid"_s, jid.toString()}, {u"node"_s, node}};
    if (answers.info && answers.info->ok) {
        const DiscoInfo &info = answers.info->info;
        QJsonArray identities;
        for (const DiscoIdentity &i : info.identities) {
            const CatalogueEntry entry = ServiceCatalogue::identity(i.category, i.type);
            identities.append(QJsonObject{{u"category"_s, i.category},
                                          {u"type"_s, i.type},
                                          {u"name"_s, i.name},
                                          {u"lang"_s, i.lang},
                                          {u"meaning"_s, entry.name},
                                          {u"spec"_s, entry.spec}});
        }
        QJsonArray features;
        for (const QString &var : info.features) {
            const CatalogueEntry entry = ServiceCatalogue::feature(var);
            features.append(
                QJsonObject{{u"var"_s, var}, {u"name"_s, entry.name}, {u"spec"_s, entry.spec}});
        }
        QJsonArray forms;
        for (const DataForm &form : info.forms) {
            QJsonObject fields;
            for (const DataForm::Field &field : form.fields)
                fields.insert(field.var, QJsonArray::fromStringList(field.values));
            forms.append(fields);
        }
        object.insert(u"description"_s, ServiceCatalogue::describe(info));
        object.insert(u"forms"_s, forms);
        object.insert(u"identities"_s, identities);
        object.insert(u"features"_s, features);
    } else if (answers.info) {
        object.insert(u"infoError"_s, answers.info->error);
    }
    if (answers.items && answers.items->ok) {
        QJsonArray items;
        for (const DiscoItem &item : answers.items->items) {
            items.append(QJsonObject{
                {u"jid"_s, item.jid.toString()}, {u"node"_s, item.node}, {u"name"_s, item.name}});
        }
        object.insert(u"items"_s, items);
    } else if (answers.items) {
        object.insert(u"itemsError"_s, answers.items->error);
    }
    return object;
}

void printText(QTextStream &out, const Jid &jid, const QString &node, const Answers &answers)
{
    out << jid.toString();
    if (!node.isEmpty())
        out << " node " << node;
    if (answers.info && answers.info->ok)
        out << " — " << ServiceCatalogue::describe(answers.info->info);
    out << '\n';
    if (answers.info && answers.info->ok) {
        const DiscoInfo &info = answers.info->info;
        out << "Identities:\n";
        for (const DiscoIdentity &i : info.identities) {
            const CatalogueEntry entry = ServiceCatalogue::identity(i.category, i.type);
            out << "  " << i.category << '/' << i.type;
            if (!i.name.isEmpty())
                out << " \"" << safeDisplayName(i.name) << '"';
            out << " — " << entry.name;
            if (!entry.spec.isEmpty())
                out << " (" << entry.spec << ')';
            out << '\n';
        }
        out << "Features:\n";
        for (const QString &var : info.features) {
            const CatalogueEntry entry = ServiceCatalogue::feature(var);
            out << "  " << entry.name;
            if (!entry.spec.isEmpty())
                out << " (" << entry.spec << ')';
            if (entry.name != var)
                out << "  " << var;
            out << '\n';
        }
        for (const DataForm &form : info.forms) {
            out << "Extended information (" << form.formType() << "):\n";
            printForm(out, form);
        }
    }
    if (answers.items && answers.items->ok) {
        out << "Items:\n";
        for (const DiscoItem &item : answers.items->items) {
            out << "  " << item.jid.toString();
            if (!item.node.isEmpty())
                out << " node " << item.node;
            if (!item.name.isEmpty())
                out << " \"" << item.name << '"';
            out << '\n';
        }
        if (answers.items->items.isEmpty())
            out << "  (none)\n";
    }
    out.flush();
}

} // namespace

int runDisco(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sign in and show what an address is and offers (XEP-0030 service discovery)."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(u"jid"_s,
                                 u"The address to ask; the account's server when "
                                 u"left out."_s,
                                 u"[JID]"_s);
    parser.addOption({u"node"_s, u"Ask about this node of the address."_s, u"node"_s});
    parser.addOption({u"items"_s, u"Only list the items."_s});
    parser.addOption({u"info"_s, u"Only show identities and features."_s});
    parser.addOption({u"json"_s, u"Print one JSON object: {jid, node, description, identities, "
                                 u"features, forms, items} (infoError/itemsError on "
                                 u"failure)."_s});
    parser.addOption(
        {u"timeout"_s, u"Give up after this many seconds (default 60)."_s, u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli disco: " << error << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"items"_s) && parser.isSet(u"info"_s)) {
        err << "linnet-cli disco: --items and --info exclude each other; give neither for both"
            << Qt::endl;
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        err << "linnet-cli disco: give at most one address" << Qt::endl;
        return 2;
    }
    const QString jidText = parser.positionalArguments().value(0);
    const Jid jid =
        jidText.isEmpty() ? Jid::parse(options.settings().jid.domain()) : Jid::parse(jidText);
    if (!jid.isValid()) {
        err << "linnet-cli disco: invalid address: " << jid.error() << Qt::endl;
        return 2;
    }
    const QString node = parser.value(u"node"_s);
    const bool wantInfo = !parser.isSet(u"items"_s);
    const bool wantItems = !parser.isSet(u"info"_s);
    const bool json = parser.isSet(u"json"_s);

    CliSession session(options, u"disco"_s);
    DiscoClient disco(session.client());
    Answers answers;
    const auto maybeDone = [&] {
        if ((wantInfo && !answers.info) || (wantItems && !answers.items))
            return;
        QTextStream out(stdout);
        if (json)
            out << QJsonDocument(toJson(jid, node, answers)).toJson(QJsonDocument::Indented);
        else
            printText(out, jid, node, answers);
        out.flush();
        bool ok = true;
        if (answers.info && !answers.info->ok) {
            err << "linnet-cli disco: " << jid.toString() << ": " << answers.info->error
                << Qt::endl;
            ok = false;
        }
        if (answers.items && !answers.items->ok) {
            err << "linnet-cli disco: " << jid.toString() << ": " << answers.items->error
                << Qt::endl;
            ok = false;
        }
        session.finish(ok ? 0 : 1);
    };
    session.start(
        [&] {
            if (wantInfo) {
                disco.info(jid, node, [&](const DiscoInfoResult &r) {
                    answers.info = r;
                    maybeDone();
                });
            }
            if (wantItems) {
                disco.items(jid, node, [&](const DiscoItemsResult &r) {
                    answers.items = r;
                    maybeDone();
                });
            }
        },
        parser.value(u"timeout"_s).toInt());
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli

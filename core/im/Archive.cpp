#include "im/Archive.h"

#include "Logging.h"
#include "disco/DataForm.h"
#include "im/XmppDateTime.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

// The <query/> of XEP-0313 §4 with its XEP-0004 filter form and XEP-0059 paging.
Element queryIq(const ArchiveQuery &query, const QString &queryId)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    if (query.archive.isValid())
        iq.setAttribute(u"to"_s, query.archive.toString());
    Element &payload = iq.addChild(u"query"_s, ns::Mam.toString());
    payload.setAttribute(u"queryid"_s, queryId);

    if (query.with.isValid() || query.start.isValid()) {
        DataForm form;
        form.type = u"submit"_s;
        form.fields.append(
            DataForm::Field::make(u"FORM_TYPE"_s, u"hidden"_s, {ns::Mam.toString()}));
        if (query.with.isValid())
            form.fields.append(DataForm::Field::make(u"with"_s, {}, {query.with.toString()}));
        if (query.start.isValid())
            form.fields.append(
                DataForm::Field::make(u"start"_s, {}, {XmppDateTime::format(query.start)}));
        payload.appendChild(form.toElement());
    }

    Element &set = payload.addChild(u"set"_s, ns::Rsm.toString());
    if (query.max >= 0)
        set.addChild(u"max"_s, ns::Rsm.toString()).setText(QString::number(query.max));
    if (!query.afterId.isEmpty())
        set.addChild(u"after"_s, ns::Rsm.toString()).setText(query.afterId);
    else if (!query.beforeId.isEmpty())
        set.addChild(u"before"_s, ns::Rsm.toString()).setText(query.beforeId);
    else if (query.lastPage)
        set.addChild(u"before"_s, ns::Rsm.toString()); // empty: the newest page (XEP-0059 §2.5)
    return iq;
}

void readFin(const Element &fin, ArchivePage &page)
{
    const QString complete = fin.attribute(u"complete");
    page.complete = complete == u"true" || complete == u"1";
    const Element set = fin.firstChild(u"set", ns::Rsm);
    page.firstId = set.childText(u"first", ns::Rsm);
    page.lastId = set.childText(u"last", ns::Rsm);
}

} // namespace

Archive::Archive(XmppStream &stream, QObject *parent) : QObject(parent), m_stream(stream)
{
    connect(&stream, &XmppStream::stanzaReceived, this, &Archive::onStanza);
}

void Archive::query(const ArchiveQuery &query, Callback callback)
{
    const QString queryId = IqTracker::makeId(); // unguessable, so results cannot be injected
    m_pending.insert(queryId, Pending{query.archive, {}, 0});

    auto onResponse = [self = QPointer(this), queryId, afterId = query.afterId,
                       callback = std::move(callback)](const IqResponse &response) {
        if (!self) {
            qCInfo(lcChat) << "An archive query ended after its Archive was destroyed";
            return;
        }
        const Pending pending = self->m_pending.take(queryId);
        ArchivePage page;
        if (response.ok()) {
            page.ok = true;
            page.messages = pending.messages;
            const Element fin = response.iq.firstChild(u"fin", ns::Mam);
            if (fin.isNull())
                qCWarning(lcChat) << "The archive answered a query without <fin/>";
            readFin(fin, page);
        } else {
            page.error = response.sentence;
            // XEP-0313 paging: the archive no longer holds the message we page from.
            page.cursorUnknown = response.outcome == IqResponse::Outcome::Error &&
                                 response.error.condition == StanzaErrorCondition::ItemNotFound &&
                                 !afterId.isEmpty();
            qCInfo(lcChat) << "Archive query failed:" << response.sentence;
        }
        if (pending.malformed > 0) {
            qCWarning(lcChat) << "Skipped" << pending.malformed
                              << "archive results without an id or a forwarded message";
        }
        if (callback)
            callback(page);
    };
    m_stream.sendIq(queryIq(query, queryId), std::move(onResponse));
}

void Archive::onStanza(const Element &stanza)
{
    if (!stanza.is(u"message", ns::Client))
        return;
    const Element result = stanza.firstChild(u"result", ns::Mam);
    if (result.isNull())
        return;

    const QString fromText = stanza.attribute(u"from");
    const auto it = m_pending.find(result.attribute(u"queryid"));
    if (it == m_pending.end()) {
        Q_EMIT spoofedResultIgnored(
            fromText, QCoreApplication::translate(
                          "Linnet", "An archive result arrived for a search we did not make."));
        return;
    }

    const Jid own = m_stream.boundJid().bare();
    const bool ownArchive = !it->archive.isValid() || it->archive == own;
    const Jid from = Jid::parse(fromText);
    const bool fromArchive =
        ownArchive ? fromText.isEmpty() || (from.isBare() && from == own) : from == it->archive;
    if (!fromArchive) {
        qCWarning(lcChat) << "Ignoring an archive result from" << fromText;
        Q_EMIT spoofedResultIgnored(
            fromText,
            QCoreApplication::translate("Linnet", "An archive result came from %1 instead of "
                                                  "the archive that was searched.")
                .arg(fromText.isEmpty() ? u"our own server"_s : fromText));
        return;
    }

    const Element forwarded = result.firstChild(u"forwarded", ns::Forward);
    const Element inner = forwarded.firstChild(u"message", ns::Client);
    ArchivedMessage archived;
    archived.archiveId = result.attribute(u"id");
    if (archived.archiveId.isEmpty() || inner.isNull()) {
        ++it->malformed;
        return;
    }
    archived.stampUtc =
        XmppDateTime::parse(forwarded.firstChild(u"delay", ns::Delay).attribute(u"stamp"));
    archived.message = Message::fromElement(inner);
    if (!archived.stampUtc.isValid())
        archived.stampUtc = archived.message.delayedAt;
    it->messages.append(archived);
}

} // namespace Linnet

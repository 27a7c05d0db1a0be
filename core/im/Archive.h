#pragma once

#include "im/Message.h"

#include <QObject>
#include <QSet>
#include <functional>

namespace Linnet {

class XmppStream;

// One message out of a XEP-0313 archive.
struct ArchivedMessage
{
    QString archiveId;  // <result id=''/>: the archive's stanza-id of the message
    QDateTime stampUtc; // <delay stamp=''/> of the <forwarded/> wrapper
    Message message;    // the forwarded message, its 'from'/'to' as archived
};

struct ArchiveQuery
{
    Jid archive;           // whose archive: invalid = the account's own (no 'to')
    Jid with;              // filter by conversation partner; invalid = everything
    QString afterId;       // RSM <after/>: messages newer than this archive id
    QString beforeId;      // RSM <before/>: messages older than this id
    bool lastPage = false; // RSM <before/> empty: the newest page (for paging backwards)
    QDateTime start;       // form field 'start' (UTC), when no afterId is known
    int max = 100;         // RSM <max/>
};

struct ArchivePage
{
    bool ok = false;
    QString error;                   // a sentence when !ok
    QList<ArchivedMessage> messages; // oldest first
    bool complete = false;           // <fin complete='true'/>: nothing further in that direction
    QString firstId;                 // RSM <first/>
    QString lastId;                  // RSM <last/>
    // The archive no longer has afterId (item-not-found): start over from 'start' instead.
    // Comes with ok == false, so check it first.
    bool cursorUnknown = false;
};

// XEP-0313 message archive queries (urn:xmpp:mam:2) with RSM paging. Result messages are
// accepted only from the archive that was queried (no 'from' or our bare JID for our own
// archive) and only with the queryid we sent; anything else is ignored and reported.
class Archive : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ArchivePage &page)>;

    explicit Archive(XmppStream &stream, QObject *parent = nullptr);

    // One page; the callback runs exactly once.
    void query(const ArchiveQuery &query, Callback callback);

Q_SIGNALS:
    void spoofedResultIgnored(const QString &from, const QString &why);

private:
    void onStanza(const Element &stanza);

    struct Pending
    {
        Jid archive;
        QList<ArchivedMessage> messages;
        int malformed = 0; // results without an id or a forwarded message, skipped
    };
    XmppStream &m_stream;
    QHash<QString, Pending> m_pending; // by queryid
};

} // namespace Linnet

#include "RoomInput.h"

#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

RoomInput::RoomInput(QObject *parent) : QObject(parent) {}

void RoomInput::start()
{
    if (m_notifier || m_closed)
        return;
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &RoomInput::readAvailable);
}

void RoomInput::readAvailable()
{
    char chunk[4096];
    // One read per notification: the descriptor said it is readable, so this does not block.
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        close();
        return;
    }
    m_buffer.append(chunk, got);
    qsizetype end = 0;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(QString::fromUtf8(line));
        if (m_closed) // a slot ended the input
            return;
    }
}

void RoomInput::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (!m_buffer.isEmpty()) // the last line had no line break
        Q_EMIT lineRead(QString::fromUtf8(std::exchange(m_buffer, {})));
    Q_EMIT closed();
}

RoomInputAction parseRoomInput(const QString &line)
{
    using Kind = RoomInputAction::Kind;
    if (line.trimmed().isEmpty())
        return {};
    if (!line.startsWith(u'/') || line.startsWith(u"//") || line.startsWith(u"/me "))
        return {Kind::Message, line.startsWith(u"//") ? line.mid(1) : line, {}};

    const qsizetype space = line.indexOf(u' ');
    const QString command = line.mid(1, space < 0 ? -1 : space - 1);
    const QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
    if (command == u"leave")
        return {Kind::Leave, {}, {}};
    if (command == u"nick") {
        if (rest.isEmpty())
            return {Kind::Invalid, u"/nick needs the new nick: /nick NEW"_s, {}};
        return {Kind::Nick, {}, rest};
    }
    if (command == u"subject")
        return {Kind::Subject, rest, {}}; // empty clears the subject
    if (command == u"msg") {
        const qsizetype split = rest.indexOf(u' ');
        if (split <= 0 || rest.mid(split + 1).trimmed().isEmpty())
            return {Kind::Invalid, u"/msg needs a nick and the text: /msg NICK TEXT"_s, {}};
        return {Kind::PrivateMessage, rest.mid(split + 1).trimmed(), rest.left(split)};
    }
    return {Kind::Invalid,
            u"unknown command /%1: the commands are /nick, /subject, /msg and /leave "
            u"(start a line with // to send it as it is)"_s.arg(command),
            {}};
}

} // namespace Linnet::Cli

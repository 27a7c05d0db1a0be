#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace Linnet::Cli {

// Reads standard input line by line on the event loop (a QSocketNotifier on descriptor 0, so
// it works with pipes, terminals and files alike) and tells when it is closed.
class RoomInput : public QObject
{
    Q_OBJECT
public:
    explicit RoomInput(QObject *parent = nullptr);

    void start();
    bool isClosed() const { return m_closed; }

Q_SIGNALS:
    // One line without its line break (UTF-8 decoded).
    void lineRead(const QString &line);
    // End of input (Ctrl-D, the pipe closed, or a read error): sent once, after the last line.
    void closed();

private:
    void readAvailable();
    void close();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_closed = false;
};

// What one typed line asks for: a message, or a command (/nick, /subject, /msg, /leave).
struct RoomInputAction
{
    enum class Kind { None, Message, Nick, Subject, PrivateMessage, Leave, Invalid };
    Kind kind = Kind::None;
    QString text; // the message, subject or private message; Invalid: the sentence why
    QString nick; // Nick: the new nick; PrivateMessage: to whom
};

// "/me …" is an ordinary message (XEP-0245); "//text" sends "/text"; blank lines do nothing.
RoomInputAction parseRoomInput(const QString &line);

} // namespace Linnet::Cli

#pragma once

#include "disco/DataForm.h"

#include <QObject>
#include <QTextStream>
#include <functional>
#include <optional>

class QSocketNotifier;

namespace Linnet::Cli {

// Reads stdin a line at a time without blocking the event loop (the connection keeps
// running while the user types). std::nullopt means stdin is closed.
class LineReader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const std::optional<QString> &)>;

    explicit LineReader(QObject *parent = nullptr);
    void readLine(Callback callback);

private:
    void onReadable();
    void deliver();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_eof = false;
    Callback m_waiting;
};

// Ends the prompt line after an answer was read: a terminal echoed the user's Enter, except
// for a secret; piped input echoes nothing.
void endPromptLine(QTextStream &out, bool secret = false);

// Prints a data form for the terminal: title, instructions, fields with their labels and
// values, and the table of a multi-item result.
void printForm(QTextStream &out, const DataForm &form);

// Asks for each field of a form on the terminal, checks the answers (DataForm::problemWith)
// and asks again when they do not fit. Calls back with the filled form, or std::nullopt when
// stdin closed first.
class FormPrompter : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const std::optional<DataForm> &)>;

    FormPrompter(LineReader &reader, QObject *parent = nullptr);
    // Fields whose var is in skip keep their values and are not asked for.
    void fill(const DataForm &form, Callback callback, const QStringList &skip = {});

private:
    void askNext();
    void ask(DataForm::Field &field);
    void answer(DataForm::Field &field, const QString &line);

    LineReader &m_reader;
    QTextStream m_out;
    DataForm m_form;
    QStringList m_skip;
    qsizetype m_index = 0;
    QStringList m_multiLines; // text-multi lines gathered so far
    Callback m_callback;
};

} // namespace Linnet::Cli

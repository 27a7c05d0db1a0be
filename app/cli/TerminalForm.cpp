#include "TerminalForm.h"

#include <QSocketNotifier>
#include <cerrno>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {
namespace {

// Typed passwords are not echoed when stdin is a terminal.
void setEcho(bool on)
{
    if (!::isatty(STDIN_FILENO))
        return;
    termios mode{};
    if (::tcgetattr(STDIN_FILENO, &mode) != 0)
        return;
    if (on)
        mode.c_lflag |= ECHO;
    else
        mode.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &mode);
}

QString nameOf(const DataForm::Field &field)
{
    return field.label.isEmpty() ? field.var : field.label;
}

QString shownValues(const DataForm::Field &field)
{
    if (field.type == u"text-private" && !field.values.isEmpty())
        return u"(hidden)"_s;
    if (field.type == u"boolean" && field.values.size() == 1)
        return field.values[0] == u"1" || field.values[0] == u"true" ? u"yes"_s : u"no"_s;
    return field.values.join(field.type == u"text-multi" ? u"\n    "_s : u", "_s);
}

// A number picks an option (1-based); anything else is taken as the value itself.
QString optionValue(const DataForm::Field &field, const QString &answer)
{
    bool isNumber = false;
    const int index = answer.toInt(&isNumber);
    if (isNumber && index >= 1 && index <= field.options.size())
        return field.options[index - 1].value;
    return answer;
}

} // namespace

LineReader::LineReader(QObject *parent) : QObject(parent)
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::onReadable);
}

void LineReader::readLine(Callback callback)
{
    m_waiting = std::move(callback);
    deliver();
}

void LineReader::onReadable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        m_eof = true;
        m_notifier->setEnabled(false);
    } else {
        m_buffer.append(chunk, n);
    }
    deliver();
}

void LineReader::deliver()
{
    if (!m_waiting)
        return;
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0 && !m_eof)
        return;
    Callback callback = std::exchange(m_waiting, nullptr);
    if (newline < 0 && m_buffer.isEmpty()) {
        callback(std::nullopt);
        return;
    }
    const qsizetype end = newline < 0 ? m_buffer.size() : newline;
    QString line = QString::fromUtf8(m_buffer.left(end));
    m_buffer.remove(0, newline < 0 ? end : end + 1);
    if (line.endsWith(u'\r'))
        line.chop(1);
    callback(line);
}

void endPromptLine(QTextStream &out, bool secret)
{
    if (secret || !::isatty(STDIN_FILENO))
        out << Qt::endl;
}

void printForm(QTextStream &out, const DataForm &form)
{
    if (!form.title.isEmpty())
        out << "== " << form.title << " ==\n";
    for (const QString &line : form.instructions)
        out << line.trimmed() << '\n';
    for (const DataForm::Field &field : form.fields) {
        if (field.type == u"hidden")
            continue;
        if (field.type == u"fixed")
            out << field.values.join(u'\n') << '\n';
        else
            out << nameOf(field) << ": " << shownValues(field) << '\n';
    }
    if (!form.reported.isEmpty()) {
        QStringList header;
        for (const DataForm::Field &column : form.reported)
            header.append(nameOf(column));
        out << header.join(u" | ") << '\n';
        for (const QList<DataForm::Field> &item : form.items) {
            QStringList row;
            for (const DataForm::Field &column : form.reported) {
                const auto it = std::find_if(item.cbegin(), item.cend(),
                                             [&](const auto &f) { return f.var == column.var; });
                row.append(it == item.cend() ? QString() : it->values.join(u", "));
            }
            out << row.join(u" | ") << '\n';
        }
    }
    out.flush();
}

FormPrompter::FormPrompter(LineReader &reader, QObject *parent)
    : QObject(parent), m_reader(reader), m_out(stdout)
{}

void FormPrompter::fill(const DataForm &form, Callback callback, const QStringList &skip)
{
    m_form = form;
    m_skip = skip;
    m_index = 0;
    m_callback = std::move(callback);
    if (!form.title.isEmpty())
        m_out << "== " << form.title << " ==\n";
    for (const QString &line : form.instructions)
        m_out << line.trimmed() << '\n';
    m_out << "(Enter keeps the value in brackets; '-' clears it.)" << Qt::endl;
    askNext();
}

void FormPrompter::askNext()
{
    while (m_index < m_form.fields.size()) {
        DataForm::Field &field = m_form.fields[m_index];
        if (field.type == u"fixed") {
            m_out << field.values.join(u'\n') << '\n';
        } else if (field.type != u"hidden" && !m_skip.contains(field.var)) {
            ask(field);
            return;
        }
        ++m_index;
    }
    m_out.flush();
    if (auto callback = std::exchange(m_callback, nullptr))
        callback(m_form);
}

void FormPrompter::ask(DataForm::Field &field)
{
    const QString type = field.effectiveType();
    m_out << nameOf(field) << (field.required ? " *" : "");
    if (!field.description.isEmpty())
        m_out << "  (" << field.description << ')';
    m_out << '\n';
    for (qsizetype i = 0; i < field.options.size(); ++i) {
        const DataForm::Option &option = field.options[i];
        m_out << "  " << (i + 1) << ") " << (option.label.isEmpty() ? option.value : option.label);
        if (!option.label.isEmpty() && option.label != option.value)
            m_out << " [" << option.value << ']';
        m_out << '\n';
    }
    if (type == u"boolean")
        m_out << "yes or no";
    else if (type == u"text-multi")
        m_out << "several lines, then a line with only '.'";
    else if (type == u"list-multi" || type == u"jid-multi")
        m_out << "separate several with commas";
    else if (!field.options.isEmpty())
        m_out << "a number or a value";
    else if (type == u"text-private")
        m_out << "text, not shown";
    else
        m_out << (type == u"jid-single" ? "an address" : "text");
    if (!field.values.isEmpty())
        m_out << " [" << shownValues(field) << ']';
    m_out << "> ";
    m_out.flush();
    m_multiLines.clear();
    const bool secret = type == u"text-private";
    if (secret)
        setEcho(false);
    m_reader.readLine([this, secret](const std::optional<QString> &line) {
        if (secret)
            setEcho(true);
        endPromptLine(m_out, secret);
        if (!line) {
            if (auto callback = std::exchange(m_callback, nullptr))
                callback(std::nullopt);
            return;
        }
        answer(m_form.fields[m_index], *line);
    });
}

void FormPrompter::answer(DataForm::Field &field, const QString &line)
{
    const QString type = field.effectiveType();
    const QString text = line.trimmed();
    if (type == u"text-multi" && (!m_multiLines.isEmpty() || (!text.isEmpty() && text != u"-"))) {
        if (line != u".") {
            m_multiLines.append(line);
            m_reader.readLine([this](const std::optional<QString> &next) {
                if (!next) {
                    if (auto callback = std::exchange(m_callback, nullptr))
                        callback(std::nullopt);
                    return;
                }
                answer(m_form.fields[m_index], *next);
            });
            return;
        }
        field.values = m_multiLines;
    } else if (text == u"-") {
        field.values.clear();
    } else if (!text.isEmpty()) {
        if (type == u"boolean") {
            const QString lower = text.toLower();
            const bool yes = QStringList{u"yes"_s, u"y"_s, u"true"_s, u"1"_s}.contains(lower);
            const bool no = QStringList{u"no"_s, u"n"_s, u"false"_s, u"0"_s}.contains(lower);
            field.values = {yes ? u"1"_s : no ? u"0"_s : text};
        } else if (type == u"list-multi" || type == u"jid-multi") {
            field.values.clear();
            for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
                field.values.append(optionValue(field, part.trimmed()));
        } else if (type == u"list-single") {
            field.values = {optionValue(field, text)};
        } else {
            field.values = {type == u"text-private" ? line : text};
        }
    }
    if (const QString problem = DataForm::problemWith(field); !problem.isEmpty()) {
        m_out << "  " << problem << Qt::endl;
        ask(field);
        return;
    }
    ++m_index;
    askNext();
}

} // namespace Linnet::Cli

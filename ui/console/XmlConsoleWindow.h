#pragma once

#include "console/ConsoleEntry.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Linnet {

class Banner;
class ConsoleFilterProxy;
class ConsoleLogView;
class XmlConsole;

// The XML console window: the live traffic of one connection (secrets already hidden by
// XmlConsole), filtered by kind and address, searchable, pausable; and a box to send one raw
// stanza, refused with the reason when it is not well-formed or not a stanza.
class XmlConsoleWindow : public QWidget
{
    Q_OBJECT
public:
    // console must outlive the window.
    explicit XmlConsoleWindow(XmlConsole *console, QWidget *parent = nullptr);

    ConsoleLogView *logView() const { return m_view; }
    ConsoleFilterProxy *filter() const { return m_filter; }

private:
    void send();
    void updatePauseButton();

    QPointer<XmlConsole> m_console;
    ConsoleFilterProxy *m_filter;
    ConsoleLogView *m_view;
    QLineEdit *m_jidFilter;
    QLineEdit *m_search;
    QPushButton *m_pause;
    QPushButton *m_clear;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    Banner *m_sendError;
};

} // namespace Linnet

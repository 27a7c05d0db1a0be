#include "XmlConsoleWindow.h"

#include "Banner.h"
#include "ConsoleLogView.h"
#include "console/XmlConsole.h"
#include "models/ConsoleLogModel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

using Kind = ConsoleEntry::Kind;

XmlConsoleWindow::XmlConsoleWindow(XmlConsole *console, QWidget *parent)
    : QWidget(parent, Qt::Window), m_console(console), m_filter(new ConsoleFilterProxy(this)),
      m_view(new ConsoleLogView(this)), m_jidFilter(new QLineEdit(this)),
      m_search(new QLineEdit(this)), m_pause(new QPushButton(this)),
      m_clear(new QPushButton(tr("C&lear"), this)), m_input(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_sendError(new Banner(Banner::Kind::Error, this))
{
    setObjectName(u"xmlConsole"_s);
    setWindowTitle(tr("XML Console"));
    m_filter->setSourceModel(console->log());

    auto *filters = new QHBoxLayout;
    const QList<std::pair<Kind, QString>> kinds{{Kind::Message, tr("&Messages")},
                                                {Kind::Presence, tr("&Presence")},
                                                {Kind::Iq, tr("&IQ")},
                                                {Kind::Other, tr("&Other")}};
    for (const auto &[kind, text] : kinds) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(u"kind%1"_s.arg(int(kind)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this,
                [this, kind](bool shown) { m_filter->setKindShown(kind, shown); });
        filters->addWidget(box);
    }
    m_jidFilter->setObjectName(u"jidFilterEdit"_s);
    m_jidFilter->setPlaceholderText(tr("Filter by address"));
    m_jidFilter->setAccessibleName(tr("Show only traffic from or to this address"));
    m_jidFilter->setClearButtonEnabled(true);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Show only entries containing this text"));
    m_search->setClearButtonEnabled(true);
    m_pause->setObjectName(u"pauseButton"_s);
    m_pause->setCheckable(true);
    m_clear->setObjectName(u"clearButton"_s);
    filters->addWidget(m_jidFilter, 1);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_pause);
    filters->addWidget(m_clear);

    m_view->setObjectName(u"consoleLog"_s);
    m_view->setAccessibleName(tr("Traffic"));
    m_view->setModel(m_filter);

    m_input->setObjectName(u"sendEdit"_s);
    m_input->setAccessibleName(tr("Stanza to send"));
    m_input->setPlaceholderText(tr("Type one stanza, e.g. <iq type='get' id='v1' to='example.org'>"
                                   "…</iq>, then press Ctrl+Enter"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setTabChangesFocus(true);
    m_send->setObjectName(u"sendButton"_s);
    m_sendError->setObjectName(u"sendError"_s);
    m_sendError->setAccessibleName(tr("Why the stanza was not sent"));

    auto *sendArea = new QWidget(this);
    auto *sendLayout = new QVBoxLayout(sendArea);
    sendLayout->setContentsMargins(0, 0, 0, 0);
    sendLayout->addWidget(m_sendError);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_input, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignBottom);
    sendLayout->addLayout(sendRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(sendArea);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    resize(900, 640);

    ConsoleLogModel *log = console->log();
    connect(m_jidFilter, &QLineEdit::textChanged, m_filter, &ConsoleFilterProxy::setJidFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_view->setSearchText(text);
    });
    connect(m_pause, &QPushButton::toggled, log, &ConsoleLogModel::setPaused);
    connect(log, &ConsoleLogModel::pausedChanged, this, &XmlConsoleWindow::updatePauseButton);
    connect(log, &ConsoleLogModel::pendingCountChanged, this, &XmlConsoleWindow::updatePauseButton);
    connect(m_clear, &QPushButton::clicked, log, &ConsoleLogModel::clear);
    connect(m_send, &QPushButton::clicked, this, &XmlConsoleWindow::send);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &XmlConsoleWindow::send);
    connect(m_input, &QPlainTextEdit::textChanged, this,
            [this] { m_sendError->setMessage(QString()); });
    m_pause->setChecked(log->isPaused());
    updatePauseButton();
}

void XmlConsoleWindow::updatePauseButton()
{
    ConsoleLogModel *log = m_console ? m_console->log() : nullptr;
    const bool paused = log && log->isPaused();
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume (%n waiting)", nullptr, log->pendingCount())
                            : tr("P&ause"));
    m_pause->setAccessibleName(paused ? tr("Resume the live log") : tr("Pause the live log"));
}

void XmlConsoleWindow::send()
{
    if (!m_console)
        return;
    const QString problem = m_console->send(m_input->toPlainText());
    m_sendError->setMessage(problem);
    if (problem.isEmpty())
        m_input->clear();
}

} // namespace Linnet

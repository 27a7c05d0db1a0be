#include "AddressBar.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
QToolButton *toolButton(const QString &name, const QString &text, QStyle::StandardPixmap icon,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    if (icon != QStyle::SP_CustomBase)
        button->setIcon(parent->style()->standardIcon(icon));
    return button;
}
} // namespace

AddressBar::AddressBar(QWidget *parent)
    : QWidget(parent), m_back(toolButton(u"backButton"_s, tr("Back"), QStyle::SP_ArrowBack, this)),
      m_forward(toolButton(u"forwardButton"_s, tr("Forward"), QStyle::SP_ArrowForward, this)),
      m_jidEdit(new QLineEdit(this)), m_nodeEdit(new QLineEdit(this)),
      m_go(toolButton(u"goButton"_s, tr("Go"), QStyle::SP_CustomBase, this)),
      m_refresh(toolButton(u"refreshButton"_s, tr("Refresh"), QStyle::SP_BrowserReload, this)),
      m_problem(new QLabel(this))
{
    setObjectName(u"addressBar"_s);
    m_go->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jidEdit->setObjectName(u"addressEdit"_s);
    m_jidEdit->setPlaceholderText(tr("Address, e.g. example.org"));
    m_jidEdit->setAccessibleName(tr("Address to browse"));
    m_jidEdit->setInputMethodHints(Qt::ImhNoAutoUppercase);
    m_nodeEdit->setObjectName(u"nodeEdit"_s);
    m_nodeEdit->setPlaceholderText(tr("Node (optional)"));
    m_nodeEdit->setAccessibleName(tr("Node to browse"));
    m_problem->setObjectName(u"addressProblem"_s);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_back, 0, 0);
    layout->addWidget(m_forward, 0, 1);
    layout->addWidget(m_jidEdit, 0, 2);
    layout->addWidget(m_nodeEdit, 0, 3);
    layout->addWidget(m_go, 0, 4);
    layout->addWidget(m_refresh, 0, 5);
    layout->addWidget(m_problem, 1, 2, 1, 4);
    layout->setColumnStretch(2, 3);
    layout->setColumnStretch(3, 2);

    connect(m_jidEdit, &QLineEdit::returnPressed, this, &AddressBar::go);
    connect(m_nodeEdit, &QLineEdit::returnPressed, this, &AddressBar::go);
    connect(m_go, &QToolButton::clicked, this, &AddressBar::go);
    connect(m_back, &QToolButton::clicked, this, &AddressBar::goBack);
    connect(m_forward, &QToolButton::clicked, this, &AddressBar::goForward);
    connect(m_refresh, &QToolButton::clicked, this, &AddressBar::refreshRequested);
    updateButtons();
}

void AddressBar::go()
{
    const Jid jid = Jid::parse(m_jidEdit->text().trimmed());
    if (!jid.isValid()) {
        m_problem->setText(jid.error().isEmpty() ? tr("Enter an address to browse.") : jid.error());
        m_problem->show();
        m_jidEdit->setAccessibleDescription(m_problem->text());
        return;
    }
    navigate(jid, m_nodeEdit->text().trimmed());
}

void AddressBar::navigate(const Jid &jid, const QString &node)
{
    const Place place{jid, node};
    if (m_position < 0 || m_history.at(m_position) != place) {
        m_history.resize(m_position + 1); // a new place drops the forward history
        m_history.append(place);
        m_position = m_history.size() - 1;
    }
    showPlace(place);
}

void AddressBar::goBack()
{
    if (canGoBack())
        showPlace(m_history.at(--m_position));
}

void AddressBar::goForward()
{
    if (canGoForward())
        showPlace(m_history.at(++m_position));
}

void AddressBar::showPlace(const Place &place)
{
    m_problem->hide();
    m_jidEdit->setAccessibleDescription(QString());
    m_jidEdit->setText(place.jid.toString());
    m_nodeEdit->setText(place.node);
    updateButtons();
    Q_EMIT browseRequested(place.jid, place.node);
}

void AddressBar::updateButtons()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

} // namespace Linnet

#include "SubscriptionRequestPrompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

SubscriptionRequestPrompt::SubscriptionRequestPrompt(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_deny(new QPushButton(tr("&Deny"), this)),
      m_addBack(new QPushButton(tr("Approve and Add &Back"), this))
{
    setObjectName(u"subscriptionPrompt"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf5, 0xd6));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(palette);
    m_label->setObjectName(u"subscriptionPromptLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_approve->setObjectName(u"approveButton"_s);
    m_deny->setObjectName(u"denyButton"_s);
    m_addBack->setObjectName(u"addBackButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_deny);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_addBack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(buttons);

    // A copy of the JID: answering changes the requests, and with them m_current.
    connect(m_approve, &QPushButton::clicked, this, [this] {
        const Jid jid = m_current.jid;
        Q_EMIT approveRequested(jid);
    });
    connect(m_deny, &QPushButton::clicked, this, [this] {
        const Jid jid = m_current.jid;
        Q_EMIT denyRequested(jid);
    });
    connect(m_addBack, &QPushButton::clicked, this, [this] {
        const Jid jid = m_current.jid;
        Q_EMIT addBackRequested(jid);
    });
    setRequests({});
}

void SubscriptionRequestPrompt::setRequests(const QList<SubscriptionRequest> &requests)
{
    m_current = requests.isEmpty() ? SubscriptionRequest() : requests.constFirst();
    QString text;
    if (!requests.isEmpty()) {
        text = tr("%1 asks to see when you are online.").arg(m_current.jid.bareString());
        if (!m_current.message.trimmed().isEmpty())
            text += u"\n"_s +
                    tr("“%1”", "the message of a request, quoted").arg(m_current.message.trimmed());
        if (requests.size() > 1)
            text += u"\n"_s + tr("%n more request(s) waiting.", nullptr, int(requests.size()) - 1);
    }
    m_label->setText(text);
    setVisible(!requests.isEmpty());
}

QString SubscriptionRequestPrompt::text() const
{
    return m_label->text();
}

} // namespace Linnet

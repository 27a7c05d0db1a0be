#pragma once

#include "im/SubscriptionRequest.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Linnet {

// A banner over the contact list while someone asks to see our presence: the oldest request
// first, with Approve, Deny and Add Back (approve, add to the contact list and ask back).
class SubscriptionRequestPrompt : public QFrame
{
    Q_OBJECT
public:
    explicit SubscriptionRequestPrompt(QWidget *parent = nullptr);

    // Oldest first; hidden when empty.
    void setRequests(const QList<SubscriptionRequest> &requests);
    // The request shown, or a null Jid.
    Jid current() const { return m_current.jid; }
    QString text() const;

Q_SIGNALS:
    void approveRequested(const Linnet::Jid &jid);
    void denyRequested(const Linnet::Jid &jid);
    void addBackRequested(const Linnet::Jid &jid);

private:
    SubscriptionRequest m_current;
    QLabel *m_label;
    QPushButton *m_approve;
    QPushButton *m_deny;
    QPushButton *m_addBack;
};

} // namespace Linnet

#pragma once

#include "muc/MucTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Linnet {

// A non-modal prompt for an invitation we received: "X invites you to room Y: reason", with
// Join and Decline (a direct invitation cannot be declined to the inviter: Ignore).
class InvitationPrompt : public QDialog
{
    Q_OBJECT
public:
    explicit InvitationPrompt(const MucInvitation &invitation, QWidget *parent = nullptr);

    MucInvitation invitation() const { return m_invitation; }
    static QString sentence(const MucInvitation &invitation);
    QLabel *textLabel() const { return m_text; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *declineButton() const { return m_decline; }

Q_SIGNALS:
    void joinRequested(const Linnet::MucInvitation &invitation);
    void declineRequested(const Linnet::MucInvitation &invitation);

private:
    MucInvitation m_invitation;
    QLabel *m_text;
    QPushButton *m_join;
    QPushButton *m_decline;
};

} // namespace Linnet

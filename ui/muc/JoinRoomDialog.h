#pragma once

#include "im/Jid.h"
#include "muc/MucTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Linnet {

class RoomListModel;

// What the user asked to join.
struct JoinRequest
{
    Jid room;
    QString nick;
    QString password;
    bool bookmark = false; // bookmark with autojoin
};

// "Join Room": the room address, the nick, an optional password and "bookmark and join on
// sign-in"; OK stays disabled while the address or the nick is not usable and the problem is
// said inline. "Browse Rooms…" opens a list of a MUC service's rooms (asked for with
// roomListRequested, answered with setRoomList) with a filter; picking a room fills the
// address, a double-click joins it.
class JoinRoomDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinRoomDialog(QWidget *parent = nullptr);

    void setRoom(const Jid &room);
    void setNick(const QString &nick);
    void setPassword(const QString &password);
    // The service the room list starts with (e.g. the server's conference service).
    void setService(const Jid &service);
    void showRoomList(bool visible);
    // The answer to roomListRequested.
    void setRoomList(const QList<RoomListing> &rooms, const MucOutcome &outcome);

    JoinRequest request() const;
    QString problem() const;

    QLineEdit *roomEdit() const { return m_room; }
    QLineEdit *nickEdit() const { return m_nick; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *bookmarkCheck() const { return m_bookmark; }
    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *roomList() const { return m_list; }
    QLabel *listStatus() const { return m_listStatus; }
    QPushButton *joinButton() const;
    QPushButton *browseButton() const { return m_browse; }

Q_SIGNALS:
    void roomListRequested(const Linnet::Jid &service);

private:
    void validate();
    void requestList();
    void pick(const QModelIndex &index);

    QLineEdit *m_room;
    QLineEdit *m_nick;
    QLineEdit *m_password;
    QCheckBox *m_bookmark;
    QLabel *m_problem;
    QPushButton *m_browse;
    QWidget *m_browser;
    QLineEdit *m_service;
    QPushButton *m_listButton;
    QLineEdit *m_filter;
    QTreeView *m_list;
    QLabel *m_listStatus;
    RoomListModel *m_rooms;
    QSortFilterProxyModel *m_filtered;
    QDialogButtonBox *m_buttons;
};

} // namespace Linnet

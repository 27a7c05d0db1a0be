#include "JoinRoomDialog.h"

#include "RoomListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

JoinRoomDialog::JoinRoomDialog(QWidget *parent)
    : QDialog(parent), m_room(new QLineEdit(this)), m_nick(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_bookmark(new QCheckBox(this)), m_problem(new QLabel(this)),
      m_browse(new QPushButton(this)), m_browser(new QWidget(this)),
      m_service(new QLineEdit(m_browser)), m_listButton(new QPushButton(m_browser)),
      m_filter(new QLineEdit(m_browser)), m_list(new QTreeView(m_browser)),
      m_listStatus(new QLabel(m_browser)), m_rooms(new RoomListModel(this)),
      m_filtered(new QSortFilterProxyModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"joinRoomDialog"_s);
    setWindowTitle(tr("Join Room"));
    m_room->setObjectName(u"roomEdit"_s);
    m_room->setAccessibleName(tr("Room address"));
    m_room->setPlaceholderText(tr("room@conference.example.org"));
    m_nick->setObjectName(u"nickEdit"_s);
    m_nick->setAccessibleName(tr("Nick"));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setAccessibleName(tr("Room password"));
    m_password->setPlaceholderText(tr("Only if the room asks for one"));
    m_password->setEchoMode(QLineEdit::Password);
    m_bookmark->setObjectName(u"bookmarkCheck"_s);
    m_bookmark->setText(tr("&Bookmark this room and join it on sign-in"));
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();
    m_browse->setObjectName(u"browseRoomsButton"_s);
    m_browse->setText(tr("B&rowse Rooms…"));
    m_browse->setCheckable(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"joinButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Nick:"), m_nick);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_bookmark);

    // The room list of a service.
    m_service->setObjectName(u"serviceEdit"_s);
    m_service->setAccessibleName(tr("Group chat service"));
    m_service->setPlaceholderText(tr("conference.example.org"));
    m_listButton->setObjectName(u"listRoomsButton"_s);
    m_listButton->setText(tr("&List Rooms"));
    m_filter->setObjectName(u"roomFilterEdit"_s);
    m_filter->setAccessibleName(tr("Filter rooms"));
    m_filter->setPlaceholderText(tr("Filter by name or address"));
    m_filter->setClearButtonEnabled(true);
    m_listStatus->setObjectName(u"roomListStatus"_s);
    m_listStatus->setWordWrap(true);
    m_filtered->setSourceModel(m_rooms);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setSortRole(RoomListModel::SortRole);
    m_filtered->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(u"roomListView"_s);
    m_list->setAccessibleName(tr("Rooms"));
    m_list->setModel(m_filtered);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(RoomListModel::NameColumn, Qt::AscendingOrder);
    m_list->header()->resizeSection(RoomListModel::NameColumn, 180);
    m_list->header()->resizeSection(RoomListModel::JidColumn, 220);
    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(new QLabel(tr("&Service:"), m_browser));
    serviceRow->addWidget(m_service, 1);
    serviceRow->addWidget(m_listButton);
    qobject_cast<QLabel *>(serviceRow->itemAt(0)->widget())->setBuddy(m_service);
    auto *browserLayout = new QVBoxLayout(m_browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addLayout(serviceRow);
    browserLayout->addWidget(m_filter);
    browserLayout->addWidget(m_list, 1);
    browserLayout->addWidget(m_listStatus);
    m_browser->hide();

    auto *browseRow = new QHBoxLayout;
    browseRow->addWidget(m_browse);
    browseRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(browseRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_room, &QLineEdit::textChanged, this, &JoinRoomDialog::validate);
    connect(m_nick, &QLineEdit::textChanged, this, &JoinRoomDialog::validate);
    connect(m_browse, &QPushButton::toggled, this, &JoinRoomDialog::showRoomList);
    connect(m_listButton, &QPushButton::clicked, this, &JoinRoomDialog::requestList);
    connect(m_service, &QLineEdit::returnPressed, this, &JoinRoomDialog::requestList);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JoinRoomDialog::pick);
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        pick(index);
        if (joinButton()->isEnabled())
            accept();
    });
    validate();
}

QPushButton *JoinRoomDialog::joinButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void JoinRoomDialog::setRoom(const Jid &room)
{
    m_room->setText(room.toString());
}

void JoinRoomDialog::setNick(const QString &nick)
{
    m_nick->setText(nick);
}

void JoinRoomDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void JoinRoomDialog::setService(const Jid &service)
{
    m_service->setText(service.toString());
}

void JoinRoomDialog::showRoomList(bool visible)
{
    m_browse->setChecked(visible);
    m_browser->setVisible(visible);
    if (visible) {
        resize(width(), std::max(height(), 480));
        if (m_rooms->rowCount() == 0 && !m_service->text().trimmed().isEmpty())
            requestList();
        m_filter->setFocus();
    }
}

void JoinRoomDialog::requestList()
{
    const Jid service = Jid::parse(m_service->text().trimmed());
    if (!service.isValid()) {
        m_listStatus->setText(tr("Give the address of a group chat service."));
        return;
    }
    m_rooms->setRooms({});
    m_listStatus->setText(tr("Asking %1 for its rooms…").arg(service.toString()));
    Q_EMIT roomListRequested(service);
}

void JoinRoomDialog::setRoomList(const QList<RoomListing> &rooms, const MucOutcome &outcome)
{
    m_rooms->setRooms(rooms);
    if (!outcome.ok)
        m_listStatus->setText(outcome.sentence);
    else if (rooms.isEmpty())
        m_listStatus->setText(tr("This service lists no rooms."));
    else
        m_listStatus->setText(tr("%n room(s)", nullptr, int(rooms.size())));
}

void JoinRoomDialog::pick(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_room->setText(index.data(RoomListModel::RoomJidRole).toString());
    if (index.data(RoomListModel::PasswordProtectedRole).toBool())
        m_password->setFocus();
}

JoinRequest JoinRoomDialog::request() const
{
    return {Jid::parse(m_room->text().trimmed()), m_nick->text().trimmed(), m_password->text(),
            m_bookmark->isChecked()};
}

QString JoinRoomDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void JoinRoomDialog::validate()
{
    const QString text = m_room->text().trimmed();
    const Jid room = Jid::parse(text);
    QString problem;
    if (!text.isEmpty() && !room.isValid())
        problem = tr("%1 is not a valid room address: %2").arg(text, room.error());
    else if (!text.isEmpty() && (room.local().isEmpty() || !room.isBare()))
        problem = tr("A room address looks like room@conference.example.org.");
    else if (!m_nick->text().isEmpty() && m_nick->text().trimmed().isEmpty())
        problem = tr("A nick cannot be only spaces.");
    else if (!m_nick->text().trimmed().isEmpty() &&
             !room.withResource(m_nick->text().trimmed()).isValid() && room.isValid())
        problem = tr("This nick cannot be used in a room address.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    joinButton()->setEnabled(problem.isEmpty() && room.isValid() && !room.local().isEmpty() &&
                             !m_nick->text().trimmed().isEmpty());
}

} // namespace Linnet

#pragma once

#include "disco/ServiceCatalogue.h"
#include "im/Jid.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QTreeView;

namespace Linnet {

class AddressBar;
class AdHocCommands;
class DiscoClient;
class DiscoModel;
class Registration;
class ServiceDetails;

// What the service browser works with, as an account (or a test) owns it. Not owned here.
struct BrowserServices
{
    DiscoClient *disco = nullptr;
    AdHocCommands *commands = nullptr;
    Registration *registration = nullptr;

    bool isValid() const { return disco && commands && registration; }
};

// The service browser window: an address bar, the disco tree of the address (expanded
// lazily, info asked for the rows in view) and the detail pane of the selected row with what
// the user can do there: browse rooms, join a room, run a command, register, refresh.
class ServiceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceBrowser(const BrowserServices &services, QWidget *parent = nullptr);
    ~ServiceBrowser() override;

    // Shows jid/node (recorded in the history as if typed).
    void browse(const Jid &jid, const QString &node = {});

    DiscoModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    ServiceDetails *details() const { return m_details; }
    AddressBar *addressBar() const { return m_address; }

Q_SIGNALS:
    // The user wants to join this room (group chat is not part of the browser).
    void joinRoomRequested(const Linnet::Jid &room);
    // The user wants the room list of this group chat service (the join dialog shows it).
    void roomListRequested(const Linnet::Jid &service);

private:
    void showRoot(const Jid &jid, const QString &node);
    void showDetails();
    void fetchVisibleInfo();
    void act(ServiceCatalogue::Action action);
    void runCommands(const QModelIndex &index);
    void registerWith(const Jid &service);

    BrowserServices m_services;
    DiscoModel *m_model;
    AddressBar *m_address;
    QTreeView *m_tree;
    ServiceDetails *m_details;
    QTimer m_visibleInfo; // coalesces scrolling and expanding into one pass over the view
};

} // namespace Linnet

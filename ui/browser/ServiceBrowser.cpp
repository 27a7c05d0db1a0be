#include "ServiceBrowser.h"

#include "AddressBar.h"
#include "CommandDialog.h"
#include "ServiceDetails.h"
#include "disco/Registration.h"
#include "forms/RegistrationDialog.h"
#include "models/DiscoModel.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

using Action = ServiceCatalogue::Action;

namespace {
// Rows asked for their info in one pass; a view never shows more.
constexpr int MaxVisibleRows = 200;

bool isCommandNode(const DiscoInfo &info)
{
    return std::any_of(
        info.identities.cbegin(), info.identities.cend(), [](const DiscoIdentity &identity) {
            return identity.category == u"automation" && identity.type == u"command-node";
        });
}
} // namespace

ServiceBrowser::ServiceBrowser(const BrowserServices &services, QWidget *parent)
    : QWidget(parent, Qt::Window), m_services(services),
      m_model(new DiscoModel(services.disco, this)), m_address(new AddressBar(this)),
      m_tree(new QTreeView(this)), m_details(new ServiceDetails(this))
{
    setObjectName(u"serviceBrowser"_s);
    setWindowTitle(tr("Service Browser"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_tree->setObjectName(u"serviceTree"_s);
    m_tree->setAccessibleName(tr("Services"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // thousands of rows
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(DiscoModel::NameColumn, 220);
    m_tree->header()->resizeSection(DiscoModel::KindColumn, 180);
    m_tree->header()->resizeSection(DiscoModel::JidColumn, 200);

    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setAccessibleName(tr("Details"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the pane wraps
    detailsScroll->setWidget(m_details);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_address);
    layout->addWidget(splitter, 1);
    resize(980, 620);

    m_visibleInfo.setSingleShot(true);
    m_visibleInfo.setInterval(60);
    connect(&m_visibleInfo, &QTimer::timeout, this, &ServiceBrowser::fetchVisibleInfo);
    const auto later = [this] { m_visibleInfo.start(); };
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(m_tree, &QTreeView::expanded, this, later);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_model, &QAbstractItemModel::modelReset, this, later);

    connect(m_address, &AddressBar::browseRequested, this, &ServiceBrowser::showRoot);
    connect(m_address, &AddressBar::refreshRequested, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        m_model->refresh(current.isValid() ? current.siblingAtColumn(0) : m_model->rootIndex());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServiceBrowser::showDetails);
    connect(m_model, &DiscoModel::infoChanged, this, [this](const QModelIndex &index) {
        if (index == m_tree->currentIndex().siblingAtColumn(0))
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first) {
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        if (current.isValid() && first == current &&
            m_model->itemsState(current) == DiscoModel::State::Failed)
            showDetails();
    });
    connect(m_details, &ServiceDetails::actionRequested, this, &ServiceBrowser::act);
    connect(m_details, &ServiceDetails::browseHereRequested, this, [this] {
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        const Jid jid = Jid::parse(current.data(DiscoModel::JidRole).toString());
        if (jid.isValid())
            m_address->navigate(jid, current.data(DiscoModel::NodeRole).toString());
    });
}

ServiceBrowser::~ServiceBrowser() = default;

void ServiceBrowser::browse(const Jid &jid, const QString &node)
{
    m_address->navigate(jid, node);
}

void ServiceBrowser::showRoot(const Jid &jid, const QString &node)
{
    setWindowTitle(tr("Service Browser — %1").arg(jid.toString()));
    m_model->setRoot(jid, node);
    const QModelIndex root = m_model->rootIndex();
    m_tree->expand(root);
    m_tree->setCurrentIndex(root);
}

void ServiceBrowser::showDetails()
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    // A cached answer arrives at once (and calls this again through infoChanged).
    if (m_model->infoState(index) == DiscoModel::State::NotLoaded)
        m_model->fetchInfo(index);
    m_details->showEntity(Jid::parse(index.data(DiscoModel::JidRole).toString()),
                          index.data(DiscoModel::NodeRole).toString(),
                          index.data(Qt::DisplayRole).toString());
    switch (m_model->infoState(index)) {
    case DiscoModel::State::Loaded:
        m_details->setInfo(m_model->info(index));
        break;
    case DiscoModel::State::Failed:
        m_details->setProblem(index.data(DiscoModel::ErrorRole).toString());
        break;
    case DiscoModel::State::NotLoaded:
    case DiscoModel::State::Loading:
        m_details->setLoading();
        break;
    }
    if (m_model->itemsState(index) == DiscoModel::State::Failed)
        m_details->setProblem(index.data(DiscoModel::ErrorRole).toString());
}

void ServiceBrowser::fetchVisibleInfo()
{
    QModelIndex index = m_tree->indexAt(QPoint(0, 0));
    const int bottom = m_tree->viewport()->height();
    for (int n = 0; index.isValid() && n < MaxVisibleRows; ++n) {
        if (m_tree->visualRect(index).top() > bottom)
            break;
        m_model->fetchInfo(index.siblingAtColumn(0));
        index = m_tree->indexBelow(index);
    }
}

void ServiceBrowser::act(Action action)
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid())
        return;
    const Jid jid = Jid::parse(index.data(DiscoModel::JidRole).toString());
    switch (action) {
    case Action::BrowseRooms:
        m_tree->expand(index);
        Q_EMIT roomListRequested(jid);
        break;
    case Action::JoinRoom:
        Q_EMIT joinRoomRequested(jid);
        break;
    case Action::ExecuteCommands:
        runCommands(index);
        break;
    case Action::Register:
        registerWith(jid);
        break;
    case Action::ShowInfo:
        m_model->fetchInfo(index, true);
        showDetails();
        break;
    case Action::Search:
    case Action::Upload:
        break;
    }
}

void ServiceBrowser::runCommands(const QModelIndex &index)
{
    if (!m_services.commands)
        return;
    const Jid jid = Jid::parse(index.data(DiscoModel::JidRole).toString());
    // A command's own row runs it; any other entity first lists its commands.
    const QString node = isCommandNode(m_model->info(index))
                             ? index.data(DiscoModel::NodeRole).toString()
                             : QString();
    auto *dialog = new CommandDialog(m_services.commands, jid, node, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ServiceBrowser::registerWith(const Jid &service)
{
    Registration *registration = m_services.registration;
    if (!registration)
        return;
    auto *dialog = new RegistrationDialog(
        tr("Register with %1").arg(service.toString()),
        tr("%1 asks for the following to register.").arg(service.toString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<RegistrationDialog> guard(dialog);
    registration->fetchForm(service, [guard](const RegistrationForm &form) {
        if (guard)
            guard->setForm(form);
    });
    connect(dialog, &RegistrationDialog::submitRequested, this,
            [guard, registration, service](const RegistrationForm &filled) {
                registration->submit(service, filled, [guard](const RegistrationResult &result) {
                    if (guard)
                        guard->setResult(result, tr("You are registered."));
                });
            });
    dialog->show();
}

} // namespace Linnet

#include "ServiceDetails.h"

#include "Banner.h"
#include "forms/DataFormWidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linnet {

using Action = ServiceCatalogue::Action;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A column of word-wrapped lines, one per entry, with its description as tooltip; labels wrap
// to the pane's width where a list view would need a width of its own.
QWidget *entryColumn(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *column = new QWidget(parent);
    column->setObjectName(name);
    column->setAccessibleName(accessibleName);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(8, 0, 0, 4);
    layout->setSpacing(2);
    return column;
}

void clearEntries(QWidget *column)
{
    qDeleteAll(column->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly));
}

void addEntry(QWidget *column, const QString &text, const QString &toolTip)
{
    auto *label = new QLabel(text, column);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(toolTip);
    column->layout()->addWidget(label);
}

int entryCount(const QWidget *column)
{
    return int(column->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly).size());
}

QString entryText(const CatalogueEntry &entry)
{
    return entry.spec.isEmpty() ? entry.name
                                : ServiceDetails::tr("%1 (%2)").arg(entry.name, entry.spec);
}

} // namespace

QString actionText(Action action)
{
    switch (action) {
    case Action::BrowseRooms:
        return ServiceDetails::tr("Browse Rooms");
    case Action::JoinRoom:
        return ServiceDetails::tr("Join Room…");
    case Action::ExecuteCommands:
        return ServiceDetails::tr("Run Command…");
    case Action::Register:
        return ServiceDetails::tr("Register…");
    case Action::ShowInfo:
        return ServiceDetails::tr("Refresh Info");
    case Action::Search:
    case Action::Upload:
        break;
    }
    return QString();
}

ServiceDetails::ServiceDetails(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_address(new QLabel(this)),
      m_kind(new QLabel(this)), m_problem(new Banner(Banner::Kind::Error, this)),
      m_identitiesLabel(heading(tr("What it is"), this)),
      m_identities(entryColumn(u"identityList"_s, tr("What it is"), this)),
      m_featuresLabel(heading(tr("What it can do"), this)),
      m_features(entryColumn(u"featureList"_s, tr("What it can do"), this)),
      m_otherLabel(heading(tr("Other features"), this)),
      m_otherFeatures(entryColumn(u"otherFeatureList"_s, tr("Other features"), this)),
      m_extended(new QVBoxLayout), m_actions(new QGridLayout),
      m_browseHere(new QPushButton(tr("Browse From Here"), this))
{
    setObjectName(u"serviceDetails"_s);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_address, m_kind}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_address->setObjectName(u"detailsAddress"_s);
    m_kind->setObjectName(u"detailsKind"_s);
    m_problem->setObjectName(u"detailsProblem"_s);
    m_problem->setAccessibleName(tr("Problem"));
    m_browseHere->setObjectName(u"browseHereButton"_s);
    m_browseHere->setToolTip(tr("Show this entity's items from the top of the tree"));

    for (Action action : {Action::BrowseRooms, Action::JoinRoom, Action::ExecuteCommands,
                          Action::Register, Action::ShowInfo}) {
        auto *button = new QPushButton(actionText(action), this);
        button->setObjectName(u"action%1"_s.arg(int(action)));
        button->setProperty("action", int(action));
        button->hide();
        connect(button, &QPushButton::clicked, this,
                [this, action] { Q_EMIT actionRequested(action); });
        m_actionButtons.append(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_address);
    layout->addWidget(m_kind);
    layout->addWidget(m_problem);
    layout->addLayout(m_actions);
    layout->addWidget(m_identitiesLabel);
    layout->addWidget(m_identities);
    layout->addWidget(m_featuresLabel);
    layout->addWidget(m_features);
    layout->addWidget(m_otherLabel);
    layout->addWidget(m_otherFeatures);
    layout->addLayout(m_extended);
    layout->addStretch(1);
    connect(m_browseHere, &QPushButton::clicked, this, &ServiceDetails::browseHereRequested);
    clear();
}

void ServiceDetails::clear()
{
    showEntity(Jid(), QString(), QString());
    m_title->setText(tr("Select a service to see what it is."));
    m_browseHere->hide();
}

void ServiceDetails::showEntity(const Jid &jid, const QString &node, const QString &name)
{
    m_title->setText(name.isEmpty() ? jid.toString() : name);
    m_address->setText(node.isEmpty() ? jid.toString()
                                      : tr("%1, node %2").arg(jid.toString(), node));
    m_address->setVisible(jid.isValid());
    m_kind->clear();
    m_problem->setMessage(QString());
    for (QWidget *column : {m_identities, m_features, m_otherFeatures})
        clearEntries(column);
    const QList<QWidget *> sections{m_identitiesLabel, m_identities, m_featuresLabel,
                                    m_features,        m_otherLabel, m_otherFeatures};
    for (QWidget *w : sections)
        w->hide();
    while (QLayoutItem *item = m_extended->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setActions({});
    m_browseHere->setVisible(jid.isValid());
}

void ServiceDetails::setLoading()
{
    m_kind->setText(tr("Asking what this is…"));
}

void ServiceDetails::setProblem(const QString &sentence)
{
    m_kind->clear();
    m_problem->setMessage(sentence);
}

void ServiceDetails::setInfo(const DiscoInfo &info)
{
    m_problem->setMessage(QString());
    m_kind->setText(ServiceCatalogue::describe(info));
    clearEntries(m_identities);
    for (const DiscoIdentity &identity : info.identities) {
        const CatalogueEntry entry = ServiceCatalogue::identity(identity.category, identity.type);
        QString text = entryText(entry);
        if (!identity.name.isEmpty())
            text = tr("%1 — “%2”").arg(text, identity.name);
        addEntry(m_identities, text, entry.description);
    }
    clearEntries(m_features);
    clearEntries(m_otherFeatures);
    for (const QString &feature : info.features) {
        if (ServiceCatalogue::isKnownFeature(feature)) {
            const CatalogueEntry entry = ServiceCatalogue::feature(feature);
            addEntry(m_features, entryText(entry), entry.description + u"\n"_s + feature);
        } else {
            addEntry(m_otherFeatures, feature, QString());
        }
    }
    const std::pair<QLabel *, QWidget *> sections[] = {{m_identitiesLabel, m_identities},
                                                       {m_featuresLabel, m_features},
                                                       {m_otherLabel, m_otherFeatures}};
    for (const auto &[heading, column] : sections) {
        heading->setVisible(entryCount(column) > 0);
        column->setVisible(entryCount(column) > 0);
    }
    for (const DataForm &form : info.forms) {
        auto *extended = new DataFormWidget(this);
        DataForm shown = form;
        shown.type = u"result"_s;
        extended->setForm(shown);
        m_extended->addWidget(extended);
        extended->show();
    }
    setActions(ServiceCatalogue::actionsFor(info));
}

void ServiceDetails::setActions(const QList<Action> &actions)
{
    // Only the buttons that apply, two to a row, so the pane stays narrow.
    while (QLayoutItem *item = m_actions->takeAt(0))
        delete item;
    QList<QPushButton *> shown;
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        const bool applies = actions.contains(Action(button->property("action").toInt()));
        button->setVisible(applies);
        if (applies)
            shown.append(button);
    }
    shown.append(m_browseHere);
    for (int i = 0; i < shown.size(); ++i)
        m_actions->addWidget(shown.at(i), i / 2, i % 2);
}

QPushButton *ServiceDetails::actionButton(Action action) const
{
    for (QPushButton *button : m_actionButtons) {
        if (Action(button->property("action").toInt()) == action)
            return button;
    }
    return nullptr;
}

} // namespace Linnet

#include "StatusSelector.h"

#include "PresenceIcons.h"
#include "im/PresenceManager.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
const QString RecentKey = u"presence/recentMessages"_s;

constexpr RosterModel::State AllStates[] = {RosterModel::State::Chat, RosterModel::State::Online,
                                            RosterModel::State::Away, RosterModel::State::Xa,
                                            RosterModel::State::Dnd,  RosterModel::State::Offline};

QString actionName(RosterModel::State state)
{
    static const char *const names[] = {"chat", "online", "away", "xa", "dnd", "offline"};
    return u"state_"_s + QLatin1StringView(names[int(state)]);
}
} // namespace

StatusSelector::StatusSelector(QWidget *parent)
    : QWidget(parent), m_stateButton(new QToolButton(this)), m_message(new QComboBox(this)),
      m_advanced(new QToolButton(this)), m_priority(new QSpinBox(this))
{
    setObjectName(u"statusSelector"_s);
    m_stateButton->setObjectName(u"stateButton"_s);
    m_stateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stateButton->setPopupMode(QToolButton::InstantPopup);
    m_stateButton->setToolTip(tr("Your presence"));
    auto *menu = new QMenu(m_stateButton);
    menu->setObjectName(u"stateMenu"_s);
    for (const RosterModel::State state : AllStates) {
        if (state == RosterModel::State::Offline)
            menu->addSeparator();
        QAction *action =
            menu->addAction(PresenceIcons::forState(state), PresenceIcons::label(state), this,
                            [this, state] { choose(state, currentMessage()); });
        action->setObjectName(actionName(state));
    }
    m_stateButton->setMenu(menu);

    m_message->setObjectName(u"statusMessageEdit"_s);
    m_message->setEditable(true);
    m_message->setInsertPolicy(QComboBox::NoInsert);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_message->lineEdit()->setPlaceholderText(tr("Status message"));
    m_message->setAccessibleName(tr("Status message"));
    m_message->lineEdit()->setAccessibleName(tr("Status message"));
    m_message->lineEdit()->setClearButtonEnabled(true);
    connect(m_message->lineEdit(), &QLineEdit::returnPressed, this, &StatusSelector::applyMessage);
    connect(m_message, &QComboBox::activated, this, &StatusSelector::applyMessage);

    m_priority->setObjectName(u"prioritySpin"_s);
    m_priority->setRange(-128, 127);
    m_priority->setToolTip(tr("Messages to your address go to the resource with the highest "
                              "priority"));
    auto *advancedMenu = new QMenu(m_advanced);
    auto *popup = new QWidget(advancedMenu);
    auto *form = new QFormLayout(popup);
    form->addRow(tr("&Priority:"), m_priority);
    auto *popupAction = new QWidgetAction(advancedMenu);
    popupAction->setDefaultWidget(popup);
    advancedMenu->addAction(popupAction);
    connect(advancedMenu, &QMenu::aboutToHide, this, [this] {
        if (m_online && shown() && shown()->ownPresence().priority != priority())
            choose(currentState(), currentMessage());
    });
    m_advanced->setObjectName(u"presenceAdvancedButton"_s);
    m_advanced->setText(tr("…"));
    m_advanced->setToolTip(tr("Advanced presence settings"));
    m_advanced->setPopupMode(QToolButton::InstantPopup);
    m_advanced->setMenu(advancedMenu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stateButton);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_advanced);
    fillRecentMessages();
    refresh();
}

void StatusSelector::setPresenceManager(PresenceManager *presence)
{
    setPresenceManagers(presence ? QList<PresenceManager *>{presence} : QList<PresenceManager *>());
}

void StatusSelector::setPresenceManagers(const QList<PresenceManager *> &presences)
{
    for (const QPointer<PresenceManager> &presence : std::as_const(m_presences)) {
        if (presence)
            presence->disconnect(this);
    }
    m_presences.clear();
    for (PresenceManager *presence : presences) {
        m_presences.append(presence);
        connect(presence, &PresenceManager::ownPresenceChanged, this, &StatusSelector::refresh);
    }
    if (PresenceManager *presence = shown())
        m_priority->setValue(presence->ownPresence().priority);
    refresh();
}

PresenceManager *StatusSelector::shown() const
{
    for (const QPointer<PresenceManager> &presence : m_presences) {
        if (presence)
            return presence;
    }
    return nullptr;
}

void StatusSelector::setOnline(bool online)
{
    setOnline(online, online);
}

void StatusSelector::setOnline(bool anyOnline, bool allOnline)
{
    m_allOnline = allOnline;
    if (anyOnline == m_online)
        return;
    m_online = anyOnline;
    refresh();
}

QMenu *StatusSelector::stateMenu() const
{
    return m_stateButton->menu();
}

RosterModel::State StatusSelector::currentState() const
{
    if (!m_online)
        return RosterModel::State::Offline;
    if (PresenceManager *presence = shown()) {
        const Presence own = presence->ownPresence();
        return RosterModel::stateOf(int(own.show), own.isAvailable());
    }
    return m_wanted;
}

QString StatusSelector::currentMessage() const
{
    return m_message->currentText().trimmed();
}

int StatusSelector::priority() const
{
    return m_priority->value();
}

QStringList StatusSelector::recentMessages() const
{
    return QSettings().value(RecentKey).toStringList();
}

void StatusSelector::choose(RosterModel::State state, const QString &message)
{
    if (state == RosterModel::State::Offline) {
        Q_EMIT signOutRequested();
        refresh();
        return;
    }
    m_wanted = state;
    rememberMessage(message);
    for (const QPointer<PresenceManager> &presence : std::as_const(m_presences)) {
        if (presence)
            presence->setOwnPresence(Presence::Show(int(state)), message, priority());
    }
    if (!m_allOnline)
        Q_EMIT signInRequested();
    refresh();
}

void StatusSelector::applyMessage()
{
    const RosterModel::State state = currentState();
    choose(state == RosterModel::State::Offline ? m_wanted : state, currentMessage());
}

void StatusSelector::rememberMessage(const QString &message)
{
    if (message.isEmpty())
        return;
    QStringList recent = recentMessages();
    recent.removeAll(message);
    recent.prepend(message);
    while (recent.size() > MaxRecentMessages)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
    fillRecentMessages();
    m_message->setCurrentText(message);
}

void StatusSelector::fillRecentMessages()
{
    const QString text = m_message->currentText();
    const QSignalBlocker blocker(m_message);
    m_message->clear();
    m_message->addItems(recentMessages());
    m_message->setCurrentText(text);
}

void StatusSelector::refresh()
{
    const RosterModel::State state = currentState();
    m_stateButton->setIcon(PresenceIcons::forState(state));
    m_stateButton->setText(PresenceIcons::label(state));
    if (m_online && shown() && !m_message->lineEdit()->hasFocus()) {
        const QSignalBlocker blocker(m_message);
        m_message->setCurrentText(shown()->ownPresence().statusFor());
    }
}

} // namespace Linnet

#pragma once

#include "disco/ServiceCatalogue.h"
#include "im/Jid.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Linnet {

class Banner;

// The service browser's detail pane: what the selected entity is (its identities in words,
// with the specification they come from), what it can do (known features in words, the others
// as they were given), its extended information, and buttons for what the user can do with it.
class ServiceDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceDetails(QWidget *parent = nullptr);

    // A new entity: its address; the rest follows with setInfo or setProblem.
    void showEntity(const Jid &jid, const QString &node, const QString &name);
    void setLoading();
    void setInfo(const DiscoInfo &info);
    void setProblem(const QString &sentence);
    void clear();

    // Buttons shown for the actions of the entity, by action (tests, accessibility).
    QPushButton *actionButton(ServiceCatalogue::Action action) const;

Q_SIGNALS:
    void actionRequested(Linnet::ServiceCatalogue::Action action);
    void browseHereRequested();

private:
    void setActions(const QList<ServiceCatalogue::Action> &actions);

    QLabel *m_title;
    QLabel *m_address;
    QLabel *m_kind;
    Banner *m_problem;
    QLabel *m_identitiesLabel;
    QWidget *m_identities; // one label per entry
    QLabel *m_featuresLabel;
    QWidget *m_features; // one label per entry
    QLabel *m_otherLabel;
    QWidget *m_otherFeatures; // one label per entry
    QVBoxLayout *m_extended;
    QGridLayout *m_actions;
    QList<QPushButton *> m_actionButtons;
    QPushButton *m_browseHere;
};

// The button text for an action, or empty for actions the browser does not offer yet.
QString actionText(ServiceCatalogue::Action action);

} // namespace Linnet

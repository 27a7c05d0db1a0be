#pragma once

#include "im/Jid.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Linnet {

// The service browser's address bar: an address and an optional node, Go (or Enter), back and
// forward through the places visited, and refresh.
class AddressBar : public QWidget
{
    Q_OBJECT
public:
    explicit AddressBar(QWidget *parent = nullptr);

    // Goes to jid/node as if the user typed it: fills the fields, records it in the history
    // and emits browseRequested.
    void navigate(const Jid &jid, const QString &node = {});
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    void goBack();
    void goForward();

Q_SIGNALS:
    void browseRequested(const Linnet::Jid &jid, const QString &node);
    void refreshRequested();

private:
    struct Place
    {
        Jid jid;
        QString node;
        bool operator==(const Place &) const = default;
    };

    void go();
    void showPlace(const Place &place);
    void updateButtons();

    QList<Place> m_history;
    qsizetype m_position = -1;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLineEdit *m_jidEdit;
    QLineEdit *m_nodeEdit;
    QToolButton *m_go;
    QToolButton *m_refresh;
    QLabel *m_problem;
};

} // namespace Linnet

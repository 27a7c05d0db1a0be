#pragma once

#include "ConnectionStatePresentation.h"

#include <QWidget>

class QLabel;

namespace Linnet {

// The status bar's account line: always the connection state and why, with a coloured dot,
// e.g. "Reconnecting — The connection was lost. Trying again in 4 seconds."
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    // failed: offline because of an error (a red dot instead of a grey one).
    void setState(ConnectionState state, const QString &reason, bool failed = false);
    ConnectionState state() const { return m_presentation.state; }
    QString text() const;

private:
    ConnectionStatePresentation m_presentation;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Linnet

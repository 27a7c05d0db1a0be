#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Linnet {

// The room's subject on one line, elided, the whole text in the tooltip; "Change…" when we
// may set it.
class SubjectBar : public QWidget
{
    Q_OBJECT
public:
    explicit SubjectBar(QWidget *parent = nullptr);

    void setSubject(const QString &subject, const QString &setBy);
    QString subject() const { return m_subject; }
    void setEditable(bool editable);
    QLabel *label() const { return m_label; }
    QToolButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void editRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    QString m_subject;
    QString m_setBy;
    QLabel *m_label;
    QToolButton *m_edit;
};

} // namespace Linnet

#pragma once

#include <QPlainTextEdit>

namespace Linnet {

// Where the user writes: Enter sends, Shift+Enter starts a new line, Up in an empty composer
// asks for our last message to correct it, Escape cancels. Typing and focus are reported for
// chat states; text set by the program is not typing.
class Composer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    // Replaces the text without reporting it as typing (after sending, to correct).
    void setTextQuietly(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Enter with something other than white space in the composer.
    void submitted(const QString &text);
    void lastMessageWanted();
    void escapePressed();
    void typed(bool empty);
    void focusChanged(bool focused);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int linesHeight(int lines) const;

    bool m_quiet = false;
};

} // namespace Linnet

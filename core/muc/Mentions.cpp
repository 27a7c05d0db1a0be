#include "muc/Mentions.h"

namespace Linnet {

namespace {
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}
} // namespace

bool mentionsNick(const QString &body, const QString &nick)
{
    const QString wanted = nick.trimmed();
    if (wanted.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = body.indexOf(wanted, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + wanted.size();
        // A nick that itself starts or ends with punctuation only needs its word ends checked.
        const bool startOk =
            at == 0 || !isWordCharacter(body.at(at - 1)) || !isWordCharacter(wanted.front());
        const bool endOk =
            end >= body.size() || !isWordCharacter(body.at(end)) || !isWordCharacter(wanted.back());
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

} // namespace Linnet

#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace Linnet {

bool Translations::load(const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_linnet);
    QCoreApplication::removeTranslator(&m_qt);

    // An empty translator leaves the source text in place, so a failed load is harmless.
    const bool linnetLoaded = m_linnet.load(locale, u"linnet"_s, u"_"_s, u":/i18n"_s);
    if (!linnetLoaded)
        (void)m_linnet.load(QString()); // forget a language loaded before
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool qtLoaded = m_qt.load(locale, u"qtbase"_s, u"_"_s, qtFolder);
    if (!qtLoaded)
        (void)m_qt.load(QString());

    if (linnetLoaded)
        QCoreApplication::installTranslator(&m_linnet);
    if (qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    else if (linnetLoaded)
        qCDebug(lcAccount) << "No Qt translation for" << locale.name() << "in" << qtFolder
                           << "(Debian package qt6-translations-l10n)";
    return linnetLoaded;
}

QString Translations::language() const
{
    return m_linnet.isEmpty() ? QString() : m_linnet.language();
}

bool Translations::hasQtTranslation() const
{
    return !m_qt.isEmpty();
}

} // namespace Linnet

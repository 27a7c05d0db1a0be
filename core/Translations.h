#pragma once

#include <QLocale>
#include <QTranslator>

namespace Linnet {

// Linnet's own translation (built from translations/*.ts into the :/i18n resources) and Qt's
// (qtbase_*.qm from Qt's translations folder, Debian package qt6-translations-l10n) for one
// locale, installed into the running application. The default QLocale follows the system:
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as Qt reads them. English needs no file.
class Translations
{
public:
    Translations() = default;
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Replaces what an earlier load() installed. True when Linnet's own strings are translated
    // for `locale`; false for English or a language Linnet does not speak yet.
    bool load(const QLocale &locale = QLocale());

    // The language of the installed Linnet translation ("de", "fr"), or empty.
    QString language() const;
    bool hasQtTranslation() const;

private:
    QTranslator m_linnet;
    QTranslator m_qt;
};

} // namespace Linnet

#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace smout {

void installTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    // English is the catalogue of last resort: it carries the plural forms of "%n …" texts.
    if (translator->load(QLocale(), QStringLiteral("smout"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/smout_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace smout

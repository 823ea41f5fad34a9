#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace smout {

namespace {

std::atomic<bool> pdfFollows{false};

// The interface catalogue of a language other than English. It answers nothing for the
// printed form's contexts unless the user asked for a translated PDF, so lookups fall
// through to the English catalogue beneath it; no swapping of translators while painting.
class InterfaceTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (!pdfFollows.load() && context
            && (std::strcmp(context, "smout::FormText") == 0
                || std::strcmp(context, "smout::pdf::PdfRenderer") == 0))
            return {};
        return QTranslator::translate(context, source, disambiguation, n);
    }
};

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void install(QTranslator *translator, bool loaded)
{
    if (!loaded || translator->isEmpty()) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed() << translator;
}

} // namespace

void installTranslations(const QString &language)
{
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    QObject *app = QCoreApplication::instance();
    auto *english = new QTranslator(app);
    install(english, english->load(u":/i18n/smout_en.qm"_s));

    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *own = new InterfaceTranslator(app);
    if (!own->load(locale, u"smout"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return; // a language SMOUT Studio does not speak: English throughout, Qt's dialogs too
    }
    install(own, true);
    auto *qt = new QTranslator(app);
    install(qt, qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
}

void setPdfFollowsInterfaceLanguage(bool follows)
{
    pdfFollows.store(follows);
}

bool pdfFollowsInterfaceLanguage()
{
    return pdfFollows.load();
}

} // namespace smout

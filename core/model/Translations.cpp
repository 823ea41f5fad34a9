#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <atomic>

using namespace Qt::StringLiterals;

namespace smout {

namespace {

std::atomic<bool> pdfFollows{false};
thread_local int printing = 0;

// A catalogue of a language other than English (SMOUT Studio's or Qt's). It answers nothing
// while this thread lays out the printed form (unless the user asked for a translated PDF),
// so lookups fall through to the English catalogue beneath it: no swapping of translators.
class InterfaceTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (printing > 0 && !pdfFollows.load())
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
    auto *qt = new InterfaceTranslator(app);
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

PrintedFormScope::PrintedFormScope()
{
    ++printing;
}

PrintedFormScope::~PrintedFormScope()
{
    --printing;
}

} // namespace smout

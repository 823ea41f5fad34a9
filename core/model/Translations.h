#pragma once

#include <QString>

namespace smout {

// Loads SMOUT Studio's catalogue (built from translations/*.ts into :/i18n) and Qt's own
// (qtbase, for standard dialogs) into the running application. `language` is "en", "es",
// or empty for the user's locale. English is always installed beneath the chosen language:
// it is the fallback and carries the plural forms of "%n …" texts.
void installTranslations(const QString &language = {});

// The printed form stays English by default, whatever the interface language, since DHS
// adjudicates in English: while a PrintedFormScope exists on a thread, every text translated
// on that thread is English, unless the user asked for the PDF in the interface language.
void setPdfFollowsInterfaceLanguage(bool follows);
bool pdfFollowsInterfaceLanguage();

class PrintedFormScope {
public:
    PrintedFormScope();
    ~PrintedFormScope();
    PrintedFormScope(const PrintedFormScope &) = delete;
    PrintedFormScope &operator=(const PrintedFormScope &) = delete;
};

} // namespace smout

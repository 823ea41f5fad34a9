#pragma once

namespace smout {

// Loads the catalogue for the user's locale (built from translations/*.ts into :/i18n)
// into the running application. English needs none and is the fallback.
void installTranslations();

} // namespace smout

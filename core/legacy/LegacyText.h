#pragma once

// The translation context of the import's messages.

#include <QCoreApplication>

namespace smout::legacy {

struct LegacyText {
    Q_DECLARE_TR_FUNCTIONS(smout::legacy::LegacyText)
};

} // namespace smout::legacy

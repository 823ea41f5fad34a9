#pragma once

// The banner at the top of a section the current role does not own: who completes it and
// the role the user is signed in as, so a read-only section says so before any field is
// tried. Hidden while the role edits the section; follows the role switch.

#include "model/Codes.h"

#include <QLabel>

namespace smout {
class DocumentModel;
}

class OwnerBanner : public QLabel {
    Q_OBJECT
public:
    OwnerBanner(const QString &sectionId, smout::DocumentModel *model, QWidget *parent = nullptr);
    // Puts a banner under the title of `form` (a section built by createSectionForms()).
    static OwnerBanner *install(QWidget *form, const QString &sectionId, smout::DocumentModel *model);

private:
    void showFor(smout::Role role);

    QString m_section;
};

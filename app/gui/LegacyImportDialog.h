#pragma once

// The review of an import of an existing SMOUT (File → Import Existing SMOUT…): the source
// text on one side, every field with its status on the other; activating a field selects
// the text it came from. Accept takes the document.

#include "legacy/TemplateReader.h"

#include <QDialog>

#include <optional>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

class LegacyImportDialog : public QDialog {
    Q_OBJECT
public:
    LegacyImportDialog(const smout::legacy::LegacyImport &result, const QString &fileName, QWidget *parent);

    // Asks for a file, imports it and shows the review; the document when the user accepts.
    // A file that cannot be imported is explained in a message.
    static std::optional<smout::SmoutDocument> importFile(QWidget *parent);

    QTreeWidget *fields() const { return m_fields; }
    QPlainTextEdit *source() const { return m_source; }
    // The row of the field at key path `path`, or null.
    QTreeWidgetItem *fieldItem(const QString &path) const;
    // The source text now selected (the field's line or paragraph), empty when none.
    QString selectedSource() const;

private:
    void showSourceOf(QTreeWidgetItem *item);

    QPlainTextEdit *m_source;
    QTreeWidget *m_fields;
    QLabel *m_where;
    QHash<QString, int> m_blockOf; // "line 12" → block of the source view
};

#include "LegacyImportDialog.h"

#include "Dialogs.h"
#include "legacy/LegacyImport.h"
#include "model/FieldNames.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using smout::legacy::FieldStatus;

namespace {

enum Column { FieldColumn, StatusColumn, DetailColumn };
constexpr int SourceRole = Qt::UserRole;
constexpr int PathRole = Qt::UserRole + 1;

QString statusText(FieldStatus s)
{
    switch (s) {
    case FieldStatus::Mapped:
        return LegacyImportDialog::tr("mapped");
    case FieldStatus::Inferred:
        return LegacyImportDialog::tr("inferred — check");
    case FieldStatus::Missing:
        break;
    }
    return LegacyImportDialog::tr("missing — fill in");
}

} // namespace

LegacyImportDialog::LegacyImportDialog(const smout::legacy::LegacyImport &result, const QString &fileName,
                                       QWidget *parent)
    : QDialog(parent), m_source(new QPlainTextEdit), m_fields(new QTreeWidget), m_where(new QLabel)
{
    setWindowTitle(tr("Import Existing SMOUT — %1").arg(fileName));
    setObjectName(u"legacyImportDialog"_s);

    m_source->setReadOnly(true);
    m_source->setObjectName(u"legacySource"_s);
    m_source->setAccessibleName(tr("Text of the imported file"));
    QStringList text;
    for (const auto &line : result.source) {
        m_blockOf.insert(line.where, int(text.size()));
        text << line.text;
    }
    m_source->setPlainText(text.join(u'\n'));

    m_fields->setObjectName(u"legacyFields"_s);
    m_fields->setAccessibleName(tr("Fields of the imported document"));
    m_fields->setHeaderLabels({tr("Field"), tr("Status"), tr("Source or reason")});
    m_fields->setRootIsDecorated(false);
    m_fields->setUniformRowHeights(true);
    for (const auto &f : result.fields) {
        auto *item = new QTreeWidgetItem(m_fields);
        // People read the form's name of the field; its key path is the tooltip.
        item->setText(FieldColumn, smout::fieldName(f.path));
        item->setData(FieldColumn, PathRole, f.path);
        item->setToolTip(FieldColumn, f.path);
        item->setText(StatusColumn, statusText(f.status));
        QString detail = f.reason;
        if (!f.source.isEmpty())
            detail = detail.isEmpty() ? f.source : u"%1 (%2)"_s.arg(detail, f.source);
        item->setText(DetailColumn, detail);
        item->setData(FieldColumn, SourceRole, f.source);
    }
    for (const auto &u : result.unmapped) {
        auto *item = new QTreeWidgetItem(m_fields);
        item->setText(FieldColumn, tr("(no field)"));
        item->setText(StatusColumn, tr("unmapped — place it"));
        item->setText(DetailColumn, u"%1: %2"_s.arg(u.source, u.text));
        item->setData(FieldColumn, SourceRole, u.source);
    }
    m_fields->header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    connect(m_fields, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { showSourceOf(item); });
    connect(m_fields, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showSourceOf(item); });

    auto *summary = new QLabel(tr("%1 edition: %2 field(s) mapped, %3 inferred (check them), %4 missing (fill them in), "
                                  "%5 passage(s) of text placed in no field. The document opens as an unsaved draft.")
                                   .arg(result.edition)
                                   .arg(result.count(FieldStatus::Mapped))
                                   .arg(result.count(FieldStatus::Inferred))
                                   .arg(result.count(FieldStatus::Missing))
                                   .arg(result.unmapped.size()));
    summary->setWordWrap(true);
    m_where->setObjectName(u"legacyWhere"_s);

    auto *split = new QSplitter;
    split->addWidget(m_source);
    split->addWidget(m_fields);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Accept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_where);
    layout->addWidget(buttons);
    resize(1100, 700);
}

void LegacyImportDialog::showSourceOf(QTreeWidgetItem *item)
{
    const QString where = item ? item->data(FieldColumn, SourceRole).toString() : QString();
    const auto it = m_blockOf.constFind(where);
    if (it == m_blockOf.constEnd()) {
        m_source->setTextCursor(QTextCursor(m_source->document()));
        m_where->setText(item ? tr("%1: not taken from the text").arg(item->text(FieldColumn)) : QString());
        return;
    }
    const QTextBlock block = m_source->document()->findBlockByNumber(*it);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
    m_where->setText(tr("%1: from %2").arg(item->text(FieldColumn), where));
}

QTreeWidgetItem *LegacyImportDialog::fieldItem(const QString &path) const
{
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        if (m_fields->topLevelItem(i)->data(FieldColumn, PathRole).toString() == path)
            return m_fields->topLevelItem(i);
    return nullptr;
}

QString LegacyImportDialog::selectedSource() const
{
    return m_source->textCursor().selectedText();
}

std::optional<smout::SmoutDocument> LegacyImportDialog::importFile(QWidget *parent)
{
    const QString path = Dialogs::openFileName(
        parent, tr("Import Existing SMOUT"),
        tr("Filled templates (*.docx *.pdf *.txt *.md);;Word documents (*.docx);;PDF (*.pdf);;Text (*.txt *.md)"));
    if (path.isEmpty())
        return std::nullopt;
    const auto result = smout::legacy::importLegacyFile(path, {});
    if (!result) {
        Dialogs::inform(parent, tr("Cannot import"), tr("%1 could not be imported:\n%2").arg(path, result.error()));
        return std::nullopt;
    }
    LegacyImportDialog dialog(*result, QFileInfo(path).fileName(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return result->document;
}

#include "RedactionMarker.h"

#include "Dialogs.h"
#include "ExemptionChooser.h"
#include "ListEditor.h"
#include "MainWindow.h"
#include "ReleaseReviewView.h"
#include "pdf/ReleaseCopy.h"
#include "release/MarkingCheck.h"
#include "editing/MarkingCommand.h"
#include "model/KeyPath.h"
#include "rules/RuleEngine.h"
#include "workflow/ExportFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableWidget>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

const QColor MarkedText(255, 214, 0, 150);

bool covers(const QString &field, const QString &path)
{
    return path == field || path.startsWith(field + u'[') || path.startsWith(field + u'.');
}

} // namespace

RedactionMarker::RedactionMarker(MainWindow *window, DocumentModel *model)
    : QObject(window), m_window(window), m_model(model), m_dock(new QDockWidget(tr("Release Review"), window)),
      m_view(new ReleaseReviewView(model))
{
    m_dock->setObjectName(u"releaseReviewDock"_s);
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    for (QWidget *w : window->findChildren<QWidget *>())
        if (const QString field = w->property("smoutPath").toString(); !field.isEmpty())
            m_fields.append({w, field});
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { rememberField(now); });
    connect(m_model, &DocumentModel::valueChanged, this, &RedactionMarker::highlight);
    connect(m_model, &DocumentModel::documentReset, this, [this] { highlight({}); });
    connect(m_view, &ReleaseReviewView::goToRequested, this, [this](qsizetype i) {
        const Redaction &r = m_model->document().redactions.at(i);
        goTo(r.path, r.start, r.end);
    });
}

void RedactionMarker::rememberField(QWidget *now)
{
    for (QWidget *w = now; w && w != m_window; w = w->parentWidget())
        if (w->property("smoutPath").isValid() && m_window->isAncestorOf(w)) {
            m_field = w;
            return;
        }
}

bool RedactionMarker::markCurrentField(const QString &exemption)
{
    rememberField(QApplication::focusWidget());
    QWidget *w = m_field;
    if (!w) {
        Dialogs::inform(m_window, tr("Mark for Withholding"),
                        tr("Select text in a field, or click into a field, a date, an answer or a list entry, then mark it."));
        return false;
    }
    const QString path = w->property("smoutPath").toString();
    const QString code = w->property("smoutCode").toString();
    Redaction marking{path, {}, {}, exemption, {}};
    if (auto *e = qobject_cast<QLineEdit *>(w); e && e->hasSelectedText()) {
        marking.start = e->selectionStart();
        marking.end = e->selectionStart() + e->selectedText().size();
    } else if (auto *t = qobject_cast<QPlainTextEdit *>(w); t && t->textCursor().hasSelection()) {
        marking.start = t->textCursor().selectionStart();
        marking.end = t->textCursor().selectionEnd();
    } else if (auto *list = qobject_cast<ListEditor *>(w)) {
        const auto pick = list->picked();
        if (!pick) {
            Dialogs::inform(m_window, tr("Mark for Withholding"),
                            tr("Select the cell (or, with Shift, the whole entry) of the list to withhold."));
            return false;
        }
        marking.path = path + pick->path;
        marking.start = pick->start;
        marking.end = pick->end;
    } else if (qobject_cast<QCheckBox *>(w) && !code.isEmpty()) {
        // A choice withholds its whole option group, checked or not (release/ChoiceGroups.h).
        const qsizetype at = m_model->value(path).toArray().toVariantList().indexOf(code);
        marking.path = at < 0 ? path : path + u'[' + QString::number(at) + u']';
    }
    if (marking.exemption.isEmpty())
        marking.exemption = ExemptionChooser::choose(m_window);
    if (marking.exemption.isEmpty())
        return false;
    // A marking that could not be applied is refused now, with the reason, not added.
    SmoutDocument trial = m_model->document();
    trial.redactions.append(marking);
    for (const release::MarkingProblem &p : release::placeMarkings(trial).problems)
        if (p.index == trial.redactions.size() - 1) {
            Dialogs::inform(m_window, tr("Mark for Withholding"), p.message);
            return false;
        }
    if (const Status added = release::addMarking(*m_model, marking); !added) {
        Dialogs::inform(m_window, tr("Mark for Withholding"), added.error());
        return false;
    }
    m_dock->show();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->deselect();
    return true;
}

QWidget *RedactionMarker::fieldWidget(const QString &path, int *section) const
{
    *section = m_window->sectionIndex(sectionOfPath(path));
    if (*section < 0)
        return nullptr;
    QWidget *best = nullptr;
    qsizetype bestLength = -1;
    for (QWidget *w : m_window->sectionForm(*section)->findChildren<QWidget *>()) {
        const QString field = w->property("smoutPath").toString();
        if (!field.isEmpty() && covers(field, path) && field.size() > bestLength) {
            best = w;
            bestLength = field.size();
        }
    }
    return best;
}

bool RedactionMarker::goTo(const QString &path, std::optional<qsizetype> start, std::optional<qsizetype> end)
{
    int section = -1;
    QWidget *w = fieldWidget(path, &section);
    if (!w)
        return false;
    m_window->showSection(section);
    w->setFocus(Qt::OtherFocusReason);
    if (auto *t = qobject_cast<QPlainTextEdit *>(w); t && start && end) {
        QTextCursor cursor(t->document());
        cursor.setPosition(int(std::min<qsizetype>(*start, t->document()->characterCount() - 1)));
        cursor.setPosition(int(std::min<qsizetype>(*end, t->document()->characterCount() - 1)), QTextCursor::KeepAnchor);
        t->setTextCursor(cursor);
    } else if (auto *e = qobject_cast<QLineEdit *>(w); e && start && end) {
        e->setSelection(int(*start), int(*end - *start));
    } else if (auto *list = qobject_cast<ListEditor *>(w)) {
        const QString field = w->property("smoutPath").toString();
        if (path.size() > field.size() && path[field.size()] == u'[')
            list->showPick(path.mid(field.size()), start, end);
    }
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(w, 40, 80);
            break;
        }
    return true;
}

void RedactionMarker::highlight(const QString &changedPath)
{
    const QList<Redaction> &markings = m_model->document().redactions;
    const bool everywhere = changedPath.isEmpty() || isUnderKeyPath(changedPath, u"redactions"_s);
    for (const Field &f : std::as_const(m_fields)) {
        QWidget *w = f.widget;
        const QString &field = f.path;
        if (!w)
            continue;
        if (!everywhere && !isUnderKeyPath(field, changedPath) && !isUnderKeyPath(changedPath, field))
            continue;
        QStringList labels;
        QList<QTextEdit::ExtraSelection> spans;
        auto *text = qobject_cast<QPlainTextEdit *>(w);
        auto *list = qobject_cast<ListEditor *>(w);
        QHash<QString, QString> cells;
        for (const Redaction &r : markings) {
            const QString code = w->property("smoutCode").toString();
            if (!covers(field, r.path) || (!code.isEmpty() && r.path != field && m_model->value(r.path).toString() != code))
                continue;
            labels << r.exemption;
            if (list && r.path.startsWith(field + u'[')) {
                QString &cell = cells[r.path.mid(field.size())];
                cell += (cell.isEmpty() ? QString() : u"; "_s) + r.exemption;
            }
            if (text && r.path == field) {
                QTextEdit::ExtraSelection span;
                span.cursor = QTextCursor(text->document());
                const int last = text->document()->characterCount() - 1;
                span.cursor.setPosition(int(std::clamp<qsizetype>(r.start.value_or(0), 0, last)));
                span.cursor.setPosition(int(std::clamp<qsizetype>(r.end.value_or(last), 0, last)), QTextCursor::KeepAnchor);
                span.format.setBackground(MarkedText);
                span.format.setToolTip(r.exemption);
                spans << span;
            }
        }
        if (text)
            text->setExtraSelections(spans);
        if (list)
            list->showMarkings(cells, MarkedText);
        if (!w->property("baseToolTip").isValid())
            w->setProperty("baseToolTip", w->toolTip());
        const QString base = w->property("baseToolTip").toString();
        labels.removeDuplicates();
        w->setProperty("withheld", labels.join(u"; "_s));
        w->setToolTip(labels.isEmpty() ? base
                                       : (base.isEmpty() ? QString() : base + u'\n') + tr("Marked for withholding: %1").arg(labels.join(u"; "_s)));
        // A list tints its marked cells, not the whole table.
        if (!text && !list && labels.isEmpty() != !w->property("withheldShown").toBool()) {
            // Only when the marking comes or goes, so palette changes of the window apply.
            QPalette palette = w->palette();
            palette.setColor(QPalette::Base, labels.isEmpty() ? m_window->palette().color(QPalette::Base) : MarkedText.lighter(130));
            w->setPalette(palette);
            w->setProperty("withheldShown", !labels.isEmpty());
        }
    }
}

bool RedactionMarker::exportRelease()
{
    const SmoutDocument &doc = m_model->document();
    const QStringList warnings = pdf::releaseWarnings(doc);
    if (!warnings.isEmpty()
        && Dialogs::ask(m_window, tr("Personal data left unmarked"),
                        tr("The release copy would still show:\n\n%1\n\nExport the release copy anyway?").arg(warnings.join(u'\n')),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    const QString path = Dialogs::saveFileName(m_window, tr("Export Release Copy"), Dialogs::besideDocument(*m_model, u"-release.pdf"_s),
                                               tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    pdf::ExportOptions options;
    options.attachmentDir = m_model->ruleContext().attachmentDir;
    if (const workflow::ExportOutcome written = workflow::releaseFile({doc, {}, options}, path); !written.ok()) {
        Dialogs::inform(m_window, tr("Release copy refused"), written.problem);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported the release copy %1 and checked it: no withheld text in it").arg(path), 6000);
    return true;
}

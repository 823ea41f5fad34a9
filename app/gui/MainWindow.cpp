#include "MainWindow.h"

#include "BackgroundExport.h"
#include "BackgroundPrint.h"
#include "Dialogs.h"
#include "FieldBinder.h"
#include "RedactionMarker.h"
#include "FieldChangesView.h"
#include "RequestMarkers.h"
#include "RequestsDock.h"
#include "RevisionComparison.h"
#include "ComboAccessible.h"
#include "ContrastStyle.h"
#include "DockTabStops.h"
#include "FindingsAnnouncer.h"
#include "FindingsDockHeight.h"
#include "FindingsView.h"
#include "HelpMenu.h"
#include "InventoryActions.h"
#include "InventoryWindow.h"
#include "LegacyImportDialog.h"
#include "OwnerBanner.h"
#include "QuestionHelp.h"
#include "SectionOwners.h"
#include "SettingsDialog.h"
#include "PdfArchiving.h"
#include "SendToCounsel.h"
#include "SeverityColors.h"
#include "SignaturesPanel.h"
#include "StudioSettings.h"
#include "TableAccessible.h"
#include "WelcomePage.h"
#include "WindowPlacement.h"
#include "diff/DocumentDiff.h"
#include "review/RequestLog.h"
#include "model/FieldNames.h"
#include "model/Roles.h"
#include "model/Translations.h"
#include "store/UserName.h"
#include "model/FormText.h"
#include "pdf/PageSizeSetting.h"
#include "pdf/PdfExporter.h"
#include "pdf/PrintedPages.h"
#include "store/InventoryStore.h"
#include "store/UserName.h"

#include <QAction>
#include <QBoxLayout>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_navigator(new QListWidget), m_stack(new QStackedWidget),
      m_pages(new QStackedWidget), m_welcome(new WelcomePage), m_findings(new FindingsView), m_role(new QComboBox),
      m_summary(new QLabel)
{
    installComboAccessible(); // for windows made without main(), as in tests
    installTableAccessible();
    applyContrast();
    setWindowIcon(QIcon(u":/icons/smout-studio.svg"_s));
    setAcceptDrops(true);
    m_stack->setObjectName(u"sectionStack"_s);
    setStyleSheet(multiLineFocusStyleSheet()
                  + u"*[finding=\"error\"] { border: 2px solid #c62828; border-radius: 3px; }"
                    "*[finding=\"warning\"] { border: 2px solid #e0a000; border-radius: 3px; }"_s);
    m_sections = createSectionForms();
    m_requests = new RequestsDock(&m_model, this);
    for (const SectionForm &s : m_sections) {
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setAccessibleName(s.title);
        s.form->setContentsMargins(12, 8, 12, 8);
        scroll->setWidget(s.form);
        m_stack->addWidget(scroll);
        m_binders << new FieldBinder(&m_model, s.form, this);
        applyQuestionHelp(s.form);
        OwnerBanner::install(s.form, s.id, &m_model);
        connect(m_binders.constLast(), &FieldBinder::refused, this, [this](const QString &why) {
            statusBar()->showMessage(why, 6000);
            m_announcer->say(why); // a screen reader hears it too, wherever the focus went
        });
        connect(m_binders.constLast(), &FieldBinder::announce, this, [this](const QString &text) { m_announcer->say(text); });
        connect(new RequestMarkers(&m_model, m_binders.constLast(), s.form, this), &RequestMarkers::askRequested,
                m_requests, &RequestsDock::ask);
        auto *item = new QListWidgetItem(s.title, m_navigator);
        item->setData(Qt::UserRole, s.id);
    }
    m_navigator->setAccessibleName(tr("Sections"));
    m_navigator->setMinimumWidth(260);
    m_navigator->setWordWrap(true);
    m_navigator->setSpacing(2);
    m_navigator->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_navigator, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDocument);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomePage::fileRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });

    m_signatures = new SignaturesPanel(&m_model);
    if (auto *box = qobject_cast<QBoxLayout *>(m_sections[sectionIndex(u"signatures"_s)].form->layout()))
        box->insertWidget(box->count() - 1, m_signatures);
    m_marker = new RedactionMarker(this, &m_model);
    createActions();
    createDocks();
    keepDockTabStops(this);
    m_announcer = new FindingsAnnouncer(&m_model);
    statusBar()->addWidget(m_announcer);
    // Room between a long status message and the counts: the message is cut off before them,
    // and the whole of it is in the status bar's tool tip.
    m_summary->setObjectName(u"findingCounts"_s);
    m_summary->setContentsMargins(fontMetrics().averageCharWidth() * 3, 0, 0, 0);
    statusBar()->addPermanentWidget(m_summary);
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(), &QWidget::setToolTip);
    m_export = new BackgroundExport(statusBar(), this);
    m_print = new BackgroundPrint(statusBar(), this);
    m_inventoryActions = new InventoryActions(&m_model, statusBar(), this);
    connect(m_inventoryActions, &InventoryActions::saveFinished, this, [this](bool saved) {
        updatePreviousSubmission();
        if (saved && m_inventory)
            m_inventory->refresh();
    });
    connect(m_inventoryActions, &InventoryActions::openFinished, this, &MainWindow::updatePreviousSubmission);
    m_sendToCounsel = new SendToCounsel(this);
    m_archiving = new PdfArchiving(this);

    connect(&m_model, &DocumentModel::findingsChanged, this, &MainWindow::updateFindings);
    connect(&m_model, &DocumentModel::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_model, &DocumentModel::roleChanged, this, &MainWindow::updateNavigator);
    connect(&m_model, &DocumentModel::filePathChanged, this, &MainWindow::updateTitle);
    connect(&m_model, &DocumentModel::documentReset, this, [this] {
        showEditor();
        // Fitted to another document's findings; while it is edited the dock keeps its height,
        // so the rows and the forms above do not move as findings come and go.
        QTimer::singleShot(0, m_findingsHeight, &FindingsDockHeight::fit);
        updatePreviousSubmission();
        // Another document starts at the top of every section, not where the last one was.
        for (QScrollArea *scroll : m_stack->findChildren<QScrollArea *>(Qt::FindDirectChildrenOnly)) {
            scroll->verticalScrollBar()->setValue(0);
            scroll->horizontalScrollBar()->setValue(0);
        }
    });
    m_session.setAutosaveDelay(StudioSettings::autosaveDelayMs());
    connect(&m_session, &workflow::DocumentSession::displayNameChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &workflow::DocumentSession::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(&m_session, &workflow::DocumentSession::signedVersionChanged, this, [this](bool known) {
        m_changesSinceSigning->setEnabled(known);
        updatePreviousSubmission();
    });

    setRole(std::max(0, m_role->findData(StudioSettings::role())));
    m_navigator->setCurrentRow(0);
    updateFindings();
    updateTitle();
    // As large as when last closed, never larger than the screen it opens on.
    new WindowPlacement(this, u"main"_s, QSize(1280, 860));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] { newDocument(); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QMenu *examples = file->addMenu(tr("Open E&xample"));
    examples->addAction(tr("ICE 2012 (released under FOIA)"), this, [this] {
        openFile(u":/examples/ice-2012-social-media-enforcement.smout"_s);
    });
    examples->addAction(tr("Fictional USCIS benefit fraud (complete)"), this, [this] {
        openFile(u":/examples/fictional-uscis-benefit-fraud.smout"_s);
    });
    rebuildRecentMenu(m_session.recentFiles());
    file->addAction(tr("Import Existing S&MOUT…"), this, &MainWindow::importExisting);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addAction(tr("Save to &Inventory"), QKeySequence(tr("Ctrl+Alt+S")), this, &MainWindow::saveToInventory);
    file->addAction(tr("Send to &Counsel…"), this, [this] { m_sendToCounsel->start(); })
        ->setStatusTip(tr("Counsel answers question 2a in the draft before the program office signs"));
    file->addSeparator();
    // Window-wide, so it also works while a line edit (which has no Ctrl+E of its own to
    // give up on every platform) has the focus.
    file->addAction(tr("&Export PDF…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportPdf)
        ->setShortcutContext(Qt::ApplicationShortcut);
    file->addAction(tr("Export &Release Copy…"), this, [this] { m_marker->exportRelease(); });
    file->addAction(tr("Arc&hive…"), this, [this] { m_archiving->start(); })
        ->setStatusTip(tr("Add validation data and a document timestamp to a signed PDF, so that it verifies after its certificates expire"));
    file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
    file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::print);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Icons on the toolbar (the text, which names the command, goes to the tooltip), so the
    // toolbar does not change width with every edit.
    QAction *undo = m_model.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, QIcon(u":/icons/edit-undo.svg"_s)));
    QAction *redo = m_model.undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as a second redo key where the platform's redo is Ctrl+Shift+Z.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, QIcon(u":/icons/edit-redo.svg"_s)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Mark for Withholding…"), QKeySequence(tr("Ctrl+Shift+M")), this, [this] { m_marker->markCurrentField(); });
    m_changesSinceSigning = edit->addAction(tr("&Changes Since Signing…"), this, &MainWindow::showChangesSinceSigning);
    m_changesSinceSigning->setEnabled(false);
    m_changesSinceSigning->setStatusTip(tr("Compare the document with the version signed in the PDF it was opened from"));
    m_askAboutDocument = edit->addAction(tr("Request More Information About the &Document…"), this,
                                         [this] { m_requests->ask({}, {QString()}); });
    m_askAboutDocument->setObjectName(u"askAboutDocument"_s);
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(tr("&Next Section"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                    [this] { showSection(std::min(currentSection() + 1, int(m_sections.size()) - 1)); });
    view->addAction(tr("&Previous Section"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                    [this] { showSection(std::max(currentSection() - 1, 0)); });
    view->addAction(m_marker->reviewDock()->toggleViewAction());
    view->addAction(tr("Re&quests"), QKeySequence(tr("Ctrl+Shift+R")), this, [this] {
        if (m_requests->isVisible()) {
            m_requests->hide();
            return;
        }
        m_requests->show();
        m_requests->raise();
        m_requests->list()->setFocus(Qt::ShortcutFocusReason);
    });

    view->addSeparator();
    view->addAction(tr("&Inventory"), QKeySequence(tr("Ctrl+I")), this, [this] {
        if (!m_inventory) {
            m_inventory = new InventoryWindow(this);
            connect(m_inventory, &InventoryWindow::openRequested, this, &MainWindow::openFromInventory);
        }
        m_inventory->refresh();
        m_inventory->show();
        m_inventory->raise();
    });

    addHelpMenu(this);

    QToolBar *bar = addToolBar(tr("Document"));
    bar->setObjectName(u"documentToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    auto *roleLabel = new QLabel(tr("&Role: "));
    roleLabel->setBuddy(m_role);
    bar->addWidget(roleLabel);
    for (const Role role : allOf<Role>())
        m_role->addItem(roleName(role), QString::fromLatin1(codeOf(role)));
    m_role->setObjectName(u"roleSwitch"_s);
    m_role->setAccessibleName(tr("Role"));
    m_role->setAccessibleDescription(tr("Sections a role does not own are read-only"));
    bar->addWidget(m_role);
    connect(m_role, &QComboBox::activated, this, &MainWindow::setRole);

    const QWidget *signatures = m_sections[sectionIndex(u"signatures"_s)].form;
    connect(signatures->findChild<QPushButton *>(u"exportPdfButton"_s), &QPushButton::clicked, this, &MainWindow::exportPdf);
    connect(signatures->findChild<QPushButton *>(u"printPreviewButton"_s), &QPushButton::clicked, this, &MainWindow::printPreview);
    connect(signatures->findChild<QPushButton *>(u"printButton"_s), &QPushButton::clicked, this, &MainWindow::print);
    connect(m_sections[sectionIndex(u"q4"_s)].form->findChild<QPushButton *>(u"attachButton"_s),
            &QPushButton::clicked, this, &MainWindow::attachRulesOfBehavior);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(u"findingsDock"_s);
    m_findings->setColumnCount(4);
    m_findings->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Field"), tr("What to do")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setAccessibleDescription(tr("Activate a finding to go to its field"));
    dock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_findingsHeight = new FindingsDockHeight(this, dock, m_findings);
    // A closed Findings dock comes back from the View menu, beside the other docks.
    QAction *showFindings = dock->toggleViewAction();
    showFindings->setText(tr("&Findings"));
    showFindings->setObjectName(u"showFindings"_s);
    findChild<QMenu *>(u"viewMenu"_s)->insertAction(m_marker->reviewDock()->toggleViewAction(), showFindings);
    connect(m_findings, &QTreeWidget::itemActivated, this, &MainWindow::jumpToFinding);
    connect(m_findings, &QTreeWidget::itemClicked, this, &MainWindow::jumpToFinding);

    // Behind the findings, one tab each, so the forms keep their height on a small screen.
    addDockWidget(Qt::BottomDockWidgetArea, m_requests);
    tabifyDockWidget(dock, m_requests);
    m_requests->hide(); // until a document has requests, or the View menu asks for it
    dock->raise();
    connect(m_requests, &RequestsDock::jumpRequested, this, &MainWindow::jumpToPath);
    connect(m_requests, &RequestsDock::compareRequested, this, &MainWindow::comparePreviousSubmission);
    connect(m_requests, &RequestsDock::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 6000); });
}

int MainWindow::sectionIndex(const QString &id) const
{
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].id == id)
            return i;
    return -1;
}

int MainWindow::currentSection() const
{
    return m_navigator->currentRow();
}

void MainWindow::showSection(int index)
{
    m_navigator->setCurrentRow(index);
}

QTreeWidget *MainWindow::findingsView() const
{
    return m_findings;
}

void MainWindow::updateFindings()
{
    const Findings &all = m_model.findings();
    m_findings->clear();
    for (const Finding &f : all) {
        auto *item = new QTreeWidgetItem(m_findings, {severityName(f.severity), f.ruleId, fieldName(f.path), f.message});
        item->setData(0, Qt::UserRole, f.path);
        item->setToolTip(2, f.path);
        item->setToolTip(3, f.message);
        item->setForeground(0, severityColor(f.severity, m_findings->palette()));
    }
    m_findings->fitLeadingColumns(3);
    m_summary->setText(tr("%n error(s)", nullptr, countOf(all, Severity::Error)) + u", "_s
                       + tr("%n warning(s)", nullptr, countOf(all, Severity::Warning)) + u", "_s
                       + tr("%n note(s)", nullptr, countOf(all, Severity::Info)));
    updateNavigator();
}

void MainWindow::updateNavigator()
{
    // Only a role that asks the program office for more has the command.
    const Status mayAsk = review::mayAsk(m_model.role());
    m_askAboutDocument->setEnabled(mayAsk.ok());
    m_askAboutDocument->setStatusTip(mayAsk ? tr("Ask the program office about the whole document") : mayAsk.error());
    const bool exempt = RuleEngine::isScreeningRecord(m_model.document());
    for (int i = 0; i < m_sections.size(); ++i) {
        const QString id = m_sections[i].id;
        int errors = 0, warnings = 0;
        for (const Finding &f : m_model.findings())
            if (sectionOfPath(f.path) == id) {
                errors += f.severity == Severity::Error;
                warnings += f.severity == Severity::Warning;
            }
        QString text = m_sections[i].title;
        QString accessible = text;
        if (id == u"signatures" || id == u"screening") {
        } else if (exempt && id != u"review") {
            text += tr("  (not required)");
        } else if (errors + warnings == 0) {
            text += u"  \u2713"_s;
            accessible += tr(", complete");
        } else {
            if (errors)
                text += u"  \u25cf %1"_s.arg(errors);
            if (warnings)
                text += u"  \u25b2 %1"_s.arg(warnings);
            accessible += tr(", %1 errors, %2 warnings").arg(errors).arg(warnings);
        }
        // Requests not yet closed, as a badge beside the findings' (the count in words for screen readers).
        if (const int requests = openRequestCount(m_model.document(), id)) {
            text += u"  \u2691 %1"_s.arg(requests);
            accessible += tr(", %n open request(s)", nullptr, requests);
        }
        // Who owns the section, and whether the current role may edit it.
        const bool editable = roleEditsSection(m_model.role(), id);
        const QString owner = (editable ? tr("\u270e %1") : tr("%1 (read-only)")).arg(sectionOwnerName(id));
        QListWidgetItem *item = m_navigator->item(i);
        item->setText(text + u'\n' + owner);
        item->setToolTip(editable ? tr("Owned by %1. Your role can edit it.").arg(sectionOwnerName(id))
                                  : tr("Owned by %1. Read-only for your role.").arg(sectionOwnerName(id)));
        item->setData(Qt::AccessibleTextRole, QString(accessible + u", "_s + owner));
        const QPalette &palette = m_navigator->palette();
        item->setForeground(errors ? severityColor(Severity::Error, palette) : palette.color(QPalette::Text));
    }
    QLabel *notice = m_sections[0].form->findChild<QLabel *>(u"exemptNotice"_s);
    QStringList exemptions;
    for (const ScreeningFlag f : allOf<ScreeningFlag>())
        if (RuleEngine::exemptionApplies(m_model.document(), f))
            exemptions << FormText::screeningLabel(f);
    notice->setText(exemptions.isEmpty()
                        ? tr("No exemption applies: complete every section of the template.")
                        : tr("<b>No SMOUT is required for this use.</b> Exempt: %1. The other sections stay available but are not required.")
                              .arg(exemptions.join(u"; "_s).toHtmlEscaped()));
}

void MainWindow::jumpToFinding()
{
    QTreeWidgetItem *item = m_findings->currentItem();
    if (!item)
        return;
    jumpToPath(item->data(0, Qt::UserRole).toString());
}

void MainWindow::jumpToPath(const QString &path)
{
    const int index = sectionIndex(sectionOfPath(path));
    if (index < 0)
        return;
    showSection(index);
    m_binders[index]->focusPath(path);
}

void MainWindow::setRole(int index)
{
    m_role->setCurrentIndex(index);
    const auto role = fromCode<Role>(m_role->itemData(index).toString());
    m_model.setRole(role.value_or(Role::Author));
    StudioSettings::setRole(m_role->itemData(index).toString());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session.displayName() + u"[*] \u2014 SMOUT Studio"_s);
    setWindowModified(m_model.isModified());
}

void MainWindow::newDocument(const QString &component)
{
    if (!maybeSave())
        return;
    m_session.startNew(component);
    showSection(0);
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentFiles(m_session.recentFiles());
    m_pages->setCurrentWidget(m_welcome);
    // Nothing to find in a document not yet started.
    if (auto *dock = findChild<QDockWidget *>(u"findingsDock"_s))
        dock->hide();
    m_summary->hide();
}

void MainWindow::showEditor()
{
    if (m_pages->currentIndex() == 0)
        return;
    m_pages->setCurrentIndex(0);
    if (auto *dock = findChild<QDockWidget *>(u"findingsDock"_s))
        dock->show();
    m_summary->show();
}

bool MainWindow::welcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = Dialogs::openFileName(this, tr("Open SMOUT"),
                                               tr("SMOUT documents (*.smout);;PDF exported by SMOUT Studio (*.pdf)"),
                                               Dialogs::documentFolder(m_model.filePath()));
    if (!path.isEmpty())
        loadFile(path);
}

// A filled template from Word, PDF or text, reviewed, then opened as an unsaved draft.
void MainWindow::importExisting()
{
    if (!maybeSave())
        return;
    const auto doc = LegacyImportDialog::importFile(this);
    if (!doc)
        return;
    m_session.replace(*doc, {});
    showSection(0);
}

bool MainWindow::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

bool MainWindow::loadFile(const QString &path)
{
    const Status opened = m_session.open(path);
    if (!opened) {
        Dialogs::inform(this, tr("Cannot open"), tr("%1 could not be opened:\n%2").arg(path, opened.error()));
        return false;
    }
    // A bundled example is named by its file name, not by its resource path. A signed PDF that
    // cannot be relied on says so until the next message, and where to read why.
    const QStringList &findings = m_session.signedFileFindings();
    if (findings.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(path.startsWith(u':') ? QFileInfo(path).fileName() : path), 4000);
    else
        statusBar()->showMessage(tr("Do not rely on this PDF: %n problem(s) found in the signed file (Edit \u2192 Changes Since "
                                    "Signing lists them)", nullptr, int(findings.size())));
    return true;
}

bool MainWindow::save()
{
    if (m_model.filePath().isEmpty())
        return saveAs();
    return tellSaved(m_session.save());
}

bool MainWindow::saveAs()
{
    const QString path = Dialogs::saveFileName(this, tr("Save SMOUT"), Dialogs::besideDocument(m_model, u".smout"_s),
                                               tr("SMOUT documents (*.smout)"));
    if (path.isEmpty())
        return false;
    return tellSaved(m_session.saveAs(path));
}

bool MainWindow::tellSaved(const Status &saved)
{
    if (!saved) {
        Dialogs::inform(this, tr("Not saved"), tr("The document was not saved: %1\nYour work is kept; try Save As.").arg(saved.error()));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_model.filePath()), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_model.isModified())
        return true;
    const auto answer = Dialogs::ask(this, tr("Unsaved changes"),
                                     tr("This SMOUT has unsaved changes. Save them?"),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                     QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

int MainWindow::storeRevision() const
{
    return m_inventoryActions ? m_inventoryActions->storeRevision() : 0;
}

void MainWindow::updatePreviousSubmission()
{
    m_requests->setPreviousSubmissionKnown(storeRevision() > 1 || m_session.signedVersion().has_value());
}

void MainWindow::comparePreviousSubmission()
{
    if (storeRevision() <= 1) {
        showChangesSinceSigning();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"previousSubmissionDialog"_s);
    dialog->setWindowTitle(tr("Changes Since the Previous Submission"));
    auto *comparison = new RevisionComparison;
    // The revision opened, compared with the one before it.
    comparison->showSmout(InventoryWindow::location(), m_model.document().id, storeRevision());
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(comparison, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(860, 460);
    dialog->show();
}

void MainWindow::showChangesSinceSigning()
{
    const auto changes = changesSinceSigning();
    if (!changes)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Changes Since Signing"));
    auto *layout = new QVBoxLayout(dialog);
    auto *caption = new QLabel(changes->isEmpty() ? tr("The document is as it was signed.")
                                                  : tr("%n field(s) differ from the signed version.", nullptr, int(changes->size())));
    layout->addWidget(caption);
    // What was done to the PDF file after it was signed (annotations, fonts, pages…).
    if (const QStringList &findings = m_session.signedFileFindings(); !findings.isEmpty()) {
        auto *file = new QLabel(tr("The PDF this was opened from was changed after signing, or cannot be relied on:")
                                + u"\n\u2022 "_s + findings.join(u"\n\u2022 "_s));
        file->setWordWrap(true);
        file->setTextInteractionFlags(Qt::TextSelectableByMouse);
        file->setObjectName(u"signedFileFindings"_s);
        layout->addWidget(file);
    }
    auto *view = new FieldChangesView;
    view->setAccessibleName(tr("Changes since signing"));
    view->setChanges(*changes);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(760, 420);
    dialog->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Severity colours follow the palette: recolour after a switch between light and dark.
    if (event->type() == QEvent::PaletteChange)
        updateFindings();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (workflow::DocumentSession::droppedFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = workflow::DocumentSession::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_session.close();
    event->accept();
}

void MainWindow::offerRecovery()
{
    for (const workflow::RecoveredWork &work : workflow::DocumentSession::leftovers()) {
        const QString what = work.originalPath.isEmpty() ? tr("an unsaved SMOUT") : work.originalPath;
        const auto answer = Dialogs::ask(this, tr("Restore unsaved work?"),
                                         tr("SMOUT Studio ended without saving changes to %1. Restore them?").arg(what),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_session.restore(work);
            return;
        }
        workflow::DocumentSession::dropLeftover(work);
    }
}

void MainWindow::rebuildRecentMenu(const QStringList &recent)
{
    m_recentMenu->clear();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentFiles(recent);
}

bool MainWindow::openFromInventory(const QString &id)
{
    return m_inventoryActions->open(id, [this] { return maybeSave(); }, [this](const store::StoredSmout &stored) {
        m_session.replace(stored.document, tr("SMOUT %1 (from the inventory)").arg(stored.document.id.left(8)));
    });
}

bool MainWindow::saveToInventory()
{
    return m_inventoryActions->save();
}

void MainWindow::exportPdf()
{
    if (m_export->running()) {
        statusBar()->showMessage(tr("An export is still running; wait for it to finish."), 4000);
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Export PDF"), Dialogs::besideDocument(m_model, u".pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    pdf::ExportOptions options;
    options.attachmentDir = m_model.ruleContext().attachmentDir;
    options.pageSize = pdf::pageSizeSetting();
    m_export->start(m_model.document(), path, options);
}

void MainWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pdf::pageLayoutFor(QPageSize(pdf::pageSizeSetting())));
    QPrintPreviewDialog preview(&printer, this);
    // Large enough to read a page: most of the screen the window is on.
    const QRect screen = this->screen()->availableGeometry();
    preview.resize(screen.width() * 3 / 4, screen.height() * 9 / 10);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (const auto exported = pdf::exportPdf(m_model.document(), printedExportOptions()); exported)
            pdf::paintPdfPages(exported->bytes, p);
    });
    preview.exec();
}

void MainWindow::print()
{
    if (m_print->running()) {
        statusBar()->showMessage(tr("The last print job is still being prepared."), 4000);
        return;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(pdf::pageLayoutFor(QPageSize(pdf::pageSizeSetting())));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_print->start(m_model.document(), printedExportOptions(), std::move(printer));
}

pdf::ExportOptions MainWindow::printedExportOptions() const
{
    pdf::ExportOptions options;
    options.attachmentDir = m_model.ruleContext().attachmentDir;
    options.pageSize = pdf::pageSizeSetting();
    return options;
}

void MainWindow::attachRulesOfBehavior()
{
    // Refused before any file is chosen when the role does not own question 4.
    if (const Status owned = m_model.mayEdit(u"questions.q4_rules_of_behavior"_s); !owned) {
        Dialogs::inform(this, tr("Cannot attach"), owned.error());
        return;
    }
    const QString path = Dialogs::openFileName(this, tr("Attach Rules of Behavior"), tr("All files (*)"),
                                               Dialogs::documentFolder(m_model.filePath()));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::inform(this, tr("Cannot attach"), tr("%1 cannot be read.").arg(path));
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const Status attached = m_model.setValues({{u"questions.q4_rules_of_behavior.file"_s, QFileInfo(path).fileName()},
                                               {u"questions.q4_rules_of_behavior.sha256"_s, QString::fromLatin1(hash.result().toHex())}},
                                              tr("Attach %1").arg(QFileInfo(path).fileName()));
    if (!attached)
        Dialogs::inform(this, tr("Cannot attach"), attached.error());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::applySettings()
{
    m_session.setAutosaveDelay(StudioSettings::autosaveDelayMs());
    setRole(std::max(0, m_role->findData(StudioSettings::role())));
    setPdfFollowsInterfaceLanguage(StudioSettings::pdfInInterfaceLanguage());
    if (auto *source = m_signatures->findChild<QComboBox *>(u"certificateSource"_s)) {
        const QString dir = StudioSettings::certificateDatabase();
        if (source->findData(dir) < 0)
            source->addItem(dir, dir);
        source->setCurrentIndex(source->findData(dir));
    }
    if (m_inventory) {
        if (auto *database = m_inventory->findChild<QLineEdit *>(u"inventoryDatabase"_s))
            database->setText(InventoryWindow::location());
        m_inventory->refresh();
    }
}

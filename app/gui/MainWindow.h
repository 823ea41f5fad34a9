#pragma once

// The SMOUT Studio window: section navigator with finding badges, the section forms,
// the findings dock, the role switch, undo, PDF and print. The file lifecycle (open, save,
// recent files, recovery, the signed comparison) is a workflow::DocumentSession it shows.

#include "Sections.h"
#include "diff/DocumentDiff.h"
#include "editing/DocumentModel.h"
#include "pdf/PdfExporter.h"
#include "workflow/DocumentSession.h"

#include <QMainWindow>

#include <optional>

class BackgroundExport;
class BackgroundPrint;
class FieldBinder;
class FindingsAnnouncer;
class FindingsDockHeight;
class FindingsView;
class RedactionMarker;
class InventoryActions;
class RequestsDock;
class InventoryWindow;
class PdfArchiving;
class SendToCounsel;
class SignaturesPanel;
class WelcomePage;
class QComboBox;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QLabel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    smout::DocumentModel *model() { return &m_model; }
    // Opens a .smout or a PDF exported by SMOUT Studio, after asking whether to save changes
    // (every way of replacing or closing the document asks first).
    bool openFile(const QString &path);
    // Shows the welcome page instead of the forms, until a document is opened or started.
    void showWelcome();
    WelcomePage *welcomePage() const { return m_welcome; }
    bool welcomeShown() const;
    bool save();
    bool saveAs();
    void showSection(int index);
    int currentSection() const;
    int sectionIndex(const QString &id) const;
    QWidget *sectionForm(int index) const { return m_sections[index].form; }
    // Offers to restore work left by a session that ended without saving.
    void offerRecovery();
    QTreeWidget *findingsView() const;
    FindingsDockHeight *findingsDockHeight() const { return m_findingsHeight; }
    QListWidget *navigator() const { return m_navigator; }
    // Starts opening SMOUT `id` from the inventory in the background (after asking whether to
    // save changes); false when nothing was started. inventoryActions() tells how it ended.
    bool openFromInventory(const QString &id);
    // Starts saving the document as a new revision of the inventory in the background; on a
    // conflict the user chooses. False when nothing was started.
    bool saveToInventory();
    InventoryActions *inventoryActions() const { return m_inventoryActions; }
    SignaturesPanel *signaturesPanel() const { return m_signatures; }
    // File → Send to Counsel…: the draft goes to counsel for 2a before the program office signs.
    SendToCounsel *sendToCounsel() const { return m_sendToCounsel; }
    PdfArchiving *pdfArchiving() const { return m_archiving; }
    // Edit → Settings…; applySettings puts the saved settings into effect in this window.
    void showSettings();
    void applySettings();
    RedactionMarker *redactionMarker() const { return m_marker; }
    RequestsDock *requestsDock() const { return m_requests; }
    // Shows the field of `path` in its section, with the keyboard focus.
    void jumpToPath(const QString &path);
    // What changed since the version signed in the PDF the document was opened from, or
    // nothing when it was not opened from a signed PDF.
    std::optional<QList<smout::FieldChange>> changesSinceSigning() const { return m_session.changesSinceSigning(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    void newDocument(const QString &component = {});
    void showEditor();
    void open();
    void importExisting();
    bool maybeSave();
    // Says how a save ended: the path in the status bar, or why nothing was saved.
    bool tellSaved(const smout::Status &saved);
    bool loadFile(const QString &path);
    void updateTitle();
    void updateFindings();
    void updateNavigator();
    void jumpToFinding();
    void setRole(int index);
    void exportPdf();
    void printPreview();
    void print();
    // What print and print preview export, to print the export's pages.
    smout::pdf::ExportOptions printedExportOptions() const;
    void attachRulesOfBehavior();
    void showChangesSinceSigning();
    // The field-level changes since the previous submission: the inventory revision before
    // the one opened, else the version signed in the PDF the document came from.
    void comparePreviousSubmission();
    void updatePreviousSubmission();
    int storeRevision() const; // the inventory revision the document was opened from (0: none)
    void rebuildRecentMenu(const QStringList &recent);

    smout::DocumentModel m_model;
    QList<SectionForm> m_sections;
    QList<FieldBinder *> m_binders;
    QListWidget *m_navigator;
    QStackedWidget *m_stack;
    QStackedWidget *m_pages; // the forms, or the welcome page
    WelcomePage *m_welcome;
    FindingsView *m_findings;
    QComboBox *m_role;
    QLabel *m_summary;
    FindingsAnnouncer *m_announcer = nullptr;
    QMenu *m_recentMenu = nullptr;
    InventoryWindow *m_inventory = nullptr;
    SignaturesPanel *m_signatures = nullptr;
    BackgroundExport *m_export = nullptr;
    BackgroundPrint *m_print = nullptr;
    RedactionMarker *m_marker = nullptr;
    RequestsDock *m_requests = nullptr;
    FindingsDockHeight *m_findingsHeight = nullptr;
    InventoryActions *m_inventoryActions = nullptr;
    SendToCounsel *m_sendToCounsel = nullptr;
    PdfArchiving *m_archiving = nullptr;
    QAction *m_changesSinceSigning = nullptr;
    QAction *m_askAboutDocument = nullptr; // Edit → Request More Information About the Document…
    smout::workflow::DocumentSession m_session{&m_model};
};

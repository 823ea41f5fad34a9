#pragma once

// The SMOUT Studio window: section navigator with finding badges, the section forms,
// the findings dock, the role switch, files, undo, autosave and recovery, PDF and print.

#include "RecoveryStore.h"
#include "Sections.h"
#include "diff/DocumentDiff.h"
#include "editing/DocumentModel.h"
#include "pdf/PdfExporter.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class BackgroundExport;
class BackgroundPrint;
class FieldBinder;
class FindingsAnnouncer;
class FindingsDockHeight;
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
class QMimeData;
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
    QTreeWidget *findingsView() const { return m_findings; }
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
    std::optional<QList<smout::FieldChange>> changesSinceSigning() const;

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
    void openRecent(const QString &path);
    bool maybeSave();
    bool loadFile(const QString &path);
    static QString droppedFile(const QMimeData *data);
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
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();

    smout::DocumentModel m_model;
    QList<SectionForm> m_sections;
    QList<FieldBinder *> m_binders;
    QListWidget *m_navigator;
    QStackedWidget *m_stack;
    QStackedWidget *m_pages; // the forms, or the welcome page
    WelcomePage *m_welcome;
    QTreeWidget *m_findings;
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
    std::optional<smout::SmoutDocument> m_signedVersion; // as signed in the PDF it came from
    QAction *m_changesSinceSigning = nullptr;
    QAction *m_askAboutDocument = nullptr; // Edit → Request More Information About the Document…
    QStringList m_signedFileFindings; // changes to the signed PDF file itself, after signing
    QString m_unsavedSource; // where a document not yet saved as a file came from, for the title
    QTimer m_autosave;
    RecoveryStore m_recovery;
};

#include "SignaturesPanel.h"

#include "Dialogs.h"
#include "NewPassphraseDialog.h"
#include "SignDialog.h"
#include "StudioSettings.h"
#include "WrappedRows.h"
#include "io/SmoutJson.h"
#include "store/InventoryStore.h"
#include "signing/NssDatabase.h"
#include "signing/RoleFacts.h"
#include "signing/RoleRegistry.h"
#include "signing/SignatureVerifier.h"
#include "signing/SignerIdentity.h"
#include "signing/TrustAnchors.h"
#include "workflow/CertificateDatabase.h"
#include "workflow/SignDocument.h"
#include "workflow/VerifyFile.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

// The role registry the window's inventory keeps (`smout db roles`); nothing when it keeps
// none, or when there is no inventory yet (looking must not create one).
std::optional<signing::RoleRegistry> windowRoleRegistry()
{
    const QString location = StudioSettings::inventoryLocation();
    if (location.isEmpty() && !QFile::exists(store::InventoryStore::defaultLocation()))
        return std::nullopt;
    auto inventory = store::InventoryStore::open(location);
    if (!inventory)
        return std::nullopt;
    auto registry = signing::RoleRegistry::fromInventory(*inventory.value());
    if (!registry || registry->grants().isEmpty())
        return std::nullopt;
    return registry.value();
}

} // namespace

SignaturesPanel::SignaturesPanel(DocumentModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_list(new QTreeWidget), m_summary(new QLabel)
{
    auto *box = new QGroupBox(tr("Signatures"), this);
    auto *layout = new QVBoxLayout(box);

    // Where signing certificates come from: the user's NSS database, which the smout command
    // uses too and where smart-card modules are registered, or another chosen in Settings.
    auto *source = new QComboBox;
    source->setObjectName(u"certificateSource"_s);
    source->addItem(tr("My NSS database (%1), shared with the smout command and smart cards").arg(signing::NssDatabase::userDefault()),
                    QString());
    // A long home folder path must not widen the section past the window.
    source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    source->setMinimumContentsLength(20);
    const QString chosen = StudioSettings::certificateDatabase();
    if (source->findData(chosen) < 0)
        source->addItem(chosen, chosen);
    source->setCurrentIndex(source->findData(chosen));
    // Cut short on a narrow window: the whole choice in its tool tip.
    source->setToolTip(source->currentText());
    connect(source, &QComboBox::currentTextChanged, source, &QWidget::setToolTip);
    connect(source, &QComboBox::activated, this, [this, source](int index) {
        StudioSettings::setCertificateDatabase(source->itemData(index).toString());
        const QString open = signing::NssDatabase::current();
        if (!open.isEmpty() && QDir(open) != QDir(certificateDatabase()))
            Dialogs::confirm(this, tr("Certificates"),
                             tr("SMOUT Studio will use %1 from its next start; this session keeps using %2.")
                                 .arg(certificateDatabase(), open));
    });
    auto *sourceRow = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("Certificates &from:"));
    sourceLabel->setBuddy(source);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(source, 1);
    layout->addLayout(sourceRow);

    // Two by two, so that the four fit beside the Release Review dock on a 1024 px screen.
    auto *buttons = new QGridLayout;
    const std::pair<QString, void (SignaturesPanel::*)()> actions[] = {
        {tr("&Sign…"), &SignaturesPanel::sign},
        {tr("&Verify a signed PDF…"), &SignaturesPanel::verify},
        {tr("Import certificate (PKCS#12)…"), &SignaturesPanel::importCertificate},
        {tr("Trust a root certificate…"), &SignaturesPanel::trustRoot},
    };
    int placed = 0;
    for (const auto &[text, slot] : actions) {
        auto *b = new QPushButton(text);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b, placed / 2, placed % 2);
        ++placed;
    }
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);
    m_list->setHeaderLabels({tr("Field"), tr("Role"), tr("Signer"), tr("Time"), tr("Valid"), tr("Trusted"), tr("Problems")});
    m_list->setRootIsDecorated(true);
    new WrappedRows(m_list); // a finding's sentence wraps under its signature, not cut short
    m_list->setAccessibleName(tr("Signatures"));
    // The columns share the width (their text wraps): no sideways scrolling at 1024 px.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    m_list->setMinimumHeight(120);
    layout->addWidget(m_list);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);
    connect(&m_verification, &QFutureWatcher<Result<signing::VerificationReport>>::finished, this, &SignaturesPanel::showReport);
    // The result of a file verified before belongs to that file, not to the one opened now.
    connect(model, &DocumentModel::documentReset, this, &SignaturesPanel::clearReport);
}

void SignaturesPanel::clearReport()
{
    m_verifiedPath.clear();
    m_list->clear();
    m_summary->clear();
}

QString SignaturesPanel::certificateDatabase()
{
    return workflow::certificateDatabase(StudioSettings::certificateDatabase());
}

bool SignaturesPanel::openDatabase()
{
    const Status opened = workflow::openCertificateDatabase(StudioSettings::certificateDatabase(), workflow::WhenMissing::Create,
                                                            signing::NssDatabase::Access::Writable);
    if (!opened)
        Dialogs::inform(this, tr("Certificates"), opened.error());
    return opened.ok();
}

void SignaturesPanel::importCertificate()
{
    const QString p12 = Dialogs::openFileName(this, tr("Import a PKCS#12 certificate"), tr("PKCS#12 (*.p12 *.pfx)"));
    if (p12.isEmpty())
        return;
    const QString pass = QInputDialog::getText(this, tr("Passphrase"), tr("Passphrase of %1:").arg(QFileInfo(p12).fileName()), QLineEdit::Password);
    if (!openDatabase())
        return;
    // The key goes into a database with a passphrase: the first key imported gives it one.
    QString databasePass;
    if (signing::NssDatabase::isProtected()) {
        databasePass = QInputDialog::getText(this, tr("Passphrase"), tr("Passphrase of the certificate database:"), QLineEdit::Password);
    } else {
        databasePass = askNewPassphrase(tr("Your key will be kept in the certificate database %1, which has no passphrase yet. Give it "
                                           "one: without it, anyone who can read your files could sign as you. You will type it "
                                           "each time you sign.")
                                            .arg(QDir::toNativeSeparators(signing::NssDatabase::current())));
        if (databasePass.isEmpty()) {
            Dialogs::inform(this, tr("Certificates"), tr("Nothing was imported: a key is kept only in a database with a passphrase."));
            return;
        }
    }
    const Status done = signing::NssDatabase::importPkcs12(certificateDatabase(), p12, pass, databasePass);
    if (done)
        Dialogs::confirm(this, tr("Certificates"), tr("The certificate was imported."));
    else
        Dialogs::inform(this, tr("Certificates"), done.error());
}

QString SignaturesPanel::askNewPassphrase(const QString &why)
{
    NewPassphraseDialog dialog(why, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (const Status protectedNow = signing::NssDatabase::protect(dialog.passphrase()); !protectedNow) {
        Dialogs::inform(this, tr("Certificates"), protectedNow.error());
        return {};
    }
    return dialog.passphrase();
}

void SignaturesPanel::trustRoot()
{
    const QString pem = Dialogs::openFileName(this, tr("Trust a root certificate"), tr("Certificates (*.pem *.crt)"));
    // The database is opened before the certificate is read: reading it first would start NSS
    // without the database, and the window would then neither see its passphrase nor its trust.
    if (pem.isEmpty() || !openDatabase())
        return;
    // A root vouches for every signature under it: the user sees whose it is before trusting it.
    const auto root = signing::identityOfPemFile(pem);
    if (!root) {
        Dialogs::inform(this, tr("Certificates"), root.error());
        return;
    }
    const QString question = tr("Trust this root certificate? Every signature whose certificate chains to it "
                                "will count as trusted.\n\nSubject: %1\nSHA-256 fingerprint: %2\n\n"
                                "Compare the fingerprint with the one its issuer gave you.")
                                 .arg(root->subject, signing::displayFingerprint(root->sha256));
    if (Dialogs::ask(this, tr("Trust a root certificate"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString databasePass = signing::NssDatabase::isProtected()
        ? QInputDialog::getText(this, tr("Passphrase"), tr("Passphrase of the certificate database:"), QLineEdit::Password)
        : QString();
    const Status done = signing::NssDatabase::importTrustAnchor(certificateDatabase(), pem, QFileInfo(pem).completeBaseName(), databasePass);
    if (done)
        Dialogs::confirm(this, tr("Certificates"), tr("Signatures chaining to this root are now trusted."));
    else
        Dialogs::inform(this, tr("Certificates"), done.error());
}

void SignaturesPanel::sign()
{
    const Role role = m_model->role();
    workflow::SignInputs input;
    input.role = role;
    input.document = m_model->document();
    input.context = m_model->ruleContext();
    input.certificates.database = StudioSettings::certificateDatabase();
    input.certificates.createMissing = true;
    if (workflow::inputsOf(role).signedPdf) {
        // What the file asked for next is, before the file dialog hides the window.
        const QString what = role == Role::Counsel
            ? tr("As counsel you sign the submission the program office signed: the PDF it exported and signed as "
                 "author, and sent to you for legal review. Your signature is added to that file, after its own.")
            : tr("As the DHS Privacy Office reviewer you sign an adjudication of the counsel-signed submission: the PDF "
                 "the program office signed as author and counsel signed after legal review, sent to the Privacy Office. "
                 "Your signed adjudication PDF carries your review and embeds that submission unchanged.");
        if (Dialogs::ask(this, tr("Sign"), what + u"\n\n"_s + tr("Choose that PDF next."), QMessageBox::Ok | QMessageBox::Cancel,
                         QMessageBox::Ok) != QMessageBox::Ok)
            return;
        input.signedPdfPath = Dialogs::openFileName(this, role == Role::Counsel ? tr("The author-signed submission") : tr("The counsel-signed submission"),
                                                    tr("PDF (*.pdf)"), Dialogs::documentFolder(m_model->filePath()));
        if (input.signedPdfPath.isEmpty())
            return;
    }
    const std::optional<signing::RoleRegistry> registry = windowRoleRegistry();
    input.roles = registry ? &registry.value() : nullptr;
    // Keys kept without a passphrase (a database from before): offered protection once a session.
    input.databaseOpened = [this] {
        if (m_protectionOffered || signing::NssDatabase::isProtected() || !signing::NssDatabase::holdsKeys())
            return;
        m_protectionOffered = true;
        if (Dialogs::ask(this, tr("Protect your certificates"),
                         tr("The certificate database %1 has no passphrase: anyone who can read your files can sign as you. "
                            "Give it a passphrase now?")
                             .arg(QDir::toNativeSeparators(signing::NssDatabase::current())),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
            askNewPassphrase(tr("Choose the passphrase of the certificate database %1. You will type it each time you sign.")
                                 .arg(QDir::toNativeSeparators(signing::NssDatabase::current())));
    };
    // What is missing is said before any certificate is asked for.
    const workflow::Preparation prepared = workflow::prepareSignature(input);
    if (prepared.failure) {
        const workflow::SignStage stage = prepared.failure->stage;
        Dialogs::inform(this,
                        stage == workflow::SignStage::Unreadable ? tr("Sign")
                            : stage == workflow::SignStage::Database ? tr("Certificates")
                                                                     : tr("Not signed"),
                        prepared.failure->message);
        return;
    }

    SignDialog dialog(role, prepared.ready.pdf, this);
    dialog.setAdmission(prepared.ready.admit, registry.has_value());
    connect(&dialog, &SignDialog::importRequested, this, [this, &dialog] {
        importCertificate();
        dialog.reloadCertificates();
    });
    if (dialog.exec() != QDialog::Accepted || !dialog.signedPdf())
        return;
    // A signature is never born broken: what verification would refuse is not offered for saving.
    const auto signedPdf = dialog.signedPdf();
    if (const auto unsound = workflow::checkSigned(signedPdf->bytes)) {
        Dialogs::inform(this, tr("Not signed"), unsound->message);
        return;
    }
    const QString output = Dialogs::saveFileName(this, tr("Save the signed PDF"), Dialogs::besideDocument(*m_model, u"-signed.pdf"_s),
                                                 tr("PDF (*.pdf)"));
    if (output.isEmpty())
        return;
    if (const Status saved = io::writeFileAtomically(output, signedPdf->bytes); !saved) {
        Dialogs::inform(this, tr("Not saved"), saved.error());
        return;
    }
    verifyFile(output);
}

void SignaturesPanel::verify()
{
    const QString path = Dialogs::openFileName(this, tr("Verify a signed PDF"), tr("PDF (*.pdf)"),
                                                 Dialogs::documentFolder(m_model->filePath()));
    if (!path.isEmpty())
        verifyFile(path);
}

bool SignaturesPanel::verifyFile(const QString &path)
{
    if (verifying() || !openDatabase())
        return false;
    m_verifiedPath = path;
    m_list->clear();
    m_summary->setText(tr("Verifying %1…").arg(path));
    m_verification.setFuture(QtConcurrent::run([path, registry = windowRoleRegistry()] {
        const workflow::FileVerification verified = workflow::verifyFile(path, {.roles = registry ? &registry.value() : nullptr});
        return verified.report ? Result<signing::VerificationReport>(*verified.report) : Error{verified.problem};
    }));
    return true;
}

namespace {

// Findings are sentences, too long for a column: each gets a row of its own across the list,
// wrapped, with the whole text as its tool tip too.
void addFindings(QTreeWidgetItem *parent, const QStringList &findings)
{
    for (const QString &text : findings) {
        auto *row = new QTreeWidgetItem(parent, {text});
        row->setToolTip(0, text);
        row->setFirstColumnSpanned(true);
    }
}

} // namespace

void SignaturesPanel::showReport()
{
    const QString path = m_verifiedPath;
    if (path.isEmpty())
        return; // another document was opened while it ran
    const auto report = m_verification.result();
    if (!report) {
        m_summary->setText(tr("%1: %2").arg(path, report.error()));
        Q_EMIT verified(false);
        return;
    }
    // Each finding on a line of its own under the signature it concerns; findings about the
    // file as a whole under an entry of their own.
    for (const auto &s : report->signatures) {
        const QString role = s.role.isEmpty() ? s.role : tr("%1 (%2)").arg(s.role, signing::roleCheckText(s));
        auto *item = new QTreeWidgetItem(m_list, {s.field, role, s.signer, s.time, s.valid ? tr("valid") : tr("INVALID"),
                                                  s.trusted ? tr("trusted") : tr("not trusted"),
                                                  s.problems.isEmpty() ? tr("no problems") : tr("%n problem(s)", nullptr, int(s.problems.size()))});
        item->setToolTip(6, s.problems.join(u"\n"_s));
        addFindings(item, s.problems);
        if (s.timestamp)
            addFindings(item, signing::describeTimestamp(*s.timestamp));
    }
    for (const auto &t : report->documentTimestamps) {
        auto *item = new QTreeWidgetItem(m_list, {t.field, tr("document timestamp"), t.authority, t.time.toString(Qt::ISODate),
                                                  t.valid ? tr("valid") : tr("INVALID"), t.trusted ? tr("trusted") : tr("not trusted"),
                                                  t.problems.isEmpty() ? tr("no problems") : tr("%n problem(s)", nullptr, int(t.problems.size()))});
        addFindings(item, t.problems);
    }
    if (!report->problems.isEmpty()) {
        auto *file = new QTreeWidgetItem(m_list, {tr("The file as a whole")});
        file->setText(6, tr("%n problem(s)", nullptr, int(report->problems.size())));
        addFindings(file, report->problems);
    }
    if (!report->notes.isEmpty()) {
        auto *notes = new QTreeWidgetItem(m_list, {tr("Worth knowing")});
        notes->setFirstColumnSpanned(true);
        addFindings(notes, report->notes);
    }
    m_list->expandAll();
    m_summary->setText((report->ok() ? tr("%1: every signature is valid and trusted, and nothing changed after signing.").arg(path)
                                     : tr("%1: do not rely on this PDF. The problems found are listed above, under the "
                                          "signature they concern.").arg(path))
                       + u'\n' + (report->ltv ? tr("Verifiable after the certificates expire: yes")
                                               : tr("Verifiable after the certificates expire: no — File → Archive… adds what is missing"))
                       + u'\n' + anchorsUsed());
    Q_EMIT verified(report->ok());
}

QString SignaturesPanel::anchorsUsed()
{
    const QStringList anchors = signing::chosenAnchorNames();
    const QString database = signing::NssDatabase::current();
    if (anchors.isEmpty())
        return tr("No root certificate is trusted in %1, so no signature counts as trusted (add one: Trust a root certificate…).")
            .arg(database);
    return QDir(database) == QDir(signing::NssDatabase::userDefault())
        ? tr("Trusted roots (as in %1, which the smout command uses too): %2.").arg(database, anchors.join(u", "_s))
        : tr("Trusted roots (as in %1): %2.").arg(database, anchors.join(u", "_s));
}

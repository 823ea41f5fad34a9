#pragma once

// The signatures part of "Signatures & export": sign the document for the current role,
// verify a signed PDF, and list each signature (signer, role, time, validity, trust and what
// changed after it). Certificates live in an NSS database that SMOUT Studio manages, or in
// the user's own (chosen in the panel, where smart cards are registered); PKCS#12 files and
// trusted roots are imported into it.

#include "editing/DocumentModel.h"

#include "signing/SignatureVerifier.h"

#include <QFutureWatcher>
#include <QWidget>

class QTreeWidget;
class QLabel;

class SignaturesPanel : public QWidget {
    Q_OBJECT
public:
    SignaturesPanel(smout::DocumentModel *model, QWidget *parent = nullptr);

    // The certificate database in use (created on first use).
    static QString certificateDatabase();
    QTreeWidget *list() const { return m_list; }
    // Verifies in the background (NSS and poppler off the GUI thread; the window stays
    // responsive); verified() tells the outcome once the list shows it. One at a time: false
    // when a verification is still running.
    bool verifyFile(const QString &path);
    bool verifying() const { return m_verification.isRunning(); }

Q_SIGNALS:
    void verified(bool ok);

private:
    bool openDatabase();
    void showReport();
    void clearReport();
    // Which trust anchors verification used: the chosen roots of the open database.
    static QString anchorsUsed();
    void sign();
    void verify();
    void importCertificate();
    void trustRoot();
    // A new passphrase for the open certificate database, asked and set; empty when cancelled.
    QString askNewPassphrase(const QString &why);

    smout::DocumentModel *m_model;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QString m_verifiedPath;
    bool m_protectionOffered = false;
    QFutureWatcher<smout::Result<smout::signing::VerificationReport>> m_verification;
};

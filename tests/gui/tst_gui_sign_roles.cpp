// The Sign dialog and roles: with a role registry only the certificates it lists for the role
// (and the SMOUT's component) can be chosen, the others are listed disabled with the reason;
// without one the dialog warns that nothing checks the role. Whoever signed another role of
// the chain is never offered.

#include "GuiTestBase.h"
#include "SignDialog.h"
#include "signing/NssDatabase.h"
#include "signing/RoleRegistry.h"
#include "signing/SigningWorkflow.h"

#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QStandardItemModel>

using namespace guitest;

class TestGuiSignRoles : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString pki;
    smout::signing::SigningInput counsel;

    struct Listed {
        bool enabled = false;
        QString tip;
    };
    static QMap<QString, Listed> listed(SignDialog &dialog)
    {
        auto *box = dialog.findChild<QComboBox *>(u"certificate"_s);
        auto *items = qobject_cast<QStandardItemModel *>(box->model());
        QMap<QString, Listed> out;
        for (int i = 0; i < box->count(); ++i)
            out.insert(box->itemText(i), {items->item(i)->isEnabled(), box->itemData(i, Qt::ToolTipRole).toString()});
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki = dir.filePath(u"pki"_s);
        QProcess make;
        make.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, pki});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        const QString submission = dir.filePath(u"submission.pdf"_s);
        QProcess sign;
        sign.start(QStringLiteral(SMOUT_CLI), {u"sign"_s, example(u"fictional-uscis-benefit-fraud.smout"_s), u"--role"_s, u"author"_s,
                                               u"-o"_s, submission, u"--nss-dir"_s, pki + u"/nssdb"_s, u"--cert"_s, u"author"_s,
                                               u"--passphrase-file"_s, pki + u"/passphrase"_s, u"--today"_s, u"2026-11-25"_s});
        QVERIFY(sign.waitForFinished(60000) && sign.exitCode() == 0);
        QFile f(submission);
        QVERIFY(f.open(QIODevice::ReadOnly));
        counsel.role = smout::Role::Counsel;
        counsel.signedPdf = f.readAll();
        QVERIFY(smout::signing::NssDatabase::use(pki + u"/nssdb"_s).ok());
    }

    void withoutRegistryTheDialogWarns()
    {
        SignDialog dialog(smout::Role::Counsel, counsel.signedPdf);
        dialog.setAdmission(smout::signing::signerAdmission(counsel, nullptr), false);
        const QString note = dialog.findChild<QLabel *>(u"roleNote"_s)->text();
        QVERIFY2(note.contains(u"No role registry is set"_s) && note.contains(u"counsel"_s), qPrintable(note));
        const auto certificates = listed(dialog);
        QVERIFY(certificates.value(u"counsel"_s).enabled);
        QVERIFY(certificates.value(u"reviewer"_s).enabled); // nothing says who counsel is
        // The author signed the submission: never offered as its counsel.
        QVERIFY(!certificates.value(u"author"_s).enabled);
        QVERIFY2(certificates.value(u"author"_s).tip.contains(u"the same person signed as author and as counsel"_s),
                 qPrintable(certificates.value(u"author"_s).tip));
        QCOMPARE(dialog.findChild<QComboBox *>(u"certificate"_s)->currentText() == u"author"_s, false);
    }

    void withRegistryOnlyListedCertificatesMayBeChosen()
    {
        auto registry = smout::signing::RoleRegistry::fromJson(
            "{\"counsel\": [{\"certificate\": \"CN=Marcus Oyelaran,O=SMOUT Studio Test\", \"component\": \"USCIS\"}]}");
        QVERIFY(registry.ok());
        SignDialog dialog(smout::Role::Counsel, counsel.signedPdf);
        dialog.setAdmission(smout::signing::signerAdmission(counsel, &registry.value()), true);
        QVERIFY(dialog.findChild<QLabel *>(u"roleNote"_s)->text().contains(u"Only the certificates the role registry lists"_s));
        const auto certificates = listed(dialog);
        QVERIFY(certificates.value(u"counsel"_s).enabled);
        QVERIFY(!certificates.value(u"reviewer"_s).enabled);
        QVERIFY2(certificates.value(u"reviewer"_s).tip.contains(u"is not listed as counsel in the role registry"_s),
                 qPrintable(certificates.value(u"reviewer"_s).tip));
        QCOMPARE(dialog.findChild<QComboBox *>(u"certificate"_s)->currentText(), u"counsel"_s);

        // Listed for another component only: not offered for this USCIS SMOUT.
        auto elsewhere = smout::signing::RoleRegistry::fromJson(
            "{\"counsel\": [{\"certificate\": \"CN=Marcus Oyelaran,O=SMOUT Studio Test\", \"component\": \"CBP\"}]}");
        QVERIFY(elsewhere.ok());
        SignDialog other(smout::Role::Counsel, counsel.signedPdf);
        other.setAdmission(smout::signing::signerAdmission(counsel, &elsewhere.value()), true);
        QVERIFY(!listed(other).value(u"counsel"_s).enabled);
        QVERIFY(listed(other).value(u"counsel"_s).tip.contains(u"not for this SMOUT's component USCIS"_s));
    }
};

GUITEST_MAIN(TestGuiSignRoles)
#include "tst_gui_sign_roles.moc"

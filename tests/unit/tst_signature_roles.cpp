// What a signature certifies comes from the one role table (model/Roles.h): the signing
// workflow refuses while a path the signer certifies has an error. The program office signs
// first, so it is refused while any role's part has an error, counsel's 2a included: the
// draft goes to counsel before the author signs (issue 28).

#include "io/SmoutJson.h"
#include "model/Roles.h"
#include "signing/SigningWorkflow.h"

#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSignatureRoles : public QObject {
    Q_OBJECT

    static SmoutDocument clean()
    {
        return io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
    }
    static signing::Prepared prepare(Role role, const SmoutDocument &doc)
    {
        signing::SigningInput input;
        input.role = role;
        input.document = doc;
        input.context.today = QDate(2026, 11, 25);
        auto prepared = signing::prepareForSigning(input);
        return prepared ? prepared.value() : signing::Prepared{{}, prepared.error()};
    }

private Q_SLOTS:
    void eachSignatureCertifiesWhatItsRoleWrites()
    {
        const QStringList paths{u"screening.not_operational_use"_s, u"summary.component"_s, u"summary.counsel[0].name"_s,
                                u"questions.q1_description"_s, u"questions.q2_authorities[0]"_s,
                                u"questions.q2a_counsel_reviewed"_s, u"questions.q5_rules.training.answer"_s,
                                u"review.comments"_s};
        for (const Role role : {Role::Author, Role::Counsel, Role::Reviewer})
            for (const QString &path : paths)
                if (ownerOf(path) == role)
                    QVERIFY2(signatureCertifies(role, path), qPrintable(path));
        QVERIFY(signatureCertifies(Role::Counsel, u"questions.q2_authorities[0]"));
        QVERIFY(signatureCertifies(Role::Counsel, u"summary.counsel[0].email"));
        QVERIFY(!signatureCertifies(Role::Counsel, u"questions.q1_description"));
        QVERIFY(!signatureCertifies(Role::Author, u"questions.q2a_counsel_reviewed"));
        QVERIFY(!signatureCertifies(Role::Author, u"review.comments"));
        QVERIFY(signatureCertifies(Role::Reviewer, u"questions.q1_description"));
    }

    void authorWaitsForCounselsAnswer()
    {
        SmoutDocument doc = clean();
        doc.questions.q2aCounselReviewed = YesNo::Unset; // an error on counsel's 2a
        const auto author = prepare(Role::Author, doc);
        QVERIFY(!author.ok());
        QVERIFY(author.pdf.isEmpty());
        QVERIFY2(author.refusal.startsWith(u"counsel must answer question 2a before you sign: send the draft to counsel "
                                           "(File \u2192 Send to Counsel\u2026)"_s),
                 qPrintable(author.refusal));
        QVERIFY2(author.refusal.contains(u"Q2-COUNSEL questions.q2a_counsel_reviewed"_s), qPrintable(author.refusal));
        // Once counsel has answered, the author signs.
        doc.questions.q2aCounselReviewed = YesNo::Yes;
        QVERIFY(prepare(Role::Author, doc).ok());
        doc.questions.q2aCounselReviewed = YesNo::Unset;
        // The reviewer's adjudication certifies the whole document: refused, naming the error.
        const auto reviewer = prepare(Role::Reviewer, doc);
        QVERIFY(!reviewer.ok());
        QVERIFY2(reviewer.refusal.contains(u"Q2-COUNSEL questions.q2a_counsel_reviewed"_s), qPrintable(reviewer.refusal));
    }

    void authorIsRefusedOnWhatItCertifies()
    {
        SmoutDocument doc = clean();
        doc.questions.q2Authorities.clear();
        const auto author = prepare(Role::Author, doc);
        QVERIFY(!author.ok());
        QVERIFY2(author.refusal.contains(u"Q2-AUTHORITY"_s), qPrintable(author.refusal));
    }
};

QTEST_MAIN(TestSignatureRoles)
#include "tst_signature_roles.moc"

// The window's DHS Privacy Office section in the template's words: each label and option
// reads as review-section-wording.md (copy in tests/data) words it, in the form's order,
// and the categories only question 1 offers show only while a file checks them.

#include "GuiTestBase.h"
#include "model/ReviewWording.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTranslator>

using namespace guitest;

// A stand-in translation of model's review wording: every text marked as translated.
class MarkedTranslation : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "smout::ReviewWording") == 0 ? u"\u00bb "_s + QString::fromUtf8(source) : QString();
    }
};

class TestGuiReviewWording : public QObject {
    Q_OBJECT

    using W = ReviewWording;

    // Widget name and the English words it must show, in the order of the form.
    static QList<std::pair<QString, const char *>> expected()
    {
        QList<std::pair<QString, const char *>> out{
            {u"headingLabel"_s, W::heading()},
            {u"completedByLabel"_s, W::completedBy()},
            {u"dateReviewedLabel"_s, W::dateReviewed()},
            {u"reviewerNameLabel"_s, W::reviewerName()},
            {u"designationLabel"_s, W::designation()},
            {u"designationTextLabel"_s, W::designationText()},
            {u"designationPiasLabel"_s, W::designationPia()},
            {u"designationSornsLabel"_s, W::designationSorn()},
            {u"categoriesLabel"_s, W::categoryOfUse()},
        };
        for (const Category c : W::categories())
            out.append({u"rc_"_s + codeOf(c), W::category(c)});
        out.append({u"reviewOther"_s, W::otherPrompt()});
        out.append({u"authoritiesAnalysisLabel"_s, W::authoritiesAnalysis()});
        out.append({u"robContentLabel"_s, W::robContent()});
        const auto rule = [&](const QString &label, Rule r, const QString &prefix, auto values) {
            out.append({label, W::ruleHeading(r)});
            for (const auto v : values)
                out.append({prefix + codeOf(v), W::option(v)});
        };
        rule(u"equipmentLabel"_s, Rule::Equipment, u"rcEquipment_"_s, allOf<EquipmentChoice>());
        rule(u"emailLabel"_s, Rule::EmailAccounts, u"rcEmail_"_s, allOf<EmailChoice>());
        rule(u"interactionLabel"_s, Rule::PublicInteraction, u"rcInteraction_"_s, allOf<InteractionChoice>());
        rule(u"privacyLabel"_s, Rule::PrivacySettings, u"rcPrivacy_"_s, allOf<PrivacySettingsChoice>());
        rule(u"storageLabel"_s, Rule::PiiCollection, u"rcStorage_"_s, allOf<PiiStorageKind>());
        out.append({u"rcStorageSornsLabel"_s, W::listSorns()});
        rule(u"safeguardsLabel"_s, Rule::PiiSafeguards, u"rcSafeguards_"_s, allOf<SafeguardsChoice>());
        rule(u"documentationLabel"_s, Rule::Documentation, u"rcDocumentation_"_s, allOf<DocumentationChoice>());
        out.append({u"trainingLabel"_s, W::ruleHeading(Rule::Training)});
        out.append({u"rcTrainingRequired"_s, W::trainingRequired()});
        for (const TrainingTopic t : allOf<TrainingTopic>())
            out.append({u"rcTopic_"_s + codeOf(t), W::topic(t)});
        out.append({u"mechanismsLabel"_s, W::mechanisms()});
        for (const auto v : allOf<TrainingVerificationChoice>())
            out.append({u"rcVerify_"_s + codeOf(v), W::option(v)});
        out.append({u"determinationLabel"_s, W::determination()});
        for (const Outcome o : allOf<Outcome>())
            out.append({u"outcome_"_s + codeOf(o), W::outcome(o)});
        for (const OutcomeReason r : allOf<OutcomeReason>()) {
            out.append({u"reason_"_s + codeOf(r), W::reason(r)});
            if (r == OutcomeReason::RobNoncompliant)
                out.append({u"robAnalysis"_s, W::analysisPrompt()});
        }
        for (const bool pia : {true, false}) {
            const QString kind = pia ? u"pia"_s : u"sorn"_s;
            out.append({kind + u"Required"_s, W::required(pia)});
            out.append({kind + u"Coverage_existing"_s, W::coveredByExisting(pia)});
            out.append({kind + u"Coverage_new"_s, W::coverageNew()});
            out.append({kind + u"Coverage_update"_s, W::coverageUpdated()});
            out.append({kind + u"Update"_s, W::updatePrompt(pia)});
        }
        out.append({u"commentsLabel"_s, W::comments()});
        return out;
    }

    // The spec's wording as one run of prose: notes ("-> key") dropped, line breaks joined.
    static QString specWording()
    {
        QFile f(QStringLiteral(SMOUT_TEST_DATA) + u"/review-section-wording.md"_s);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read review-section-wording.md");
        QStringList lines;
        for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n'))
            if (raw.startsWith(u"    "_s))
                lines << raw.section(u"->"_s, 0, 0).trimmed();
        return lines.join(u' ').simplified();
    }

    static QString shownText(QWidget *w)
    {
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            return b->text().isEmpty() ? b->property("choiceText").toString() : b->text(); // a long choice wraps in a label
        if (auto *l = qobject_cast<QLabel *>(w))
            return l->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            return e->placeholderText();
        if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            return t->placeholderText();
        return {};
    }

    std::unique_ptr<MainWindow> window;
    QWidget *form = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const int index = window->sectionIndex(u"review"_s);
        window->showSection(index);
        form = window->sectionForm(index);
    }

    void everyLabelAndOptionReadsAsTheForm()
    {
        const QString spec = specWording();
        for (const auto &[name, english] : expected()) {
            QWidget *w = form->findChild<QWidget *>(name);
            QVERIFY2(w, qPrintable(u"no widget "_s + name));
            const QString words = W::english(english);
            QVERIFY2(!shownText(w).isEmpty(), qPrintable(u"nothing shown on "_s + name));
            QCOMPARE(shownText(w), words);
            QVERIFY2(spec.contains(words.simplified()), qPrintable(u"not the form's words: "_s + words));
        }
    }

    void inTheFormsOrder()
    {
        int y = -1;
        for (const auto &[name, english] : expected()) {
            QWidget *w = form->findChild<QWidget *>(name);
            const int top = w->mapTo(form, QPoint(0, 0)).y();
            QVERIFY2(top > y, qPrintable(name));
            y = top;
        }
    }

    void everyOptionIsChecked()
    {
        QStringList names;
        for (const auto &[name, english] : expected())
            names << name;
        for (QAbstractButton *b : form->findChildren<QAbstractButton *>())
            if (b->property("smoutPath").isValid() && b->isVisibleTo(form))
                QVERIFY2(names.contains(b->objectName()), qPrintable(b->objectName()));
    }

    void englishOnHoverOnlyUnderATranslation()
    {
        // In English the text already is the form's; no tool tip repeats it (the tip holds
        // only the help on what the Privacy Office looks for).
        const QString met = W::english(W::outcome(Outcome::Met));
        QVERIFY(!form->findChild<QAbstractButton *>(u"outcome_met"_s)->toolTip().contains(met));
        QCOMPARE(form->findChild<QLabel *>(u"designationTextLabel"_s)->toolTip(), QString());
    }

    void englishOnHoverUnderATranslation()
    {
        MarkedTranslation translation;
        QCoreApplication::installTranslator(&translation);
        MainWindow translated;
        QCoreApplication::removeTranslator(&translation);
        QWidget *review = translated.sectionForm(translated.sectionIndex(u"review"_s));
        const QString met = W::english(W::outcome(Outcome::Met));
        auto *button = review->findChild<QAbstractButton *>(u"outcome_met"_s);
        QCOMPARE(shownText(button), u"\u00bb "_s + met);
        QVERIFY2(button->toolTip().startsWith(met), qPrintable(button->toolTip()));
        auto *label = review->findChild<QLabel *>(u"designationTextLabel"_s);
        QCOMPARE(label->toolTip(), W::english(W::designationText()));
    }

    void categoryOnlyOfQuestionOneShowsWhileChecked()
    {
        auto *box = form->findChild<QCheckBox *>(u"rc_administrative_investigations"_s);
        QVERIFY(!box->isVisibleTo(form));
        window->model()->setRole(Role::Reviewer);
        QVERIFY(window->model()->setValue(u"review.categories"_s, QJsonArray{u"administrative_investigations"_s}).ok());
        QVERIFY(box->isVisibleTo(form));
        QVERIFY(box->isChecked());
        QVERIFY(window->model()->setValue(u"review.categories"_s, QJsonArray{}).ok());
        QVERIFY(!box->isVisibleTo(form));
    }

    void cleanupTestCase() { window.reset(); }
};

GUITEST_MAIN(TestGuiReviewWording)
#include "tst_gui_review_wording.moc"

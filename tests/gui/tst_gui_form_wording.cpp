// The guided forms speak model's wording: each question, choice and note the .ui files used to
// spell out shows FormText's words (the PDF's), none is left empty, and screen readers announce
// a choice by the same words.

#include "GuiTestBase.h"
#include "model/FormText.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTextDocument>

using namespace guitest;

class TestGuiFormWording : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

    QWidget *widget(const QString &section, const QString &name)
    {
        QWidget *form = window->sectionForm(window->sectionIndex(section));
        QWidget *w = form ? form->findChild<QWidget *>(name) : nullptr;
        if (!w)
            qFatal("no widget %s in section %s", qPrintable(name), qPrintable(section));
        return w;
    }

    // What a reader sees: a long choice's text wraps in a label beside its box.
    static QString shownText(QWidget *w)
    {
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            return b->text().isEmpty() ? b->property("choiceText").toString() : b->text();
        if (auto *l = qobject_cast<QLabel *>(w)) {
            QTextDocument doc;
            doc.setHtml(l->text());
            return doc.toPlainText();
        }
        return {};
    }

    void expectWords(const QString &section, const QString &name, const QString &words)
    {
        QWidget *w = widget(section, name);
        const QString shown = shownText(w);
        QVERIFY2(!shown.isEmpty(), qPrintable(u"nothing shown on "_s + name));
        QCOMPARE(shown, words);
        if (qobject_cast<QAbstractButton *>(w))
            QCOMPARE(w->accessibleName(), words);
    }

private Q_SLOTS:
    void initTestCase()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
    }

    void questionsReadAsTheForm()
    {
        expectWords(u"q1"_s, u"questionLabel"_s, FormText::question1());
        expectWords(u"q2"_s, u"questionLabel"_s, FormText::question2());
        expectWords(u"q2"_s, u"question2aLabel"_s, FormText::question2a());
        expectWords(u"q3"_s, u"questionLabel"_s, FormText::question3());
        expectWords(u"q4"_s, u"questionLabel"_s, FormText::question4());
        expectWords(u"q5"_s, u"questionLabel"_s, FormText::question5());
        expectWords(u"training"_s, u"questionLabel"_s, FormText::trainingMechanismsIntro());
        expectWords(u"access"_s, u"questionLabel"_s, FormText::accessModesQuestion());
    }

    void notesReadAsTheForm()
    {
        expectWords(u"summary"_s, u"sendInstructionsLabel"_s, FormText::sendInstructions());
        expectWords(u"summary"_s, u"counselFootnoteLabel"_s, FormText::counselFootnote());
        expectWords(u"q2"_s, u"counselFootnoteLabel"_s, FormText::counselFootnote());
    }

    void choicesReadAsTheForm()
    {
        for (const ScreeningFlag f : allOf<ScreeningFlag>())
            expectWords(u"screening"_s, u"screening_"_s + codeOf(f), FormText::screeningLabel(f));
        for (const Category c : allOf<Category>()) {
            expectWords(u"q1"_s, u"q1_"_s + codeOf(c), FormText::categoryLabel(c));
            QVERIFY(widget(u"q1"_s, u"q1_"_s + codeOf(c))->toolTip().startsWith(FormText::categoryLabel(c)));
        }
        expectWords(u"training"_s, u"trainingSelfCertify"_s, FormText::trainingSelfCertify());
        expectWords(u"training"_s, u"trainingPpoc"_s, FormText::trainingPpocRecords());
    }

    void cleanupTestCase() { window.reset(); }
};

GUITEST_MAIN(TestGuiFormWording)
#include "tst_gui_form_wording.moc"

// The smaller defects of the window, each where a user would notice it: file dialogs open
// beside the document under its name; a checked box is not left greyed out when its warning
// clears; a success says so with an information icon; the Signatures panel forgets the last
// file's result when another document opens; radio buttons lie inside their error frame; the
// program office has no "Request More Information About the Document";
// the name on requests (and so in the PDF) is asked once, never the login on its own; a long
// status message stops short of the counts; the focused finding is ringed at 3:1 or more.

#include "GuiTestBase.h"
#include "ModalAnswer.h"
#include "RedactionMarker.h"
#include "RequestsDock.h"
#include "SendToCounsel.h"
#include "SignaturesPanel.h"
#include "StudioSettings.h"
#include "store/UserName.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

#include <cmath>

using namespace guitest;

class TestGuiWindowDefects : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    QAction *action(const QString &objectName) const { return window->findChild<QAction *>(objectName); }

    QPushButton *panelButton(const QString &startsWith) const
    {
        for (QPushButton *b : window->signaturesPanel()->findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(startsWith))
                return b;
        qFatal("no button %s", qPrintable(startsWith));
    }

    // The outline (shown or not) drawn over all of `boxes`, each wholly inside it; null when
    // none is.
    static QWidget *outlineAround(const QList<QCheckBox *> &boxes)
    {
        QWidget *top = boxes.first()->window();
        const auto onWindow = [top](QWidget *w) { return QRect(w->mapTo(top, QPoint(0, 0)), w->size()); };
        for (QWidget *candidate : top->findChildren<QWidget *>()) {
            // (The sections lie on top of each other: only an outline beside the boxes counts.)
            if (!candidate->objectName().endsWith(u"GroupFrame"_s) || !candidate->parentWidget()->isAncestorOf(boxes.first()))
                continue;
            if (std::all_of(boxes.begin(), boxes.end(), [&](QCheckBox *b) { return onWindow(candidate).contains(onWindow(b)); }))
                return candidate;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window->model()->undoStack()->setClean();
        window.reset();
        QCOMPARE(Dialogs::takeUnusedAnswers(), 0);
        QCOMPARE(Dialogs::takeUnusedFileNames(), 0);
    }

    void fileDialogsOpenBesideTheDocument()
    {
        const QString document = dir.filePath(u"benefit-fraud.smout"_s);
        QFile::remove(document);
        QVERIFY(QFile::copy(example(u"fictional-uscis-benefit-fraud.smout"_s), document));
        QVERIFY(window->openFile(document));

        Dialogs::setNextFileName(QString()); // cancelled: only where it opened matters
        window->findChild<QPushButton *>(u"exportPdfButton"_s)->click();
        QCOMPARE(Dialogs::lastSuggestion(), dir.filePath(u"benefit-fraud.pdf"_s));

        Dialogs::setNextAnswer(QMessageBox::Yes); // export although personal data is left unmarked
        Dialogs::setNextFileName(QString());
        window->redactionMarker()->exportRelease();
        QCOMPARE(Dialogs::lastSuggestion(), dir.filePath(u"benefit-fraud-release.pdf"_s));

        Dialogs::setNextFileName(QString());
        QVERIFY(!window->saveAs());
        QCOMPARE(Dialogs::lastSuggestion(), dir.filePath(u"benefit-fraud.smout"_s));

        Dialogs::setNextFileName(QString());
        panelButton(u"Verify a signed PDF"_s)->click();
        QCOMPARE(Dialogs::lastSuggestion(), QDir(dir.path()).absolutePath());

        // A document never saved: named by its component, not "smout.pdf" in the working folder.
        window->model()->reset(SmoutDocument::createNew(u"ICE"_s));
        Dialogs::setNextFileName(QString());
        window->findChild<QPushButton *>(u"exportPdfButton"_s)->click();
        QVERIFY2(Dialogs::lastSuggestion().endsWith(u"/ice-smout.pdf"_s), qPrintable(Dialogs::lastSuggestion()));
        QVERIFY(QFileInfo(Dialogs::lastSuggestion()).isAbsolute());
    }

    void checkedTopicsAreNotGreyedOutWhenTheirWarningClears()
    {
        // Opened as the program office (the review is read-only, drawn muted), then the reviewer
        // requires training without topics: a warning outlines the first topic.
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window->model()->setRole(Role::Reviewer);
        QVERIFY(window->model()->setValue(u"review.rob_content.training.required"_s, true).ok());
        QVERIFY(window->model()->setValue(u"review.rob_content.training.topics"_s, QJsonArray()).ok());
        QList<QCheckBox *> topics;
        for (QCheckBox *b : window->sectionForm(window->sectionIndex(u"review"_s))->findChildren<QCheckBox *>())
            if (b->property("smoutPath").toString() == u"review.rob_content.training.topics"_s)
                topics << b;
        QVERIFY(topics.size() >= 2);
        window->showSection(window->sectionIndex(u"review"_s));
        QApplication::processEvents();
        QWidget *frame = outlineAround(topics);
        QVERIFY(frame);
        QVERIFY(!frame->property("finding").toString().isEmpty());
        for (QCheckBox *b : std::as_const(topics))
            b->click();
        QVERIFY(frame->property("finding").toString().isEmpty());
        QVERIFY(frame->isHidden());
        const QColor normal = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
        for (QCheckBox *b : std::as_const(topics)) {
            QVERIFY(b->isChecked());
            QCOMPARE(b->palette().color(QPalette::Active, QPalette::WindowText), normal);
        }
    }

    void anErrorFrameSurroundsTheWholeGroup()
    {
        // No training verification chosen: the error concerns the three boxes, all of them.
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        for (const QString &key : {u"self_certify"_s, u"ppoc_records"_s, u"none"_s})
            QVERIFY(window->model()->setValue(u"questions.q5_training_verification."_s + key, false).ok());
        window->showSection(window->sectionIndex(u"training"_s));
        QWidget *form = window->sectionForm(window->sectionIndex(u"training"_s));
        const QList<QCheckBox *> boxes{form->findChild<QCheckBox *>(u"trainingSelfCertify"_s),
                                       form->findChild<QCheckBox *>(u"trainingPpoc"_s),
                                       form->findChild<QCheckBox *>(u"trainingNone"_s)};
        QVERIFY(!boxes.contains(nullptr));
        QApplication::processEvents();
        QWidget *frame = outlineAround(boxes);
        QVERIFY(frame);
        QCOMPARE(frame->property("finding").toString(), u"error"_s);
        QVERIFY(frame->isVisible());
        // No unnamed object among the boxes for a screen reader: the outline bears the
        // question's name.
        QAccessibleInterface *outline = QAccessible::queryAccessibleInterface(frame);
        QVERIFY(outline);
        QVERIFY2(outline->text(QAccessible::Name).contains(u"training"_s, Qt::CaseInsensitive),
                 qPrintable(outline->text(QAccessible::Name)));
        for (QCheckBox *b : boxes)
            QVERIFY(b->property("finding").toString().isEmpty()); // not the first box alone
        // It does not catch clicks meant for the boxes.
        boxes.at(1)->click();
        QVERIFY(boxes.at(1)->isChecked());
        QVERIFY(frame->isHidden());
    }

    void aSuccessIsNotAWarning()
    {
        const QString document = dir.filePath(u"draft.smout"_s);
        SmoutDocument doc = io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s)).value();
        doc.questions.q2aCounselReviewed = YesNo::Unset;
        QVERIFY(io::saveSmoutFile(doc, document).ok());
        QVERIFY(window->openFile(document));
        Dialogs::setNextAnswer(QMessageBox::Ok); // "Send draft.smout to counsel…"
        window->sendToCounsel()->start();
        QCOMPARE(Dialogs::lastIcon(), QMessageBox::Information);
        QVERIFY2(Dialogs::lastText().contains(u"draft.smout"_s), qPrintable(Dialogs::lastText()));
    }

    void theSignaturesPanelForgetsTheLastFile()
    {
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        const QString pdf = dir.filePath(u"unsigned.pdf"_s);
        QVERIFY(exportAndWait(*window, [&] {
            Dialogs::setNextFileName(pdf);
            window->findChild<QPushButton *>(u"exportPdfButton"_s)->click();
        }));
        SignaturesPanel *panel = window->signaturesPanel();
        QSignalSpy verified(panel, &SignaturesPanel::verified);
        QVERIFY(panel->verifyFile(pdf));
        QVERIFY(verified.wait(60000));
        QVERIFY(panel->list()->topLevelItemCount() > 0);
        QVERIFY(window->openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        QCOMPARE(panel->list()->topLevelItemCount(), 0);
        for (QLabel *label : panel->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(pdf), qPrintable(label->text()));
    }

    void theProgramOfficeHasNoDocumentRequest()
    {
        QAction *ask = action(u"askAboutDocument"_s);
        QVERIFY(ask);
        window->model()->setRole(Role::Author);
        QVERIFY(!ask->isEnabled());
        window->model()->setRole(Role::Counsel);
        QVERIFY(ask->isEnabled());
        window->model()->setRole(Role::Reviewer);
        QVERIFY(ask->isEnabled());
        window->model()->setRole(Role::Author);
        QVERIFY(!ask->isEnabled());
    }

    void statusMessagesStopShortOfTheCounts()
    {
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window->resize(1024, 700);
        auto *counts = window->statusBar()->findChild<QLabel *>(u"findingCounts"_s);
        QVERIFY(counts && counts->isVisible());
        const QString message = QString(u"A status message far too long for the status bar, "_s).repeated(6);
        window->statusBar()->showMessage(message, 60000);
        QApplication::processEvents();
        QCOMPARE(window->statusBar()->toolTip(), message);
        // Between where the message is cut off and the counts' text: nothing but background.
        const QImage bar = window->statusBar()->grab().toImage();
        const int left = counts->geometry().left(), gap = counts->contentsRect().left();
        QVERIFY2(gap >= 8, qPrintable(QString::number(gap)));
        const QRgb background = bar.pixel(left, 1);
        for (int x = left; x < left + gap; ++x)
            for (int y = 0; y < bar.height(); ++y)
                QVERIFY2(bar.pixel(x, y) == background, qPrintable(u"text at %1,%2 of the status bar"_s.arg(x).arg(y)));
    }

    void theFindingsFocusIsClearlyRinged()
    {
        window->model()->reset(SmoutDocument::createNew());
        QTreeWidget *view = window->findingsView();
        QTRY_VERIFY(view->isVisible() && view->topLevelItemCount() > 2);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        view->setFocus(Qt::TabFocusReason);
        view->setCurrentItem(view->topLevelItem(1), 0, QItemSelectionModel::NoUpdate);
        QTRY_VERIFY(view->hasFocus());
        const QImage shown = view->viewport()->grab().toImage();
        const QRect row = view->visualItemRect(view->topLevelItem(1));
        const auto luminance = [](QColor c) {
            const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const QColor ring = shown.pixelColor(row.left() + 1, row.top() + 1);
        const QColor base = view->palette().color(QPalette::Base);
        const qreal lighter = std::max(luminance(ring), luminance(base)), darker = std::min(luminance(ring), luminance(base));
        const qreal contrast = (lighter + 0.05) / (darker + 0.05);
        QVERIFY2(contrast >= 3.0, qPrintable(u"the focus ring is %1:1 against the list"_s.arg(contrast, 0, 'f', 2)));
        // Along the row's top edge, not only at a corner.
        QCOMPARE(shown.pixelColor(row.center().x(), row.top() + 1), ring);
    }

    void anErrorFrameDoesNotCoverItsRadioButtons()
    {
        window->model()->reset(SmoutDocument::createNew());
        auto *yes = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s);
        QWidget *row = yes->parentWidget();
        QApplication::processEvents();
        QCOMPARE(row->property("finding").toString(), u"error"_s);
        // The frame is 2 px wide along the row's edges; every button lies inside it.
        const QRect inside = row->rect().adjusted(2, 2, -2, -2);
        for (QRadioButton *button : row->findChildren<QRadioButton *>())
            QVERIFY2(inside.contains(button->geometry()),
                     qPrintable(u"%1 at %2,%3 in a %4×%5 row"_s.arg(button->text()).arg(button->x()).arg(button->y())
                                    .arg(row->width()).arg(row->height())));
    }

    void theNameOnRequestsIsAskedOnce()
    {
        QSettings().remove(u"user"_s);
        QVERIFY(!StudioSettings::userNameConfirmed());
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        window->model()->setRole(Role::Counsel);
        QString offered = u"(not asked)"_s;
        answerNextModal([&offered](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(u"senderName"_s);
            offered = name ? name->text() : u"(not asked)"_s;
            dialog->findChild<QPlainTextEdit *>(u"requestText"_s)->setPlainText(u"Which accounts?"_s);
            dialog->accept(); // without a name nothing is sent
            if (name) {
                name->setText(u"Kay Counsel"_s);
                dialog->accept();
            }
        });
        action(u"askAboutDocument"_s)->trigger();
        // The login is never offered as the name; the account's full name is, when it has one.
        QVERIFY2(offered != u"(not asked)"_s, "the name was not asked");
        QVERIFY(offered.isEmpty() || offered != store::systemLogin());
        QCOMPARE(offered, StudioSettings::suggestedUserName());
        QCOMPARE(window->model()->document().requests.size(), 1);
        QCOMPARE(window->model()->document().requests.constLast().by, u"Kay Counsel"_s);
        QVERIFY(StudioSettings::userNameConfirmed());

        // Asked once: the next request uses the confirmed name.
        bool askedAgain = true;
        answerNextModal([&askedAgain](QDialog *dialog) {
            askedAgain = dialog->findChild<QLineEdit *>(u"senderName"_s) != nullptr;
            dialog->findChild<QPlainTextEdit *>(u"requestText"_s)->setPlainText(u"And the dates?"_s);
            dialog->accept();
        });
        action(u"askAboutDocument"_s)->trigger();
        QVERIFY(!askedAgain);
        QCOMPARE(window->model()->document().requests.size(), 2);
        QCOMPARE(window->model()->document().requests.constLast().by, u"Kay Counsel"_s);
        QSettings().remove(u"user"_s);
    }
};

GUITEST_MAIN(TestGuiWindowDefects)
#include "tst_gui_window_defects.moc"

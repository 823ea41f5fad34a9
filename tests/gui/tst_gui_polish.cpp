// Usability details of the window: a new document starts at the top of every section; the
// findings dock is as tall as its findings; question 5 asks for an explanation only after
// No and never drops one; the focused control of every kind is drawn differently; window
// shortcuts work while a line edit has the focus; a closed Findings dock comes back from the
// View menu.

#include "FindingsDockHeight.h"
#include "GuiTestBase.h"
#include "ListEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace guitest;

namespace {

QString describe(QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
}

} // namespace

class TestGuiPolish : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window;

    QList<QScrollArea *> sectionScrolls()
    {
        return window->findChild<QStackedWidget *>(u"sectionStack"_s)->findChildren<QScrollArea *>(
            Qt::FindDirectChildrenOnly);
    }
    QDockWidget *findingsDock() { return window->findChild<QDockWidget *>(u"findingsDock"_s); }
    QAction *action(const QString &shortcut)
    {
        for (QAction *a : window->findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(shortcut)))
                return a;
        qFatal("no action for %s", qPrintable(shortcut));
    }
    // Drags the edge between the forms and the findings dock by dy pixels.
    void dragDockEdge(int dy)
    {
        QDockWidget *dock = findingsDock();
        QPoint edge(dock->geometry().center().x(), dock->geometry().top() - 2);
        for (int y = dock->geometry().top() - 6; y < dock->geometry().top(); ++y)
            if (!window->childAt(QPoint(edge.x(), y))) {
                edge.setY(y);
                break;
            }
        QVERIFY2(!window->childAt(edge), "no separator above the findings dock");
        // Sent straight to the window, which handles its separators itself.
        const auto send = [this](QEvent::Type type, QPoint at, Qt::MouseButton button,
                                 Qt::MouseButtons held) {
            QMouseEvent e(type, at, window->mapToGlobal(at), button, held, Qt::NoModifier);
            QApplication::sendEvent(window.get(), &e);
        };
        send(QEvent::MouseButtonPress, edge, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseMove, edge + QPoint(0, dy / 2), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseMove, edge + QPoint(0, dy), Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, edge + QPoint(0, dy), Qt::LeftButton, Qt::NoButton);
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void init()
    {
        window = activeWindowWith(u"ice-2012-social-media-enforcement.smout"_s);
        QVERIFY(window);
    }
    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        window.reset();
    }

    void anotherDocumentStartsAtTheTop()
    {
        window->resize(1024, 600);
        QApplication::processEvents();
        for (int round = 0; round < 2; ++round) {
            int scrolled = 0;
            for (int i = 0; i < window->navigator()->count(); ++i) {
                window->showSection(i);
                QApplication::processEvents();
                QScrollBar *bar = qobject_cast<QScrollArea *>(
                                      window->findChild<QStackedWidget *>(u"sectionStack"_s)->currentWidget())
                                      ->verticalScrollBar();
                bar->setValue(bar->maximum());
                scrolled += bar->value() > 0;
            }
            QVERIFY2(scrolled >= 3, "too few sections are long enough to scroll");
            if (round == 0) {
                QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
            } else {
                Dialogs::setNextAnswer(QMessageBox::Discard);
                action(u"Ctrl+N"_s)->trigger();
            }
            for (QScrollArea *scroll : sectionScrolls())
                QVERIFY2(scroll->verticalScrollBar()->value() == 0,
                         qPrintable(scroll->accessibleName()));
        }
    }

    void findingsDockFitsItsFindings()
    {
        QDockWidget *dock = findingsDock();
        QTreeWidget *view = window->findingsView();
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QApplication::processEvents();
        const int rowHeight = view->visualItemRect(view->topLevelItem(0)).height();
        QVERIFY(rowHeight > 0);
        const int chrome =
            dock->height() - view->height() + view->header()->height() + 2 * view->frameWidth();
        // Two findings: room for a few rows, not a third of the window.
        const int few = view->topLevelItemCount();
        QVERIFY2(few <= FindingsDockHeight::minRows, qPrintable(QString::number(few)));
        QTRY_VERIFY2(dock->height() <= chrome + FindingsDockHeight::minRows * rowHeight * 3 / 2,
                     qPrintable(QString::number(dock->height())));
        QVERIFY(dock->height() >= chrome + rowHeight);
        const int fewHeight = dock->height();
        // Many findings: taller, up to a cap.
        Dialogs::setNextAnswer(QMessageBox::Discard);
        action(u"Ctrl+N"_s)->trigger();
        QVERIFY(view->topLevelItemCount() > FindingsDockHeight::maxRows);
        QTRY_VERIFY(dock->height() > fewHeight + rowHeight);
        QVERIFY(dock->height() <= window->height() / 3);
        // The user's own height stands against later changes of the findings. Under the
        // offscreen platform the separator does not follow the drag, so the height the user
        // dragged to is then set as the separator would set it.
        dragDockEdge(40);
        QVERIFY(window->findingsDockHeight()->userSized());
        const int manyHeight = dock->height();
        window->resizeDocks({dock}, {(manyHeight + fewHeight) / 2}, Qt::Vertical);
        QTRY_VERIFY(dock->height() < manyHeight);
        const int chosen = dock->height();
        QVERIFY(chosen > fewHeight);
        QVERIFY(window->openFile(example(u"fictional-uscis-benefit-fraud.smout"_s)));
        QApplication::processEvents();
        QCOMPARE(dock->height(), chosen);
    }

    void ruleExplanationFollowsTheAnswer()
    {
        auto *yes = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s);
        auto *no = field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_no"_s);
        auto *edit = field<QPlainTextEdit>(*window, u"q5"_s, u"rule_equipment_explanation"_s);
        auto *label = field<QLabel>(*window, u"q5"_s, u"rule_equipment_explanationLabel"_s);
        QCOMPARE(label->text(), u"If not, please explain:"_s);
        QCOMPARE(label->buddy(), edit);
        DocumentModel *m = window->model();
        const QString path = u"questions.q5_rules.equipment."_s;
        QVERIFY(m->setValue(path + u"explanation"_s, QString()).ok());
        QVERIFY(m->setValue(path + u"answer"_s, u"yes"_s).ok());
        QVERIFY(yes->isChecked() && !edit->isVisible() && !label->isVisible());
        QTest::mouseClick(no, Qt::LeftButton, {}, QPoint(5, no->height() / 2));
        QCOMPARE(m->value(path + u"answer"_s).toString(), u"no"_s);
        QVERIFY(edit->isVisible() && label->isVisible());
        edit->setFocus();
        QTest::keyClicks(edit, u"Field laptops only"_s);
        QCOMPARE(m->value(path + u"explanation"_s).toString(), u"Field laptops only"_s);
        // Flipping to Yes keeps the explanation, in the document and in view.
        QTest::mouseClick(yes, Qt::LeftButton, {}, QPoint(5, yes->height() / 2));
        QCOMPARE(m->value(path + u"answer"_s).toString(), u"yes"_s);
        QCOMPARE(m->value(path + u"explanation"_s).toString(), u"Field laptops only"_s);
        QVERIFY(edit->isVisible() && edit->toPlainText() == u"Field laptops only"_s);
        // Emptied after Yes, it folds away.
        QVERIFY(m->setValue(path + u"explanation"_s, QString()).ok());
        QVERIFY(!edit->isVisible() && !label->isVisible());
        // Unanswered rules of an opened document ask for nothing; answered No they do.
        QVERIFY(m->setValue(path + u"answer"_s, QJsonValue::Null).ok());
        QVERIFY(!edit->isVisible());
        QVERIFY(m->setValue(path + u"answer"_s, u"no"_s).ok());
        QVERIFY(edit->isVisible());
    }

    void focusIsVisibleOnEveryKindOfControl()
    {
        QList<QWidget *> controls{
            field<QCheckBox>(*window, u"q1"_s, u"q1_criminal_investigations"_s),
            field<QRadioButton>(*window, u"q5"_s, u"rule_equipment_yes"_s),
            field<QLineEdit>(*window, u"q1"_s, u"q1Other"_s),
            field<QPlainTextEdit>(*window, u"q1"_s, u"q1Description"_s),
        };
        auto *contacts = field<ListEditor>(*window, u"summary"_s, u"contacts"_s);
        controls << contacts->findChild<QTableWidget *>();
        for (QPushButton *b : contacts->findChildren<QPushButton *>())
            if (b->isEnabled()) {
                controls << b;
                break;
            }
        QAbstractButton *wrapped = nullptr;
        for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
            if (b->property("choiceText").isValid() && b->isEnabled()) {
                wrapped = b;
                break;
            }
        QVERIFY2(wrapped, "no wrapped choice in the forms");
        controls << wrapped;
        QCOMPARE(controls.size(), 7);
        // Focus is drawn for keyboard users: arrive as one, with Tab.
        window->navigator()->setFocus();
        QTest::keyClick(window->navigator(), Qt::Key_Tab);
        for (QWidget *control : controls) {
            // Show the control's section and park the focus on the section list.
            QWidget *page = control;
            while (page && !qobject_cast<QScrollArea *>(page))
                page = page->parentWidget();
            QVERIFY(page);
            window->findChild<QStackedWidget *>(u"sectionStack"_s)->setCurrentWidget(page);
            qobject_cast<QScrollArea *>(page)->ensureWidgetVisible(control);
            window->navigator()->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            QWidget *shown =
                control->property("choiceText").isValid() ? control->parentWidget() : control;
            const QImage without = shown->grab().toImage();
            control->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY2(control->hasFocus(), qPrintable(describe(control)));
            const QImage with = shown->grab().toImage();
            QVERIFY2(with != without,
                     qPrintable(describe(control) + u" looks the same with the focus"_s));
        }
    }

    void shortcutsWorkWhileALineEditHasTheFocus()
    {
        auto *component = field<QLineEdit>(*window, u"q4"_s, u"q4Title"_s);
        component->setFocus();
        QTRY_VERIFY(component->hasFocus());
        // Ctrl+E exports the PDF.
        const QString pdf = QDir(qEnvironmentVariable("SMOUT_TEST_TMP", QDir::tempPath()))
                                .filePath(u"polish-export.pdf"_s);
        QDir().mkpath(QFileInfo(pdf).absolutePath());
        QFile::remove(pdf);
        Dialogs::setNextFileName(pdf);
        QVERIFY(exportAndWait(*window, [component] { QTest::keyClick(component, Qt::Key_E, Qt::ControlModifier); }));
        QFile out(pdf);
        QVERIFY2(out.open(QIODevice::ReadOnly), "Ctrl+E in a line edit exported nothing");
        QVERIFY(out.read(5) == "%PDF-");
        QCOMPARE(component->text(),
                 window->model()->value(u"questions.q4_rules_of_behavior.title"_s).toString());
        // Ctrl+Y redoes an undone edit.
        const QString before = component->text();
        component->selectAll();
        QTest::keyClicks(component, u"CBP"_s);
        QTest::keyClick(component, Qt::Key_Tab);
        component->setFocus();
        QTRY_VERIFY(component->hasFocus());
        QCOMPARE(window->model()->value(u"questions.q4_rules_of_behavior.title"_s).toString(),
                 u"CBP"_s);
        window->model()->undoStack()->undo();
        QCOMPARE(window->model()->value(u"questions.q4_rules_of_behavior.title"_s).toString(),
                 before);
        QTest::keyClick(component, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(window->model()->value(u"questions.q4_rules_of_behavior.title"_s).toString(),
                 u"CBP"_s);
        QCOMPARE(component->text(), u"CBP"_s);
    }

    // A Findings dock closed by its title bar button comes back from View > Findings.
    void aClosedFindingsDockReopensFromTheViewMenu()
    {
        findingsDock()->close();
        QTRY_VERIFY(!findingsDock()->isVisible());
        auto *show = window->findChild<QAction *>(u"showFindings"_s);
        QVERIFY(show);
        QVERIFY(window->findChild<QMenu *>(u"viewMenu"_s)->actions().contains(show));
        QCOMPARE(show->text(), u"&Findings"_s);
        show->trigger();
        QTRY_VERIFY(findingsDock()->isVisible());
    }
};

GUITEST_MAIN(TestGuiPolish)
#include "tst_gui_polish.moc"

// From a blank document, a user fills in the whole fictional example with the keyboard and
// mouse only (typing, clicking, double-clicking table cells), saves it, and the saved file
// is the bundled example byte for byte, apart from the document id.

#include "DateField.h"
#include "GuiTestBase.h"
#include "ListEditor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>

using namespace guitest;

class TestGuiFillExample : public QObject {
    Q_OBJECT

    MainWindow *w = nullptr;
    QJsonObject target;

    QString section(const QString &path) const { return sectionOfPath(path); }

    QWidget *widget(const QString &name) const
    {
        for (int i = 0; i < 11; ++i)
            if (QWidget *found = w->sectionForm(i)->findChild<QWidget *>(name)) {
                w->showSection(i);
                return found;
            }
        qFatal("no widget %s", qPrintable(name));
    }

    void click(const QString &name)
    {
        auto *button = qobject_cast<QAbstractButton *>(widget(name));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(std::min(30, button->width() / 2), button->height() / 2));
    }

    void type(const QString &name, const QString &text)
    {
        QWidget *target = widget(name);
        target->setFocus();
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(target, text);
    }

    void typeDate(const QString &name, const QString &isoDate)
    {
        auto *date = qobject_cast<DateField *>(widget(name));
        date->setFocus();
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, isoDate);
        QCOMPARE(date->date().toString(Qt::ISODate), isoDate);
    }

    void fillList(const QString &name, const QJsonArray &rows, const QStringList &keys)
    {
        auto *list = qobject_cast<ListEditor *>(widget(name));
        QTableWidget *table = list->table();
        for (int r = 0; r < rows.size(); ++r) {
            QTest::mouseClick(list->findChildren<QPushButton *>().constFirst(), Qt::LeftButton); // Add
            for (int c = 0; c < keys.size(); ++c) {
                const QJsonValue v = keys[c].isEmpty() ? rows[r] : rows[r].toObject().value(keys[c]);
                if (v.toString().isEmpty())
                    continue;
                // Add opens the first cell for typing; the others are reached as a keyboard
                // user does: the cell made current, F2 to edit it.
                if (c > 0 || QApplication::focusWidget() == table) {
                    table->setCurrentCell(r, c);
                    QTest::keyClick(table, Qt::Key_F2);
                }
                QWidget *editor = QApplication::focusWidget();
                QVERIFY2(editor && editor != table, qPrintable(QStringLiteral("%1 row %2 col %3").arg(name).arg(r).arg(c)));
                QTest::keyClicks(editor, v.toString());
                QTest::keyClick(editor, Qt::Key_Return);
            }
        }
    }

    void chooseCodes(const QString &prefix, const QJsonArray &codes)
    {
        for (const QJsonValue &code : codes)
            click(prefix + code.toString());
    }

private Q_SLOTS:
    void fillSaveAndCompare()
    {
        QFile file(example(u"fictional-uscis-benefit-fraud.smout"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = file.readAll();
        target = QJsonDocument::fromJson(expected).object();
        const QJsonObject s = target[u"summary"_s].toObject();
        const QJsonObject q = target[u"questions"_s].toObject();
        const QJsonObject r = target[u"review"_s].toObject();

        MainWindow window;
        w = &window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *role = window.findChild<QComboBox *>(u"roleSwitch"_s);
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Home);
        QCOMPARE(window.model()->role(), Role::Author);

        // Summary information.
        typeDate(u"dateSubmitted"_s, s[u"date_submitted"_s].toString());
        auto *component = qobject_cast<QComboBox *>(widget(u"component"_s));
        component->setFocus();
        QTest::keyClicks(component, s[u"component"_s].toString());
        QCOMPARE(window.model()->value(u"summary.component"_s).toString(), s[u"component"_s].toString());
        const QStringList person{u"name"_s, u"title"_s, u"office"_s, u"phone"_s, u"email"_s};
        fillList(u"contacts"_s, s[u"contacts"_s].toArray(), person);
        fillList(u"counsel"_s, s[u"counsel"_s].toArray(), person);
        fillList(u"itSystems"_s, s[u"it_systems"_s].toArray(), {QString()});
        fillList(u"pias"_s, s[u"pias"_s].toArray(), {u"id"_s, u"title"_s, u"date"_s});
        fillList(u"sorns"_s, s[u"sorns"_s].toArray(), {u"id"_s, u"title"_s, u"date"_s, u"federal_register"_s});

        // Questions 1-4.
        chooseCodes(u"q1_"_s, q[u"q1_categories"_s].toArray());
        type(u"q1Description"_s, q[u"q1_description"_s].toString());
        fillList(u"q2Authorities"_s, q[u"q2_authorities"_s].toArray(), {QString()});
        // 2a is counsel's to answer (rules.md "Roles").
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Down);
        QCOMPARE(window.model()->role(), Role::Counsel);
        click(u"q2a_"_s + q[u"q2a_counsel_reviewed"_s].toString());
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Home);
        QCOMPARE(window.model()->role(), Role::Author);
        click(u"q3Status_"_s + q[u"q3_status"_s].toString());
        typeDate(u"q3Launched"_s, q[u"q3_date_first_launched"_s].toString());
        const QJsonObject rob = q[u"q4_rules_of_behavior"_s].toObject();
        type(u"q4Title"_s, rob[u"title"_s].toString());
        type(u"q4File"_s, rob[u"file"_s].toString());
        type(u"q4Sha"_s, rob[u"sha256"_s].toString());

        // Question 5, training, access.
        const QJsonObject rules = q[u"q5_rules"_s].toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it)
            click(u"rule_%1_%2"_s.arg(it.key(), it.value()[u"answer"_s].toString()));
        click(u"trainingSelfCertify"_s);
        click(u"trainingPpoc"_s);
        chooseCodes(u"access_"_s, q[u"access_modes"_s].toArray());
        QCOMPARE(countOf(window.model()->findings(), Severity::Error), 0);

        // The DHS Privacy Office reviewer completes the review.
        role->setFocus();
        QTest::keyClick(role, Qt::Key_End);
        QCOMPARE(window.model()->role(), Role::Reviewer);
        typeDate(u"dateReviewed"_s, r[u"date_reviewed"_s].toString());
        type(u"reviewerName"_s, r[u"reviewer_name"_s].toString());
        fillList(u"designationPias"_s, r[u"designation_pias"_s].toArray(), {QString()});
        fillList(u"designationSorns"_s, r[u"designation_sorns"_s].toArray(), {QString()});
        chooseCodes(u"rc_"_s, r[u"categories"_s].toArray());
        type(u"authoritiesAnalysis"_s, r[u"authorities_analysis"_s].toString());
        const QJsonObject c = r[u"rob_content"_s].toObject();
        click(u"rcEquipment_"_s + c[u"equipment"_s].toString());
        click(u"rcEmail_"_s + c[u"email_accounts"_s].toString());
        click(u"rcInteraction_"_s + c[u"public_interaction"_s].toString());
        click(u"rcPrivacy_"_s + c[u"privacy_settings"_s].toString());
        click(u"rcStorage_"_s + c[u"pii_storage"_s][u"kind"_s].toString());
        fillList(u"rcStorageSorns"_s, c[u"pii_storage"_s][u"sorns"_s].toArray(), {QString()});
        click(u"rcSafeguards_"_s + c[u"pii_safeguards"_s].toString());
        click(u"rcDocumentation_"_s + c[u"documentation"_s].toString());
        click(u"rcTrainingRequired"_s);
        chooseCodes(u"rcTopic_"_s, c[u"training"_s][u"topics"_s].toArray());
        chooseCodes(u"rcVerify_"_s, c[u"training"_s][u"verification"_s].toArray());
        click(u"outcome_"_s + r[u"determination"_s][u"outcome"_s].toString());
        for (const QString &kind : {u"pia"_s, u"sorn"_s}) {
            const QJsonObject req = r[kind].toObject();
            click(kind + u"Required"_s);
            click(kind + u"Coverage_"_s + req[u"coverage"_s].toString());
            fillList(kind + u"Existing"_s, req[u"existing"_s].toArray(), {QString()});
        }
        type(u"comments"_s, r[u"comments"_s].toString());

        // Save through File > Save (Ctrl+S) and compare.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"filled.smout"_s);
        Dialogs::setNextFileName(path);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QFile::exists(path));
        auto saved = io::loadSmoutFile(path);
        QVERIFY(saved.ok());
        SmoutDocument doc = saved.value();
        QVERIFY(doc.id != target[u"id"_s].toString());
        doc.id = target[u"id"_s].toString();
        const QStringList got = QString::fromUtf8(io::writeSmout(doc).value()).split(u'\n');
        const QStringList want = QString::fromUtf8(expected).split(u'\n');
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(got[i], want[i]); // the first line that differs, if any
        QCOMPARE(got.size(), want.size());
        QVERIFY(!window.isWindowModified());
    }
};

GUITEST_MAIN(TestGuiFillExample)
#include "tst_gui_fill_example.moc"

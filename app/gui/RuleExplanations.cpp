#include "RuleExplanations.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

void prepareRuleExplanations(QWidget *form)
{
    static const QRegularExpression name(u"^rule_(.+)_explanation$"_s);
    for (QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>(name)) {
        const QString rule = name.match(edit->objectName()).captured(1);
        auto *no = form->findChild<QRadioButton *>(u"rule_%1_no"_s.arg(rule));
        auto *box = qobject_cast<QBoxLayout *>(edit->parentWidget() ? edit->parentWidget()->layout()
                                                                    : nullptr);
        if (!no || !box || box->indexOf(edit) < 0)
            continue;
        auto *label =
            new QLabel(QCoreApplication::translate("RuleExplanations", "If not, please explain:"));
        label->setObjectName(u"rule_%1_explanationLabel"_s.arg(rule));
        label->setBuddy(edit);
        box->insertWidget(box->indexOf(edit), label);
        const auto update = [no, edit, label] {
            const bool shown = no->isChecked() || !edit->toPlainText().isEmpty();
            label->setVisible(shown);
            edit->setVisible(shown);
        };
        QObject::connect(no, &QRadioButton::toggled, edit, update);
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit, update);
        update();
    }
}

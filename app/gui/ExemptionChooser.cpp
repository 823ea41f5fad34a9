#include "ExemptionChooser.h"

#include "release/Exemptions.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include <optional>

namespace {

struct ChooserText {
    Q_DECLARE_TR_FUNCTIONS(ExemptionChooser)
};

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

QString meaning(const QString &exemption)
{
    if (exemption == u"(b)(5)")
        return ChooserText::tr("deliberative process, attorney work product or attorney-client privilege");
    if (exemption == u"(b)(6)")
        return ChooserText::tr("personal privacy (personnel and similar files)");
    if (exemption == u"(b)(7)(C)")
        return ChooserText::tr("personal privacy in law enforcement records");
    return ChooserText::tr("law enforcement techniques and procedures");
}

} // namespace

namespace ExemptionChooser {

void setNextAnswer(const QString &exemption)
{
    nextAnswer() = exemption;
}

QString choose(QWidget *parent, const QString &current)
{
    if (auto answer = nextAnswer()) {
        nextAnswer().reset();
        return *answer;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(ChooserText::tr("Withhold under FOIA"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(ChooserText::tr("The release copy shows these exemptions in place of the marked text:")));
    QList<QCheckBox *> boxes;
    const QString chosen = smout::release::exemptionLabel(current).value_or(QString());
    for (const QString &e : smout::release::knownExemptions()) {
        auto *box = new QCheckBox(e + u" \u2014 " + meaning(e));
        box->setProperty("exemption", e);
        box->setChecked(chosen.split(u", "_qs).contains(e));
        layout->addWidget(box);
        boxes << box;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QStringList out;
    for (QCheckBox *box : std::as_const(boxes))
        if (box->isChecked())
            out << box->property("exemption").toString();
    return out.join(u", "_qs);
}

} // namespace ExemptionChooser

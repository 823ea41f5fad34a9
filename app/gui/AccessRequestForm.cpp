#include "AccessRequestForm.h"

#include "DateField.h"
#include "model/FormText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace smout;
using namespace smout::store;

AccessRequestForm::AccessRequestForm(const QList<InventoryEntry> &smouts, QWidget *parent)
    : QDialog(parent), m_employee(new QLineEdit), m_phone(new QLineEdit), m_email(new QLineEdit), m_office(new QLineEdit),
      m_supervisor(new QLineEdit), m_smout(new QComboBox), m_mode(new QComboBox), m_justification(new QPlainTextEdit),
      m_training(new DateField), m_rob(new QCheckBox(tr("A copy of the signed Rules of &Behavior was provided"))), m_problem(new QLabel)
{
    setWindowTitle(tr("New Access Request"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [form](const QString &label, QWidget *field) {
        auto *name = new QLabel(label);
        name->setBuddy(field);
        name->setWordWrap(true);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(name, field);
    };
    row(tr("&Name of employee:"), m_employee);
    row(tr("P&hone number:"), m_phone);
    row(tr("E&mail address:"), m_email);
    row(tr("&Location:"), m_office);
    row(tr("&Supervisor:"), m_supervisor);
    for (const InventoryEntry &e : smouts)
        m_smout->addItem(e.title.isEmpty() ? tr("Untitled SMOUT (%1)").arg(e.component) : e.title, e.id);
    m_smout->setCurrentIndex(-1);
    m_smout->setPlaceholderText(tr("Choose the SMOUT from the inventory"));
    // Titles are long: the list shows them whole, the closed box as much as fits.
    m_smout->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_smout->setMinimumContentsLength(30);
    row(tr("S&MOUT authorizing the use:"), m_smout);
    for (const AccessMode m : allOf<AccessMode>())
        m_mode->addItem(FormText::accessModeName(m), QString(codeOf(m)));
    m_mode->setCurrentIndex(-1);
    m_mode->setPlaceholderText(tr("Choose the access mode"));
    row(tr("&Access requested:"), m_mode);
    m_justification->setTabChangesFocus(true);
    m_justification->setMinimumHeight(80);
    row(tr("Business &justification:"), m_justification);
    row(tr("Mandatory &training completed on:"), m_training);
    form->addRow(m_rob);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What the request lacks"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("A&dd Request"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccessRequestForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccessRequestForm::reject);
    layout->addWidget(buttons);
}

AccessRequest AccessRequestForm::request() const
{
    AccessRequest r;
    r.employee = m_employee->text().trimmed();
    r.phone = m_phone->text().trimmed();
    r.email = m_email->text().trimmed();
    r.office = m_office->text().trimmed();
    r.supervisor = m_supervisor->text().trimmed();
    r.facts.smoutId = m_smout->currentData().toString();
    if (const auto mode = fromCode<AccessMode>(m_mode->currentData().toString()))
        r.facts.mode = *mode;
    r.facts.justification = m_justification->toPlainText().trimmed();
    if (m_training->date().isValid())
        r.facts.trainingDate = m_training->date();
    r.facts.rulesOfBehaviorSigned = m_rob->isChecked();
    return r;
}

QString AccessRequestForm::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void AccessRequestForm::accept()
{
    QString problem;
    if (const Status whole = AccessRequests::complete(request()); !whole)
        problem = whole.error();
    else if (m_mode->currentIndex() < 0)
        problem = tr("Choose the access requested.");
    else if (!m_training->isAcceptable())
        problem = DateField::whyNotADate(m_training->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

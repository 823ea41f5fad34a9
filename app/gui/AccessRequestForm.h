#pragma once

// A new access request, with the fields the CBP SOP's application forwards to the Privacy
// Office (name of employee, phone number, email address, location, supervisor information,
// business justification), the access mode and SMOUT it relies on, and what the Privacy
// Office verifies (mandatory training, signed Rules of Behavior). A request that lacks a
// required field is not accepted: the form says what is missing.

#include "store/AccessRequests.h"

#include <QDialog>

class DateField;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class AccessRequestForm : public QDialog {
    Q_OBJECT
public:
    // `smouts`: the inventory's SMOUTs a request may rely on, shown by title.
    AccessRequestForm(const QList<smout::store::InventoryEntry> &smouts, QWidget *parent = nullptr);
    smout::store::AccessRequest request() const;
    // What the form says is missing, or an empty string.
    QString problem() const;

    QLineEdit *employee() const { return m_employee; }
    QLineEdit *office() const { return m_office; }
    QLineEdit *supervisor() const { return m_supervisor; }
    QComboBox *smout() const { return m_smout; }
    QComboBox *mode() const { return m_mode; }
    QPlainTextEdit *justification() const { return m_justification; }
    DateField *trainingDate() const { return m_training; }
    QCheckBox *rulesOfBehavior() const { return m_rob; }

    void accept() override;

private:
    QLineEdit *m_employee, *m_phone, *m_email, *m_office, *m_supervisor;
    QComboBox *m_smout, *m_mode;
    QPlainTextEdit *m_justification;
    DateField *m_training;
    QCheckBox *m_rob;
    QLabel *m_problem;
};

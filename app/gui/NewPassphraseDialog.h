#pragma once

// Asks for a new passphrase for the certificate database, typed twice, with a hint on its
// strength as it is typed: keys without one lie open to anyone who can read the user's files.
// OK is enabled only for a passphrase of at least 8 characters typed the same twice.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class NewPassphraseDialog : public QDialog {
    Q_OBJECT
public:
    NewPassphraseDialog(const QString &why, QWidget *parent = nullptr);
    QString passphrase() const;

    // "Weak: …", "Fair: …", "Strong" — what the hint says for `passphrase`.
    static QString strengthHint(const QString &passphrase);

private:
    void update();

    QLineEdit *m_first, *m_second;
    QLabel *m_hint;
    QPushButton *m_ok;
};

#pragma once

// Asks for the text of a request for additional information (and which field it is about)
// or of the program office's answer to one.

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

class RequestDialog : public QDialog {
    Q_OBJECT
public:
    // A new request: `fields` are the key paths to choose from ("" is the whole document),
    // `chosen` the one selected first.
    static RequestDialog *forRequest(const QStringList &fields, const QString &chosen, QWidget *parent);
    // An answer to request `id`, which asked `question` about `field`.
    static RequestDialog *forAnswer(const QString &id, const QString &field, const QString &question, QWidget *parent);

    QString path() const;
    QString text() const;
    // Who sends it: the name the user confirmed, asked in the dialog the first time.
    QString senderName() const;
    // Sends only a text with a name.
    void accept() override;

private:
    RequestDialog(const QString &title, QWidget *parent);
    // The Send/Cancel buttons under `form`; Send stays disabled while the text is empty.
    void finish(QFormLayout *form, const QString &sendText);

    QComboBox *m_fields = nullptr;
    QLineEdit *m_name = nullptr; // while no name is confirmed
    QPlainTextEdit *m_text;
};

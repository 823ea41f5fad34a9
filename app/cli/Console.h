#pragma once

// Where the CLI speaks: results to standard output, messages to standard error.

#include <QByteArray>
#include <QString>

namespace smout::cli {

using namespace Qt::StringLiterals;

void printOut(const QString &text);      // adds a newline
void writeOut(const QByteArray &bytes);  // exactly these bytes
void printErr(const QString &text);      // adds a newline
bool stderrIsTerminal();

// While one exists, what the functions above write goes into it instead of the process's
// streams (and standard error is no terminal): the CLI tests run the verbs in process through
// it. The innermost one captures; use it on the thread that runs the verb.
class ConsoleCapture {
public:
    ConsoleCapture();
    ~ConsoleCapture();
    ConsoleCapture(const ConsoleCapture &) = delete;
    ConsoleCapture &operator=(const ConsoleCapture &) = delete;

    const QByteArray &out() const { return m_out; }
    const QByteArray &err() const { return m_err; }

private:
    friend void writeOut(const QByteArray &bytes);
    friend void printErr(const QString &text);

    QByteArray m_out, m_err;
    ConsoleCapture *m_outer;
};

} // namespace smout::cli

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

} // namespace smout::cli

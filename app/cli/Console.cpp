#include "Console.h"

#include <cstdio>
#include <unistd.h>

namespace smout::cli {

namespace {

ConsoleCapture *capture = nullptr;

} // namespace

ConsoleCapture::ConsoleCapture() : m_outer(capture)
{
    capture = this;
}

ConsoleCapture::~ConsoleCapture()
{
    capture = m_outer;
}

void printOut(const QString &text)
{
    writeOut(text.toUtf8() + '\n');
}

void writeOut(const QByteArray &bytes)
{
    if (capture) {
        capture->m_out += bytes;
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    if (capture) {
        capture->m_err += bytes;
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return !capture && isatty(fileno(stderr)) != 0;
}

} // namespace smout::cli

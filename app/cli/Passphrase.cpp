#include "Passphrase.h"

#include "io/SmoutJson.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace smout::cli {

Result<QString> readPassphrase(const QString &file, const QString &prompt)
{
    if (!file.isEmpty()) {
        auto bytes = io::readInputFile(file, 64 * 1024);
        if (!bytes)
            return Error{bytes.error()};
        return QString::fromUtf8(bytes->split('\n').constFirst()).remove(u'\r');
    }
    if (!isatty(STDIN_FILENO))
        return QString();
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char line[1024] = {};
    const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    if (!got)
        return QString();
    return QString::fromLocal8Bit(line).remove(u'\n').remove(u'\r');
}

} // namespace smout::cli

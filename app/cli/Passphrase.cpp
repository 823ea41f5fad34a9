#include "Passphrase.h"

#include "io/SmoutJson.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace smout::cli {

namespace {

struct PromptText {
    Q_DECLARE_TR_FUNCTIONS(smout::cli::Passphrase)
};

// A line typed on the terminal without echo; nothing when stdin is not a terminal.
std::optional<QString> typedWithoutEcho(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
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
        return std::nullopt;
    return QString::fromLocal8Bit(line).remove(u'\n').remove(u'\r');
}

} // namespace

Result<QString> readPassphrase(const QString &file, const QString &prompt)
{
    if (!file.isEmpty()) {
        auto lines = ConsoleSecrets::readLines(file);
        if (!lines)
            return Error{lines.error()};
        return lines->value(0);
    }
    return typedWithoutEcho(prompt).value_or(QString());
}

Result<QStringList> ConsoleSecrets::readLines(const QString &file)
{
    auto bytes = io::readInputFile(file, 64 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    QStringList lines = QString::fromUtf8(bytes.value()).remove(u'\r').split(u'\n');
    while (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

ConsoleSecrets::ConsoleSecrets(const QString &file) : m_fromFile(!file.isEmpty())
{
    if (!m_fromFile)
        return;
    auto lines = readLines(file);
    if (lines)
        m_listed.emplace(lines.value());
    else
        m_error = lines.error();
}

std::optional<QString> ConsoleSecrets::ask(const signing::SecretRequest &request)
{
    if (m_fromFile)
        return m_listed ? m_listed->ask(request) : std::nullopt;
    if (!request.problem.isEmpty()) {
        std::fputs((request.problem + u'\n').toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    const std::optional<QString> typed = typedWithoutEcho(
        PromptText::tr("%1 (empty to cancel): ").arg(request.label));
    if (!typed || typed->isEmpty())
        return std::nullopt;
    return typed;
}

} // namespace smout::cli

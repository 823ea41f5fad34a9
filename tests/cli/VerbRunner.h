#pragma once

// Runs a `smout` verb in this process through the verb library (app/cli), as most CLI tests
// do: what it prints is captured through the Console, and no process is started. runSmout
// (CliRunner.h) runs the real executable, for what only a process shows: the exit status of
// main, the streams themselves, signals, time limits, the environment.

#include "CliRunner.h"
#include "Command.h"
#include "Console.h"
#include "model/Translations.h"

#include <QDir>
#include <QGuiApplication>

#include <algorithm>

// `args` starts with the verb; `workingDir` is the current directory while it runs. A verb
// that lays pages out needs the test's application to be a QGuiApplication (QTEST_MAIN).
inline CliRun runVerb(const QStringList &args, const QString &workingDir = {})
{
    using namespace Qt::StringLiterals;
    CliRun r;
    const auto commands = smout::cli::allCommands();
    const auto verb = std::find_if(commands.begin(), commands.end(),
                                   [&](const auto &c) { return c->name() == args.value(0); });
    if (verb == commands.end()) {
        r.err = "runVerb: no verb '" + args.value(0).toUtf8() + "' in the verb library\n";
        return r;
    }
    std::vector<std::string> words;
    for (qsizetype i = 1; i < args.size(); ++i)
        words.push_back(args[i].toStdString());
    if ((*verb)->laysOutPagesFor(words) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        qFatal("runVerb: '%s' lays pages out: the test needs QTEST_MAIN, not QTEST_GUILESS_MAIN", qPrintable(args.join(u' ')));
    // As the tool starts (main.cpp): its settings, such as the page size, are read under its
    // name, and the catalogue carries the plural forms of "%n …" texts.
    QCoreApplication::setApplicationName(u"smout"_s);
    QCoreApplication::setOrganizationName(u"SMOUT Studio"_s);
    static const bool translated = [] {
        smout::installTranslations();
        return true;
    }();
    Q_UNUSED(translated);
    const QString previousDir = QDir::currentPath();
    if (!workingDir.isEmpty())
        QDir::setCurrent(workingDir);
    {
        smout::cli::ConsoleCapture console;
        r.exitCode = (*verb)->execute(words);
        r.out = console.out();
        r.err = console.err();
    }
    QDir::setCurrent(previousDir);
    return r;
}

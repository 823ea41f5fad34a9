// Validation speed: the rule engine on the ICE example in process (target: median under
// 0.2 ms), and `smout validate` on 1,000 files in one call (target: under 2 s).
// Prints its figures; it fails only when validation itself goes wrong.

#include "../cli/CliRunner.h"
#include "io/SmoutJson.h"
#include "rules/RuleEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

class BenchValidate : public QObject {
    Q_OBJECT

    static QString ice() { return QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s; }

private Q_SLOTS:
    void ruleEngineOnIceExample()
    {
        const auto doc = io::loadSmoutFile(ice());
        QVERIFY(doc.ok());
        RuleContext context;
        context.today = QDate(2026, 11, 25);
        QList<double> micros;
        qsizetype findings = 0;
        for (int i = 0; i < 5000; ++i) {
            QElapsedTimer t;
            t.start();
            findings += RuleEngine::validate(doc.value(), context).size();
            micros << t.nsecsElapsed() / 1000.0;
        }
        QVERIFY(findings > 0);
        std::sort(micros.begin(), micros.end());
        qInfo("validate ICE example in process: median %.1f us, p95 %.1f us, max %.1f us "
              "(target: median < 200 us)",
              micros[micros.size() / 2], micros[micros.size() * 95 / 100], micros.last());
    }

    void cliOnThousandFiles()
    {
        QTemporaryDir dir;
        QFile source(ice());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QStringList args{u"validate"_s, u"--format"_s, u"json"_s, u"--today"_s, u"2026-11-25"_s};
        for (int i = 0; i < 1000; ++i) {
            const QString path = dir.filePath(u"smout-%1.smout"_s.arg(i, 4, 10, QChar(u'0')));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            args << path;
        }
        QList<double> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const CliRun r = runSmout(args);
            ms << t.elapsed();
            QCOMPARE(r.exitCode, 0); // the ICE example has warnings only
            QCOMPARE(r.out.count("\"file\""), 1000);
        }
        std::sort(ms.begin(), ms.end());
        qInfo("smout validate on 1,000 files: median %.0f ms, best %.0f ms (target: < 2000 ms)",
              ms[ms.size() / 2], ms.first());
    }
};

QTEST_GUILESS_MAIN(BenchValidate)
#include "bench_validate.moc"

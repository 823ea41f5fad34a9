// Release copies with 200 markings over the ICE example: the RED-RANGE check the window
// runs on every edit, applying the markings, and the whole release (render, write, x-ray).
// Prints its figures; it fails only when the release itself goes wrong.

#include "io/SmoutJson.h"
#include "pdf/ReleaseCopy.h"
#include "release/RedactedCopy.h"
#include "rules/RuleEngine.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace smout;
using namespace Qt::StringLiterals;

class BenchRelease : public QObject {
    Q_OBJECT

    // The ICE example with 200 one-word markings spread over its description.
    static SmoutDocument marked()
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        SmoutDocument d = doc.value();
        QStringList words;
        for (int i = 0; i < 600; ++i)
            words << u"w%1x"_s.arg(i, 4, 10, QChar(u'0'));
        d.questions.q1Description = words.join(u' ');
        for (int i = 0; d.redactions.size() < 200; i += 3)
            d.redactions.append({u"questions.q1_description"_s, i * 7, i * 7 + 6, u"(b)(7)(E)"_s, {}});
        return d;
    }

    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    }

private Q_SLOTS:
    void release()
    {
        const SmoutDocument doc = marked();
        RuleContext context;
        context.today = QDate(2026, 11, 25);
        QList<double> validate, apply, whole;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(!RuleEngine::validate(doc, context).isEmpty());
            validate << t.nsecsElapsed() / 1e6;
            t.restart();
            QVERIFY(release::redactedCopy(doc).ok());
            apply << t.nsecsElapsed() / 1e6;
        }
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto written = pdf::writeReleaseFile(doc, dir.filePath(u"release.pdf"_s), {});
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
            whole << t.nsecsElapsed() / 1e6;
        }
        qInfo("200 markings on the ICE example: validate (with RED-RANGE) median %.1f ms; applying the markings "
              "median %.1f ms; release render + write + x-ray median %.0f ms",
              median(validate), median(apply), median(whole));
    }
};

QTEST_MAIN(BenchRelease)
#include "bench_release.moc"

// Mutation fuzzing of the .smout reader with a fixed seed (reproducible under ctest; set
// SMOUT_FUZZ_ITERATIONS for a longer run). Every input is either refused with a message that
// names where, or accepted and then saved and re-read to the same document and bytes.

#include "io/SmoutJson.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class FuzzSmoutReader : public QObject {
    Q_OBJECT

    static QByteArray example(const char *name)
    {
        QFile f(QStringLiteral(SMOUT_EXAMPLES) + u'/' + QString::fromLatin1(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray mutate(QByteArray in, QRandomGenerator &rng)
    {
        static const QByteArray tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "true",
                                            "-1", "1e999", "\\u0000", "\\ud800", "\xff", "\x00",
                                            "\"2017-02-30\"", "\"yes\"", "[]", "{}", "0.5"};
        const int edits = 1 + int(rng.bounded(4));
        for (int i = 0; i < edits && !in.isEmpty(); ++i) {
            const qsizetype at = rng.bounded(in.size());
            switch (rng.bounded(5)) {
            case 0: in[at] = char(rng.bounded(256)); break;
            case 1: in.remove(at, 1 + rng.bounded(16)); break;
            case 2: in.insert(at, tokens[rng.bounded(int(std::size(tokens)))]); break;
            case 3: in.truncate(at); break;
            default: in.insert(at, in.mid(rng.bounded(in.size()), rng.bounded(64))); break;
            }
        }
        return in;
    }

private Q_SLOTS:
    void mutatedExamples()
    {
        const QByteArray seeds[] = {example("ice-2012-social-media-enforcement.smout"),
                                    example("fictional-uscis-benefit-fraud.smout")};
        QVERIFY(!seeds[0].isEmpty() && !seeds[1].isEmpty());
        const int iterations = qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS")
            : 20000;
        QRandomGenerator rng(20261125);
        int accepted = 0;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray input = mutate(seeds[i % 2], rng);
            const auto doc = io::readSmout(input);
            if (!doc) {
                QVERIFY2(doc.error().contains(u": "_s), qPrintable(doc.error()));
                continue;
            }
            ++accepted;
            const QByteArray saved = io::writeSmout(doc.value());
            const auto again = io::readSmout(saved);
            QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error()));
            QVERIFY(again.value() == doc.value());
            QCOMPARE(io::writeSmout(again.value()), saved);
        }
        qInfo("%d inputs, %d accepted", iterations, accepted);
    }
};

QTEST_GUILESS_MAIN(FuzzSmoutReader)
#include "fuzz_smout_reader.moc"

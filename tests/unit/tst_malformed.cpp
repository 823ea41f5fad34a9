// Every malformed input of tests/data/malformed is refused with a message naming the key
// path and what was expected; so are the huge and deeply nested inputs generated here.

#include "io/SmoutJson.h"

#include <QFile>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestMalformed : public QObject {
    Q_OBJECT

    static QString dir() { return QStringLiteral(SMOUT_TEST_DATA) + u"/malformed/"_s; }

    static QString refusal(const QByteArray &bytes)
    {
        const auto doc = io::readSmout(bytes);
        return doc ? QString() : doc.error();
    }

    static QByteArray withDescription(const QByteArray &text)
    {
        return "{\"format\": \"smout\", \"format_version\": 1, \"questions\": {\"q1_description\": \""
            + text + "\"}}";
    }

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QFile list(dir() + u"expected.tsv"_s);
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).chopped(1);
            if (line.startsWith(u'#') || line.isEmpty())
                continue;
            const auto parts = line.split(u'\t');
            QTest::newRow(qPrintable(parts[0])) << parts[0] << parts[1];
            ++rows;
        }
        QVERIFY(rows >= 25);
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile f(dir() + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString message = refusal(f.readAll());
        QVERIFY2(!message.isEmpty(), "the malformed file was accepted");
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void tooLongStringIsRefusedWithItsPath()
    {
        const QString message = refusal(withDescription(QByteArray(io::MaxStringLength + 1, 'a')));
        QVERIFY2(message.startsWith(u"questions.q1_description: text longer than"_s),
                 qPrintable(message));
    }

    void stringJustUnderTheLimitIsAccepted()
    {
        const auto doc = io::readSmout(withDescription(QByteArray(io::MaxStringLength, 'a')));
        QVERIFY(doc.ok());
        QCOMPARE(doc->questions.q1Description.size(), io::MaxStringLength);
    }

    void deepNestingIsRefused()
    {
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        const QString message =
            refusal("{\"format\": \"smout\", \"format_version\": 1, \"x_deep\": " + deep + "}");
        QVERIFY2(message.contains(u"nested more than 64 levels deep"_s), qPrintable(message));
        QVERIFY(message.startsWith(u"x_deep"_s));
    }

    void oversizedFileIsRefusedBeforeParsing()
    {
        const QByteArray huge = withDescription(QByteArray(io::MaxFileSize, ' '));
        QVERIFY(refusal(huge).contains(u"larger than"_s));
    }

    void aTypoNeverCrashes()
    {
        // Every prefix of a real document is refused with a message, never accepted half-read.
        QFile f(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const QByteArray trimmed = text.trimmed();
        for (qsizetype n = 0; n < trimmed.size(); n += 7)
            QVERIFY2(!refusal(trimmed.left(n)).isEmpty(), qPrintable(QString::number(n)));
    }
};

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"

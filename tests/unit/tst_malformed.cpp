// Every malformed input of tests/data/malformed is refused with a message naming the key
// path and what was expected; so are the huge and deeply nested inputs generated here.

#include "io/SmoutJson.h"

#include <QFile>
#include <QTemporaryDir>
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

    // Issue 29: each limit, met and passed by one (README, Limits).
    void limitsAreMetAndPassedByOne_data()
    {
        QTest::addColumn<QByteArray>("ok");
        QTest::addColumn<QByteArray>("over");
        QTest::addColumn<QString>("message");
        auto list = [](const char *key, qsizetype n, const QByteArray &entry) -> QByteArray {
            QByteArrayList entries;
            for (qsizetype i = 0; i < n; ++i)
                entries << entry;
            return "{\"format\": \"smout\", \"format_version\": 1, " + QByteArray(key) + "[" + entries.join(',') + "]}";
        };
        const QByteArray request = "{\"id\": \"R%1\", \"path\": \"\", \"text\": \"t\", \"by\": \"b\", \"role\": \"reviewer\", \"date\": null}";
        auto requests = [&](qsizetype n) -> QByteArray {
            QByteArrayList entries;
            for (qsizetype i = 0; i < n; ++i)
                entries << QByteArray(request).replace("%1", QByteArray::number(i));
            return "{\"format\": \"smout\", \"format_version\": 1, \"requests\": [" + entries.join(',') + "]}";
        };
        QTest::newRow("entries of a list of the form")
            << QByteArray(list("\"summary\": {\"it_systems\": ", io::MaxListEntries, "\"S\"").chopped(1) + "}}")
            << QByteArray(list("\"summary\": {\"it_systems\": ", io::MaxListEntries + 1, "\"S\"").chopped(1) + "}}")
            << u"summary.it_systems: more than 250 entries, the limit"_s;
        QTest::newRow("requests") << requests(io::MaxRequests) << requests(io::MaxRequests + 1)
                                  << u"requests: more than 250 entries, the limit"_s;
        const QByteArray marking = "{\"path\": \"questions.q1_description\", \"exemption\": \"(b)(6)\"}";
        QTest::newRow("markings") << list("\"redactions\": ", io::MaxMarkings, marking)
                                  << list("\"redactions\": ", io::MaxMarkings + 1, marking)
                                  << u"redactions: more than 1,000 entries in one list, the limit"_s;
        QTest::newRow("any list, while parsing") << list("\"x_newer\": ", io::MaxAnyListEntries, "0")
                                                 << list("\"x_newer\": ", io::MaxAnyListEntries + 1, "0")
                                                 << u"x_newer: more than 1,000 entries in one list, the limit"_s;
        auto keys = [](qsizetype n) -> QByteArray {
            QByteArrayList entries;
            for (qsizetype i = 0; i < n; ++i)
                entries << "\"x_" + QByteArray::number(i) + "\": 0";
            return "{\"format\": \"smout\", \"format_version\": 1, \"review\": {" + entries.join(',') + "}}";
        };
        QTest::newRow("keys of an object") << keys(io::MaxObjectKeys) << keys(io::MaxObjectKeys + 1)
                                           << u"review.x_1000: more than 1,000 keys in one object, the limit"_s;
        // 256 KB of data: a field of 100,000 characters three times (an unknown key's too).
        const QByteArray field(io::MaxStringLength, 'a');
        auto fields = [&](qsizetype extra) -> QByteArray {
            return "{\"format\": \"smout\", \"format_version\": 1, \"questions\": {\"q1_description\": \"" + field
                + "\", \"q1_other\": \"" + field + "\", \"x_more\": \"" + QByteArray(io::MaxDataSize - 2 * io::MaxStringLength - 150 + extra, 'b')
                + "\"}}";
        };
        QTest::newRow("data") << fields(0) << fields(100) << u"more than 256 KB of data"_s;
    }

    void limitsAreMetAndPassedByOne()
    {
        QFETCH(QByteArray, ok);
        QFETCH(QByteArray, over);
        QFETCH(QString, message);
        const auto read = io::readSmout(ok);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error()));
        const QString refused = refusal(over);
        QVERIFY2(refused.contains(message), qPrintable(refused.left(300)));
    }

    // White space between values does not count: the same document indented four levels
    // deep and written compactly is alike under the data limit.
    void indentationDoesNotCount()
    {
        QByteArray text = withDescription(QByteArray(io::MaxStringLength, 'a'));
        QByteArray indented = text;
        indented.replace(", ", QByteArray(",\n" + QByteArray(io::MaxFileSize / 16, ' ')));
        QVERIFY(indented.size() > io::MaxDataSize);
        QVERIFY2(io::readSmout(indented).ok(), qPrintable(refusal(indented)));
    }

    // A document over the limits is not saved: it would not open again.
    void aDocumentOverTheLimitsIsNotSaved()
    {
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        for (int i = 0; i <= io::MaxListEntries; ++i)
            doc.summary.itSystems << u"System %1"_s.arg(i);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.smout"_s);
        const Status saved = io::saveSmoutFile(doc, path);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"would not open again: summary.it_systems: more than 250 entries"_s), qPrintable(saved.error()));
        QVERIFY(!QFile::exists(path));
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

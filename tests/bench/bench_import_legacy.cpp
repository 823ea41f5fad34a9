// `smout import-legacy` on a 20-page filled template, whole process, as text, .docx and
// PDF (target: under 0.5 s each). Prints its figures; it fails only when the import does.

#include "../cli/CliRunner.h"
#include "../unit/LegacyFixtures.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace legacyfixtures;

namespace {

// The ICE template with its question 1 written fourteen times over: 20 pages as a PDF.
QStringList twentyPages()
{
    const QStringList lines = iceLinesWithBoxes();
    const qsizetype from = lines.indexOf(lines.filter(u"As the definition of social media"_s).value(0));
    const qsizetype to = lines.indexOf(lines.filter(u"2. **Based on the operational use"_s).value(0));
    const QStringList description = lines.mid(from, to - from);
    QStringList out = lines.mid(0, to);
    for (int i = 0; i < 13; ++i)
        out << description;
    out << lines.mid(to);
    return out;
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class BenchImportLegacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twentyPageTemplate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QStringList lines = twentyPages();
        QTest::newRow("text") << u"t.txt"_s << lines.join(u'\n').replace(u"{X}"_s, u"☒"_s).replace(u"{ }"_s, u"☐"_s).toUtf8();
        QTest::newRow("docx") << u"t.docx"_s << docxOf(documentXml(lines, BoxStyle::ContentControls));
        QTest::newRow("pdf") << u"t.pdf"_s << pdfOf(lines);
    }

    void twentyPageTemplate()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString in = dir.filePath(name);
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QList<double> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const CliRun r = runSmout({u"import-legacy"_s, in, u"-o"_s, dir.filePath(u"out.smout"_s),
                                       u"--format"_s, u"json"_s});
            ms << t.elapsed();
            QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        }
        std::sort(ms.begin(), ms.end());
        const QString pages = name.endsWith(u".pdf"_s) ? u" (%1 pages)"_s.arg(pageCount(bytes)) : QString();
        qInfo("smout import-legacy %s%s, %lld bytes: median %.0f ms, best %.0f ms (target: < 500 ms)",
              qPrintable(name), qPrintable(pages), qlonglong(bytes.size()), ms[ms.size() / 2], ms.first());
    }
};

QTEST_MAIN(BenchImportLegacy)
#include "bench_import_legacy.moc"

// Mutation fuzzing of import-legacy's readers with a fixed seed (reproducible under ctest;
// SMOUT_FUZZ_ITERATIONS for a longer run): the zip reader on mutated .docx bytes, the Word
// XML reader on mutated document.xml in a well-formed zip, the template reader on mutated
// text. Every input is refused with a message or read into a document that saves, with
// every field of it classed.

#include "../unit/LegacyFixtures.h"
#include "legacy/LegacyImport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace smout;
using namespace smout::legacy;
using namespace Qt::StringLiterals;
using namespace legacyfixtures;

namespace {

QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    static const QByteArray tokens[] = {"<", ">", "</w:p>", "<w:p>", "<w:t>", "&amp;", "&x;", "<!DOCTYPE x>",
                                        "\xff", "\x00", "PK\x01\x02", "PK\x05\x06", "\xff\xff\xff\xff",
                                        "\xe2\x98\x92", "\xe2\x98\x90", "[X]", "(b)(6)", "[REDACTED]",
                                        "\nSUMMARY INFORMATION\n", "\nName of Component: ", "\nYes. No.\n",
                                        "\nDHS Privacy Office Determination\n", "DHS/CBP/PIA-0", "DHS/ICE-"};
    const int edits = 1 + int(rng.bounded(4));
    for (int i = 0; i < edits && !in.isEmpty(); ++i) {
        const qsizetype at = rng.bounded(in.size());
        switch (rng.bounded(5)) {
        case 0: in[at] = char(rng.bounded(256)); break;
        case 1: in.remove(at, 1 + rng.bounded(64)); break;
        case 2: in.insert(at, tokens[rng.bounded(int(std::size(tokens)))]); break;
        case 3: in.truncate(at); break;
        default: in.insert(at, in.mid(rng.bounded(in.size()), rng.bounded(256))); break;
        }
    }
    return in;
}

int iterations(int normal)
{
    return qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS")
                                                              : normal;
}

} // namespace

class FuzzLegacyImport : public QObject {
    Q_OBJECT

    // Refused with a message, or a document that saves and whose every field is classed.
    static bool readsOrRefuses(const QByteArray &input, int *accepted)
    {
        const auto lines = sourceLinesOf(input);
        if (!lines)
            return !lines.error().isEmpty();
        const auto r = readTemplate(*lines, {});
        if (!r)
            return !r.error().isEmpty();
        ++*accepted;
        if (!io::writeSmout(r->document))
            return false;
        return r->count(FieldStatus::Mapped) + r->count(FieldStatus::Inferred) + r->count(FieldStatus::Missing)
            == r->fields.size();
    }

private Q_SLOTS:
    void mutatedZips()
    {
        const QByteArray seeds[] = {iceDocx(BoxStyle::Glyphs),
                                    zipOf({{u"word/document.xml"_s, documentXml(iceLinesWithBoxes(), BoxStyle::ContentControls), false}})};
        QRandomGenerator rng(20261207);
        int accepted = 0;
        const int n = iterations(3000);
        for (int i = 0; i < n; ++i)
            QVERIFY(readsOrRefuses(mutate(seeds[i % 2], rng), &accepted));
        qInfo("%d zips, %d read", n, accepted);
    }

    void mutatedWordXml()
    {
        const QByteArray seed = documentXml(iceLinesWithBoxes(), BoxStyle::ContentControls);
        QRandomGenerator rng(20261208);
        int accepted = 0;
        const int n = iterations(2000);
        for (int i = 0; i < n; ++i)
            QVERIFY(readsOrRefuses(docxOf(mutate(seed, rng)), &accepted));
        qInfo("%d document.xml, %d read", n, accepted);
    }

    void mutatedText()
    {
        const QByteArray seed = iceText().toUtf8();
        QRandomGenerator rng(20261209);
        int accepted = 0;
        const int n = iterations(1000);
        for (int i = 0; i < n; ++i)
            QVERIFY(readsOrRefuses(mutate(seed, rng), &accepted));
        qInfo("%d texts, %d read", n, accepted);
    }
};

QTEST_MAIN(FuzzLegacyImport)
#include "fuzz_legacy_import.moc"

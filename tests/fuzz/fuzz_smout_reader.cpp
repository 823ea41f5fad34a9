// Mutation fuzzing of the .smout reader with a fixed seed (reproducible under ctest; set
// SMOUT_FUZZ_ITERATIONS for a longer run). Every input is either refused with a message that
// names where, or accepted and then saved and re-read to the same document and bytes.
// Random text from every Unicode plane is saved and read back unchanged, or, holding a lone
// surrogate, refused naming its key path.

#include "io/SmoutJson.h"
#include "release/RedactedCopy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
                                            "\"2017-02-30\"", "\"yes\"", "[]", "{}", "0.5",
                                            "\xf0\x9f\x98\x80", "\\ud83d\\ude00", "\xf0\xa0\x80\x8b",
                                            "\\udc00", "\xed\xa0\x80"};
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
            const QByteArray saved = io::writeSmout(doc.value()).value();
            const auto again = io::readSmout(saved);
            QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error()));
            QVERIFY(again.value() == doc.value());
            QCOMPARE(io::writeSmout(again.value()).value(), saved);
        }
        qInfo("%d inputs, %d accepted", iterations, accepted);
    }

    void randomTextRoundTrips()
    {
        const int iterations = qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS") / 4
            : 5000;
        QRandomGenerator rng(20261126);
        int refused = 0;
        for (int i = 0; i < iterations; ++i) {
            bool lone = false;
            const QString text = randomText(rng, &lone);
            SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
            QString path;
            switch (rng.bounded(3)) {
            case 0:
                doc.questions.q1Description = text;
                path = u"questions.q1_description"_s;
                break;
            case 1:
                doc.summary.contacts.resize(3);
                doc.summary.contacts[2].name = text;
                path = u"summary.contacts[2].name"_s;
                break;
            default:
                doc.review.unknown.insert(u"x_note"_s, text);
                path = u"review.x_note"_s;
                break;
            }
            const auto saved = io::writeSmout(doc);
            if (lone) {
                QVERIFY2(!saved.ok(), qPrintable(path));
                QVERIFY2(saved.error().startsWith(path + u": "_s), qPrintable(saved.error()));
                ++refused;
                continue;
            }
            QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error()));
            const auto back = io::readSmout(saved.value());
            QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error()));
            QVERIFY2(back.value() == doc, qPrintable(path));
        }
        qInfo("%d texts, %d with a lone surrogate refused", iterations, refused);
    }

    // The shapes of issue 29 — each limit met and passed by one (README, Limits) — as seeds:
    // every mutation is read or refused with a message in well under a second, and what is
    // read also goes through the release's marking check and redacted copy in time.
    void largeShapesAsSeeds()
    {
        const QJsonObject base = QJsonDocument::fromJson(example("fictional-uscis-benefit-fraud.smout")).object();
        auto with = [&](const QString &section, const QString &key, const QJsonValue &value) {
            QJsonObject doc = base;
            if (section.isEmpty()) {
                doc.insert(key, value);
            } else {
                QJsonObject part = doc.value(section).toObject();
                part.insert(key, value);
                doc.insert(section, part);
            }
            return QJsonDocument(doc).toJson(QJsonDocument::Compact);
        };
        auto strings = [](qsizetype n, qsizetype length) {
            QJsonArray a;
            for (qsizetype i = 0; i < n; ++i)
                a.append(QString::number(i).leftJustified(length, u'x'));
            return a;
        };
        auto requests = [](qsizetype n) {
            QJsonArray a;
            for (qsizetype i = 0; i < n; ++i)
                a.append(QJsonObject{{u"id"_s, u"R%1"_s.arg(i + 1)}, {u"path"_s, u"questions.q1_description"_s},
                                     {u"text"_s, u"More, please."_s}, {u"by"_s, u"Reviewer"_s}, {u"role"_s, u"reviewer"_s},
                                     {u"date"_s, u"2026-11-02"_s}, {u"status"_s, u"open"_s}});
            return a;
        };
        auto markings = [](qsizetype n) {
            QJsonArray a;
            for (qsizetype i = 0; i < n; ++i)
                a.append(QJsonObject{{u"path"_s, u"questions.q1_description"_s}, {u"start"_s, i * 8},
                                     {u"end"_s, i * 8 + 7}, {u"exemption"_s, u"(b)(6)"_s}});
            return a;
        };
        QStringList words;
        for (int i = 0; i < 1001; ++i)
            words << u"w%1"_s.arg(i, 6, 10, QChar(u'0'));
        QJsonObject keys;
        for (int i = 0; i < 1001; ++i)
            keys.insert(u"x_%1"_s.arg(i), i);
        const QByteArray shapes[] = {
            with(u"summary"_s, u"it_systems"_s, strings(io::MaxListEntries, 900)),
            with(u"summary"_s, u"it_systems"_s, strings(io::MaxListEntries + 1, 8)),
            with({}, u"requests"_s, requests(io::MaxRequests)),
            with({}, u"requests"_s, requests(io::MaxRequests + 1)),
            with(u"questions"_s, u"q1_description"_s, words.join(u' ')),
            with({}, u"redactions"_s, markings(io::MaxMarkings + 1)),
            with(u"questions"_s, u"q1_description"_s, QString(io::MaxStringLength, u'x')),
            with(u"questions"_s, u"q1_description"_s, QString(io::MaxStringLength + 1, u'x')),
            with(u"questions"_s, u"x_newer"_s, strings(io::MaxAnyListEntries + 1, 1)),
            with(u"review"_s, u"x_newer"_s, keys),
            with(u"review"_s, u"comments"_s, QString(io::MaxStringLength, u'y')),
        };
        const int iterations = qEnvironmentVariableIsSet("SMOUT_FUZZ_ITERATIONS")
            ? qEnvironmentVariableIntValue("SMOUT_FUZZ_ITERATIONS") / 100
            : 200;
        QRandomGenerator rng(20261207);
        int accepted = 0;
        for (int i = 0; i < iterations; ++i) {
            QByteArray input = shapes[i % std::size(shapes)];
            if (i >= int(std::size(shapes)))
                input = mutate(input, rng);
            QElapsedTimer timer;
            timer.start();
            const auto doc = io::readSmout(input);
            if (!doc) {
                QVERIFY2(doc.error().contains(u": "_s), qPrintable(doc.error()));
                QVERIFY2(timer.elapsed() < 1000, qPrintable(u"%1 ms to refuse shape %2"_s.arg(timer.elapsed()).arg(i % std::size(shapes))));
                continue;
            }
            ++accepted;
            SmoutDocument marked = doc.value();
            if (marked.redactions.isEmpty())
                for (qsizetype w = 0; w < io::MaxMarkings && w * 8 + 7 <= marked.questions.q1Description.size(); ++w)
                    marked.redactions.append({u"questions.q1_description"_s, w * 8, w * 8 + 7, u"(b)(6)"_s, {}});
            (void)release::redactedCopy(marked);
            QVERIFY2(timer.elapsed() < 3000, qPrintable(u"%1 ms to read and apply the markings of shape %2"_s.arg(timer.elapsed()).arg(i % std::size(shapes))));
        }
        QVERIFY(accepted > 0);
        qInfo("%d large inputs, %d accepted", iterations, accepted);
    }

private:
    // Up to 40 UTF-16 units from every plane: controls, combining marks, RTL letters, CJK,
    // emoji and (rarely) a lone surrogate. `lone` tells whether one was put in.
    static QString randomText(QRandomGenerator &rng, bool *lone)
    {
        static const char32_t ranges[][2] = {{0x01, 0x7F},       {0x300, 0x36F},     {0x590, 0x5FF},
                                             {0x600, 0x6FF},     {0x4E00, 0x9FFF},   {0xE000, 0xF8FF},
                                             {0xFE00, 0xFFFD},   {0x1F300, 0x1FAFF}, {0x20000, 0x2A6DF},
                                             {0x10000, 0x10FFFD}};
        QString out;
        const int n = int(rng.bounded(40));
        for (int i = 0; i < n; ++i) {
            if (rng.bounded(200) == 0) {
                out += QChar(char16_t(0xD800 + rng.bounded(0x800)));
                *lone = true;
                continue;
            }
            const auto &r = ranges[rng.bounded(int(std::size(ranges)))];
            const char32_t cp = r[0] + rng.bounded(quint32(r[1] - r[0] + 1));
            out += QString::fromUcs4(&cp, 1);
        }
        // A high surrogate followed by a low one that was drawn alone pairs up into a character.
        if (*lone) {
            *lone = false;
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate())
                    ++i;
                else if (out[i].isSurrogate())
                    *lone = true;
            }
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(FuzzSmoutReader)
#include "fuzz_smout_reader.moc"

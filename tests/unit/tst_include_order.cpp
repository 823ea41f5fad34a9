// Core's folders stack one way (shared/style.md), lowest floor first:
//   model < io < {release, diff, review, legacy} < rules < {pdf, store, editing} < signing < workflow
// A file includes from its own folder or from a folder on a lower floor. Folders that share a
// floor are siblings and include neither each other, so the folder graph of core has no cycle.
// legacy (reading old .docx/PDF forms) needs only model and io and rules reads its check marks,
// so it stands with release, diff and review. Every folder of core must be on a floor.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QList<QStringList> &floors()
{
    static const QList<QStringList> order{{u"model"_s},
                                          {u"io"_s},
                                          {u"release"_s, u"diff"_s, u"review"_s, u"legacy"_s},
                                          {u"rules"_s},
                                          {u"pdf"_s, u"store"_s, u"editing"_s},
                                          {u"signing"_s},
                                          {u"workflow"_s}};
    return order;
}

int floorOf(const QString &folder)
{
    for (qsizetype i = 0; i < floors().size(); ++i)
        if (floors().at(i).contains(folder))
            return int(i);
    return -1;
}

// One message per include against the order, naming the file (relative to the source root)
// and the line; and one per folder of core that is on no floor.
QStringList orderViolations(const QString &coreDir)
{
    QStringList out;
    const QDir core(coreDir);
    const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders)
        if (floorOf(folder) < 0)
            out << u"core/%1 is on no floor of the layer order"_s.arg(folder);

    static const QRegularExpression include(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
    QDirIterator files(coreDir, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths << files.next();
    paths.sort();
    for (const QString &path : paths) {
        const QString relative = core.relativeFilePath(path);
        const QString folder = relative.section(u'/', 0, 0);
        const QString where = u"core/"_s + relative;
        if (!relative.contains(u'/')) {
            out << u"%1 is outside every folder of core"_s.arg(where);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << u"%1 cannot be read"_s.arg(where);
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto m = include.match(lines.at(i));
            if (!m.hasMatch())
                continue;
            const QString target = m.captured(2);
            const bool quoted = m.captured(1) == u"\"";
            const QString spelled = quoted ? u"\"%1\""_s.arg(target) : u"<%1>"_s.arg(target);
            const QString at = u"%1:%2: #include %3"_s.arg(where).arg(i + 1).arg(spelled);
            if (target.contains(u".."_s)) {
                out << at + u" climbs out of its folder"_s;
                continue;
            }
            if (!target.contains(u'/')) {
                if (quoted && !QFile::exists(QFileInfo(path).dir().filePath(target)))
                    out << at + u" names no folder and is not in %1"_s.arg(folder);
                continue;
            }
            const QString to = target.section(u'/', 0, 0);
            if (!quoted && !folders.contains(to))
                continue; // a library's header (<qpdf/QPDF.hh>), not core's
            if (to == folder)
                continue;
            const int from = floorOf(folder), onto = floorOf(to);
            if (onto < 0)
                out << at + u" includes from %1, which is not a folder of core on a floor"_s.arg(to);
            else if (from >= 0 && onto == from)
                out << at + u": %1 and %2 share a floor, so neither includes the other"_s.arg(folder, to);
            else if (from >= 0 && onto > from)
                out << at + u": %1 is above %2"_s.arg(to, folder);
        }
    }
    return out;
}

bool write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestIncludeOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coreFollowsTheOrder()
    {
        const QStringList violations = orderViolations(QStringLiteral(SMOUT_SOURCE_DIR "/core"));
        QVERIFY2(violations.isEmpty(), qPrintable(u"\n"_s + violations.join(u'\n')));
    }

    void refusesEveryWayAgainstTheOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString core = dir.filePath(u"core"_s);
        QVERIFY(write(core + u"/model/Codes.h"_s, "#pragma once\n"));
        QVERIFY(write(core + u"/io/Json.h"_s, "#pragma once\n#include \"model/Codes.h\"\n#include <QString>\n#include <rules/Rule.h>\n"));
        QVERIFY(write(core + u"/rules/Rule.cpp"_s, "#include \"Rule.h\"\n\n#include \"pdf/Text.h\"\n"));
        QVERIFY(write(core + u"/rules/Rule.h"_s, "#pragma once\n#include <qpdf/QPDF.hh>\n"));
        QVERIFY(write(core + u"/pdf/Text.h"_s, "#pragma once\n  #  include \"store/Column.h\"\n"));
        QVERIFY(write(core + u"/store/Column.h"_s, "#include <io/Json.h>\n#include \"Missing.h\"\n#include \"../pdf/Text.h\"\n"));
        QVERIFY(write(core + u"/sketch/Idea.h"_s, "#include \"model/Codes.h\"\n"));
        QVERIFY(write(core + u"/signing/Sign.h"_s, "#include \"sketch/Idea.h\"\n"));

        const QStringList found = orderViolations(core);
        const QStringList expected{
            u"core/sketch is on no floor of the layer order"_s,
            u"core/io/Json.h:4: #include <rules/Rule.h>: rules is above io"_s,
            u"core/pdf/Text.h:2: #include \"store/Column.h\": pdf and store share a floor, so neither includes the other"_s,
            u"core/rules/Rule.cpp:3: #include \"pdf/Text.h\": pdf is above rules"_s,
            u"core/signing/Sign.h:1: #include \"sketch/Idea.h\" includes from sketch, which is not a folder of core on a floor"_s,
            u"core/store/Column.h:2: #include \"Missing.h\" names no folder and is not in store"_s,
            u"core/store/Column.h:3: #include \"../pdf/Text.h\" climbs out of its folder"_s,
        };
        QCOMPARE(found, expected);
    }

    void aFileOutsideTheFoldersIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"core/Loose.h"_s), "#pragma once\n"));
        QCOMPARE(orderViolations(dir.filePath(u"core"_s)), QStringList{u"core/Loose.h is outside every folder of core"_s});
    }
};

QTEST_GUILESS_MAIN(TestIncludeOrder)
#include "tst_include_order.moc"

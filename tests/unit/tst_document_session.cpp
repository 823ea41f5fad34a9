// The document's life without a window (issue 34): a file is read once however it opens
// (a .smout, an exported PDF, a signed PDF, which also gives the signed version to compare
// with); unsaved edits come back after their session ended without saving; a save that
// fails keeps the file on disk, the edits and the recovery copy; the recent files are newest
// first, once each, eight at most; a drop is one .smout or PDF file.

#include "io/SmoutJson.h"
#include "pdf/PdfExporter.h"
#include "signing/NssDatabase.h"
#include "signing/PdfSigner.h"
#include "workflow/DocumentSession.h"

#include <QDir>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace smout;
using namespace smout::workflow;
using namespace Qt::StringLiterals;

class TestDocumentSession : public QObject {
    Q_OBJECT

    QTemporaryDir home; // the user's settings and recovery copies
    QTemporaryDir dir;  // the test PKI and the files opened
    QString signedPdf, exportedPdf;

    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }

    // Counts the opens of one file, as the kernel sees them (inotify), whoever opens it.
    class OpenCounter {
    public:
        explicit OpenCounter(const QString &path) : m_fd(inotify_init1(IN_NONBLOCK))
        {
            if (m_fd >= 0)
                inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN);
        }
        ~OpenCounter() { ::close(m_fd); }
        bool watching() const { return m_fd >= 0; }
        int opens()
        {
            alignas(inotify_event) char buffer[4096];
            for (qsizetype got; (got = ::read(m_fd, buffer, sizeof buffer)) > 0;)
                for (qsizetype at = 0; at < got; at += qsizetype(sizeof(inotify_event)) + reinterpret_cast<inotify_event *>(buffer + at)->len)
                    m_opens += (reinterpret_cast<inotify_event *>(buffer + at)->mask & IN_OPEN) != 0;
            return m_opens;
        }

    private:
        int m_fd;
        int m_opens = 0;
    };

    static QStringList recoveryCopies()
    {
        return QDir(RecoveryStore::directory()).entryList({u"session-*.smout"_s}, QDir::Files);
    }

    QString copyOfExample(const QString &name)
    {
        const QString copy = dir.filePath(name);
        QFile::remove(copy);
        return QFile::copy(example(u"fictional-uscis-benefit-fraud.smout"_s), copy) ? copy : QString();
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"SMOUT Studio test"_s);
        QCoreApplication::setApplicationName(u"tst_document_session"_s);

        QProcess pki;
        pki.start(u"bash"_s, {QStringLiteral(SMOUT_SOURCE_DIR) + u"/tests/signing/make-test-pki.sh"_s, dir.path()});
        QVERIFY(pki.waitForFinished(120000));
        QCOMPARE(pki.exitCode(), 0);
        QVERIFY(signing::NssDatabase::use(dir.filePath(u"nssdb"_s)).ok());
        const auto doc = io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s));
        QVERIFY(doc);
        pdf::ExportOptions options;
        options.attachmentDir = QStringLiteral(SMOUT_EXAMPLES);
        const auto exported = pdf::exportPdf(doc.value(), options);
        QVERIFY(exported);
        signing::ListedSecrets secrets({u"test-passphrase"_s});
        const auto signedBytes = signing::signPdf(exported->bytes, {Role::Author, u"author"_s, &secrets});
        if (!signedBytes)
            QFAIL(qPrintable(signedBytes.error()));
        exportedPdf = dir.filePath(u"exported.pdf"_s);
        signedPdf = dir.filePath(u"signed.pdf"_s);
        QVERIFY(io::writeFileAtomically(exportedPdf, exported->bytes).ok());
        QVERIFY(io::writeFileAtomically(signedPdf, signedBytes->bytes).ok());
    }

    void init()
    {
        QSettings().remove(u"recentFiles"_s);
        QDir(RecoveryStore::directory()).removeRecursively();
    }

    // Before, the window read a signed PDF a second time for the signed comparison.
    void everyOpenReadsTheFileOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("signedVersion");
        QTest::newRow("smout") << u"smout"_s << false;
        QTest::newRow("exported PDF") << u"exported"_s << false;
        QTest::newRow("signed PDF") << u"signed"_s << true;
    }
    void everyOpenReadsTheFileOnce()
    {
        QFETCH(QString, file);
        QFETCH(bool, signedVersion);
        const QString path = file == u"smout" ? copyOfExample(u"once.smout"_s) : file == u"signed" ? signedPdf : exportedPdf;
        DocumentModel model;
        DocumentSession session(&model);
        OpenCounter counter(path);
        QVERIFY(counter.watching());
        QVERIFY(session.open(path).ok());
        QCOMPARE(counter.opens(), 1);
        QCOMPARE(model.document().summary.component, u"USCIS"_s);
        QCOMPARE(session.signedVersion().has_value(), signedVersion);
        QVERIFY(session.open(path).ok());
        QCOMPARE(counter.opens(), 2);
    }

    // The signed version comes from the same bytes as the document; an edit shows against
    // it, and another document takes it away.
    void signedPdfGivesTheSignedVersion()
    {
        DocumentModel model;
        DocumentSession session(&model);
        QSignalSpy known(&session, &DocumentSession::signedVersionChanged);
        QVERIFY(session.open(signedPdf).ok());
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.at(0).at(0).toBool(), true);
        QVERIFY(session.signedFileFindings().isEmpty()); // nothing was done to the file after signing
        QCOMPARE(session.changesSinceSigning()->size(), 0);
        QVERIFY(model.filePath().isEmpty()); // saved as a new .smout, never over the PDF
        QCOMPARE(session.displayName(), u"signed.pdf (from a PDF)"_s);

        QVERIFY(model.setValue(u"questions.q1_other"_s, u"Changed after signing"_s).ok());
        const auto changes = session.changesSinceSigning();
        QVERIFY(changes);
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->at(0).path, u"questions.q1_other"_s);

        session.startNew();
        QVERIFY(!session.signedVersion());
        QVERIFY(!session.changesSinceSigning());
        QCOMPARE(known.size(), 2);
        QCOMPARE(known.at(1).at(0).toBool(), false);
    }

    // Bytes appended to a signed PDF (an incremental update after the signature) are found
    // in the same read that opens it.
    void changesToTheSignedFileAreFound()
    {
        QByteArray bytes = contents(signedPdf);
        bytes += "\n% appended after signing\n";
        const auto opened = openDocument(bytes);
        QVERIFY(opened);
        QVERIFY(opened->signedVersion);
        QVERIFY2(!opened->fileFindings.isEmpty(), "an append after the signature went unnoticed");
    }

    void fileThatCannotBeOpenedChangesNothing()
    {
        DocumentModel model;
        DocumentSession session(&model);
        QVERIFY(model.setValue(u"questions.q1_other"_s, u"Typed"_s).ok());
        const QString junk = dir.filePath(u"junk.smout"_s);
        QVERIFY(io::writeFileAtomically(junk, "not a SMOUT").ok());
        const Status opened = session.open(junk);
        QVERIFY(!opened);
        QVERIFY(!opened.error().isEmpty());
        QCOMPARE(model.value(u"questions.q1_other"_s).toString(), u"Typed"_s);
        QVERIFY(model.isModified());
        QVERIFY(session.recentFiles().isEmpty());
    }

    // A session that ends without saving or closing (as a crash does) leaves its edits; the
    // next session restores them as unsaved work on the original file, and a clean close
    // leaves no copy behind.
    void recoveryRestoresUnsavedEdits()
    {
        const QString path = copyOfExample(u"recovered.smout"_s);
        {
            DocumentModel model;
            auto *crashed = new DocumentSession(&model);
            crashed->setAutosaveDelay(10);
            QVERIFY(crashed->open(path).ok());
            QVERIFY(model.setValue(u"questions.q1_other"_s, u"Recovered after a crash"_s).ok());
            QVERIFY(model.setValue(u"questions.q3_launch_note"_s, u"Second edit"_s).ok());
            QTRY_COMPARE(recoveryCopies().size(), 1);
            QVERIFY(DocumentSession::leftovers().isEmpty()); // its owner still runs
            delete crashed; // ends without close(): its copy stays, with no owner
        }
        DocumentModel model;
        DocumentSession session(&model);
        const QList<RecoveredWork> left = DocumentSession::leftovers();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].originalPath, QFileInfo(path).absoluteFilePath());
        session.restore(left[0]);
        QCOMPARE(model.value(u"questions.q1_other"_s).toString(), u"Recovered after a crash"_s);
        QCOMPARE(model.value(u"questions.q3_launch_note"_s).toString(), u"Second edit"_s);
        QCOMPARE(model.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(model.isModified());
        QVERIFY(session.isModified());
        QVERIFY(!contents(path).contains("Recovered after a crash")); // not saved over the file
        // The leftover is consumed; this session keeps a copy of its own until saved or closed.
        QVERIFY(DocumentSession::leftovers().isEmpty());
        QCOMPARE(recoveryCopies().size(), 1);
        session.close();
        QVERIFY(recoveryCopies().isEmpty());
    }

    // A write that fails half-way (the file size limit here) commits nothing: the file on
    // disk is as it was, and the edits, the unsaved state and the recovery copy are kept.
    void failedSaveLosesNothing()
    {
        const QString path = copyOfExample(u"kept.smout"_s);
        const QByteArray before = contents(path);
        DocumentModel model;
        DocumentSession session(&model);
        session.setAutosaveDelay(10);
        QVERIFY(session.open(path).ok());
        QSignalSpy dirty(&session, &DocumentSession::modifiedChanged);
        QVERIFY(model.setValue(u"questions.q1_other"_s, u"Not yet on disk"_s).ok());
        QCOMPARE(dirty.size(), 1);
        QCOMPARE(dirty.at(0).at(0).toBool(), true);
        QTRY_COMPARE(recoveryCopies().size(), 1);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status written = session.save();
        const Status writtenAs = session.saveAs(dir.filePath(u"elsewhere"_s));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QVERIFY(!written.error().isEmpty());
        QVERIFY(!writtenAs);
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no half-written file
        QCOMPARE(model.value(u"questions.q1_other"_s).toString(), u"Not yet on disk"_s);
        QVERIFY(model.isModified());
        QCOMPARE(model.filePath(), QFileInfo(path).absoluteFilePath()); // not the failed Save As target
        QCOMPARE(recoveryCopies().size(), 1);

        // Saved for real: on disk, clean, no recovery copy.
        QCOMPARE(dirty.size(), 1); // still unsaved
        QVERIFY(session.save().ok());
        QVERIFY(contents(path).contains("Not yet on disk"));
        QVERIFY(!session.isModified());
        QCOMPARE(dirty.size(), 2);
        QCOMPARE(dirty.at(1).at(0).toBool(), false);
        QVERIFY(recoveryCopies().isEmpty());
    }

    void saveAsNamesTheFileAndAddsTheExtension()
    {
        DocumentModel model;
        DocumentSession session(&model);
        QSignalSpy named(&session, &DocumentSession::displayNameChanged);
        session.startNew(u"TSA"_s);
        QCOMPARE(session.displayName(), u"Untitled SMOUT"_s);
        QVERIFY(session.saveAs(dir.filePath(u"fresh"_s)).ok());
        QCOMPARE(model.filePath(), dir.filePath(u"fresh.smout"_s));
        QCOMPARE(session.displayName(), u"fresh.smout"_s);
        QVERIFY(named.size() >= 2);
        QCOMPARE(io::loadSmoutFile(dir.filePath(u"fresh.smout"_s))->summary.component, u"TSA"_s);
        QCOMPARE(session.recentFiles(), QStringList{dir.filePath(u"fresh.smout"_s)});
    }

    // Newest first, each file once, eight at most; a PDF is not a file the document is saved
    // to, so it is not listed.
    void recentFilesOrderAndLimit()
    {
        DocumentModel model;
        DocumentSession session(&model);
        QSignalSpy changed(&session, &DocumentSession::recentFilesChanged);
        QStringList opened;
        for (int i = 0; i < 10; ++i) {
            opened.prepend(copyOfExample(u"recent-%1.smout"_s.arg(i)));
            QVERIFY(session.open(opened.constFirst()).ok());
        }
        QCOMPARE(session.recentFiles().size(), 8);
        QCOMPARE(session.recentFiles(), opened.mid(0, 8));
        QCOMPARE(changed.size(), 10);
        QCOMPARE(changed.constLast().at(0).toStringList(), opened.mid(0, 8));

        // Opened again: to the front, not listed twice.
        QVERIFY(session.open(opened.at(5)).ok());
        QStringList expected = opened.mid(0, 8);
        expected.move(5, 0);
        QCOMPARE(session.recentFiles(), expected);

        QVERIFY(session.open(signedPdf).ok());
        QCOMPARE(session.recentFiles(), expected);
        // Another session (another window, the next start) sees the same list.
        DocumentModel other;
        QCOMPARE(DocumentSession(&other).recentFiles(), session.recentFiles());
    }

    void dropIsOneSmoutOrPdfFile()
    {
        const auto drop = [](const QList<QUrl> &urls) {
            QMimeData data;
            data.setUrls(urls);
            return DocumentSession::droppedFile(&data);
        };
        QCOMPARE(drop({QUrl::fromLocalFile(u"/tmp/a.smout"_s)}), u"/tmp/a.smout"_s);
        QCOMPARE(drop({QUrl::fromLocalFile(u"/tmp/A.PDF"_s)}), u"/tmp/A.PDF"_s);
        QVERIFY(drop({QUrl::fromLocalFile(u"/tmp/a.txt"_s)}).isEmpty());
        QVERIFY(drop({QUrl::fromLocalFile(u"/tmp/a.smout"_s), QUrl::fromLocalFile(u"/tmp/b.smout"_s)}).isEmpty());
        QVERIFY(drop({QUrl(u"https://example.org/a.smout"_s)}).isEmpty());
        QVERIFY(DocumentSession::droppedFile(nullptr).isEmpty());
    }
};

QTEST_MAIN(TestDocumentSession)
#include "tst_document_session.moc"

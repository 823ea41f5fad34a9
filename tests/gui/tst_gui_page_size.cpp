// One page size drives export, print preview and print: with the setting at A4 or at
// Letter, the exported PDF and the preview have the same number of pages of that size, and
// the preview opens large enough to read.

#include "GuiTestBase.h"
#include "ModalAnswer.h"
#include "pdf/PageSizeSetting.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>

using namespace guitest;

namespace {

int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromLatin1(file.readAll())
                   .count(QRegularExpression(u"/Type\\s*/Page(?![s\\w])"_s)));
}

struct Preview {
    int pages = 0;
    QPageSize::PageSizeId size = QPageSize::Custom;
    QSize dialogSize;
};

Preview previewOf(MainWindow &window)
{
    Preview seen;
    answerNextModal([&seen](QDialog *dialog) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog);
        if (preview) {
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            widget->updatePreview();
            seen.pages = widget->pageCount();
            seen.size = preview->printer()->pageLayout().pageSize().id();
            seen.dialogSize = preview->size();
        }
        dialog->reject();
    });
    const int signatures = window.sectionIndex(u"signatures"_s);
    window.sectionForm(signatures)->findChild<QPushButton *>(u"printPreviewButton"_s)->click();
    return seen;
}

} // namespace

class TestGuiPageSize : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void defaultsToLetter()
    {
        QSettings().remove(u"pdf/pageSize"_s);
        QCOMPARE(pdf::pageSizeSetting(), QPageSize::Letter);
        QSettings().setValue(u"pdf/pageSize"_s, u"tabloid"_s);
        QCOMPARE(pdf::pageSizeSetting(), QPageSize::Letter);
    }

    void exportAndPreviewAgree_data() { addPageSizeRows(); }

    void exportAndPreviewAgree()
    {
        QFETCH(int, size);
        MainWindow window;
        const QString exported = dir.filePath(u"export-%1.pdf"_s.arg(size));
        QVERIFY(exportExampleAtPageSize(window, QPageSize::PageSizeId(size), exported));
        const int exportedPages = pdfPageCount(exported);
        QVERIFY(exportedPages > 1);

        const Preview preview = previewOf(window);
        QCOMPARE(preview.size, QPageSize::PageSizeId(size));
        QCOMPARE(preview.pages, exportedPages);
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(preview.dialogSize.height() >= screen.height() * 3 / 4,
                 "the preview opens most of the screen high");
    }

    void letterAndA4DifferInPageSize()
    {
        // Guards the test above: were the setting ignored, both rows would pass alike.
        MainWindow window;
        QVERIFY(window.openFile(example(u"ice-2012-social-media-enforcement.smout"_s)));
        pdf::setPageSizeSetting(QPageSize::Letter);
        const Preview letter = previewOf(window);
        pdf::setPageSizeSetting(QPageSize::A4);
        const Preview a4 = previewOf(window);
        QCOMPARE(letter.size, QPageSize::Letter);
        QCOMPARE(a4.size, QPageSize::A4);
    }
};

GUITEST_MAIN(TestGuiPageSize)
#include "tst_gui_page_size.moc"

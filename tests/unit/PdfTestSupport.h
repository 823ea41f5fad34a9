#pragma once

// PDF test helpers: text of a PDF through poppler-utils' pdftotext (an independent reader),
// page counts through pdfinfo, and a long document for pagination.

#include "model/SmoutDocument.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace pdftest {

using namespace Qt::StringLiterals;

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text with all whitespace runs collapsed to one space, so wrapped lines compare as prose.
inline QString pdfText(const QByteArray &pdf, int page = 0)
{
    QTemporaryFile file;
    file.open();
    file.write(pdf);
    file.flush();
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << file.fileName() << u"-"_s;
    return run(u"pdftotext"_s, args).simplified();
}

inline int pageCount(const QByteArray &pdf)
{
    QTemporaryFile file;
    file.open();
    file.write(pdf);
    file.flush();
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {file.fileName()}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString simplified(const QString &s)
{
    return s.simplified();
}

// 10,000 numbered words, 40 authorities, 30 SORNs.
inline smout::SmoutDocument longDocument(smout::SmoutDocument doc)
{
    QStringList words;
    for (int i = 1; i <= 10000; ++i)
        words << u"w%1"_s.arg(i, 5, 10, QChar(u'0')) + (i % 120 == 0 ? u"\n\n"_s : QString());
    doc.questions.q1Description = words.join(u' ');
    doc.questions.q2Authorities.clear();
    for (int i = 1; i <= 40; ++i)
        doc.questions.q2Authorities << u"Authority %1 under 6 U.S.C. § %2, as amended"_s.arg(i).arg(100 + i);
    doc.summary.sorns.clear();
    for (int i = 1; i <= 30; ++i)
        doc.summary.sorns.append({u"DHS/ALL-%1"_s.arg(i, 3, 10, QChar(u'0')), u"System %1"_s.arg(i),
                                  QDate(2020, 1, i % 28 + 1), u"85 FR %1"_s.arg(1000 + i), {}});
    return doc;
}

} // namespace pdftest

#include "SubmissionSigners.h"

#include "SignatureSlots.h"

#include <QTimeZone>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>

#include <exception>
#include <string>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

// A PDF date as signing writes it, "D:YYYYMMDDHHmmSS" then "Z" or an offset "+HH'mm'".
QDateTime pdfDate(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    if (!s.startsWith(u"D:"_s) || s.size() < 16)
        return {};
    QDateTime t = QDateTime::fromString(s.mid(2, 14), u"yyyyMMddHHmmss"_s);
    if (!t.isValid())
        return {};
    const QString zone = s.mid(16);
    int offset = 0;
    if (zone.size() >= 3 && (zone[0] == u'+' || zone[0] == u'-')) {
        offset = zone.mid(1, 2).toInt() * 3600 + (zone.size() >= 6 ? zone.mid(4, 2).toInt() * 60 : 0);
        if (zone[0] == u'-')
            offset = -offset;
    }
    t.setTimeZone(QTimeZone(offset));
    return t.toUTC();
}

} // namespace

QList<SubmissionSigner> submissionSigners(const QByteArray &submissionPdf)
{
    QList<SubmissionSigner> out;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("submission.pdf", submissionPdf.constData(), size_t(submissionPdf.size()));
        QPDFAcroFormDocumentHelper form(pdf);
        for (const Role role : {Role::Author, Role::Counsel}) {
            for (QPDFFormFieldObjectHelper &field : form.getFormFields()) {
                if (field.getFieldType() != "/Sig" || QString::fromStdString(field.getFullyQualifiedName()) != signatureFieldName(role))
                    continue;
                QPDFObjectHandle value = field.getValue();
                if (!value.isDictionary())
                    continue;
                QPDFObjectHandle name = value.getKey("/Name"), time = value.getKey("/M");
                out.append({role, name.isString() ? QString::fromStdString(name.getUTF8Value()) : QString(),
                            time.isString() ? pdfDate(time.getUTF8Value()) : QDateTime()});
                break;
            }
        }
    } catch (const std::exception &) {
        return {};
    }
    return out;
}

} // namespace smout::pdf

#include "ValidationData.h"

#include <qpdf/QPDF.hh>

namespace smout::signing {

namespace {

QList<QByteArray> streamsOf(QPDFObjectHandle list)
{
    QList<QByteArray> out;
    if (!list.isArray())
        return out;
    for (QPDFObjectHandle s : list.getArrayAsVector()) {
        if (!s.isStream())
            continue;
        const std::shared_ptr<Buffer> data = s.getStreamData(qpdf_dl_generalized);
        out << QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
    }
    return out;
}

} // namespace

ValidationData validationDataIn(const QByteArray &pdf)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("validation data", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle dss = q.getRoot().getKey("/DSS");
        if (!dss.isDictionary())
            return {};
        return {streamsOf(dss.getKey("/Certs")), streamsOf(dss.getKey("/CRLs")), streamsOf(dss.getKey("/OCSPs"))};
    } catch (const std::exception &) {
        return {}; // the file's other checks name what makes it unreadable
    }
}

} // namespace smout::signing

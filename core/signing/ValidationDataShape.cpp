#include "ValidationDataShape.h"

#include "Der.h"

#include <QCoreApplication>

#include <qpdf/Buffer.hh>

#include <algorithm>
#include <functional>
#include <set>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct ShapeText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::ValidationDataShape)
};

using Handle = QPDFObjectHandle;
using der::Node;
namespace Tag = der::Tag;

constexpr quint8 Enumerated = 0x0a;

// The one element `der` is, with its children; nothing when it holds more or less.
std::optional<QList<Node>> soleElementParts(const QByteArray &der, quint8 tag)
{
    const auto root = der::read(der);
    if (!root || root->tag != tag || root->end() != der.size())
        return std::nullopt;
    return der::children(der, *root);
}

// A timestamp token is a CMS ContentInfo: SEQUENCE { OID signedData, [0] SignedData }.
bool isTimestampToken(const QByteArray &der)
{
    static const QByteArray signedData = QByteArray::fromHex("2a864886f70d010702");
    const auto parts = soleElementParts(der, Tag::Sequence);
    return parts && parts->size() == 2 && (*parts)[0].tag == Tag::Oid && der::content(der, (*parts)[0]) == signedData
        && (*parts)[1].tag == Tag::Context0;
}

QByteArray decoded(Handle stream)
{
    try {
        const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
        return QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
    } catch (const std::exception &) {
        return {};
    }
}

class ShapeCheck {
public:
    QStringList run(Handle dss)
    {
        if (!dss.isDictionary())
            return {ShapeText::tr("the validation data (/DSS) is not a dictionary")};
        for (const std::string &k : dss.getKeys()) {
            Handle v = dss.getKey(k);
            if (k == "/Type")
                expectName(v, "/DSS", u"/DSS /Type"_s);
            else if (k == "/Certs")
                streams(v, u"/DSS /Certs"_s, isSignedX509Structure, ShapeText::tr("a certificate"));
            else if (k == "/CRLs")
                streams(v, u"/DSS /CRLs"_s, isSignedX509Structure, ShapeText::tr("a certificate revocation list"));
            else if (k == "/OCSPs")
                streams(v, u"/DSS /OCSPs"_s, isOcspResponse, ShapeText::tr("an OCSP response"));
            else if (k == "/VRI")
                vri(v);
            else
                m_problems << ShapeText::tr("the validation data (/DSS) holds %1, which is not validation data").arg(QString::fromStdString(k));
        }
        return m_problems;
    }

private:
    QStringList m_problems;

    void expectName(Handle v, const char *name, const QString &where)
    {
        if (!v.isNameAndEquals(name))
            m_problems << ShapeText::tr("the validation data's %1 is not %2").arg(where, QString::fromLatin1(name));
    }

    void streams(Handle list, const QString &where, const std::function<bool(const QByteArray &)> &parses, const QString &what)
    {
        if (!list.isArray()) {
            m_problems << ShapeText::tr("the validation data's %1 is not a list").arg(where);
            return;
        }
        for (Handle s : list.getArrayAsVector())
            if (!s.isStream() || !parses(decoded(s))) {
                m_problems << ShapeText::tr("the validation data's %1 holds something that is not %2").arg(where, what);
                return;
            }
    }

    // /VRI: per signature, named by the upper-case hex SHA-1 of its /Contents, what validates it.
    void vri(Handle v)
    {
        if (!v.isDictionary()) {
            m_problems << ShapeText::tr("the validation data's /VRI is not a dictionary");
            return;
        }
        for (const std::string &name : v.getKeys()) {
            const QString where = u"/VRI "_s + QString::fromStdString(name);
            const bool hex = name.size() == 41 && std::all_of(name.begin() + 1, name.end(), [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
            });
            Handle entry = v.getKey(name);
            if (!hex || !entry.isDictionary()) {
                m_problems << ShapeText::tr("the validation data's %1 is not a signature's validation entry").arg(where);
                continue;
            }
            for (const std::string &k : entry.getKeys()) {
                Handle e = entry.getKey(k);
                if (k == "/Type")
                    expectName(e, "/VRI", where + u" /Type"_s);
                else if (k == "/Cert")
                    streams(e, where + u" /Cert"_s, isSignedX509Structure, ShapeText::tr("a certificate"));
                else if (k == "/CRL")
                    streams(e, where + u" /CRL"_s, isSignedX509Structure, ShapeText::tr("a certificate revocation list"));
                else if (k == "/OCSP")
                    streams(e, where + u" /OCSP"_s, isOcspResponse, ShapeText::tr("an OCSP response"));
                else if (k == "/TS") {
                    if (!e.isStream() || !isTimestampToken(decoded(e)))
                        m_problems << ShapeText::tr("the validation data's %1 /TS is not a timestamp token").arg(where);
                } else if (k == "/TU") {
                    if (!e.isString())
                        m_problems << ShapeText::tr("the validation data's %1 /TU is not a date").arg(where);
                } else
                    m_problems << ShapeText::tr("the validation data's %1 holds %2, which is not validation data").arg(where, QString::fromStdString(k));
            }
        }
    }
};

} // namespace

bool isSignedX509Structure(const QByteArray &der)
{
    const auto parts = soleElementParts(der, Tag::Sequence);
    return parts && parts->size() == 3 && (*parts)[0].tag == Tag::Sequence && (*parts)[1].tag == Tag::Sequence
        && (*parts)[2].tag == Tag::BitString;
}

bool isOcspResponse(const QByteArray &der)
{
    const auto parts = soleElementParts(der, Tag::Sequence);
    return parts && (parts->size() == 1 || parts->size() == 2) && (*parts)[0].tag == Enumerated
        && (parts->size() == 1 || (*parts)[1].tag == Tag::Context0);
}

QStringList validationDataProblems(QPDFObjectHandle dss)
{
    return ShapeCheck().run(dss);
}

} // namespace smout::signing

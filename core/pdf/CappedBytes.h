#pragma once

// A qpdf pipeline that keeps a stream's decoded bytes up to a limit and, when given, within a
// running total shared by several streams. Past a limit it stops the decoding by throwing;
// qpdf turns that into a decoding warning, so the limit is read back from `exceeded`.

#include <qpdf/Pipeline.hh>

#include <QtGlobal>

#include <stdexcept>
#include <string>

namespace smout::pdf {

class CappedBytes : public Pipeline {
public:
    explicit CappedBytes(qint64 limit, qint64 *total = nullptr, qint64 totalLimit = 0)
        : Pipeline("capped bytes", nullptr), m_limit(limit), m_total(total), m_totalLimit(totalLimit)
    {
    }

    void write(unsigned char const *data, size_t len) override
    {
        if (m_total)
            *m_total += qint64(len);
        if (qint64(bytes.size() + len) > m_limit || (m_total && *m_total > m_totalLimit)) {
            exceeded = true;
            throw std::length_error("decoded data over the limit");
        }
        bytes.append(reinterpret_cast<const char *>(data), len);
    }
    void finish() override {}

    std::string bytes;
    bool exceeded = false;

private:
    qint64 m_limit;
    qint64 *m_total;
    qint64 m_totalLimit;
};

} // namespace smout::pdf

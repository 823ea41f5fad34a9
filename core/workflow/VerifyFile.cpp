#include "VerifyFile.h"

#include "io/SmoutJson.h"

namespace smout::workflow {

FileVerification verifyFile(const QString &path, const signing::VerifyOptions &options)
{
    const auto bytes = io::readInputFile(path, 512 * 1024 * 1024);
    if (!bytes)
        return {std::nullopt, bytes.error(), true};
    auto report = signing::verifyPdf(bytes.value(), options);
    if (!report)
        return {std::nullopt, report.error(), false};
    return {std::move(report).value(), {}, false};
}

} // namespace smout::workflow

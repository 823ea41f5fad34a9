#include "VerifyFile.h"

#include "io/SmoutJson.h"
#include "signing/ArchiveRevision.h"
#include "signing/OnlineRevocation.h"

namespace smout::workflow {

FileVerification verifyFile(const QString &path, const signing::VerifyOptions &options)
{
    const auto bytes = io::readInputFile(path, 512 * 1024 * 1024);
    if (!bytes)
        return {std::nullopt, bytes.error(), true, {}, {}};
    signing::VerifyOptions withFetched = options;
    FileVerification out;
    if (options.online) {
        const signing::FetchedRevocation fetched = signing::fetchRevocationData(signing::certificatesToArchive(bytes.value()), 30);
        out.fetched = fetched.fetched;
        out.notFetched = fetched.problems;
        withFetched.crls << fetched.crls;
        withFetched.ocsps << fetched.ocsps;
    }
    auto report = signing::verifyPdf(bytes.value(), withFetched);
    if (!report)
        out.problem = report.error();
    else
        out.report = std::move(report).value();
    return out;
}

} // namespace smout::workflow

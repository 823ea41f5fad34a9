// Test helper: saves COUNT revisions of one SMOUT into an inventory, re-reading and retrying
// whenever another writer saved first, and prints "saved N" for each committed revision
// (the crash and concurrency tests check that every printed revision is really there).

#include "model/SmoutDocument.h"
#include "store/InventoryStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace smout;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: store_writer DATABASE ID COUNT\n");
        return 2;
    }
    const QString id = QString::fromLocal8Bit(argv[2]);
    const int count = QString::fromLocal8Bit(argv[3]).toInt();
    auto opened = store::InventoryStore::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    auto &inventory = *opened.value();
    int conflicts = 0;
    for (int saved = 0; saved < count;) {
        auto current = inventory.load(id);
        SmoutDocument doc = current ? current->document : SmoutDocument::createNew(QStringLiteral("CBP"));
        doc.id = id;
        doc.review.comments = QStringLiteral("writer %1, edit %2").arg(QCoreApplication::applicationPid()).arg(saved);
        auto outcome = inventory.save(doc, QStringLiteral("writer"), Role::Author, current ? current->revision : 0);
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error()));
            return 1;
        }
        if (outcome->conflict) {
            ++conflicts;
            continue;
        }
        std::printf("saved %d\n", outcome->revision);
        std::fflush(stdout);
        ++saved;
    }
    std::printf("conflicts %d\n", conflicts);
    return 0;
}

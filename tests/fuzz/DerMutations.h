#pragma once

// Mutations that stress DER readers (fuzz targets over CMS tokens and OCSP responses): a few
// byte changes, bit flips, cuts, copies of the input into itself, and long-form lengths
// inserted where one may stand.

#include <QByteArray>
#include <QRandomGenerator>

inline QByteArray mutateDer(QByteArray in, QRandomGenerator &rng)
{
    const int edits = 1 + int(rng.bounded(3));
    for (int i = 0; i < edits && !in.isEmpty(); ++i) {
        const qsizetype at = rng.bounded(in.size());
        switch (rng.bounded(6)) {
        case 0: in[at] = char(rng.bounded(256)); break;
        case 1: in[at] = char(in[at] ^ (1 << rng.bounded(8))); break;
        case 2: in.remove(at, 1 + rng.bounded(32)); break;
        case 3: in.truncate(at); break;
        case 4: in.insert(at, in.mid(rng.bounded(in.size()), rng.bounded(256))); break;
        default: // a long-form length where one may be: 0x80..0x84 then bytes
            in.insert(at, QByteArray(1, char(0x80 + rng.bounded(5))) + QByteArray(int(rng.bounded(5)), char(rng.bounded(256))));
            break;
        }
    }
    return in;
}

#pragma once

// The leaves of a .smout document in the order the file lists them (the form's order),
// which QJsonObject's sorted keys lose: reports and markings follow the form.

#include "model/SmoutDocument.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace smout::legacy {

struct Leaf {
    QString path;
    QJsonValue value; // an empty array or object stands for itself
};

// Leaves of the sections screening, summary, questions and review.
QList<Leaf> formLeaves(const SmoutDocument &doc);

} // namespace smout::legacy

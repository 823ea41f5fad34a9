#pragma once

// The option groups of the form whose choice a release can withhold: the categories of use
// (question 1 and the review), the access modes, the training verification check boxes, the
// screening exemptions, and the reviewer's choices (Rules of Behavior content, the
// determination, the PIA and SORN designation). Withholding any choice of a group withholds
// the whole group: a box over one option, or one option left unchecked, would tell which.

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace smout::release {

struct ChoiceGroup {
    QString path; // the group's key ("questions.q1_categories", "review.pia")
    // What the release copy holds instead: each member key path and its unanswered value
    // (an empty list, false, or null).
    QList<QPair<QString, QJsonValue>> blanks;
};

// The group a key path belongs to (an entry of a list of codes, a check box, a choice, or
// the group's own path), or nothing.
std::optional<ChoiceGroup> choiceGroupOf(const QString &path);

} // namespace smout::release

#pragma once

// Where each release marking (`redactions`) of a document lands, and every marking that
// cannot be applied exactly: an unknown path, a value the release cannot represent, a range
// outside the value or covering nothing, an exemption that is not one of the Act's, or
// overlapping markings that cite different exemptions. A release copy is refused while any
// problem exists (RED-RANGE reports the same problems as findings).

#include "model/KeyPath.h"
#include "model/SmoutDocument.h"

#include <QJsonObject>

namespace smout::release {

enum class MarkingKind {
    Text,      // a string, or a character range of it: the range is replaced by the label
    Date,      // a whole date: the release shows the label instead of a date
    Answer,    // a whole Yes/No answer or status code: the label instead of the check boxes
    Choice,    // a check box, a choice or an entry of a list of codes: its whole option group
               // is withheld (ChoiceGroups.h), one label over the group
    Entry,     // a whole entry of a list of objects (a person, a PIA, a SORN)
};

struct PlacedMarking {
    qsizetype index = 0; // in SmoutDocument::redactions
    QString path;
    KeySteps steps;
    MarkingKind kind = MarkingKind::Text;
    qsizetype start = 0, end = 0; // Text: the range withheld
    QString label;                // "(b)(6), (b)(7)(C)"
    QString group;                // Choice: the option group's path
};

struct MarkingProblem {
    qsizetype index = 0;
    QString path;    // the marking's path, as written
    QString message; // names the marking and says what is wrong
};

struct MarkingPlan {
    QJsonObject json; // the document as written to a .smout file
    QList<PlacedMarking> placed;
    QList<MarkingProblem> problems;
};

// `json`: the document as io::toJsonObject writes it, when the caller holds it already (the
// editor does), so that a keystroke does not write the whole document again; empty: written here.
MarkingPlan placeMarkings(const SmoutDocument &doc, const QJsonObject &json = {});

} // namespace smout::release

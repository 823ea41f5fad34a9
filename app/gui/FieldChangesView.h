#pragma once

// A list of field-level changes: the field as the form names it, its value before and after
// (the path and full values in tooltips).

#include "diff/DocumentDiff.h"

#include <QTreeWidget>

class FieldChangesView : public QTreeWidget {
    Q_OBJECT
public:
    explicit FieldChangesView(QWidget *parent = nullptr);
    void setChanges(const QList<smout::FieldChange> &changes);
};

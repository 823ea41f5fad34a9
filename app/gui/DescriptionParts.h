#pragma once

// A field's accessible description (what a screen reader says after its name) is made of
// parts, each kept by its owner: how the field is filled in (which may depend on the role),
// then the findings on it. Setting one part leaves the other as it is.
//
// While the field has the focus a new description waits until the focus has left it: Qt 6.4
// sends a description change over AT-SPI with an object where Orca 43 expects text, and
// Orca's handler fails on it for the focused object. What changed is announced instead
// (FindingsAnnouncer), and the field says it when it is reached again.

#include <QString>

class QWidget;

enum class DescriptionPart { Help, Findings };

void setDescriptionPart(QWidget *field, DescriptionPart part, const QString &text);
QString descriptionPart(const QWidget *field, DescriptionPart part);
// The description the parts make, whether or not it has reached the field yet.
QString composedDescription(const QWidget *field);

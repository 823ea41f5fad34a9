#pragma once

// The eleven sections of the template, in form order, each built from its Designer form.

#include <QList>
#include <QString>

class QWidget;

struct SectionForm {
    QString id;    // as rules' sectionOfPath() names it, or "signatures"
    QString title; // for the navigator
    QWidget *form;
};

QList<SectionForm> createSectionForms();

#include "ReviewSection.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>

using namespace Qt::StringLiterals;

void prepareReviewForm(QWidget *form)
{
    // The form's wording carries its English as tool tip (not translated): worth showing only
    // when the text shown is a translation.
    for (QAbstractButton *b : form->findChildren<QAbstractButton *>())
        if (b->toolTip() == b->text())
            b->setToolTip({});
    for (QLabel *l : form->findChildren<QLabel *>())
        if (l->toolTip() == l->text())
            l->setToolTip({});
    // Categories that only question 1 offers: shown while a file checks one, so that it can be
    // seen and cleared.
    for (const QString &name : {u"rc_administrative_investigations"_s, u"rc_employment_determinations"_s})
        if (auto *box = form->findChild<QCheckBox *>(name))
            QObject::connect(box, &QCheckBox::toggled, box, &QWidget::setVisible);
}

#include "ReviewSection.h"

#include <QCheckBox>

using namespace Qt::StringLiterals;

void prepareReviewForm(QWidget *form)
{
    // Categories that only question 1 offers: shown while a file checks one, so that it can be
    // seen and cleared.
    for (const QString &name : {u"rc_administrative_investigations"_s, u"rc_employment_determinations"_s})
        if (auto *box = form->findChild<QCheckBox *>(name))
            QObject::connect(box, &QCheckBox::toggled, box, &QWidget::setVisible);
}

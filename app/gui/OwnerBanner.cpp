#include "OwnerBanner.h"

#include "SectionOwners.h"
#include "editing/DocumentModel.h"

#include <QBoxLayout>

using namespace smout;
using namespace Qt::StringLiterals;

OwnerBanner::OwnerBanner(const QString &sectionId, DocumentModel *model, QWidget *parent) : QLabel(parent), m_section(sectionId)
{
    setObjectName(u"ownerBanner"_s);
    setWordWrap(true);
    setMargin(8);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selectable text takes clicks, which made the banner focusable for a screen reader though
    // Tab never reaches it; each read-only control says so itself.
    setFocusPolicy(Qt::NoFocus);
    connect(model, &DocumentModel::roleChanged, this, &OwnerBanner::showFor);
    showFor(model->role());
}

OwnerBanner *OwnerBanner::install(QWidget *form, const QString &sectionId, DocumentModel *model)
{
    auto *banner = new OwnerBanner(sectionId, model, form);
    // Under the section's title (the first item of every section form), else at the top.
    if (auto *box = qobject_cast<QBoxLayout *>(form->layout()))
        box->insertWidget(box->count() > 0 ? 1 : 0, banner);
    return banner;
}

void OwnerBanner::showFor(Role role)
{
    const QString notice = readOnlyNotice(role, m_section);
    setText(notice);
    setAccessibleName(notice);
    setVisible(!notice.isEmpty());
}

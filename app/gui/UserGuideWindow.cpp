#include "UserGuideWindow.h"

#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_browser(new QTextBrowser)
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("SMOUT Studio User Guide"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    m_browser->setSearchPaths({u":/guide"_s}); // the guide's pictures, next to it
    QFile guide(u":/guide/user-guide.md"_s);
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    layout->addWidget(m_browser);
    resize(760, 640);
}

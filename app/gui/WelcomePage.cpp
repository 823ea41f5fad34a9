#include "WelcomePage.h"

#include "model/SmoutDocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *paragraph(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_component(new QComboBox), m_recent(new QListWidget)
{
    setObjectName(u"welcomePage"_s);
    auto *content = new QWidget;
    content->setMaximumWidth(820);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(14);

    auto *title = new QLabel(tr("Welcome to SMOUT Studio"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    column->addWidget(paragraph(tr("A <b>Social Media Operational Use Template</b> (SMOUT) "
                                   "documents how a DHS program uses social media to "
                                   "collect personally identifiable information for an operational "
                                   "purpose, such as an investigation or a benefit "
                                   "determination, as Management Directive 110-01 requires. The "
                                   "program office fills it in, counsel confirms the "
                                   "legal authorities, and the DHS Privacy Office reviews it. "
                                   "SMOUT Studio checks it as you type, exports it as "
                                   "PDF and signs it.")));

    auto *start = new QGroupBox(tr("Start a new SMOUT"));
    auto *startRow = new QHBoxLayout(start);
    auto *componentLabel = new QLabel(tr("&Component:"));
    componentLabel->setBuddy(m_component);
    m_component->setObjectName(u"welcomeComponent"_s);
    m_component->setAccessibleName(tr("Component"));
    m_component->addItem(tr("Choose later"), QString());
    for (const smout::ComponentInfo &c : smout::knownComponents())
        m_component->addItem(u"%1 \u2014 %2"_s.arg(QString(c.code), c.name), QString(c.code));
    auto *create = new QPushButton(tr("&New SMOUT"));
    create->setObjectName(u"welcomeNew"_s);
    create->setDefault(true);
    startRow->addWidget(componentLabel);
    startRow->addWidget(m_component, 1);
    startRow->addWidget(create);
    column->addWidget(start);
    connect(create, &QPushButton::clicked, this,
            [this] { Q_EMIT newRequested(m_component->currentData().toString()); });

    auto *open = new QGroupBox(tr("Open"));
    auto *openRow = new QHBoxLayout(open);
    auto *file = new QPushButton(tr("&Open a File…"));
    file->setObjectName(u"welcomeOpen"_s);
    file->setToolTip(tr("A .smout document, or a PDF exported by SMOUT Studio"));
    connect(file, &QPushButton::clicked, this, &WelcomePage::openRequested);
    openRow->addWidget(file);
    const std::pair<QString, QString> examples[] = {
        {tr("Example: a complete SMOUT"), u":/examples/fictional-uscis-benefit-fraud.smout"_s},
        {tr("Example: ICE 2012, released under FOIA"),
         u":/examples/ice-2012-social-media-enforcement.smout"_s},
    };
    for (const auto &[text, path] : examples) {
        auto *example = new QPushButton(text);
        example->setObjectName(u"welcomeExample"_s);
        connect(example, &QPushButton::clicked, this, [this, path] { Q_EMIT fileRequested(path); });
        openRow->addWidget(example);
    }
    openRow->addStretch(1);
    column->addWidget(open);

    auto *recent = new QGroupBox(tr("Recent files"));
    auto *recentColumn = new QVBoxLayout(recent);
    m_recent->setObjectName(u"welcomeRecent"_s);
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setAccessibleDescription(tr("Press Enter or double-click to open a file"));
    recentColumn->addWidget(m_recent);
    // Room for the eight files remembered, no more: the page stays compact on large screens.
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 9 + 8);
    column->addWidget(recent);
    column->addStretch(1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT fileRequested(item->data(Qt::UserRole).toString());
    });

    // Centred in the window, scrolling when the window is small.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *centre = new QWidget;
    auto *centred = new QHBoxLayout(centre);
    centred->addStretch(1);
    centred->addWidget(content, 4);
    centred->addStretch(1);
    scroll->setWidget(centre);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item =
            new QListWidgetItem(tr("%1 \u2014 %2")
                                    .arg(QFileInfo(path).fileName(),
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(
            tr("No recent files yet: files you open or save appear here."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

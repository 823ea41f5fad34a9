#include "SettingsDialog.h"

#include "Dialogs.h"
#include "StudioSettings.h"
#include "model/Roles.h"
#include "signing/NssDatabase.h"
#include "signing/TimestampQuery.h"
#include "store/InventoryStore.h"
#include "ui_settingsDialog.h"

#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);

    // Each language is named in its own language, so anyone can find theirs.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Español"_s, u"es"_s);
    selectData(m_ui->languageCombo, StudioSettings::language());
    m_ui->pdfLanguageCheck->setChecked(StudioSettings::pdfInInterfaceLanguage());

    m_ui->pageSizeCombo->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_ui->pageSizeCombo->addItem(tr("A4"), int(QPageSize::A4));
    selectData(m_ui->pageSizeCombo, int(StudioSettings::pageSize()));

    for (const smout::Role r : smout::allOf<smout::Role>())
        m_ui->roleCombo->addItem(smout::roleName(r), QString(smout::codeOf(r)));
    selectData(m_ui->roleCombo, StudioSettings::role());

    m_ui->userNameEdit->setPlaceholderText(StudioSettings::systemUserName());
    m_ui->userNameEdit->setText(StudioSettings::userName());
    m_ui->autosaveSpin->setSuffix(tr(" s", "seconds"));
    m_ui->autosaveSpin->setValue(StudioSettings::autosaveDelayMs() / 1000.0);

    m_ui->inventoryEdit->setPlaceholderText(smout::store::InventoryStore::defaultLocation());
    m_ui->inventoryEdit->setText(StudioSettings::inventoryLocation());
    connect(m_ui->inventoryBrowse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::saveFileName(this, tr("Inventory database"), u"inventory.sqlite"_s,
                                                   tr("SQLite database (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            m_ui->inventoryEdit->setText(path);
    });

    const QString userNss = smout::signing::NssDatabase::userDefault();
    m_ui->certificateCombo->addItem(tr("My NSS database (%1), shared with the smout command and smart cards").arg(userNss), QString());
    const QString chosen = StudioSettings::certificateDatabase();
    if (m_ui->certificateCombo->findData(chosen) < 0)
        m_ui->certificateCombo->addItem(chosen, chosen);
    selectData(m_ui->certificateCombo, chosen);
    m_ui->tsaEdit->setText(StudioSettings::timestampAuthority());
    m_ui->tsaProblem->setStyleSheet(u"color: #b00020"_s);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    // Only an address that can be asked is kept: a typo would refuse every signature later.
    const QString tsa = m_ui->tsaEdit->text().trimmed();
    if (!tsa.isEmpty()) {
        if (const QString problem = smout::signing::timestampAuthorityProblem(QUrl(tsa, QUrl::StrictMode)); !problem.isEmpty()) {
            m_ui->tsaProblem->setText(problem);
            m_ui->tsaEdit->setFocus();
            return;
        }
    }
    StudioSettings::setTimestampAuthority(tsa);
    StudioSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    StudioSettings::setPdfInInterfaceLanguage(m_ui->pdfLanguageCheck->isChecked());
    StudioSettings::setPageSize(QPageSize::PageSizeId(m_ui->pageSizeCombo->currentData().toInt()));
    StudioSettings::setRole(m_ui->roleCombo->currentData().toString());
    // A name typed here is the user's word for what goes into documents; the account's name
    // shown unchanged is not.
    const QString name = m_ui->userNameEdit->text().trimmed();
    if (!name.isEmpty() && name != StudioSettings::userName())
        StudioSettings::confirmUserName(name);
    else
        StudioSettings::setUserName(name);
    StudioSettings::setAutosaveDelayMs(qRound(m_ui->autosaveSpin->value() * 1000));
    StudioSettings::setInventoryLocation(m_ui->inventoryEdit->text());
    StudioSettings::setCertificateDatabase(m_ui->certificateCombo->currentData().toString());
    QDialog::accept();
}

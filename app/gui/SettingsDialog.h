#pragma once

// Edit → Settings…: language, default role, user name, page size, recovery-copy delay,
// inventory and certificate database, read from and written to StudioSettings on OK.

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

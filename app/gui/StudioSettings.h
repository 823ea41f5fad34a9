#pragma once

// Every preference of the window in one place, read and written through QSettings (the
// user's configuration file of "SMOUT Studio"), with the defaults a first start uses.

#include <QPageSize>
#include <QString>
#include <QStringList>

namespace StudioSettings {

// "" follows the system's language; otherwise "en" or "es".
QString language();
void setLanguage(const QString &code);

// "author", "counsel" or "reviewer": the role the window starts in.
QString role();
void setRole(const QString &code);

// Recorded with every revision saved to the inventory; by default the system account's full
// name (or its login when the account has none).
QString userName();
void setUserName(const QString &name);
QString systemUserName();
// Whether the user has said which name goes into documents (their requests and answers, and
// so the PDF). Until then the window asks, and never writes the login ("root") on its own.
bool userNameConfirmed();
void confirmUserName(const QString &name);
// The name to offer when asking: the account's full name, nothing when it has only a login.
QString suggestedUserName();

// Export, print preview and print lay the form out on this page size (Letter or A4).
QPageSize::PageSizeId pageSize();
void setPageSize(QPageSize::PageSizeId size);

// How long after the last change the recovery copy is written.
int autosaveDelayMs();
void setAutosaveDelayMs(int ms);

// Empty for the user's own SQLite inventory; otherwise a file or a postgresql:// URL.
QString inventoryLocation();
void setInventoryLocation(const QString &location);

// Empty for SMOUT Studio's own certificate database; otherwise an NSS database directory.
QString certificateDatabase();
void setCertificateDatabase(const QString &dir);

// The time-stamping authority (an http or https URL) the Sign dialog offers for an RFC 3161
// timestamp on each signature; empty: none, and signing never reaches the network.
QString timestampAuthority();
void setTimestampAuthority(const QString &url);

// Whether the PDF's form wording follows the interface language (English by default).
bool pdfInInterfaceLanguage();
void setPdfInInterfaceLanguage(bool follows);

} // namespace StudioSettings

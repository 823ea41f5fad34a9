// `smout-studio [FILE]`: the SMOUT Studio window.

#include "model/Translations.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMOUT Studio"));
    QApplication::setOrganizationName(QStringLiteral("SMOUT Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SMOUT_VERSION));
    smout::installTranslations();
    QMainWindow window;
    window.show();
    return app.exec();
}

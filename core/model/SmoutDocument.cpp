#include "SmoutDocument.h"

#include <QCoreApplication>
#include <QUuid>

namespace smout {

bool Screening::flag(ScreeningFlag f) const
{
    switch (f) {
    case ScreeningFlag::PublicAffairsOutreach: return publicAffairsOutreach;
    case ScreeningFlag::IntelligenceEo12333: return intelligenceEo12333;
    case ScreeningFlag::OpsSituationalAwareness: return opsSituationalAwareness;
    case ScreeningFlag::NotOperationalUse: return notOperationalUse;
    }
    return false;
}

void Screening::setFlag(ScreeningFlag f, bool on)
{
    switch (f) {
    case ScreeningFlag::PublicAffairsOutreach: publicAffairsOutreach = on; break;
    case ScreeningFlag::IntelligenceEo12333: intelligenceEo12333 = on; break;
    case ScreeningFlag::OpsSituationalAwareness: opsSituationalAwareness = on; break;
    case ScreeningFlag::NotOperationalUse: notOperationalUse = on; break;
    }
}

bool Screening::anyExempt() const
{
    return publicAffairsOutreach || intelligenceEo12333 || opsSituationalAwareness
        || notOperationalUse;
}

SmoutDocument SmoutDocument::createNew(const QString &component)
{
    SmoutDocument doc;
    doc.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    doc.summary.component = component;
    return doc;
}

namespace {
struct ComponentText {
    Q_DECLARE_TR_FUNCTIONS(smout::Components)
};
} // namespace

QList<ComponentInfo> knownComponents()
{
    using namespace Qt::StringLiterals;
    return {
        {"CBP"_L1, ComponentText::tr("U.S. Customs and Border Protection")},
        {"CISA"_L1, ComponentText::tr("Cybersecurity and Infrastructure Security Agency")},
        {"FEMA"_L1, ComponentText::tr("Federal Emergency Management Agency")},
        {"FLETC"_L1, ComponentText::tr("Federal Law Enforcement Training Centers")},
        {"ICE"_L1, ComponentText::tr("U.S. Immigration and Customs Enforcement")},
        {"TSA"_L1, ComponentText::tr("Transportation Security Administration")},
        {"USCG"_L1, ComponentText::tr("U.S. Coast Guard")},
        {"USCIS"_L1, ComponentText::tr("U.S. Citizenship and Immigration Services")},
        {"USSS"_L1, ComponentText::tr("U.S. Secret Service")},
        {"CWMD"_L1, ComponentText::tr("Countering Weapons of Mass Destruction Office")},
        {"I&A"_L1, ComponentText::tr("Office of Intelligence and Analysis")},
        {"MGMT"_L1, ComponentText::tr("Management Directorate")},
        {"OBIM"_L1, ComponentText::tr("Office of Biometric Identity Management")},
        {"OGC"_L1, ComponentText::tr("Office of the General Counsel")},
        {"OIG"_L1, ComponentText::tr("Office of Inspector General")},
        {"OPS"_L1, ComponentText::tr("Office of Operations Coordination")},
        {"PLCY"_L1, ComponentText::tr("Office of Strategy, Policy, and Plans")},
        {"PRIV"_L1, ComponentText::tr("Privacy Office")},
        {"S&T"_L1, ComponentText::tr("Science and Technology Directorate")},
    };
}

bool isKnownComponent(const QString &code)
{
    const auto all = knownComponents();
    return std::any_of(all.begin(), all.end(), [&](const ComponentInfo &c) { return c.code == code; });
}

QString componentName(const QString &code)
{
    for (const auto &c : knownComponents())
        if (c.code == code)
            return c.name;
    return code;
}

} // namespace smout

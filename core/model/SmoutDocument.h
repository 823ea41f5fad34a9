#pragma once

// The SMOUT as a value: every field of the template (shared spec smout-format.md).
// Each object keeps the keys it does not know in `unknown`, so a file written by a newer
// tool keeps its extra data through this one.

#include "Codes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace smout {

// A date of the form: absent (null) or a day.
using OptionalDate = std::optional<QDate>;

struct Person {
    QString name, title, office, phone, email;
    QJsonObject unknown;
    bool operator==(const Person &) const = default;
};

struct PiaRef {
    QString id, title;
    OptionalDate date;
    QJsonObject unknown;
    bool operator==(const PiaRef &) const = default;
};

struct SornRef {
    QString id, title;
    OptionalDate date;
    QString federalRegister;
    QJsonObject unknown;
    bool operator==(const SornRef &) const = default;
};

struct Screening {
    bool publicAffairsOutreach = false;
    bool intelligenceEo12333 = false;
    bool opsSituationalAwareness = false;
    bool notOperationalUse = false;
    QJsonObject unknown;

    bool flag(ScreeningFlag f) const;
    void setFlag(ScreeningFlag f, bool on);
    bool anyExempt() const;
    bool operator==(const Screening &) const = default;
};

struct Summary {
    OptionalDate dateSubmitted;
    QString component;
    QList<Person> contacts;
    QList<Person> counsel;
    QStringList itSystems;
    QList<PiaRef> pias;
    QList<SornRef> sorns;
    QJsonObject unknown;
    bool operator==(const Summary &) const = default;
};

struct RulesOfBehaviorAttachment {
    QString title, file, sha256;
    QJsonObject unknown;
    bool operator==(const RulesOfBehaviorAttachment &) const = default;
};

struct RuleAnswer {
    YesNo answer = YesNo::Unset;
    QString explanation;
    QJsonObject unknown;
    bool operator==(const RuleAnswer &) const = default;
};

struct TrainingVerification {
    bool selfCertify = false;
    bool ppocRecords = false;
    bool none = false;
    QString explanation;
    QJsonObject unknown;
    bool operator==(const TrainingVerification &) const = default;
};

struct Questions {
    QList<Category> q1Categories;
    QString q1Other;
    QString q1Description;
    QStringList q2Authorities;
    YesNo q2aCounselReviewed = YesNo::Unset;
    UseStatus q3Status = UseStatus::Unset;
    OptionalDate q3DateFirstLaunched;
    QString q3LaunchNote;
    RulesOfBehaviorAttachment q4RulesOfBehavior;
    std::array<RuleAnswer, RuleCount> q5Rules{};
    QJsonObject q5RulesUnknown;
    TrainingVerification q5TrainingVerification;
    QList<AccessMode> accessModes;
    QJsonObject unknown;

    RuleAnswer &rule(Rule r) { return q5Rules[indexOf(r)]; }
    const RuleAnswer &rule(Rule r) const { return q5Rules[indexOf(r)]; }
    bool operator==(const Questions &) const = default;
};

struct PiiStorage {
    PiiStorageKind kind = PiiStorageKind::Unset;
    QStringList sorns;
    QJsonObject unknown;
    bool operator==(const PiiStorage &) const = default;
};

struct TrainingContent {
    bool required = false;
    QList<TrainingTopic> topics;
    QList<TrainingVerificationChoice> verification;
    QJsonObject unknown;
    bool operator==(const TrainingContent &) const = default;
};

struct RobContent {
    EquipmentChoice equipment = EquipmentChoice::Unset;
    EmailChoice emailAccounts = EmailChoice::Unset;
    InteractionChoice publicInteraction = InteractionChoice::Unset;
    PrivacySettingsChoice privacySettings = PrivacySettingsChoice::Unset;
    PiiStorage piiStorage;
    SafeguardsChoice piiSafeguards = SafeguardsChoice::Unset;
    DocumentationChoice documentation = DocumentationChoice::Unset;
    TrainingContent training;
    QJsonObject unknown;
    bool operator==(const RobContent &) const = default;
};

struct Determination {
    Outcome outcome = Outcome::Unset;
    QList<OutcomeReason> reasons;
    QString robAnalysis;
    QJsonObject unknown;
    bool operator==(const Determination &) const = default;
};

// "Additional documentation": whether a PIA (or SORN) is required and what covers it.
struct DocumentationRequirement {
    bool required = false;
    Coverage coverage = Coverage::Unset;
    QStringList existing;
    QString updateTarget;
    QJsonObject unknown;
    bool operator==(const DocumentationRequirement &) const = default;
};

struct Review {
    OptionalDate dateReviewed;
    QString reviewerName;
    QStringList designationPias;
    QStringList designationSorns;
    QList<Category> categories;
    QString otherCategory;
    QString authoritiesAnalysis;
    RobContent robContent;
    Determination determination;
    DocumentationRequirement pia;
    DocumentationRequirement sorn;
    QString comments;
    QJsonObject unknown;
    bool operator==(const Review &) const = default;
};

// A FOIA release marking over a string value, or over a character range of it.
struct Redaction {
    QString path;
    std::optional<qsizetype> start, end;
    QString exemption;
    QJsonObject unknown;
    bool operator==(const Redaction &) const = default;
};

// The program office's answer to a request for additional information.
struct RequestAnswer {
    QString text, by;
    OptionalDate date;
    QJsonObject unknown;
    bool operator==(const RequestAnswer &) const = default;
};

// Who closed a request (always someone of the asking role) and when.
struct RequestClosure {
    QString by;
    OptionalDate date;
    QJsonObject unknown;
    bool operator==(const RequestClosure &) const = default;
};

// A request for additional information by counsel or the reviewer, about one key path
// ("" for the whole document). Kept forever: the round trip is part of the record.
struct InformationRequest {
    QString id; // "R1", "R2"…, never reused in a document
    QString path;
    QString text, by;
    Role role = Role::Reviewer;
    OptionalDate date;
    RequestStatus status = RequestStatus::Open;
    std::optional<RequestAnswer> answer;
    std::optional<RequestClosure> closed;
    // The field's value when the request was made ("value_at_request"), so a later edit of
    // the field shows; none for the whole document and for files written before the key.
    std::optional<QJsonValue> valueAtRequest;
    QJsonObject unknown;
    bool operator==(const InformationRequest &) const = default;
};

struct SmoutDocument {
    static constexpr int CurrentFormatVersion = 1;

    int formatVersion = CurrentFormatVersion;
    QString id;
    Screening screening;
    Summary summary;
    Questions questions;
    Review review;
    QList<Redaction> redactions;
    QList<InformationRequest> requests;
    QJsonObject unknown;

    // A blank document with a fresh UUID.
    static SmoutDocument createNew(const QString &component = {});

    bool operator==(const SmoutDocument &) const = default;
};

// The known component codes and their full names, in the order the form lists them.
struct ComponentInfo {
    QLatin1StringView code;
    QString name;
};
QList<ComponentInfo> knownComponents();
bool isKnownComponent(const QString &code);
QString componentName(const QString &code);

} // namespace smout

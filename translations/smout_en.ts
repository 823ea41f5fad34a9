<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>smout::Components</name>
    <message>
        <source>U.S. Customs and Border Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity and Infrastructure Security Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal Emergency Management Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal Law Enforcement Training Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation Security Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Coast Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Citizenship and Immigration Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countering Weapons of Mass Destruction Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of Intelligence and Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management Directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of Biometric Identity Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of the General Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of Inspector General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of Operations Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of Strategy, Policy, and Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science and Technology Directorate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::Finding</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::RuleText</name>
    <message>
        <source>Answer Rule %1 (question 5): do users follow it, Yes or No?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 is answered No: explain in at least 12 words why users do not follow it (&quot;If users do NOT follow a particular Rule, please detail reasoning&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule e) allows collecting more than the minimum PII only for systems under Final Rules for Exemption from the Privacy Act. List the exempted SORN(s) and cite the Final Rule or exemption (5 U.S.C. § 552a) in the explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule f) is answered No: the Privacy Office rarely accepts PII that is not protected as the Privacy Act and DHS privacy policy require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule h) is answered No: expect the determination &quot;Training required&quot; until users complete annual privacy training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how training is verified: users self-certify, the Component Privacy Officer or PPOC keeps attendance records, or No (with an explanation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;No&quot; mechanism is chosen together with a mechanism. Choose the mechanisms in place, or only &quot;No&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanism verifies training: explain why in at least 12 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how users reach social media (overt research, overt monitoring, overt engagement, masked monitoring, undercover engagement) so the right supervisor approves their access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule b) says users identify as DHS, but masked monitoring or undercover engagement hides that affiliation. Correct the answer or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule b) is answered No, but every chosen access mode is overt (DHS-branded). Correct the answer or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule c) says users never interact, but an engagement access mode is chosen. Correct the answer or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule c) is answered No (users interact), but no engagement access mode is chosen. Correct the answer or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor in the Senior Executive Service, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs (undercover engagement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second-level supervisor or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a first-line supervisor (overt research)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user&apos;s access must be approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of use (question 1), e.g. criminal investigations or benefit determinations; choose &quot;other&quot; and describe it if none fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one category is chosen. Question 1 asks for a separate template for each category of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Other&quot; is chosen: describe the category of use in full (at least 12 words), as question 1 asks when the use fits none of the listed categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the use (question 1): what PII is collected from social media, from whom, by whom, and for what purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The description has %n word(s). The Privacy Office usually needs at least 60 to understand what is collected, from whom and why.</source>
        <translation>
            <numerusform>The description has %n word. The Privacy Office usually needs at least 60 to understand what is collected, from whom and why.</numerusform>
            <numerusform>The description has %n words. The Privacy Office usually needs at least 60 to understand what is collected, from whom and why.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the legal authorities for this operational use (question 2): statutes, regulations, executive orders or delegations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no recognisable citation. Cite the authority precisely (Pub. L., U.S.C., C.F.R., Stat., Executive Order, Delegation, Directive or Act) so counsel can certify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 2a: counsel must review the authorities for privacy issues and determine that they permit the use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2a is answered No: the SMOUT cannot go forward until counsel has reviewed the authorities and determined that they permit the use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether this use is in development or operational (question 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use is operational: give the date it was first launched, or explain in the note (at least 12 words) why the date is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch date is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch date %1 is in the future. For a use that has not started, choose &quot;In development&quot; and leave the date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch date %1 is before MD 110-01 was issued (2012-06-08). Explain in the note how the use was covered before the Directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use is in development but has a launch date. Choose &quot;Operational&quot; if it has launched, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the Rules of Behavior (question 4): give their title and the attached file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached Rules of Behavior file &quot;%1&quot; cannot be found next to the SMOUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; does not match the SHA-256 recorded for it: the Rules of Behavior were changed or replaced. Re-attach the file to record its current fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A determination is recorded: give the NAME of the DHS Privacy Office reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A determination is recorded: give the DATE it was reviewed by the DHS Privacy Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 is before the date the SMOUT was submitted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has not met the requirements: say why (authorities do not authorize the use, Rules of Behavior do not comply, or training required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is determined to have met the requirements, yet reasons for not meeting them are checked. Clear the reasons or change the determination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Rules of Behavior do not comply&quot; is checked: explain the analysis in at least 12 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is required: say whether it is covered by an existing %1, a new one, or an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by an existing %1: list which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An updated %1 is required: name the %1 to be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements are determined met while Rule h) (training) is answered No. Consider &quot;Training required&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements are determined met while the program&apos;s answers still hold errors. Have them corrected first, or record why they are acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice contradicts the program&apos;s answer to Rule %1 (Yes). Check the answer with the program, or correct the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review was due on %1 (three years after the review); it is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review is due on %1, three years after the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use is exempt from MD 110-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with a name and a phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counsel contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IT system named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIA number is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SORN number is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SORN has no Federal Register citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIA listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SORN listed while PII is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one category in one template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Other&quot; category not described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description missing or short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authority without a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel has not certified the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational without a launch date or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch date implausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of Behavior not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached Rules of Behavior changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Rule of Behavior is unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Rule answered No without reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII beyond the minimum without a Privacy Act exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII not safeguarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annual privacy training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training verification unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access mode chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access modes contradict question 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approves users&apos; access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer or review date missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination and reasons disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant Rules of Behavior without analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required PIA/SORN coverage incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met while the program&apos;s answers hold errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s choice contradicts the program&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When re-review is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b) Email and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c) Public interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d) Privacy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e) PII collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f) PII safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g) Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h) Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from MD 110-01: communications and outreach with the public authorized by the Office of Public Affairs. No SMOUT is required for this use; it is covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from MD 110-01: authorized intelligence or counterintelligence activities under Executive Order 12333. No SMOUT is required for this use; it is governed by the EO 12333 procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from MD 110-01: OPS gathering information to enhance situational awareness. No SMOUT is required for this use; it is covered by DHS/OPS/PIA-004(d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an operational use under MD 110-01 (general Internet research, professional development, or internal meetings and administrative efficiencies). No SMOUT is required for this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the component that uses social media (SUMMARY INFORMATION, &quot;Name of Component&quot;), e.g. CBP, ICE or USCIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DHS component code. Choose one of the components the template lists, e.g. CBP, ICE, USCIS or a headquarters office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one program contact with a name and a phone number or email address (SUMMARY INFORMATION, &quot;Contact Information&quot;), so the Privacy Office can reach the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the counsel for this use (&quot;Counsel Contact Information&quot;): counsel must certify that appropriate authority exists for the operational use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the IT system(s) where the social media data is stored (SUMMARY INFORMATION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PIA number. Write it as the PIA is published, e.g. DHS/CBP/PIA-044 or DHS/OPS/PIA-004(d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SORN number. Write it as the SORN is published, e.g. DHS/ALL-020, DHS/ICE-009 or DHS/USCIS-ICE-CBP-001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Federal Register citation of SORN %1 (e.g. 79 FR 23361) so the reviewer can check its current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Federal Register citation; write it as volume, FR, page, e.g. 79 FR 23361.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Privacy Impact Assessment is listed. List the PIA(s) that cover this use; if there is none, the DHS Privacy Office will decide whether one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII from social media is stored in an IT system but no System of Records Notice is listed. List the SORN(s) that cover those records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date submitted is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date submitted for review (%1) is in the future. Enter the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::Command</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout %1: %2 (see &apos;smout %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::Main</name>
    <message>
        <source>Usage: smout VERB [options] [arguments]

Drafts, checks, exports, signs and verifies DHS Social Media Operational Use Templates (SMOUT).

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;smout VERB --help&apos; for a verb&apos;s options. &apos;smout --version&apos; prints the version.
Exit codes: 0 nothing wrong, 1 problems found, 2 bad usage or unreadable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout: unknown verb or option &apos;%1&apos; (see &apos;smout --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::NewCommand</name>
    <message>
        <source>write a blank SMOUT with a fresh document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout new [--component CODE] -o FILE.smout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component code, e.g. CBP, ICE, USCIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout new: unknown component &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::ValidateCommand</name>
    <message>
        <source>check SMOUT files against Directive 110-01 and list what to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout validate FILE... [--format text|json] [--today YYYY-MM-DD] [--role author|counsel|reviewer]   (&apos;-&apos; reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: text (grouped by section) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check dates as if today were YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only findings about the sections this role writes: author, counsel or reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .smout files to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout validate: --format must be text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout validate: --today must be a real date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout validate: --role must be author, counsel or reviewer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 1 — category of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 2 — authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 3 — status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 4 — Rules of Behavior attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 5 — Rules of Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smout::io::JsonParser</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object &apos;{&apos; at the start of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (line %3, column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file, %1 expected (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file, a value expected (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value expected, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown word, a value expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside an object (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in double quotes expected, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file, &apos;,&apos; or &apos;}&apos; expected (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; expected after a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file, &apos;,&apos; or &apos;]&apos; expected (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; expected after a list item, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside text (a closing &apos;&quot;&apos; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside text (write it as an escape such as \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file inside text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1 in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text longer than the %L1 characters a field may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character (\u0000) inside text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape: a lone low surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape: a high surrogate without its pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit expected in a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number may not start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit expected after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit expected in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number too large to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document): the file starts with a byte order mark (BOM); save it as UTF-8 without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document): the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::io::SmoutFiles</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %L2 MB, too large for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saving failed (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::io::SmoutReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or null, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character position (a whole number from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redaction needs both &quot;start&quot; and &quot;end&quot;, or neither (the whole value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redaction starts after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; this is not a .smout document (expected &quot;format&quot;: &quot;smout&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;smout&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;smout&quot;, got &quot;%1&quot;; this is not a .smout document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document uses format version %1, newer than the version %2 this SMOUT Studio understands; open it with a newer SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document): the file is larger than %L1 MB; a SMOUT is never this large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

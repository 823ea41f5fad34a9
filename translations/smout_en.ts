<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessForm</name>
    <message>
        <source>Access modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Access modes: how do users reach social media for this use?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt research — collecting information from social media without logging in or otherwise interacting with individuals through social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt research: collecting information from social media without logging in or otherwise interacting with individuals through social media. (approved by a first-line supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt monitoring — logging in with DHS-branded credentials or otherwise indicating an official agency presence, without engaging or interacting with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt monitoring: logging in with DHS-branded credentials or otherwise indicating an official agency presence, without engaging or interacting with individuals. (approved by a second-level supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt engagement — logging in with DHS-branded credentials or otherwise indicating an official agency presence, and engaging or interacting with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt engagement: logging in with DHS-branded credentials or otherwise indicating an official agency presence, and engaging or interacting with individuals. (approved by a second-level supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked monitoring — using identities or credentials that do not identify a DHS affiliation, without engaging or interacting with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked monitoring: using identities or credentials that do not identify a DHS affiliation, without engaging or interacting with individuals. (approved by a second-level supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undercover engagement — using identities or credentials that do not identify a DHS affiliation, to engage or interact with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undercover engagement: using identities or credentials that do not identify a DHS affiliation, to engage or interact with individuals. (approved by an SES supervisor, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. A date, or Not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. A list: add, remove and reorder its entries with the buttons beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChangesView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryChart</name>
    <message>
        <source>SMOUTs by status and by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By component</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryWindow</name>
    <message>
        <source>&amp;Due for re-review in the next 90 days, or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inven&amp;tory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/dbname for a shared office inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component, system, authority, contact, id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SMOUT(s)</source>
        <translation>
            <numerusform>%n SMOUT</numerusform>
            <numerusform>%n SMOUTs</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;visions and changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE 2012 (released under FOIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictional USCIS benefit fraud (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections a role does not own are read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a finding to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 infos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemption applies: complete every section of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No SMOUT is required for this use.&lt;/b&gt; Exempt: %1. The other sections stay available but are not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT documents (*.smout);;PDF exported by SMOUT Studio (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not saved: %1
Your work is kept; try Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT documents (*.smout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SMOUT has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT Studio ended without saving changes to %1. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened revision %1 from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your work is kept in this window and in its recovery copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of this SMOUT was saved by someone else after you opened it.

Your version differs in:
%2

Keep yours as a new revision (Save), or reload theirs (Reset)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Rules of Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes Since Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the document with the version signed in the PDF it was opened from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Since Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is as it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the signed version.</source>
        <translation>
            <numerusform>%n field differ from the signed version.</numerusform>
            <numerusform>%n fields differ from the signed version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question1Form</name>
    <message>
        <source>Q1 Category of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Describe the category of use for collecting personally identifiable information from social media sources. Examples include: law enforcement intelligence, criminal investigations, background investigations, administrative investigations, professional responsibility investigations, benefit or employment determinations, or situational awareness. If use does not fit into one of these categories, please describe in full below. If your component has multiple categories of use, please submit separate template for each category.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional responsibility investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative or benefit determinations (including fraud detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (described below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Other category, described in full:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other category, described in full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Description of the use:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question2Form</name>
    <message>
        <source>Q2 Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Based on the operational use of social media listed above, please provide the appropriate authorities.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Authorities:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:Authority (with its citation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use? Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use? No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>² Counsel listed here must certify that appropriate authority exists to engage in particular operational activities involving social media.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question3Form</name>
    <message>
        <source>Q3 Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Is this use of social media in development or operational?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Is this use of social media in development or operational? In development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Is this use of social media in development or operational? Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Date first launched:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date first launched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, or &quot;Not set&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note (when the launch date is unknown):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (when the launch date is unknown):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question4Form</name>
    <message>
        <source>Q4 Rules of Behavior attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Please attach a copy of the Rules of Behavior that outline the requirements below.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Title of the Rules of Behavior:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the Rules of Behavior:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attached file (next to the .smout file):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file (next to the .smout file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SHA-256 of the attached file:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the attached file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question5Form</name>
    <message>
        <source>Q5 Rules of Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;5. Please describe the Rules of Behavior in effect for the listed operational use of social media. If users do NOT follow a particular Rule, please detail reasoning for not following that Rule:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) &lt;i&gt;Equipment.&lt;/i&gt; Use only government-issued equipment when engaging in the operational use of social media;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) Equipment. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b) &lt;i&gt;Email and accounts.&lt;/i&gt; Use online screen names or identities that indicate an official DHS affiliation and use DHS email addresses to open accounts used when engaging in social media in the performance of their duties;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b) Email and accounts. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c) &lt;i&gt;Public interaction.&lt;/i&gt; Access publicly available information through social media only by reviewing posted information without interacting with any individual who posted the information;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c) Public interaction. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d) &lt;i&gt;Privacy settings.&lt;/i&gt; Respect individuals&apos; privacy settings and access only information that is publicly available;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d) Privacy settings. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e) &lt;i&gt;PII collection:&lt;/i&gt; Collect the minimum PII necessary for the proper performance of their authorized duties except for systems subject to Final Rules for Exemption from certain aspects of the Privacy Act;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e) PII collection: If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f) &lt;i&gt;PII safeguards.&lt;/i&gt; Protect PII as required by the Privacy Act (if applicable) and DHS privacy policy;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f) PII safeguards. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g) &lt;i&gt;Documentation.&lt;/i&gt; Document operational use of social media, including date, site(s) accessed, information collected and how it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g) Documentation. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h) &lt;i&gt;Training.&lt;/i&gt; Users complete annual privacy training which has been approved by Component Privacy Officer (or Privacy Point of Contact) based upon training materials provided by the DHS Privacy Office. Training must include, at minimum: legal authorities, acceptable operational uses of social media, access requirements, and requirements for documenting operational uses of social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h) Training. If not, please explain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>DHS Privacy Office review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DHS SOCIAL MEDIA DOCUMENTATION (To be Completed by the DHS Privacy Office)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DATE reviewed by the DHS Privacy Office:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE reviewed by the DHS Privacy Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, or &quot;Not set&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NAME of the DHS Privacy Office Reviewer:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the DHS Privacy Office Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DESIGNATION: covering PIA(s)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGNATION: covering PIA(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:PIA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DESIGNATION: covering SORN(s)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGNATION: covering SORN(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:SORN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Category of Use:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional responsibility investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative or benefit determinations (including fraud detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (described below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Other category:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Authorities analysis:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Authorities analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Rules of Behavior Content:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Equipment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment Non-attributable equipment allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-attributable equipment allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment Must resolve back to a DHS/US IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must resolve back to a DHS/US IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Email and accounts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and accounts DHS email/accounts not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS email/accounts not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and accounts DHS email/accounts required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS email/accounts required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Public interaction&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interaction May interact (specific investigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May interact (specific investigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interaction May not interact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May not interact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy settings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings May disregard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May disregard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings Must respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PII storage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII storage Exempted system of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempted system of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII storage System of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SORNs covering the stored PII&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORNs covering the stored PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PII safeguards&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII safeguards As the Privacy Act requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the Privacy Act requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII safeguards Minimal, consistent with DHS/OPS-004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal, consistent with DHS/OPS-004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Documentation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is required, covering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable operational uses of social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirements for documenting operational uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by self-certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by Component Privacy Officer or PPOC records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DHS Privacy Office Determination&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office Determination Program has met requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program has met requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office Determination Program has not yet met requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program has not yet met requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program authorities do not authorize operational use of social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of Behavior do not comply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Analysis of the Rules of Behavior:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of the Rules of Behavior:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIA is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Covered by existing PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by existing PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Existing PIA(s):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing PIA(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PIA to be updated:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIA to be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SORN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Covered by existing SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by existing SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Existing SORN(s):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing SORN(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SORN to be updated:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORN to be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DHS PRIVACY OFFICE COMMENTS&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS PRIVACY OFFICE COMMENTS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionComparison</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a SMOUT to see its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is the first: every field it set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed from revision %1 to revision %2.</source>
        <translation>
            <numerusform>%n field changed from revision %1 to revision %2.</numerusform>
            <numerusform>%n fields changed from revision %1 to revision %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a SMOUT needed at all? The following uses are exempt from Management Directive 110-01: check any that applies to this use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications and outreach with the public authorized by the Office of Public Affairs (covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized intelligence or counterintelligence activities under Executive Order 12333 (governed by EO 12333 procedures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPS gathering information to enhance situational awareness (covered by DHS/OPS/PIA-004(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not operational use: general Internet research, professional development, or internal meetings and administrative efficiencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus and forms change language at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the form&apos;s wording in the interface language (DHS adjudicates in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every revision you save to the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery copy &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after your last change before unsaved work is copied for recovery after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/dbname for a shared office inventory; empty for your own inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once certificates have been used, another database applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT Studio&apos;s own certificate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My NSS database (%1), with smart cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesForm</name>
    <message>
        <source>Signatures &amp; export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filled form as a PDF (with the document embedded for the round trip), print it, or preview exactly what will be printed. A document that still holds errors is exported as a draft, marked on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificate (PKCS#12)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a root certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a PKCS#12 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures chaining to this root are now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author-signed submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counsel-signed submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every signature is valid and trusted, and nothing changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT OK. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT Studio&apos;s own certificate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My NSS database (%1), with smart cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT Studio will use %1 from its next start; this session keeps using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <source>Summary information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please complete this form and send it to your Component Privacy Officer. Upon receipt, your Component Privacy Officer and the DHS Privacy Office will review this form and may request additional information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Date submitted for review:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted for review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, or &quot;Not set&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name of Component:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact Information:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program contacts: name, title, office, phone, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:Name;title:Title;office:Office;phone:Phone;email:Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Counsel² Contact Information:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel² Contact Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel who certify that appropriate authority exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>² Counsel listed here must certify that appropriate authority exists to engage in particular operational activities involving social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;IT System(s) where social media data is stored:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT System(s) where social media data is stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:IT system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicable Privacy Impact Assessment(s) (PIA):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable Privacy Impact Assessment(s) (PIA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id:PIA number;title:Title;date:Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicable System of Records Notice(s) (SORN):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable System of Records Notice(s) (SORN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id:SORN number;title:Title;date:Date (YYYY-MM-DD);federal_register:Federal Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mechanisms are (or will be) in place to verify that users have completed training.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, employees self-certify that they have read and understood their Component Rules of Behavior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance at privacy training that includes training on the Rules of Behavior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;If not, please explain:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, please explain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Drafts, checks and exports SMOUTs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .smout file (or exported PDF) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the section with this number (0-10) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a field as if typed, e.g. questions.q1_other=&quot;text&quot; (a JSON value), as an undoable edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds from launch to the first painted window, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout</name>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q5 Rule %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q5 Rules of Behavior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>smout::EditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::FieldNames</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel Contact Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT System(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy Impact Assessment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System of Records Notice(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 Category of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 Other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 Description of the use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2 Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2a Counsel&apos;s review of the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 Date first launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 Note on the launch date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4 Rules of Behavior attachment</source>
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
        <source>Review: date reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: name of the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: designation, PIA(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: designation, SORN(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: category of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: authorities analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: Rules of Behavior content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: PIA documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: SORN documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: comments</source>
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
    <name>smout::FormText</name>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: the program states that this use is exempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY INFORMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted for review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel² Contact Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT System(s) where social media data is stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable Privacy Impact Assessment(s) (PIA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable System of Records Notice(s) (SORN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPECIFIC QUESTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date first launched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, please explain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. If not, please explain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIA is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SORN is required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by existing PIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by existing SORN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated. Name and number of the PIA to be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated. Name and number of the SORN to be updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS SOCIAL MEDIA DOCUMENTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(To be Completed by the DHS Privacy Office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE reviewed by the DHS Privacy Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the DHS Privacy Office Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGNATION: covering PIA(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGNATION: covering SORN(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Category of Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Authorities analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Rules of Behavior Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use government-issued equipment; equipment may be non-attributable and need not resolve back to a DHS/US IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use government-issued equipment that must resolve back to a DHS/US IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government email addresses or official DHS accounts are not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government email addresses or official DHS accounts are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may interact with individuals in relation to a specific law enforcement investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may not interact with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may disregard privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must respect individuals&apos; privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII is maintained in an exempted system of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII is maintained in a system of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect PII as required by the Privacy Act and DHS privacy policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a minimal amount of PII, consistent with DHS/OPS-004.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation of operational use is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation of operational use is not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is required, covering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by self-certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by Component Privacy Officer or PPOC records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program has met requirements to use social media for the stated authorized operational purposes, and must continue compliance with the requirements above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program has not yet met requirements to utilize social media for operational purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program authorities do not authorize operational use of social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of Behavior do not comply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional Privacy compliance documentation is required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS PRIVACY OFFICE COMMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: validation findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was exported before every error was resolved. It cannot be signed or submitted until the errors below are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS OPERATIONAL USE OF SOCIAL MEDIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template is used to assess the Department&apos;s Operational Use of Social Media, consistent with Management Directive 110-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHS Privacy Office has created this template to determine privacy compliance with Management Directive 110-01, Privacy Policy for Operational Use of Social Media. For the purposes of the Management Directive and this template, &quot;Operational Use&quot; means authorized use of social media to collect personally identifiable information for the purpose of enhancing situational awareness, investigating an individual in a criminal, civil, or administrative context, making a benefit determination about a person, making a personnel determination about a Department employee, making a suitability determination about a prospective Department employee, or for any other official Department purpose that has the potential to affect the rights, privileges, or benefits of an individual. Operational use does not include the use of search engines for general Internet research, nor does it include the use of social media for professional development such as training and continuing education or for facilitating internal meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following uses of social media are exempt from the Management Directive and are not subject to this requirement¹:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) Communications and outreach with the public authorized by the Office of Public Affairs (covered by the existing PIAs: DHS/ALL/PIA-031 - Use of Social Networking Interactions and Applications Communications/Outreach/Public Dialogue and DHS/ALL/PIA-036 - Use of Unidirectional Social Media Applications);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b) The conduct of authorized intelligence activities carried out by the Office of Intelligence and Analysis, the intelligence and counterintelligence elements of the United States Coast Guard, or any other Component performing authorized foreign intelligence or counterintelligence functions, in accordance with the provisions of Executive Order 12333, as amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of search engines for general Internet research, professional development (training and continuing education), or internal meetings and administrative efficiencies is not operational use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications and outreach with the public authorized by the Office of Public Affairs (covered by DHS/ALL/PIA-031 and DHS/ALL/PIA-036)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized intelligence or counterintelligence activities under Executive Order 12333 (governed by EO 12333 procedures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPS gathering information to enhance situational awareness (covered by DHS/OPS/PIA-004(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not operational use: general Internet research, professional development, or internal meetings and administrative efficiencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template shall be used to document the process to be followed by all programs engaging in operational uses of social media; to identify information technology systems, technologies, rulemakings, programs, or pilot projects that involve PII and other activities that otherwise impact the privacy of individuals as determined by the Chief Privacy Officer; and to assess whether there is a need for additional Privacy Compliance Documentation. Components may appeal to the Deputy Secretary for Homeland Security if there is disagreement over the DHS Privacy Office determination of privacy compliance for the operational use of social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¹ Gathering information by the Office of Operations Coordination and Planning (OPS) to enhance situational awareness is exempt from this requirement and is covered by the existing PIA: DHS/OPS/PIA-004(d) - Publicly Available Social Media Monitoring and Situational Awareness Initiative Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please complete this form and send it to your Component Privacy Officer. Upon receipt, your Component Privacy Officer and the DHS Privacy Office will review this form and may request additional information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>² Counsel listed here must certify that appropriate authority exists to engage in particular operational activities involving social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Describe the category of use for collecting personally identifiable information from social media sources. Examples include: law enforcement intelligence, criminal investigations, background investigations, administrative investigations, professional responsibility investigations, benefit or employment determinations, or situational awareness. If use does not fit into one of these categories, please describe in full below. If your component has multiple categories of use, please submit separate template for each category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Based on the operational use of social media listed above, please provide the appropriate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a) Has Counsel listed above reviewed these authorities for privacy issues and determined that they permit the Program to use social media for the listed operational use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Is this use of social media in development or operational?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Please attach a copy of the Rules of Behavior that outline the requirements below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Please describe the Rules of Behavior in effect for the listed operational use of social media. If users do NOT follow a particular Rule, please detail reasoning for not following that Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only government-issued equipment when engaging in the operational use of social media;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use online screen names or identities that indicate an official DHS affiliation and use DHS email addresses to open accounts used when engaging in social media in the performance of their duties;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access publicly available information through social media only by reviewing posted information without interacting with any individual who posted the information;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect individuals&apos; privacy settings and access only information that is publicly available;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the minimum PII necessary for the proper performance of their authorized duties except for systems subject to Final Rules for Exemption from certain aspects of the Privacy Act;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect PII as required by the Privacy Act (if applicable) and DHS privacy policy;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document operational use of social media, including date, site(s) accessed, information collected and how it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users complete annual privacy training which has been approved by Component Privacy Officer (or Privacy Point of Contact) based upon training materials provided by the DHS Privacy Office. Training must include, at minimum: legal authorities, acceptable operational uses of social media, access requirements, and requirements for documenting operational uses of social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms are (or will be) in place to verify that users have completed training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, employees self-certify that they have read and understood their Component Rules of Behavior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, Component Privacy Officers or PPOCs maintain a record of employee attendance at privacy training that includes training on the Rules of Behavior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law enforcement intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional responsibility investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative or benefit determinations (including fraud detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment determinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (described below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access modes: how do users reach social media for this use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overt engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undercover engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting information from social media without logging in or otherwise interacting with individuals through social media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in with DHS-branded credentials or otherwise indicating an official agency presence, without engaging or interacting with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in with DHS-branded credentials or otherwise indicating an official agency presence, and engaging or interacting with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using identities or credentials that do not identify a DHS affiliation, without engaging or interacting with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using identities or credentials that do not identify a DHS affiliation, to engage or interact with individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by a first-line supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by a second-level supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by an SES supervisor, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable operational uses of social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirements for documenting operational uses of social media</source>
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
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)%2)</source>
        <translation>
            <numerusform>Wrote %1 (%n page%2)</numerusform>
            <numerusform>Wrote %1 (%n pages%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>, marked DRAFT — NOT VALIDATED: the document has errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::DbCommand</name>
    <message>
        <source>the SMOUT inventory: import, list, show and export revisions (SQLite or PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import FILE... | list [--due-within DAYS] [--status S] [--search WORDS] [--format text|json] | show ID [--revision N] | export ID -o FILE   [--database URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite file, or postgresql://user@host:port/dbname (default: SMOUT_DATABASE or the user&apos;s inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: due for re-review within DAYS (overdue included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: draft, with_counsel, submitted, under_review, adjudicated_met, adjudicated_not_met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show/export: this revision instead of the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, list, show or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files (import) or the SMOUT id (show, export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db: unknown action &apos;%1&apos; (import, list, show or export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import: give the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 document(s) into the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db list: unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db %1: give one SMOUT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db export: give -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote revision %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3, revision %4 of %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-review due: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::DiffCommand</name>
    <message>
        <source>field-level differences between two SMOUTs (.smout files or exported/signed PDFs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout diff A B [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout diff: give two documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout diff: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::ExportCommand</name>
    <message>
        <source>export the filled form as PDF, with the document embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout export FILE.smout -o OUT.pdf [--page-size letter|a4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .smout file to export (&apos;-&apos; reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter or a4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check dates as if today were YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout export: --page-size must be letter or a4, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout export: --today must be a real date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::ImportCommand</name>
    <message>
        <source>get the document back out of an exported or signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout import FILE.pdf -o FILE.smout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF exported by SMOUT Studio (&apos;-&apos; reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout import: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (id %2)</source>
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
    <name>smout::cli::ReleaseCommand</name>
    <message>
        <source>export a FOIA release copy: redacted text replaced by its exemption, no embedded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout release FILE.smout -o RELEASE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .smout file to release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::SignCommand</name>
    <message>
        <source>sign as author, counsel or reviewer with a certificate (NSS database, smart card or PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign INPUT --role author|counsel|reviewer -o OUT.pdf [--cert NICKNAME] [--nss-dir DIR] [--p12 FILE] [--passphrase-file FILE] [--submission SIGNED.pdf]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author (INPUT is a .smout), counsel (INPUT is the author-signed PDF) or reviewer (INPUT is the reviewed .smout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname of the signing certificate in the NSS database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSS database (default ~/.pki/nssdb, where smart-card modules are registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file to sign with, used for this signature only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file whose first line is the passphrase or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer: the counsel-signed submission PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check dates as if today were YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: --role must be author, counsel or reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: --today must be a real date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: --role reviewer needs --submission SIGNED.pdf (the counsel-signed submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: %1; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: name the certificate with --cert NICKNAME, or give --p12 FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 as %2 with &quot;%3&quot;</source>
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
    <name>smout::cli::VerifyCommand</name>
    <message>
        <source>verify the signatures of a SMOUT PDF and detect changes made after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify FILE.pdf [--format text|json] [--nss-dir DIR] [--trust CA.pem]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSS database whose trust settings decide (default: only the --trust anchors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trusted root certificate (PEM); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify: --format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify: give either --nss-dir or --trust, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all signatures valid and trusted, nothing changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, NOT trusted</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>standard input: cannot be read</source>
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
<context>
    <name>smout::pdf::EmbeddedDocument</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF holds no embedded SMOUT document (%1); it was not exported by SMOUT Studio, or it is a release copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::pdf::PdfExporter</name>
    <message>
        <source>Social Media Operational Use Template (MD 110-01), document %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, FOIA release copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded document is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::pdf::PdfRenderer</name>
    <message>
        <source>DRAFT — NOT VALIDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program office: submitted for DHS Privacy Office adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel: certifies that appropriate authority exists for the operational use described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office reviewer: determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::NssDatabase</name>
    <message>
        <source>%1: %2 is not installed (Debian package libnss3-tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another certificate database is already open in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an NSS certificate database (no cert9.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the certificate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfSigner</name>
    <message>
        <source>Program office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by the program office for DHS Privacy Office adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel certifies that appropriate authority exists for the operational use described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS Privacy Office determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing certificate is available in %1: wrong passphrase or PIN, or the database holds no private keys; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing certificate named &quot;%1&quot; in %2 (available: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or PIN for the certificate &quot;%1&quot;; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a temporary file for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing with &quot;%1&quot; failed (is the certificate valid for signing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::RevisionDiff</name>
    <message>
        <source>the number of pages changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded file %1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded file %1 was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 was embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document information (title, author, subject) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revisions cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureSpans</name>
    <message>
        <source>its /ByteRange does not cover the file from its first byte (universal signature forgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /ByteRange reaches beyond the end of the file: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gap in its /ByteRange does not hold exactly the signature /Contents (signature wrapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /Contents is empty or zeroed (universal signature forgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its /ByteRange does not end where a revision of the file ends (signed bytes moved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureVerifier</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is marked untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate does not chain to a trusted root (unknown or untrusted CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate had expired or was not yet valid when it signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed bytes were changed after signing (digest mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature data is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is cryptographically invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision holds no readable SMOUT document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visible text does not match the embedded document (not shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF: the file is truncated (it does not end with %%EOF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed byte range belongs to this signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified after signing by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature dictionaries are not attached to any signature field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SigningWorkflow</name>
    <message>
        <source>the PDF is not signed by the program office; counsel signs the author-signed submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsel can certify only when question 2 lists authorities and 2a is answered Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the document has %n error(s) and cannot be signed until they are fixed:
</source>
        <translation>
            <numerusform>the document has %n error and cannot be signed until they are fixed:
</numerusform>
            <numerusform>the document has %n errors and cannot be signed until they are fixed:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the review section has no determination yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer signs an adjudication of the counsel-signed submission: give the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission is not the signed submission of this SMOUT (document ids differ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::InventoryStore</name>
    <message>
        <source>Category not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory database is locked by another program; try again in a moment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory database is read-only; ask for write access or choose another inventory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory server cannot be reached; your unsaved work is kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated: not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 database driver is not installed (Debian package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the inventory %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 has no revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMOUT with id %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 has a revision counter without its revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::Schema</name>
    <message>
        <source>the inventory cannot be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the inventory to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessForm</name>
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
    <name>AccessRequestForm</name>
    <message>
        <source>A copy of the signed Rules of &amp;Behavior was provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Access Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled SMOUT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SMOUT from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;MOUT authorizing the use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory &amp;training completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the access requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestsWindow</name>
    <message>
        <source>Access Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;MOUT id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests marked with a warning changed their determination when their SMOUT changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be approved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) changed their determination with their SMOUT and need review.</source>
        <translation>
            <numerusform>%n request changed its determination with its SMOUT and needs review.</numerusform>
            <numerusform>%n requests changed their determination with their SMOUT and need review.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3), supervisor %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the request again from the inventory as it is today, and record the determination with its reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervisor &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supervisor level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled SMOUT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the inventory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination changed when its SMOUT changed; review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 as %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the access request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 for %2 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the determination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The determination was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2, recorded with its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the access request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was approved by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundExport</name>
    <message>
        <source>Exporting the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1, with placeholders for characters no installed font can draw:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundPrint</name>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened or refused the pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year has no month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n day(s)</source>
        <translation>
            <numerusform>%1 has %n day</numerusform>
            <numerusform>%1 has %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>type it as YYYY-MM-DD or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); the date stays not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); the date stays %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month; Enter takes the day, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierLocations</name>
    <message>
        <source>%1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates in %1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory %1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of SMOUT Studio kept your work where the smout command does not look. Move it, so that the window and the smout command share it?

%1

You are asked this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates are now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another inventory was left at %1: choose it in Settings, or bring its SMOUTs in with smout db import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExemptionChooser</name>
    <message>
        <source>deliberative process, attorney work product or attorney-client privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal privacy (personnel and similar files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal privacy in law enforcement records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law enforcement techniques and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withhold under FOIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release copy shows these exemptions in place of the marked text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>(choose the component)</source>
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
    <message>
        <source>%1. A date as YYYY-MM-DD, empty when not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, read-only for your role; empty when not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Read-only for your role.</source>
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
    <name>FindingsAnnouncer</name>
    <message>
        <source>New error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more new error(s).</source>
        <translation>
            <numerusform>%n more new error.</numerusform>
            <numerusform>%n more new errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %n error(s)</source>
        <translation>
            <numerusform>Now %n error</numerusform>
            <numerusform>Now %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings › Go to the finding&apos;s field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMOUT Studio %1&lt;/h3&gt;&lt;p&gt;Drafts, checks, exports, signs and keeps DHS Social Media Operational Use Templates (Management Directive 110-01).&lt;/p&gt;&lt;p&gt;The program office fills in the template, counsel confirms the authorities, and the DHS Privacy Office reviews it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryActions</name>
    <message>
        <source>Stopped waiting for the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is still busy; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening from the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened revision %1 from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the inventory…</source>
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
        <source>you may not change %1&apos;s SMOUTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened revision %1 from the inventory, read-only: %2</source>
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
    <message>
        <source>Access &amp;Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMOUT matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The inventory holds no SMOUT yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To add one, open it in the main window and choose &lt;b&gt;File → Save to Inventory&lt;/b&gt; (Ctrl+Alt+S). Many files at once: &lt;tt&gt;smout db import FILE…&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegacyImportDialog</name>
    <message>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred — check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing — fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Existing SMOUT — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the imported document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmapped — place it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edition: %2 field(s) mapped, %3 inferred (check them), %4 missing (fill them in), %5 passage(s) of text placed in no field. The document opens as an unsaved draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not taken from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Existing SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled templates (*.docx *.pdf *.txt *.md);;Word documents (*.docx);;PDF (*.pdf);;Text (*.txt *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported:
%2</source>
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
        <source>%1, row %2 of %3. Tab moves to the next cell; Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of %1 entries. Arrow keys move between cells; F2 edits a cell; Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for withholding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of %1 entries, read-only for your role. Arrow keys move between cells; Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListItemNames</name>
    <message>
        <source>a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counsel contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsel contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IT system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a covering PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covering PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a covering SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covering SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SORN for stored PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORN for stored PII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
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
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
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
            <numerusform>%n field differs from the signed version.</numerusform>
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
    <message>
        <source>Export &amp;Release Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark for Withholding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
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
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by %1. Your role can edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by %1. Read-only for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF this was opened from was changed after signing, or cannot be relied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request More Information About the &amp;Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n open request(s)</source>
        <translation>
            <numerusform>, %n open request</numerusform>
            <numerusform>, %n open requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Since the Previous Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last print job is still being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Do not rely on this PDF: %n problem(s) found in the signed file (Edit → Changes Since Signing lists them)</source>
        <translation>
            <numerusform>Do not rely on this PDF: %n problem found in the signed file (Edit → Changes Since Signing lists them)</numerusform>
            <numerusform>Do not rely on this PDF: %n problems found in the signed file (Edit → Changes Since Signing lists them)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 (from the inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Existing S&amp;MOUT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Counsel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel answers question 2a in the draft before the program office signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add validation data and a document timestamp to a signed PDF, so that it verifies after its certificates expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the program office about the whole document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect your certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: make it longer (12 characters or more) or mix letters, digits and other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a few more characters or another word would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfArchiving</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archived PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written with validation data and a document timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time-stamping authority is set in Edit → Settings, so no document timestamp can be added. Add the validation data alone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was archived: set a time-stamping authority in Edit → Settings for a document timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fetch revocation data (CRLs and OCSP responses) from the addresses the certificates name? This reaches the network; No keeps archiving offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written with validation data, without a document timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question1Form</name>
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
</context>
<context>
    <name>Question3Form</name>
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
        <source>&lt;b&gt;Note (when the launch date is unknown):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (when the launch date is unknown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: type it as YYYY-MM-DD or pick it with Alt+Down; leave it empty when not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question4Form</name>
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
        <source>a) &lt;i&gt;Equipment.&lt;/i&gt; Use only government-issued equipment when engaging in the operational use of social media;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
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
    <message>
        <source>Rule a) Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule b) Email and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule c) Public interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule d) Privacy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule e) PII collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule f) PII safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule g) Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule h) Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionMarker</name>
    <message>
        <source>Release Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark for Withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in a field, or click into a field, a date, an answer or a list entry, then mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for withholding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data left unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release copy would still show:

%1

Export the release copy anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Release Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release copy refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the release copy %1 and checked it: no withheld text in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cell (or, with Shift, the whole entry) of the list to withhold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseReviewView</name>
    <message>
        <source>Change &amp;Exemptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the release would give away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request More Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What information is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks about &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with your requests and answers in the document and its PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with your requests and answers in the document and its PDF. Asked once; change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestMarkers</name>
    <message>
        <source>Request More Information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the program office for more information about a field of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 from %2 (open): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 from %2 (answered): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — changed since the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsDock</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a request to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed since the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about %2, asked by %3 (%4) on %5:
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field has changed since the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, field by field, since the previous submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous submission is known: open the document from the inventory or from a signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, shown with the requests you close in the document and its PDF:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>:PIA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:SORN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by existing PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by existing SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGNATION: PIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESIGNATION: SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: the &quot;other&quot; category of use explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative investigations (question 1 only; not in this section of the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment determinations (question 1 only; not in this section of the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII storage: applicable SORN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of Behavior do not comply: analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: name and number of the PIA to be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: name and number of the SORN to be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: type it as YYYY-MM-DD or pick it with Alt+Down; leave it empty when not set</source>
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
    <message>
        <source>Reading the revisions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleExplanations</name>
    <message>
        <source>If not, please explain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <source>Is a SMOUT needed at all? The following uses are exempt from Management Directive 110-01: check any that applies to this use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionOwners</name>
    <message>
        <source>Every signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is completed by %1. You are signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendToCounsel</name>
    <message>
        <source>Send to Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program office sends its draft to counsel. Choose the role Program office to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel has answered question 2a already. Sign as the program office next (Signatures &amp; export → Sign…); counsel then countersigns the signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the revision for counsel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is marked “with counsel” in the inventory. Counsel opens it there with the role Counsel, answers question 2a, and saves it back to the inventory. Then open the latest revision and sign it as the program office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to counsel (by e-mail or your office&apos;s file share). Counsel opens it in SMOUT Studio with the role Counsel, answers question 2a, saves it and returns it to you. Then open the returned file and sign it as the program office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With counsel since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to counsel to answer question 2a: %1</source>
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
        <source>My NSS database (%1), shared with the smout command and smart cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamps from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time-stamping authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address (http or https) of a time-stamping authority: the Sign dialog then offers an RFC 3161 timestamp, which keeps a signature verifiable after its certificate expires. Only this address is asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May not sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase for the certificate database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Retype it, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your certificate and its key from a PKCS#12 file (.p12 or .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate here may sign documents. Import your certificate (a .p12 or .pfx file), or insert your card and open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;timestamp from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority proves when you signed, so that the signature stays verifiable after your certificate expires. Without an answer from it, nothing is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the certificates the role registry lists for %1 can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role registry is set: nothing checks that the certificate you choose belongs to %1. Ask your office to keep one (smout db roles), so that a role is a fact rather than a claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesForm</name>
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
        <source>SMOUT Studio will use %1 from its next start; this session keeps using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As counsel you sign the submission the program office signed: the PDF it exported and signed as author, and sent to you for legal review. Your signature is added to that file, after its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the DHS Privacy Office reviewer you sign an adjudication of the counsel-signed submission: the PDF the program office signed as author and counsel signed after legal review, sent to the Privacy Office. Your signed adjudication PDF carries your review and embeds that submission unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose that PDF next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: do not rely on this PDF. The problems found are listed above, under the signature they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My NSS database (%1), shared with the smout command and smart cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root certificate is trusted in %1, so no signature counts as trusted (add one: Trust a root certificate…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted roots (as in %1, which the smout command uses too): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted roots (as in %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the certificate database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key will be kept in the certificate database %1, which has no passphrase yet. Give it one: without it, anyone who can read your files could sign as you. You will type it each time you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: a key is kept only in a database with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate database %1 has no passphrase: anyone who can read your files can sign as you. Give it a passphrase now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase of the certificate database %1. You will type it each time you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable after the certificates expire: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable after the certificates expire: no — File → Archive… adds what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this root certificate? Every signature whose certificate chains to it will count as trusted.

Subject: %1
SHA-256 fingerprint: %2

Compare the fingerprint with the one its issuer gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedText</name>
    <message>
        <source>%1 %2 (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryForm</name>
    <message>
        <source>&lt;b&gt;Date submitted for review:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted for review:</source>
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
        <source>&lt;b&gt;Applicable System of Records Notice(s) (SORN):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable System of Records Notice(s) (SORN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date: type it as YYYY-MM-DD or pick it with Alt+Down; leave it empty when not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:Name;title:Title;office:Office*;phone:Phone;email:Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id:PIA number;title:Title*;date:Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id:SORN number;title:Title*;date:Date (YYYY-MM-DD);federal_register:Federal Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableAccessible</name>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
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
    <name>UserGuideWindow</name>
    <message>
        <source>SMOUT Studio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;b&gt;Social Media Operational Use Template&lt;/b&gt; (SMOUT) documents how a DHS program uses social media to collect personally identifiable information for an operational purpose, such as an investigation or a benefit determination, as Management Directive 110-01 requires. The program office fills it in, counsel confirms the legal authorities, and the DHS Privacy Office reviews it. SMOUT Studio checks it as you type, exports it as PDF and signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .smout document, or a PDF exported by SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: a complete SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: ICE 2012, released under FOIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet: files you open or save appear here.</source>
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
    <name>smout::DocumentModel</name>
    <message>
        <source>%1: the text holds a lone surrogate, which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2; as %3 you can read it but not change it</source>
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
        <source>Equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training.</source>
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
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: awaiting the program office&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS FOR ADDITIONAL INFORMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices here were withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories of use were withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::RequestChanges</name>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to another field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::RequestEdits</name>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::ReviewWording</name>
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
        <source>DESIGNATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is covered by the following Privacy Impact Assessment and Privacy Act System of Records Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Category of Use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law Enforcement Intelligence;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal law enforcement investigations;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background investigations;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional responsibility investigations;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative or benefit determinations (including fraud detection);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational awareness; and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Please explain &quot;other&quot; category of use here.&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. (authorities analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Rules of Behavior Content: (Check all items that apply.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a. Equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b. Email and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. Public interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d. Privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e. PII storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f. PII safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g. Documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h. Training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must use government-issued equipment. Equipment may be non-attributable and may not resolve back to DHS/US IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must use government-issued equipment. Equipment must resolve back to DHS/US IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users do not have to use government email addresses or official DHS accounts online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must use government email addresses or official DHS accounts online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may interact with individuals online in relation to a specific law enforcement investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may NOT interact with individuals online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may disregard privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must respect individual privacy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII is maintained in an exempted Privacy Act System of Records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII is maintained in a Privacy Act Systems of Records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please list applicable SORN here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PII is protected as required by the Privacy Act and DHS privacy policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a minimal amount of PII is collected and safeguarded, consistent with DHS/OPS-004 – Publicly Available Social Media Monitoring and Situational Awareness Initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users must appropriately document their use of social media, and collection of information from social media website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation is not expressly required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users must complete annual privacy training that has been approved by Component Privacy Officer. Training includes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal authorities;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable operational uses of social media;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requirements;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable Rules of Behavior; and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements for documenting operational uses of social media.</source>
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
        <source>No, certification of training completion cannot be verified.</source>
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
        <source>&lt;Please explain analysis.&gt;</source>
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
        <source>Covered by existing SORN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Please include the name and number of PIA to be updated here.&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Please include the name and number of SORN to be updated here.&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS PRIVACY OFFICE COMMENTS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::Roles</name>
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
        <source>the program office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DHS Privacy Office reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <comment>one word</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsel</source>
        <comment>one word</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <comment>one word</comment>
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
        <source>The launch date %1 is in the future. For a use that has not started, choose &quot;In development&quot; and leave the date empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use is in development but has a launch date. Choose &quot;Operational&quot; if it has launched, or clear the date.</source>
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
        <source>&quot;%1&quot; is not a SORN number. Write it as the SORN is published, e.g. DHS/ALL-020, DHS/ICE-009 or DHS/USCIS-ICE-CBP-001.</source>
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
        <source>The date submitted for review (%1) is in the future. Enter the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule f) is answered No: the Privacy Office rarely accepts PII that is not protected as the Privacy Act and DHS privacy policy require. Protect it so and answer Yes, or detail in Rule f)&apos;s reasoning how the PII is protected instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule h) is answered No: expect the determination &quot;Training required&quot; until users complete annual privacy training. Say in Rule h)&apos;s reasoning when the training will be in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how users reach social media (Access modes: overt research, overt monitoring, overt engagement, masked monitoring, undercover engagement). CBP&apos;s Standard Operating Procedure for Access to Operational Use of Social Media sets who approves each user&apos;s access by these modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule b) is answered Yes (users identify as DHS), but masked monitoring or undercover engagement hides that affiliation. Correct the answer to Rule b) or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule b) is answered No, but every access mode chosen logs in with DHS-branded credentials (overt monitoring or overt engagement). Correct the answer to Rule b) or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule c) is answered Yes (users never interact), but an engagement access mode is chosen. Correct the answer to Rule c) or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule c) is answered No (users interact), but no engagement access mode is chosen. Correct the answer to Rule c) or the access modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under CBP&apos;s Standard Operating Procedure for Access to Operational Use of Social Media, each user&apos;s access must be approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On CBP&apos;s scale (its Standard Operating Procedure for Access to Operational Use of Social Media), these modes would need approval by %1. For this component its own access procedure governs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The description has %n word(s). The Privacy Office usually needs at least 60 to understand what is collected, from whom and why: describe the use more fully in question 1.</source>
        <translation>
            <numerusform>The description has %n word. The Privacy Office usually needs at least 60 to understand what is collected, from whom and why: describe the use more fully in question 1.</numerusform>
            <numerusform>The description has %n words. The Privacy Office usually needs at least 60 to understand what is collected, from whom and why: describe the use more fully in question 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The launch date is not a real date. Enter the date the use was first launched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 4 asks for a copy of the Rules of Behavior: attach the file, or at least give the title of the document that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release copy is refused while this marking cannot be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A determination is recorded: give the NAME of the DHS Privacy Office Reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A determination is recorded: give the DATE reviewed by the DHS Privacy Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DATE reviewed (%1) is before the date the SMOUT was submitted for review (%2). Correct either date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DATE reviewed (%1) is in the future. Enter the date the DHS Privacy Office reviewed the SMOUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1 and drops %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s 1. Category of Use %1 compared with the program&apos;s question 1. Confirm the category with the program, and say why in DHS PRIVACY OFFICE COMMENTS if it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Other.&quot; is checked under 1. Category of Use: explain the &quot;other&quot; category of use in at least 12 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has not yet met the requirements: check why (program authorities do not authorize the use, Rules of Behavior do not comply, training required, or additional Privacy compliance documentation is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or updated %1 is required, yet the program is determined to have met the requirements. Choose &quot;Program has not yet met requirements&quot; with the reason &quot;Additional Privacy compliance documentation is required&quot;, or mark the %1 as covered by an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requirements are determined met while the program&apos;s sections still hold %n error(s) (%1). Have the program correct them, or choose &quot;Program has not yet met requirements&quot;; if the determination stands, say why in DHS PRIVACY OFFICE COMMENTS.</source>
        <translation>
            <numerusform>Requirements are determined met while the program&apos;s sections still hold %n error (%1). Have the program correct them, or choose &quot;Program has not yet met requirements&quot;; if the determination stands, say why in DHS PRIVACY OFFICE COMMENTS.</numerusform>
            <numerusform>Requirements are determined met while the program&apos;s sections still hold %n errors (%1). Have the program correct them, or choose &quot;Program has not yet met requirements&quot;; if the determination stands, say why in DHS PRIVACY OFFICE COMMENTS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements are determined met while Rule h) (training) is answered No. Consider &quot;Program has not yet met requirements&quot; with the reason &quot;Training required.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program answered Rule %1 %2, but the reviewer chose &quot;%3&quot; under Rules of Behavior Content. Check the answer with the program, or correct the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program answered Rule %1 Yes, but the reviewer left &quot;%2&quot; unchecked under Rules of Behavior Content. Check the answer with the program, or check the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is required, but the training does not include every minimum topic of Rule h): %1 is unchecked. Check each topic the training covers, and have the program add the missing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption claimed by a component it does not belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PIAs of exempt uses are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date submitted missing, not a date, or in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s category differs from question 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s &quot;other&quot; category not explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met while a new or updated PIA/SORN is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required training misses a minimum topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release marking no longer fits its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situational-awareness exemption belongs to the Office of Operations Coordination (OPS) only, and the Name of Component is not OPS (%1). Clear this exemption and complete the template, or choose OPS as the component if OPS runs the use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EO 12333 exemption covers the intelligence activities of I&amp;A and the Coast Guard; another component (%1) qualifies only when this use is an authorized foreign intelligence or counterintelligence function. If it is not, clear this exemption and complete the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not read as a PIA number. Write it as the PIA is published, e.g. DHS/CBP/PIA-044, DHS/USCIS/PIA-013-01 or DHS/OPS/PIA-004(d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every PIA listed covers a use that is exempt from MD 110-01 (public affairs outreach: DHS/ALL/PIA-031, DHS/ALL/PIA-036; OPS situational awareness: DHS/OPS/PIA-004), not this operational use. List the PIA that covers the program&apos;s own system, or leave the list empty for the DHS Privacy Office to decide whether one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SORN %1 has no Federal Register citation. The form does not ask for one; giving it in the SORN&apos;s Federal Register column (e.g. 79 FR 23361) saves the reviewer looking up its current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not read as a Federal Register citation; write it as volume, FR, page, e.g. 79 FR 23361.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the &quot;Date submitted for review&quot; (SUMMARY INFORMATION): the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Date submitted for review&quot; is not a real date. Enter the date the SMOUT is sent to the Component Privacy Officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer request %1 about the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer request %1 about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is about &quot;%2&quot;, which is not a field of this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for additional information is not answered or not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request names a field the document does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The program is determined to have met the requirements while %n request(s) (%1) are not closed. Close them first, or change the determination.</source>
        <translation>
            <numerusform>The program is determined to have met the requirements while %n request (%1) is not closed. Close them first, or change the determination.</numerusform>
            <numerusform>The program is determined to have met the requirements while %n requests (%1) are not closed. Close them first, or change the determination.</numerusform>
        </translation>
    </message>
    <message>
        <source>this passage was withheld in the copy imported; fill it from the office&apos;s own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage withheld in the imported copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::SectionTitles</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Category of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. In development or operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Rules of Behavior attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Rules of Behavior in effect</source>
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
        <source>Signatures &amp; export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::AccessCommand</name>
    <message>
        <source>CBP access requests decided from the inventory: add, decide, approve, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory: a SQLite file or postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the employee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the employee&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the employee&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the employee&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the supervisor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list: overt_research, overt_monitoring, overt_engagement, masked_monitoring, undercover_engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list: the inventory id of the SMOUT the use relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the business justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: when the mandatory training was completed (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: whether signed Rules of Behavior were provided (yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: first_line, second_level or ses_or_delegated_gs15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: approved, additional_information or disapproved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date to decide on (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, decide, approve or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request id (decide, approve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access: unknown action &apos;%1&apos; (add, decide, approve or list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access: unknown access mode &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access: --database is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access add: give %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access add: give --mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access add: --training-date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access add: --rob-signed is yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access list: unknown status &apos;%1&apos; (approved, additional_information, disapproved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access %1: give one request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access decide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needed from: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access approve: refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 approved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access add --employee NAME --office O --supervisor NAME --mode MODE --smout ID --justification TEXT [--training-date YYYY-MM-DD] [--rob-signed yes|no] | decide ID | approve ID --level LEVEL [--approver NAME] | list [--status S] [--smout ID] [--mode MODE]   [--today YYYY-MM-DD] [--format text|json] [--database URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: the connected user&apos;s name, as a check (the approver is always the connected user, as the system knows them: the database session user, or the system login for a SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access approve: give --level first_line, second_level or ses_or_delegated_gs15 (and --approver NAME, or none for the connected user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout access approve: you are connected as %1, and an approval is recorded under the connected user, not under a typed name (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::ArchiveCommand</name>
    <message>
        <source>%1 is not an OCSP response (DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add validation data and a document timestamp to a signed PDF, so that it verifies after its certificates expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archived PDF to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for the time-stamping authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate revocation list (PEM or DER) to embed; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCSP response (DER) to embed; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSS database in which the certificates&apos; issuers are found (default: with --trust only its anchors, else ~/.pki/nssdb when it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a root certificate (PEM) that completes the chains; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: --tsa must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: --tsa-timeout must be between 1 and 600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: give either --nss-dir or --trust, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 as %2: validation data and a document timestamp added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive IN.pdf -o OUT.pdf [--tsa URL [--tsa-timeout SECONDS]] [--online [--online-timeout SECONDS]] [--crl FILE]... [--ocsp FILE]... [--nss-dir DIR] [--trust CA.pem]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-stamping authority (http or https URL) for the document timestamp (without it: validation data only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also fetch each certificate&apos;s CRL from its CRL distribution points and an OCSP response from its OCSP responder (http URLs the certificates name, nothing else); what cannot be fetched is named and left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for each address --online asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: --online-timeout must be between 1 and 600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout archive: --online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 as %2: validation data added, no document timestamp (no --tsa).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::CertsCommand</name>
    <message>
        <source>list the certificates with a private key (database and smart cards) and which may sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout certs [--nss-dir DIR] [--format text|json] [--passphrase-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSS database (default ~/.pki/nssdb, where smart-card modules are registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file whose first line unlocks a passphrase-protected database (else asked on a terminal; without either, its keys stay hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout certs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: %1; valid until %2; key usage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate with a private key in %1 or on a card</source>
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
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout %1: --format must be text or json, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout %1: --today must be a real date YYYY-MM-DD, not &apos;%2&apos;</source>
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
        <source>list: due for re-review within DAYS (overdue included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: words to look for</source>
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
        <source>smout db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import: give the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db list: unknown status &apos;%1&apos;</source>
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
    <message>
        <source>smout db import: --base applies to one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported   %1  %2 revision %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged  %1  %2 revision %3 (identical; nothing added)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict   %1  %2 skipped: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed     %1  %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, unchanged %2, conflicts %3, failed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 revision %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 SMOUT(s), %2 revision(s): checksums, revision sequence and audit rows are in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 SMOUT(s), %2 revision(s): %3 problem(s), %4 SMOUT(s) affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite file, or postgresql://user@host:port/dbname[?sslmode=…&amp;sslrootcert=…&amp;connect_timeout=…&amp;application_name=…]; the password comes from ~/.pgpass or PGPASSWORD (default: SMOUT_DATABASE or the user&apos;s inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the stored revision the file was edited from (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db: --database is empty; give a SQLite file or a postgresql:// URL, or leave the option out for your own inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: draft, with_counsel, submitted, under_review, returned, resubmitted, adjudicated_met, adjudicated_not_met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain whole; its head (note it down elsewhere to compare later): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, who: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files (import), the SMOUT id (show, export) or the login (grant, revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory&apos;s roles and rules are in place: smout_program_office, smout_counsel and smout_component_privacy (per component), smout_privacy_office and smout_auditor; give people theirs with &apos;smout db grant&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db %1: give one login (a database user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db %1: unknown role &apos;%2&apos; (program_office, counsel, component_privacy, privacy_office or auditor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db grant: give --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db revoke: --component needs --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no component: sees nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db roles: give add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory has no role registry: each role is only stated by its signer. Add who may sign as counsel and reviewer with smout db roles add --role counsel --cert FILE.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db roles %1: give --role author|counsel|reviewer and --cert FILE.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db roles %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db roles %1: give --component once; add one grant per component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db roles %1: --component is empty; give a component code such as CBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now sign as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already listed as %2 (%3); nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer sign as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db roles remove: %1 is not listed as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import: give either --nss-dir or --trust, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported   %1  %2 revision %3 (draft: %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>           signatures that do not count: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db import FILE... [--base N] | list [--due-within DAYS] [--status S] [--search WORDS] [--format text|json] | show ID [--revision N] | export ID -o FILE | check | roles add|remove|list [--role R --cert FILE.pem [--component CODE]] | setup | grant LOGIN --role ROLE [--component CODE]... | revoke LOGIN [--role ROLE] [--component CODE]... | who [--format text|json]   [--database URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: NSS database whose trust settings decide whether a signed file&apos;s signatures count (default: ~/.pki/nssdb when it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: a trusted root certificate (PEM) for signed files; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant, revoke: program_office, counsel, component_privacy, privacy_office or auditor; roles: author, counsel or reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant, revoke: a component the role acts for (repeatable); roles: only for SMOUTs of this component (e.g. CBP), default every component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: the certificate (PEM) to let act in the role, or no longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, list, show, export, check, roles, setup, grant, revoke or who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout db: unknown action &apos;%1&apos; (import, list, show, export, check, roles, setup, grant, revoke or who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
    <message>
        <source>%1 (request %2: %3)</source>
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
    <message>
        <source>smout import: %1: not a PDF; import reads a PDF exported by SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::ImportLegacyCommand</name>
    <message>
        <source>Imported a %1 edition template into %2: %3 field(s) mapped, %4 inferred, %5 missing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these inferred values against the source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in these fields (not found in the source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld in the copy imported; fill from the office&apos;s own record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text placed in no field (move it where it belongs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring in a filled template from Word, PDF or text, with a report of what to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout import-legacy FILE(.docx|.pdf|.txt|.md) -o OUT.smout [--format text|json] [--component CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .smout file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: text (what a person must check) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component code, when the template names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout import-legacy: unknown component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout import-legacy: %1</source>
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
    <message>
        <source>smout: cannot load its verbs (%1); reinstall SMOUT Studio</source>
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
    <name>smout::cli::Passphrase</name>
    <message>
        <source>%1 (empty to cancel): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::ReleaseCommand</name>
    <message>
        <source>smout release FILE.smout -o RELEASE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .smout file to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a FOIA release copy: marked text removed and drawn as a box labelled with its exemptions, no embedded data; refused when a marking cannot be applied or withheld text is found in the written file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout release: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout release: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)), checked: no withheld text in it</source>
        <translation>
            <numerusform>Wrote %1 (%n page), checked: no withheld text in it</numerusform>
            <numerusform>Wrote %1 (%n pages), checked: no withheld text in it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smout::cli::RequestCommand</name>
    <message>
        <source>ask for, answer, close or list requests for additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout request add FILE.smout --path KEYPATH --text TEXT --role counsel|reviewer [--by NAME] [--today YYYY-MM-DD]
       smout request answer FILE.smout ID --text TEXT [--by NAME]
       smout request close FILE.smout ID [--by NAME] [--role counsel|reviewer]
       smout request list FILE.smout [--open] [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, answer, close or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .smout document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request, e.g. R2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key path the request is about, e.g. questions.q1_description (&quot;&quot; for the whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request or the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who acts: counsel or reviewer asks and closes, author answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the person acting (default: the account name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the action as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list only requests not yet closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action; use add, answer, close or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the request, e.g. R1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes no request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is saved in place, so it cannot be standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be counsel, reviewer or author, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	%3 (%4)	%5	%6: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	answer by %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --path, --text and --role counsel|reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --text with the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::cli::RoleRegistryOption</name>
    <message>
        <source>give either --roles or --database, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role registry of the inventory: %1</source>
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
        <source>author (INPUT is a .smout), counsel (INPUT is the author-signed PDF) or reviewer (INPUT is the reviewed .smout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF to write</source>
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
        <source>smout sign: %1; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 as %2 with &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nickname of the signing certificate (see smout certs); default: the one for signing documents, the Digital Signature certificate of a PIV card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file with the passphrase or PIN, one line per secret asked (the database&apos;s, then the card&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF could not be verified against the --trust roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDF cannot be verified, so it is not signed on top of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission is not signed by counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signatures of the PDF do not hold up, so it is not signed on top of:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trusted root certificate (PEM) for checking the signatures already in the PDF, as verify --trust: only these roots count; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with --p12, give the root certificate the earlier signatures chain to: --trust CA.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: --tsa must be an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign: --tsa-timeout must be between 1 and 600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout sign INPUT --role author|counsel|reviewer -o OUT.pdf [--cert NICKNAME] [--nss-dir DIR] [--p12 FILE] [--trust CA.pem]... [--passphrase-file FILE] [--submission SIGNED.pdf] [--roles FILE | --database URL] [--tsa URL] [--tsa-timeout SECONDS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role registry (JSON) listing who may sign as author, counsel and reviewer; a certificate it does not list for the role is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory whose role registry (smout db roles) decides who may sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-stamping authority (http or https URL): the signature gets an RFC 3161 timestamp from it, or is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for the time-stamping authority</source>
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
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trusted root certificate (PEM); may be repeated</source>
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
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSS database whose trusted roots decide (default: with --trust only its anchors, else ~/.pki/nssdb as in the window when it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root certificate is trusted in %1, so no signature counts as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted roots: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp: %1 by %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role registry (JSON) listing who may sign as author, counsel and reviewer, per component (default: each role is only stated by the signer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the roles against the role registry kept in this inventory (smout db roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role registry was given: each role is stated by the signer, not checked (--roles FILE or --database URL lists who may sign as author, counsel and reviewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document timestamp %1: %2 by %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate revocation list (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate revocation list (PEM or DER), read with those in the file&apos;s validation data; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed PDFs, checked one after the other in this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifiable after the certificates expire: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifiable after the certificates expire: no (smout archive adds what is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OCSP response (DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify FILE.pdf... [--format text|json] [--nss-dir DIR] [--trust CA.pem]... [--crl FILE]... [--ocsp FILE]... [--online] [--roles FILE | --database URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also ask the certificates&apos; OCSP responders about revocation, and fetch their CRLs and OCSP responses (http URLs the certificates name) to read with the others; one that cannot be reached leaves the certificate unverified (default: no network; revocation is known only from the certificate database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCSP response (DER), read with those in the file&apos;s validation data; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation was checked against the certificate database and the CRLs and OCSP responses in the file&apos;s validation data or given with --crl and --ocsp, without reaching the network (--online asks the certificates&apos; OCSP responders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smout verify: --online: %1</source>
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
    <message>
        <source>more than %L1 keys in one object, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 entries in one list, the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::io::JsonWriter</name>
    <message>
        <source>%1: contains a lone surrogate (U+%2), which is not a character; the text cannot be saved as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
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
    <message>
        <source>%1: larger than %2, too large for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not saved, because it would not open again: %2</source>
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
        <source>a request needs an id such as &quot;R1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;counsel&quot; or &quot;reviewer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed request needs {&quot;by&quot;, &quot;date&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has a &quot;closed&quot; record but is not &quot;closed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answered request needs {&quot;text&quot;, &quot;by&quot;, &quot;date&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 entries, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document): the file is larger than %1, the limit; a SMOUT is never this large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(document): more than %1 of data (white space between values not counted), the limit; a SMOUT is never this large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::legacy::LegacyText</name>
    <message>
        <source>not a readable .docx: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .docx is password-protected: remove the password in Word and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .docx holds a document type declaration (DTD), which is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .docx refers to an entity, which is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .docx&apos;s word/document.xml is not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an encrypted (password-protected) or old-format Word file: remove the password, or save it as .docx, and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither .docx, PDF nor UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is password-protected: remove the password and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, paragraph %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?): run OCR on it first (for example ocrmypdf), then import the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category from the description: &quot;for %1 purposes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no box is clearly checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy shows no check marks; the launch date, which the form asks of operational uses only, is answered (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status line was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Yes/No line of this rule was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy shows no check marks; no reasons follow &quot;If not, please explain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy shows no check marks; reasons follow &quot;If not, please explain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box is not checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy shows no check marks at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single outcome box is clearly checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy shows no check marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy shows no check marks; ids are listed under &quot;Covered by existing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given with --component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component from the PIA id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a component the format knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 2012 edition has no screening boxes; a filled template claims no exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 2012 edition has no designation; taken from the ids under &quot;Covered by existing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMOUT headings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document names the component %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part inflates beyond the size the zip declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the zip is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file has no central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 files are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file has %1 entries, more than the %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file&apos;s central directory lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file&apos;s central directory is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file holds the part %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is %2 bytes uncompressed, more than the %3 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 inflates more than %2 times: refused as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 uses a compression method other than deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum)</source>
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
    <message>
        <source>the PDF lists the embedded file %1 %2 times; which one counts is ambiguous, so none is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded file %1 decompresses to more than %2, the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::pdf::GlyphCoverage</name>
    <message>
        <source>%1: %2 has no glyph in any installed font; the PDF shows %3</source>
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
    <message>
        <source>the document cannot be embedded, because it would not open again: %1</source>
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
    <message>
        <source>RELEASE COPY — FOIA exemptions applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature box: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1
%2
verified inside the embedded submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::pdf::ReleaseCopy</name>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release copy was refused: withheld text was found in it when it was read back:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release copy was refused: %1 could not be read back as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::pdf::StructureCollector</name>
    <message>
        <source>Checked: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::pdf::StructureTagger</name>
    <message>
        <source>The PDF could not be tagged: the renderer described no structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::release::ImpliedAnswers</name>
    <message>
        <source>%1 is withheld, but the release shows %2, which %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implies the use is operational: withhold the date too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tells the categories of use: withhold them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifies the SORN: withhold it too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::release::MarkingCheck</name>
    <message>
        <source>marking %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list entry it covered was removed: remove the marking, or undo the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exemption a release can cite (%2, or several of them separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the form and cannot be withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, answer or code is withheld whole: remove the character range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>characters %1 to %2 are outside the value, which has %n character(s)</source>
        <translation>
            <numerusform>characters %1 to %2 are outside the value, which has %n character</numerusform>
            <numerusform>characters %1 to %2 are outside the value, which has %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>it covers no text any more: the text it covered was edited away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty: there is nothing to withhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range splits a character in two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a code, which a release cannot replace by a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the fields or the entries of %1 one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking %1 (%2, %3) overlaps marking %4 (%5, %6) but cites other exemptions: make them one marking or separate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of a choice of the form; mark the choice itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::release::MarkingCommand</name>
    <message>
        <source>Mark %1 for withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exemptions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the marking of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::release::PersonalDataScan</name>
    <message>
        <source>%1 holds the e-mail address %2, not marked for withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the phone number %2, not marked for withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a person (%2), not marked for withholding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::release::RedactedCopy</name>
    <message numerus="yes">
        <source>the release copy was not made, because %n marking(s) cannot be applied exactly:
%1</source>
        <translation>
            <numerusform>the release copy was not made, because %n marking cannot be applied exactly:
%1</numerusform>
            <numerusform>the release copy was not made, because %n markings cannot be applied exactly:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the release copy was not made, because withheld text is still in the document:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release copy was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is withheld in %2, yet also appears unmarked in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::release::ReleaseXray</name>
    <message>
        <source> (stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the release could not be read back, so it cannot be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document information %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::review::RequestLog</name>
    <message>
        <source>there is no request %1: the document has no requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no request %1 (the document has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has no text: say what information is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this document (a key path such as questions.q1_description, or &quot;&quot; for the whole document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is closed and takes no more answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: the answer has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: only %2, who asked it, closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 or %2 asks for additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: only %2 (%3) answers; %4 asked it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::ArchiveRevision</name>
    <message>
        <source>the PDF does not end with a cross-reference section and %%EOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF carries no signature to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s structure is not one SMOUT Studio writes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token (%1 bytes) does not fit the %2 bytes kept for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::CertificateList</name>
    <message>
        <source>a certificate authority&apos;s certificate, not a signer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key usage (%1) is for logging in, not for signing documents: it lacks nonRepudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key usage (%1) does not allow signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate database is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::CmsSignature</name>
    <message>
        <source>the signature could not be made (%1, NSS error %2); nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature could not be made (no certificate or no SHA-256 digest); nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::ContentDifference</name>
    <message>
        <source>text or shapes on page %1 are drawn %2% opaque (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what page %1 draws is seen through a soft mask that can hide it (/SMask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 blends what it draws with what lies under it (/BM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 sets a graphics state (%2) that SMOUT Studio&apos;s rendering of the data does not set (gs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text on page %1 is drawn invisible (rendering mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text on page %1 is drawn in rendering mode %2, which SMOUT Studio never uses (Tr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text on page %1 is squeezed to %2% of its width (Tz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text on page %1 is set at size %2, a size SMOUT Studio never uses for it (Tf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clipping path on page %1 can hide text (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image (%1) is drawn on page %2 (Do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drawing (%1) that SMOUT Studio&apos;s rendering of the data does not hold is drawn on page %2 (Do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of page %1 is drawn in an optional-content layer that viewers may hide (/OC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image is drawn on page %1 (inline image, BI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text on page %1 carries a replacement text that is read instead of what is drawn (/ActualText)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text on page %1 is drawn in white (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a white shape covers text on page %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 fills shapes that SMOUT Studio&apos;s rendering of the data does not draw (%2): they can cover text or draw letters as outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 draws text that SMOUT Studio&apos;s rendering of the data does not draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is drawn otherwise than SMOUT Studio draws the embedded data from its drawing operation %2 on: the page has &quot;%3&quot; where the data&apos;s rendering has &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letters its glyphs read as (/ToUnicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which glyph each code draws (/CIDToGIDMap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the glyphs it draws (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its glyph widths (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which glyph each code draws (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font %1 on page %2 is not the font SMOUT Studio embeds for this text: it differs in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graphics state %1 on page %2 differs from SMOUT Studio&apos;s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing %1 on page %2 differs from SMOUT Studio&apos;s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 differs from SMOUT Studio&apos;s rendering of the data in its entries (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::DocumentTimestamps</name>
    <message>
        <source>the document timestamp covers no revision of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document timestamp stamps other bytes than the file it covers (the file was changed, or the token was taken from elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::HttpExchange</name>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
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
    <message>
        <source>no certificate database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate database %1 has a passphrase already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate database %1 cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase of the certificate database %1 could not be set (NSS error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::OcspResponses</name>
    <message>
        <source>an OCSP response about %1 is signed by %2, which its issuer did not certify; it is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCSP response about %1 is signed by %2, whose certificate is not for OCSP signing (extended key usage); it is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCSP response about %1 is not signed by its issuer (%2) or a responder it certified; it is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::OnlineRevocation</name>
    <message>
        <source>%1: the CRL distribution point %2 is not an http URL; not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no CRL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 did not send a CRL its issuer signed; it is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CRL from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the OCSP responder %2 is not an http URL; not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no OCSP response: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 did not answer with an OCSP response about it; it is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OCSP response from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::PageAmbiguity</name>
    <message>
        <source>the page tree is nested deeper than viewers follow (%1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree reaches object %1 twice, so viewers disagree about the pages and their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree passes %1 down to the pages under it, which SMOUT Studio never writes and readers may inherit differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node of the page tree lists no pages (/Kids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree says it holds %1 pages where it holds %2, so viewers show a different number of pages than are checked (/Count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a comment (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside an array or dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside an inline image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1 lists something that is not a content stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the content of page %1 cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1 is split %2 at the end of part %3 of %4: viewers that join the parts read on into the next part and draw other things than viewers that do not (ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1 is split in the middle of a token, so viewers that join its parts read other operators than viewers that do not (ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree does not say how many pages it holds, so viewers may show another number of pages than are checked (/Count)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfKeyWords</name>
    <message>
        <source>an entry viewers may act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action that runs when the page is opened or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crop box that hides part of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a print box that limits what printers use of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rotation of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale for the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set of fonts, images and drawing settings the page uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of annotations of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transparency setting for the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a presentation effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a presentation timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tab order of the form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thumbnail image of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link of the page to its accessibility tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data an application keeps with the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place of the page in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preferred zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measuring viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second form in XFA format that some viewers show instead of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set of fonts the form fields are drawn with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default text style of the form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text alignment of the form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order in which field values are calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action that runs when the file is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action that runs on document events such as saving or printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting of which layers are shown or hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of embedded files and document scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document metadata (XMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base address of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the permission settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the file opens (bookmarks, attachments or full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the pages are laid out on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the viewer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the named places links can jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accessibility tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accessibility settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a portfolio view that shows the attachments instead of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it is shown and printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action it runs when clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actions it runs on events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text or content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its field settings (such as read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its look (colours, caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer that shows or hides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text its characters read as (copying, search, screen readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its character widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its character shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its character encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its font name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size and placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its drawing area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fonts and images it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drawn shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drawn line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a freehand drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wavy underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a strike-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insertion mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redaction mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pop-up note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a movie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a media player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printer&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing trap data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfObjectLabels</name>
    <message>
        <source>font %1 on page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image or drawing %1 on page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graphics state %1 on page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional content %1 on page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appearance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of embedded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of embedded file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resources of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations of page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XMP metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the optional content layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action run when the file opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1 on page %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on page %2 (%3 annotation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfSigner</name>
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
        <source>no signing certificate named &quot;%1&quot; in %2 (available: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate with a private key in %1 or on a card; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the certificates may sign documents (see smout certs); nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; may not sign: %2; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way to ask for a passphrase or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; is no longer available; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing with &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; may not sign as %2: %3; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate database %1 has no passphrase, so its key would sign without asking for one: give the database a passphrase first (SMOUT Studio offers it when you sign, or run certutil -W -d sql:%1); nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timestamp from %1: %2; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::PdfSoundness</name>
    <message>
        <source>a stream decompresses to more than %1 MB, the limit for one stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the streams decompress to more than %1 MB in all, the limit for one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of embedded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of document scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name tree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: its last revision does not end with %%EOF, so a part of it (perhaps a later signature) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of data follow the end of the file (after the last %%EOF)</source>
        <translation>
            <numerusform>%n byte of data follows the end of the file (after the last %%EOF)</numerusform>
            <numerusform>%n bytes of data follow the end of the file (after the last %%EOF)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds more than %1 objects, the limit for one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is ambiguous: object %1 is defined with %2 generation numbers, and PDF readers disagree about which definition counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is ambiguous: %1 names &quot;%2&quot; %3 times, and PDF readers disagree about which entry counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is ambiguous: it is damaged, and PDF readers may repair it differently (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::RenderedPages</name>
    <message>
        <source>page %1 holds an annotation that is not a signature box in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendering of page %1 holds annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1 cannot be decoded within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded document cannot be laid out as it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed pages&apos; structure tree, which screen readers read, is not the one SMOUT Studio writes for the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the signed revision has %n page(s)</source>
        <translation>
            <numerusform>the signed revision has %n page</numerusform>
            <numerusform>the signed revision has %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> where the embedded data lays out to %n page(s)</source>
        <translation>
            <numerusform> where the embedded data lays out to %n page</numerusform>
            <numerusform> where the embedded data lays out to %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>what the pages draw belongs to other structure elements than in SMOUT Studio&apos;s rendering of the data, so screen readers would read it as other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision could only be read with repairs, which viewers may make otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision cannot be compared with the data&apos;s rendering: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::RevisionDiff</name>
    <message>
        <source>the document information (title, author, subject) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revisions cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button or check box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is ambiguous: object %1 (%2) is redefined with another generation number, and PDF readers disagree about which definition counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document catalog was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form now asks viewers to redraw every field (/NeedAppearances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of page %1 was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form fields were removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations were removed or reordered on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something that is not an annotation was added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed a second time on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appearance of %1 was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to the document (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the document (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in the document (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to the form (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the form (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in the form (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to page %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from page %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on page %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was added to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to %2 (%3 annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with %2 (%3); a signature field may hold only its signature and its own appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with an appearance that is not its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with an appearance drawn on %2 outside the signature boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature field &quot;%1&quot; was added with a value that is not a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the elements in the tree and in its parent tree differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element refers to a signature field no page lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the structure tree screen readers follow was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the tree root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the document element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the parent tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element that is not a signature&apos;s was added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::RoleFacts</name>
    <message>
        <source>checked against the role registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated by the signer, not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::RoleRegistry</name>
    <message>
        <source>%1: unknown key &quot;%2&quot; (an entry has &quot;certificate&quot; and, optionally, &quot;component&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;certificate&quot; must be a fingerprint or a subject DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;component&quot; must be a component code such as CBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry is a fingerprint, a subject DN, or an object with &quot;certificate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role registry is an object {&quot;author&quot;: [...], &quot;counsel&quot;: [...], &quot;reviewer&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (author, counsel or reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a list of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read, so it is not in the role registry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed as %2 in the role registry, but not for this SMOUT&apos;s component %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed as %2 in the role registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SeparationOfDuties</name>
    <message>
        <source>counsel&apos;s certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DHS Privacy Office&apos;s determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person signed as %1 and as %2; %3 must come from someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureBoxes</name>
    <message>
        <source>two signature fields are named &quot;%1&quot;, so readers disagree about which signature is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature appearance was added to page %1 without a signature (a signature box the form does not list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature appearance on page %1 (&quot;%2&quot;) belongs to no valid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature boxes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureRevision</name>
    <message>
        <source>the PDF does not end with a cross-reference section and %%EOF; it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is encrypted; it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged (%1); it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s structure is not one this signer writes to; it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last page of the PDF has no size; it is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature (%1 bytes) does not fit the %2 bytes kept for it; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureSpans</name>
    <message>
        <source>the bytes it says it signs do not start at the beginning of the file (/ByteRange; universal signature forgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes it says it signs reach beyond the end of the file: the file is truncated (/ByteRange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part of the file its signature leaves out holds more than the signature itself (/ByteRange, /Contents; signature wrapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature data is empty or zeroed (/Contents; universal signature forgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes it signs do not end where a version of the file ends: signed bytes were moved (/ByteRange)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignatureTimestamp</name>
    <message>
        <source>the signature&apos;s CMS data is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature&apos;s CMS data does not have exactly one signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature already has unsigned attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1 by %2, valid and trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1 by %2, NOT to be relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp stamps other bytes than this signature&apos;s value (a token taken from another signature?)</source>
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
    <message>
        <source>the embedded submission embeds a submission itself: one level of embedded submissions is the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded submission is not signed by counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after signature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain ends at a root you have not chosen to trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revision signed by signature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adjudicated data differs from what counsel signed at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature page names &quot;%1&quot; as the %2&apos;s signer, but the embedded submission&apos;s signature is by &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signer&apos;s certificate expired on %2; the timestamp proves the signature was made on %3, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate was revoked on %1, before the time it stamped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signer&apos;s certificate was revoked on %2; the timestamp proves the signature was made on %3, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked on %1, before the signature was made (timestamp: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked on %1, and no trusted timestamp proves the signature was made before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignedFileCheck</name>
    <message>
        <source>the signed file cannot be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed file carries no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed file would not verify:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignedRevisionContent</name>
    <message>
        <source>document scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of named objects viewers may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision holds %1 (%2), which SMOUT Studio never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the signed revision holds %2 (%3), which SMOUT Studio never writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature box with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form field with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision holds an attached file, &quot;%1&quot;, which SMOUT Studio never attaches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignerIdentity</name>
    <message>
        <source>%1 holds no readable certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::SignerRoles</name>
    <message>
        <source>its signed data states no role (its reason is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed as %1 but sits in the signature field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed as %1, but signature %2 of this %3 belongs to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature after the one of %1 belongs in this %2</source>
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
            <numerusform>the document has %n error and cannot be signed until it is fixed:
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
    <message>
        <source>the signed PDF cannot be verified, so it is not signed on top of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission is not signed by counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signatures of the PDF do not hold up, so it is not signed on top of:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document to adjudicate differs from what counsel signed outside the review section, at %1: adjudicate the data of the counsel-signed submission (open its PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsel must answer question 2a before you sign: send the draft to counsel (File → Send to Counsel…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::StructureTree</name>
    <message>
        <source>a check box announced as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 element announced as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 element described as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the structure tree screen readers follow cannot be read whole: it loops, nests too deep, is too large or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what screen readers announce differs from the embedded data: on page %1 the structure tree has %2 where the data gives %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what screen readers announce differs from the embedded data: the structure tree has %1 where the data gives %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::TimestampQuery</name>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamping authority must be an http or https URL (%1 is not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not an RFC 3161 timestamp response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA did not grant a timestamp (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA did not grant a timestamp (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA granted a timestamp but sent no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s reply does not carry the nonce of this request (a replayed or misdirected reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA stamped other bytes than this signature&apos;s value (message imprint mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::TimestampToken</name>
    <message>
        <source>not a CMS SignedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SignedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed content is not a TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSTInfo is not in an OCTET STRING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exactly one signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token is malformed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable message imprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token is signed with a hash other than SHA-256, SHA-384 or SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable signed attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable signed attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token&apos;s signed content type is not TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token was altered: its TSTInfo does not match the digest the TSA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token does not carry the certificate of the TSA that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate in the timestamp token cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token does not name the certificate that signed it (ESS signing certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate has no usable public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp token&apos;s signature does not verify with the TSA&apos;s certificate (altered token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate (%1) is not for time-stamping only (extended key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate (%1) does not mark its time-stamping key usage critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate (%1) has no time-stamping extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain holds %1, which was not valid at the time of the timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain ends at %1, which is not a root you have chosen to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain is broken at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TSA&apos;s certificate chain is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::TokenLogin</name>
    <message>
        <source>Passphrase for the certificate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card or token %1 is not present: insert it and try again; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN of %1 is locked: have it unlocked by your card office; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase of the certificate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 was given; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase of the certificate database is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN for %1 is empty: an empty PIN is never sent to a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login (NSS error %2); nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for the certificate database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN — %1 is now locked; have it unlocked by your card office; nothing was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN for %1 — one try left before the card locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN for %1 — few tries left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::TrustAnchors</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scratch certificate database cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust anchor %1 cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate database cannot be unlocked to store trust anchors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::UserCertificateDatabase</name>
    <message>
        <source>%1: %2 is not installed (Debian package libnss3-tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering the smart-card module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scratch file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the certificates of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificates were copied into %1, but %2 could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::ValidationDataShape</name>
    <message>
        <source>the validation data (/DSS) is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data (/DSS) holds %1, which is not validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 holds something that is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s /VRI is not a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 is not a signature&apos;s validation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 /TS is not a timestamp token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 /TU is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation data&apos;s %1 holds %2, which is not validation data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::signing::VisibleText</name>
    <message>
        <source>the signed revision holds no readable SMOUT document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed revision&apos;s pages cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded document cannot be laid out for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages do not show what the embedded data says for %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages do not read as the embedded data: the pages show &quot;%1&quot; where the data gives &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages are not proven to show the embedded data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are not the pages SMOUT Studio draws for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says it was laid out by &quot;%1&quot;; this is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::AccessDecision</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disapproved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-line supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second-level supervisor or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES, or a GS-15 second-level supervisor delegated by the Office of Internal Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no completion date of the mandatory training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training completion date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training completed on %1, more than a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed Rules of Behavior provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business justification is not substantive (at least 12 words, not a placeholder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMOUT %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 is not adjudicated met (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 is overdue for re-review (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 does not list the access mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training completed on %1, within the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed Rules of Behavior provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business justification is substantive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 is adjudicated met, not overdue for re-review, and lists the access mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::AccessRequests</name>
    <message>
        <source>request %1 by %2 for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access request %1 in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Privacy Office determination is &quot;%1&quot;; a supervisor approves only an approved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access mode %1 must be approved by a %2; a %3 may not approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 approved by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access request %1 has no supervisor approval to implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 implemented on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMOUT the use relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system does not say who is signed in, so nobody can approve here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::AuditChain</name>
    <message>
        <source>audit row %1 is outside the chain: it was written behind the trigger&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit rows before row %1 (chain positions %2 to %3) are missing: they were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 does not follow the row before it: a row was forged or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written: its contents no longer match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain&apos;s newest rows are missing or its links were altered: the audit rows end at position %1, smout_audit_links at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::InventoryCheck</name>
    <message>
        <source>has revisions but no entry in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match its checksum (changed outside SMOUT Studio, or damaged storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no audit row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory says revision %1 is the newest, but revision %2 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 revision %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory has problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit chain is checked by the owner, the Privacy Office or an auditor, who see all of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::InventoryLocation</name>
    <message>
        <source>unknown connection option &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_session_attrs &apos;%1&apos; is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of connection option &apos;%1&apos; is empty or holds &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL of the form postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password does not belong in the inventory URL (command lines and settings are readable by others); put it in ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL names no database: postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password does not belong in the inventory URL; put it in ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory location is empty: give a SQLite file or a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL: write postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file URL of the form file:///path/inventory.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file URL takes only ?mode=ro (open read-only), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known kind of inventory: give a SQLite file path or a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a URL with its &apos;:&apos; missing: write postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gssencmode &apos;%1&apos; is not one of disable, prefer, require</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::InventorySecurity</name>
    <message>
        <source>%1 (inventory permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite inventory is personal: its file&apos;s permissions decide who reads and changes it, so it has no roles to set up; use a PostgreSQL inventory to share one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory&apos;s roles were not set up: that needs the owner of its tables, with the right to create roles (CREATEROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory&apos;s roles were not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite inventory is personal and has no roles: its file&apos;s permissions decide who uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component code (such as CBP or ICE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts for components: name them with --component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers every component: give no --component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a group, not a person&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory&apos;s roles do not exist yet: run &apos;smout db setup&apos; first, as the database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no database user &apos;%1&apos;; create it first (CREATE ROLE … LOGIN, its password set with psql&apos;s \password, never on a command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the inventory&apos;s owner may change who holds its roles</source>
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
        <source>the file was edited from revision %1, but the inventory holds revision %2, saved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is revision %1; the inventory holds revision %2, saved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file matches none of the stored revisions and the inventory holds revision %1; compare them, then import with --base %1 to store the file on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other clients kept writing this SMOUT at the same moment; import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory %1 is a folder; give a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 of the inventory does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of SMOUT %2 does not match its checksum: it was changed outside SMOUT Studio or the storage is damaged, and is not opened; run &apos;smout db check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about %2, dated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of SMOUT %2 does not match its checksum, so the requests answered since cannot be recorded; run &apos;smout db check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the DHS Privacy Office may change the review section of SMOUT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not change SMOUT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not change %1&apos;s SMOUTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 is stored for a component you may not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 is not in the inventory: save it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of SMOUT %2 is no longer the latest (%3 is): open the latest before sending it to counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMOUT %1 is %2: only a draft goes to counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file puts the SMOUT under the component %1, but the inventory holds it under %2; importing a file does not move a SMOUT to another component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1, signed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMOUT id &quot;%1&quot; is not in canonical form (lower case, no braces): write it as &quot;%2&quot;, so that one SMOUT never gets two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (typed; entered by login %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>determination not signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::RoleGrants</name>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2, every component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 for %3</source>
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
        <source>updating the inventory to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite file belongs to another application (application id %1); SMOUT Studio leaves it untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>this database holds tables SMOUT Studio did not create (%1); SMOUT Studio keeps its inventory only in a database of its own and has left this one untouched — choose a new file or an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database&apos;s smout_studio table does not name SMOUT Studio; it has been left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite file lacks SMOUT Studio&apos;s application id; it has been left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this inventory was made by a newer SMOUT Studio (schema %1; this one knows %2); update SMOUT Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::store::StoreError</name>
    <message>
        <source>the inventory database is locked by another program that is writing to it; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory database is read-only (file permissions, a read-only folder or medium, or a leftover -shm file owned by someone else); ask for write access or choose another inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory file cannot be opened (check that its folder exists and is readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory database is damaged; run &apos;smout db check&apos; to see which SMOUTs are affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a SQLite database (or is encrypted or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the inventory is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory file cannot be read or written (input/output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for the inventory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory refused a change that would break its consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the inventory database was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the password (set it in ~/.pgpass or PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not let this user in: the role does not exist or pg_hba.conf allows no such connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database user lacks a permission the inventory needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepts only reads here (a read-only transaction or a standby server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has too many connections; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is starting up or shutting down; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave up waiting for a lock held by another client; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped this change to resolve a conflict with another client&apos;s; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another client stored the same record at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ran out of a resource (disk, memory or connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the inventory server was lost; your unsaved work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory server reports internal damage; ask its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported an error without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the inventory server failed; your unsaved work is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the inventory server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory server cannot be reached (is the host, port and network right? your unsaved work is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the inventory server did not answer within %n second(s) (is the host, port and network right? your unsaved work is kept)</source>
        <translation>
            <numerusform>the inventory server did not answer within %n second (is the host, port and network right? your unsaved work is kept)</numerusform>
            <numerusform>the inventory server did not answer within %n seconds (is the host, port and network right? your unsaved work is kept)</numerusform>
        </translation>
    </message>
    <message>
        <source>your database user may not do this in the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::workflow::DocumentSession</name>
    <message>
        <source>%1 (from a PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no file yet; choose one with Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled SMOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smout::workflow::SignDocument</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed file cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

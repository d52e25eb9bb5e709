<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Administration</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>active, must choose a password</source>
        <translation>active, must choose a password</translation>
    </message>
    <message>
        <source>active, waiting after wrong passwords</source>
        <translation>active, waiting after wrong passwords</translation>
    </message>
    <message>
        <source>End the wait</source>
        <translation>End the wait</translation>
    </message>
    <message>
        <source>After several wrong passwords each sign-in attempt with this name has to wait; end the wait so the owner can sign in at once.</source>
        <translation>After several wrong passwords each sign-in attempt with this name has to wait; end the wait so the owner can sign in at once.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a deactivated account keeps its history but cannot sign in or be assigned cases.</source>
        <translation>Accounts are never deleted: a deactivated account keeps its history but cannot sign in or be assigned cases.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Set a new password…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>the centre&apos;s language</source>
        <translation>the centre&apos;s language</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Tell it to the user in person; they must choose their own password when they first sign in.</source>
        <translation>
            <numerusform>At least %n character. Tell it to the user in person; they must choose their own password when they first sign in.</numerusform>
            <numerusform>At least %n characters. Tell it to the user in person; they must choose their own password when they first sign in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Correct the account…</source>
        <translation>Correct the account…</translation>
    </message>
    <message>
        <source>Correct the name, job title or role</source>
        <translation>Correct the name, job title or role</translation>
    </message>
    <message>
        <source>Correct the account of %1</source>
        <translation>Correct the account of %1</translation>
    </message>
    <message>
        <source>The change is recorded in the audit trail with the values before and after. A new role takes effect at the user&apos;s next sign-in.</source>
        <translation>The change is recorded in the audit trail with the values before and after. A new role takes effect at the user&apos;s next sign-in.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>When</source>
        <extracomment>where the PDF goes (None: a save dialog); tests put a function here</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>all cases</source>
        <translation>all cases</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Older events</source>
        <translation>Older events</translation>
    </message>
    <message>
        <source>Print access history of this case…</source>
        <translation>Print access history of this case…</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Events shown: %1</source>
        <translation>Events shown: %1</translation>
    </message>
    <message>
        <source>Save access history</source>
        <translation>Save access history</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>BackupOnClose</name>
    <message>
        <source>Daily backup</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Make today&apos;s backup now?</source>
        <translation>Make today&apos;s backup now?</translation>
    </message>
    <message>
        <source>The last backup of the register is more than a day old. It takes a moment and is checked before it is kept.</source>
        <translation>The last backup of the register is more than a day old. It takes a moment and is checked before it is kept.</translation>
    </message>
    <message>
        <source>Make the backup</source>
        <translation>Make the backup</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1</source>
        <translation>The backup is made and checked: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Making today&apos;s backup…</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>Restricted case</source>
        <translation>Restricted case</translation>
    </message>
    <message>
        <source>Case %1 is restricted: only its assigned workers and supervisors may see it. To open it anyway, say why. Your reason is recorded in the audit trail and shown to the supervisors.</source>
        <translation>Case %1 is restricted: only its assigned workers and supervisors may see it. To open it anyway, say why. Your reason is recorded in the audit trail and shown to the supervisors.</translation>
    </message>
    <message>
        <source>Reason for opening this case</source>
        <translation>Reason for opening this case</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>This case has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <source>No case is open. Open one from a case list (double-click or Enter).</source>
        <translation>No case is open. Open one from a case list (double-click or Enter).</translation>
    </message>
    <message>
        <source>Child and household</source>
        <translation>Child and household</translation>
    </message>
    <message>
        <source>Report and incidents</source>
        <translation>Report and incidents</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Assessment and plan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Protocol checklist</source>
        <translation>Protocol checklist</translation>
    </message>
    <message>
        <source>Measures and placements</source>
        <translation>Measures and placements</translation>
    </message>
    <message>
        <source>Notes and conferences</source>
        <translation>Notes and conferences</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Only the assigned workers and supervisors see a restricted case; anyone else must give a reason to open it</source>
        <translation>Only the assigned workers and supervisors see a restricted case; anyone else must give a reason to open it</translation>
    </message>
    <message>
        <source>Save the changes of this case (Ctrl+S)</source>
        <translation>Save the changes of this case (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Read the case again from the database (your unsaved changes are lost)</source>
        <translation>Read the case again from the database (your unsaved changes are lost)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <source>Protocol checklist…</source>
        <translation>Protocol checklist…</translation>
    </message>
    <message>
        <source>Case timeline…</source>
        <translation>Case timeline…</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <source>JMBG:</source>
        <translation>JMBG:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy.</source>
        <translation>dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Alleged perpetrator</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Add to the household</source>
        <translation>Add to the household</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>Reported by:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Forms of violence:</translation>
    </message>
    <message>
        <source>The reporter wants to stay anonymous</source>
        <translation>The reporter wants to stay anonymous</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>Reporter:</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact:</source>
        <translation>Reporter&apos;s contact:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Relation to the child:</translation>
    </message>
    <message>
        <source>What was reported:</source>
        <translation>What was reported:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Forms of violence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Add incident</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Lead worker:</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <source>Protection plan:</source>
        <translation>Protection plan:</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Move the case on</source>
        <translation>Move the case on</translation>
    </message>
    <message>
        <source>Next status:</source>
        <translation>Next status:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Sent / received</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>Response to the selected referral</source>
        <translation>Response to the selected referral</translation>
    </message>
    <message>
        <source>What they answered:</source>
        <translation>What they answered:</translation>
    </message>
    <message>
        <source>Record the response</source>
        <translation>Record the response</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>What is asked:</source>
        <translation>What is asked:</translation>
    </message>
    <message>
        <source>Log the referral</source>
        <translation>Log the referral</translation>
    </message>
    <message>
        <source>Note (when done):</source>
        <translation>Note (when done):</translation>
    </message>
    <message>
        <source>Why not applicable:</source>
        <translation>Why not applicable:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Placement:</translation>
    </message>
    <message>
        <source>Decision no.:</source>
        <translation>Decision no.:</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Case conferences</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Held on:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <source>Add conference</source>
        <translation>Add conference</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Given by:</translation>
    </message>
    <message>
        <source>Sharing with:</source>
        <translation>Sharing with:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>Record the consent</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Closing the case</translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation>Reason for closing:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Why protocol steps stay open:</source>
        <translation>Why protocol steps stay open:</translation>
    </message>
    <message>
        <source>Ask the supervisor to close</source>
        <translation>Ask the supervisor to close</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Reopening</translation>
    </message>
    <message>
        <source>Why it is reopened:</source>
        <translation>Why it is reopened:</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Closed on %1 (%2).</source>
        <translation>Closed on %1 (%2).</translation>
    </message>
    <message>
        <source>Closure requested (%1); waiting for the supervisor.</source>
        <translation>Closure requested (%1); waiting for the supervisor.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>The case is open.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Draft, not sent</translation>
    </message>
    <message>
        <source>Waiting for a response</source>
        <translation>Waiting for a response</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The case was not saved: please correct the marked fields.</source>
        <translation>The case was not saved: please correct the marked fields.</translation>
    </message>
    <message>
        <source>Save or reload your changes to the case first.</source>
        <translation>Save or reload your changes to the case first.</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Not saved: please correct the marked fields.</translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy.</source>
        <translation>Enter a date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Added to the household.</source>
        <translation>Added to the household.</translation>
    </message>
    <message>
        <source>Incident added.</source>
        <translation>Incident added.</translation>
    </message>
    <message>
        <source>The plan is approved.</source>
        <translation>The plan is approved.</translation>
    </message>
    <message>
        <source>The case moved on.</source>
        <translation>The case moved on.</translation>
    </message>
    <message>
        <source>The case is now restricted.</source>
        <translation>The case is now restricted.</translation>
    </message>
    <message>
        <source>The case is no longer restricted.</source>
        <translation>The case is no longer restricted.</translation>
    </message>
    <message>
        <source>Select a referral in the list first.</source>
        <translation>Select a referral in the list first.</translation>
    </message>
    <message>
        <source>No consent covers this referral</source>
        <translation>No consent covers this referral</translation>
    </message>
    <message>
        <source>To send it anyway, give the reason; it is recorded.</source>
        <translation>To send it anyway, give the reason; it is recorded.</translation>
    </message>
    <message>
        <source>Referral logged.</source>
        <translation>Referral logged.</translation>
    </message>
    <message>
        <source>The referral is marked as sent.</source>
        <translation>The referral is marked as sent.</translation>
    </message>
    <message>
        <source>The response is recorded.</source>
        <translation>The response is recorded.</translation>
    </message>
    <message>
        <source>Select a protocol step first.</source>
        <translation>Select a protocol step first.</translation>
    </message>
    <message>
        <source>The step is done.</source>
        <translation>The step is done.</translation>
    </message>
    <message>
        <source>The step is marked not applicable.</source>
        <translation>The step is marked not applicable.</translation>
    </message>
    <message>
        <source>Measure added.</source>
        <translation>Measure added.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <source>Conference added.</source>
        <translation>Conference added.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Select a consent in the list first.</source>
        <translation>Select a consent in the list first.</translation>
    </message>
    <message>
        <source>The consent is withdrawn.</source>
        <translation>The consent is withdrawn.</translation>
    </message>
    <message>
        <source>Closure requested; the supervisor decides.</source>
        <translation>Closure requested; the supervisor decides.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <source>The case is reopened.</source>
        <translation>The case is reopened.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>Case timeline</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Lead sector</source>
        <translation>Lead sector</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Not applicable: %1</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Done by %1</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Citizenship:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>The child has a disability</source>
        <translation>The child has a disability</translation>
    </message>
    <message>
        <source>About the disability:</source>
        <translation>About the disability:</translation>
    </message>
    <message>
        <source>Notes about the child:</source>
        <translation>Notes about the child:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it, so your changes were not saved yet. Your input is still in the form.</source>
        <translation>Someone else saved this case after you opened it, so your changes were not saved yet. Your input is still in the form.</translation>
    </message>
    <message>
        <source>Someone else saved this case in the meantime; the form shows their version, which already has your changes.</source>
        <translation>Someone else saved this case in the meantime; the form shows their version, which already has your changes.</translation>
    </message>
    <message>
        <source>The form shows their version; your changes were dropped.</source>
        <translation>The form shows their version; your changes were dropped.</translation>
    </message>
    <message>
        <source>Nobody else is editing this case now: you can edit it.</source>
        <translation>Nobody else is editing this case now: you can edit it.</translation>
    </message>
    <message>
        <source>Someone else saved this case</source>
        <translation>Someone else saved this case</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it. Your changes are not saved yet; the form still shows them.</source>
        <translation>Someone else saved this case after you opened it. Your changes are not saved yet; the form still shows them.</translation>
    </message>
    <message>
        <source>You both changed: %1. Keep mine saves your value there; take theirs drops your changes.</source>
        <translation>You both changed: %1. Keep mine saves your value there; take theirs drops your changes.</translation>
    </message>
    <message>
        <source>You changed different fields. Keep mine saves your changes and keeps theirs in the fields you did not change.</source>
        <translation>You changed different fields. Keep mine saves your changes and keeps theirs in the fields you did not change.</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>Keep mine (save over theirs)</translation>
    </message>
    <message>
        <source>Take theirs (drop my changes)</source>
        <translation>Take theirs (drop my changes)</translation>
    </message>
    <message>
        <source>Compare field by field…</source>
        <translation>Compare field by field…</translation>
    </message>
    <message>
        <source>Choose for each field which value stays. Fields you both changed are in red.</source>
        <translation>Choose for each field which value stays. Fields you both changed are in red.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>You both changed this field</source>
        <translation>You both changed this field</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Save the chosen values</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>You have this case open in another window (%1) since %2. It is shown here for reading; edit it there, or close it there to edit it here.</source>
        <translation>You have this case open in another window (%1) since %2. It is shown here for reading; edit it there, or close it there to edit it here.</translation>
    </message>
    <message>
        <source>Being edited by %1 (%2) since %3. You can read the case; you can edit it once they have left it.</source>
        <translation>Being edited by %1 (%2) since %3. You can read the case; you can edit it once they have left it.</translation>
    </message>
    <message>
        <source>Print the case summary (Ctrl+P), the checklist or the timeline</source>
        <translation>Print the case summary (Ctrl+P), the checklist or the timeline</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Search: child or parent (either script), JMBG, case number, address, phone</source>
        <translation>Search: child or parent (either script), JMBG, case number, address, phone</translation>
    </message>
    <message>
        <source>Type part of a child&apos;s or parent&apos;s name, a JMBG, a case number, an address, a phone number or a referral&apos;s registry number; results follow as you type</source>
        <translation>Type part of a child&apos;s or parent&apos;s name, a JMBG, a case number, an address, a phone number or a referral&apos;s registry number; results follow as you type</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Search for the child first, then register a new case (Ctrl+N)</source>
        <translation>Search for the child first, then register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <source>Any worker</source>
        <translation>Any worker</translation>
    </message>
    <message>
        <source>Any form of violence</source>
        <translation>Any form of violence</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Open cases with a protocol step past its due date</source>
        <translation>Open cases with a protocol step past its due date</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Print summaries…</source>
        <translation>Print summaries…</translation>
    </message>
    <message>
        <source>Print the summaries of the selected cases in one document</source>
        <translation>Print the summaries of the selected cases in one document</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>%Ln case found</numerusform>
            <numerusform>%Ln cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln case(s) found, more below</source>
        <translation>
            <numerusform>First %Ln case found, more below</numerusform>
            <numerusform>First %Ln cases found, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <extracomment>the orders the database can page through (other columns cannot be sorted over a million rows) a search jump to the end reads pages of hits up to this many rows</extracomment>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Lead worker</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <extracomment>a new query&apos;s first page is in (after a reset) (count, exact): the number of cases the list has, or how many hits so far when not exact whether a page or a count is being read the last page is in after ``jump_to_end`` rows were put in front of the first row (the view keeps its place by scrolling down by this many) changes with the query or search only (a jump to the end keeps the count)</extracomment>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <source>Protocol steps past their due date</source>
        <translation>Protocol steps past their due date</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol step(s) past the due date</source>
        <translation>
            <numerusform>%n protocol step past the due date</numerusform>
            <numerusform>%n protocol steps past the due date</numerusform>
        </translation>
    </message>
    <message>
        <source>You see the cases you work on: as lead worker or co-worker, as their supervisor, or registered by you. Ask your supervisor about any other case.</source>
        <translation>You see the cases you work on: as lead worker or co-worker, as their supervisor, or registered by you. Ask your supervisor about any other case.</translation>
    </message>
    <message>
        <source>The list is empty: there is no case to print.</source>
        <translation>The list is empty: there is no case to print.</translation>
    </message>
    <message>
        <source>Select the cases to print first (click, Shift+click, or Ctrl+A for every case shown).</source>
        <translation>Select the cases to print first (click, Shift+click, or Ctrl+A for every case shown).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the list as it is filtered to Excel (XLSX) or CSV: only the cases you may see</source>
        <translation>Save the list as it is filtered to Excel (XLSX) or CSV: only the cases you may see</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Export the case list</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 cases to %2</source>
        <translation>Exported %1 cases to %2</translation>
    </message>
    <message>
        <source>Exporting the case list…</source>
        <translation>Exporting the case list…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no lead worker)</source>
        <translation>(no lead worker)</translation>
    </message>
    <message>
        <source>Worker</source>
        <extracomment>asks before approving (None: a question box); tests put an answer here</extracomment>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Overdue steps</translation>
    </message>
    <message>
        <source>Unanswered referrals</source>
        <translation>Unanswered referrals</translation>
    </message>
    <message>
        <source>Of them overdue</source>
        <translation>Of them overdue</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Lead worker</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>Approve plan</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Approve closure</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Late work by lead worker</source>
        <translation>Late work by lead worker</translation>
    </message>
    <message>
        <source>Cases by status and risk</source>
        <translation>Cases by status and risk</translation>
    </message>
    <message>
        <source>Plans waiting for approval</source>
        <translation>Plans waiting for approval</translation>
    </message>
    <message>
        <source>Closures waiting for approval</source>
        <translation>Closures waiting for approval</translation>
    </message>
    <message>
        <source>Restricted cases opened by breaking the glass (last 30 days)</source>
        <translation>Restricted cases opened by breaking the glass (last 30 days)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Approve the protection plan of case %1?</source>
        <translation>Approve the protection plan of case %1?</translation>
    </message>
    <message>
        <source>Close case %1 as its worker asked?</source>
        <translation>Close case %1 as its worker asked?</translation>
    </message>
    <message>
        <source>Approve the protection plan of case %1 (%2)?</source>
        <translation>Approve the protection plan of case %1 (%2)?</translation>
    </message>
    <message>
        <source>The protection plan of case %1 is approved.</source>
        <translation>The protection plan of case %1 is approved.</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>Case %1 is closed.</translation>
    </message>
    <message>
        <source>Deadlines of the last 90 days by sector</source>
        <translation>Deadlines of the last 90 days by sector</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>referrals</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>open, overdue</translation>
    </message>
    <message>
        <source>Nothing was due in the last 90 days.</source>
        <translation>Nothing was due in the last 90 days.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The register is locked</source>
        <translation>The register is locked</translation>
    </message>
    <message>
        <source>Nobody used it for a while. %1, enter your password to go on; nothing you typed is lost.</source>
        <translation>Nobody used it for a while. %1, enter your password to go on; nothing you typed is lost.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input, every user must enter their password again. Nothing they typed is lost.</source>
        <translation>After this many minutes without keyboard or mouse input, every user must enter their password again. Nothing they typed is lost.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Lock after:</translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation>&amp;Idle lock…</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Edit institution</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>Active (offered for new referrals)</source>
        <translation>Active (offered for new referrals)</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>institution</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name in Cyrillic:</source>
        <translation>Name in Cyrillic:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close this window, find the institution in the list again and repeat your change; copy what you typed first if it is long.</source>
        <translation>Close this window, find the institution in the list again and repeat your change; copy what you typed first if it is long.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>institution</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>active</source>
        <comment>institution</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <comment>institution</comment>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>all sectors</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <source>New institution…</source>
        <translation>New institution…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Centre Case Registry</source>
        <extracomment>the application should end with this exit code a main window was opened (also after a language switch)</extracomment>
        <translation>Centre Case Registry</translation>
    </message>
    <message>
        <source>The register could not be opened: %1</source>
        <translation>The register could not be opened: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation>Auditor (read only)</translation>
    </message>
    <message>
        <source>Centre Case Registry — %1</source>
        <extracomment>a case should be opened (the case editor connects here) the user picked another interface language the user closed the window (not a rebuild for a language switch or a sign-out)</extracomment>
        <translation>Centre Case Registry — %1</translation>
    </message>
    <message>
        <source>Centre Case Registry</source>
        <translation>Centre Case Registry</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>The database this window works on</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Centre Case Registry, version %1</source>
        <translation>Centre Case Registry, version %1</translation>
    </message>
    <message>
        <source>Case register for child protection in centres for social work in Bosnia and Herzegovina.</source>
        <translation>Case register for child protection in centres for social work in Bosnia and Herzegovina.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The operation failed because of an unexpected error: %1</source>
        <translation>The operation failed because of an unexpected error: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>The database this window works on: %1</source>
        <translation>The database this window works on: %1</translation>
    </message>
    <message>
        <source>Register on this computer: %1</source>
        <translation>Register on this computer: %1</translation>
    </message>
    <message>
        <source>Register in memory (nothing is kept)</source>
        <translation>Register in memory (nothing is kept)</translation>
    </message>
    <message>
        <source>Register on the server %1 (database %2)</source>
        <translation>Register on the server %1 (database %2)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <extracomment>where each navigation entry goes; unregistered entries are skipped modules whose ``register(registry)`` adds pages; part of the application adds itself here</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Protocol templates</source>
        <translation>Protocol templates</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>Same JMBG</source>
        <translation>Same JMBG</translation>
    </message>
    <message>
        <source>Same name and date of birth</source>
        <translation>Same name and date of birth</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Similar name</translation>
    </message>
    <message>
        <source>New case</source>
        <extracomment>the new case&apos;s id, after it was saved</extracomment>
        <translation>New case</translation>
    </message>
    <message>
        <source>First check whether the child is already in the register: type the name, the date of birth or the JMBG. Possible duplicates appear below as you type.</source>
        <translation>First check whether the child is already in the register: type the name, the date of birth or the JMBG. Possible duplicates appear below as you type.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy.</source>
        <translation>dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>JMBG:</source>
        <translation>JMBG:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Why it may be the same child</source>
        <translation>Why it may be the same child</translation>
    </message>
    <message>
        <source>Type the family and given name, the date of birth or the JMBG.</source>
        <translation>Type the family and given name, the date of birth or the JMBG.</translation>
    </message>
    <message>
        <source>New case for the selected child</source>
        <translation>New case for the selected child</translation>
    </message>
    <message>
        <source>Continue with a new child</source>
        <translation>Continue with a new child</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): if the child is listed, select them and start a new case for them.</source>
        <translation>
            <numerusform>%n possible duplicate: if the child is listed, select them and start a new case for them.</numerusform>
            <numerusform>%n possible duplicates: if the child is listed, select them and start a new case for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No child in the register matches. Continue with a new child.</source>
        <translation>No child in the register matches. Continue with a new child.</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Back to the search</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>Register the case</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>13 digits; fills in the date of birth and sex. Leave empty if the child has none.</source>
        <translation>13 digits; fills in the date of birth and sex. Leave empty if the child has none.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>The child has a disability or developmental difficulty</source>
        <translation>The child has a disability or developmental difficulty</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>School or pre-school:</source>
        <translation>School or pre-school:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <source>What was reported, by whom and how</source>
        <translation>What was reported, by whom and how</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>Report received:</source>
        <translation>Report received:</translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation>Referral source:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Risk level:</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Forms of violence:</translation>
    </message>
    <message>
        <source>Summary of the report:</source>
        <translation>Summary of the report:</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Lead worker:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Anonymous report: the reporter&apos;s identity is protected</source>
        <translation>Anonymous report: the reporter&apos;s identity is protected</translation>
    </message>
    <message>
        <source>e.g. teacher, neighbour, aunt</source>
        <translation>e.g. teacher, neighbour, aunt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Relation to the child:</translation>
    </message>
    <message>
        <source>A new case for %1, already in the register (cases: %2).</source>
        <translation>A new case for %1, already in the register (cases: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) were found; you chose to register a new child. Go back if the child is one of them.</source>
        <translation>
            <numerusform>%n possible duplicate was found; you chose to register a new child. Go back if it is the same child.</numerusform>
            <numerusform>%n possible duplicates were found; you chose to register a new child. Go back if the child is one of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sarajevo time (%1)</source>
        <translation>Sarajevo time (%1)</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <extracomment>set on the GUI thread once the outcome was handed over (or dropped, for a superseded job) called with (error, details) for failures a job did not handle itself; set by the main window</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>(session, language) -&gt; (pdf bytes, pages) (session, language, pages) -&gt; None: record_printed for what was printed</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <extracomment>replaceable: (printer, parent) -&gt; a dialog whose exec() says whether to print replaceable: (parent, suggested file name) -&gt; chosen path (&quot;&quot; to cancel)</extracomment>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>The language and script of the printed document</source>
        <translation>The language and script of the printed document</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Document language:</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message numerus="yes">
        <source>Summaries of %n case(s)</source>
        <translation>
            <numerusform>Summary of %n case</numerusform>
            <numerusform>Summaries of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing the summaries of %n case(s)…</source>
        <translation>
            <numerusform>Preparing the summary of %n case…</numerusform>
            <numerusform>Preparing the summaries of %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ProtocolTemplates</name>
    <message>
        <source>report received</source>
        <translation>report received</translation>
    </message>
    <message>
        <source>case registered</source>
        <translation>case registered</translation>
    </message>
    <message>
        <source>plan approved</source>
        <translation>plan approved</translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation>after step %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>no fixed deadline</source>
        <translation>no fixed deadline</translation>
    </message>
    <message>
        <source>hours after the trigger</source>
        <translation>hours after the trigger</translation>
    </message>
    <message>
        <source>hours by urgency</source>
        <translation>hours by urgency</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>does not repeat</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Lead sectors:</source>
        <translation>Lead sectors:</translation>
    </message>
    <message>
        <source>Notified sectors:</source>
        <translation>Notified sectors:</translation>
    </message>
    <message>
        <source>Starts with:</source>
        <translation>Starts with:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Hours by urgency:</source>
        <translation>Hours by urgency:</translation>
    </message>
    <message>
        <source>Repeat every (days):</source>
        <translation>Repeat every (days):</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Starts with</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>New version from this one</source>
        <translation>New version from this one</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>A saved version is never changed. Cases keep the checklist of the version they started under; new cases follow the version valid on the day their report came in.</source>
        <translation>A saved version is never changed. Cases keep the checklist of the version they started under; new cases follow the version valid on the day their report came in.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Version %1 saved.</source>
        <translation>Version %1 saved.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReferralLog</name>
    <message>
        <source>Record response</source>
        <translation>Record response</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>What the answer says:</source>
        <translation>What the answer says:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>all referrals</source>
        <translation>all referrals</translation>
    </message>
    <message>
        <source>waiting for response</source>
        <translation>waiting for response</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Lead worker:</source>
        <translation>Lead worker:</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Record response…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Red with a warning sign: the response deadline has passed. Brown: sent, waiting for the response.</source>
        <translation>Red with a warning sign: the response deadline has passed. Brown: sent, waiting for the response.</translation>
    </message>
    <message>
        <source>Referrals shown: %1</source>
        <translation>Referrals shown: %1</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>&quot;overdue&quot;, &quot;unanswered&quot; or the referral&apos;s status</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Sent / received</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Registry number</translation>
    </message>
    <message>
        <source>Response overdue</source>
        <translation>Response overdue</translation>
    </message>
    <message>
        <source>Waiting for response</source>
        <translation>Waiting for response</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Registry number, child, parent, address or phone</source>
        <translation>Registry number, child, parent, address or phone</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Centre Case Registry</source>
        <translation>Centre Case Registry</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The register has no user accounts yet. Create the administrator&apos;s account; the administrator then adds the centre&apos;s staff.</source>
        <translation>The register has no user accounts yet. Create the administrator&apos;s account; the administrator then adds the centre&apos;s staff.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>You signed in with a password the administrator set. Choose your own password now; only you will know it.</source>
        <translation>You signed in with a password the administrator set. Choose your own password now; only you will know it.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s); not your user name, not only digits.</source>
        <translation>
            <numerusform>At least %n character; not your user name, not only digits.</numerusform>
            <numerusform>At least %n characters; not your user name, not only digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <source>First start: create the administrator</source>
        <translation>First start: create the administrator</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>button</comment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Someone has just created the administrator on another computer. Close this window and start the program again to sign in.</source>
        <translation>Someone has just created the administrator on another computer. Close this window and start the program again to sign in.</translation>
    </message>
    <message>
        <source>Signing in failed because of an unexpected error: %1</source>
        <translation>Signing in failed because of an unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>A different child</source>
        <translation>A different child</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Already in the register</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Check the columns, then press Check.</source>
        <translation>Check the columns, then press Check.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Child in the file</source>
        <translation>Child in the file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Choose the encoding in which the letters read right:</source>
        <translation>Choose the encoding in which the letters read right:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx), or CSV files: one, or one per sheet of a history (cases, household, referrals).</source>
        <translation>An Excel workbook (.xlsx), or CSV files: one, or one per sheet of a history (cases, household, referrals).</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>New case of this child</source>
        <translation>New case of this child</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ready: %1 cases to write (%2 of children already registered), %3 skipped.</source>
        <translation>Ready: %1 cases to write (%2 of children already registered), %3 skipped.</translation>
    </message>
    <message>
        <source>Rows with errors: %1. Nothing will be written until they are corrected in the file.</source>
        <translation>Rows with errors: %1. Nothing will be written until they are corrected in the file.</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Skip the row</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Writing the cases…</source>
        <translation>Writing the cases…</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>name and birth date</translation>
    </message>
    <message>
        <source>read as %1, separated by “%2”</source>
        <translation>read as %1, separated by “%2”</translation>
    </message>
    <message>
        <source>sheets left out: %1</source>
        <translation>sheets left out: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>the same case</source>
        <translation>the same case</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1250</source>
        <translation>Windows-1250</translation>
    </message>
    <message>
        <source>ISO-8859-2</source>
        <translation>ISO-8859-2</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>New in the institution directory: %1.</source>
        <translation>New in the institution directory: %1.</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Open again a step marked done or not applicable by mistake (a reason is asked and kept)</source>
        <translation>Open again a step marked done or not applicable by mistake (a reason is asked and kept)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>This step is open: there is nothing to reopen.</source>
        <translation>This step is open: there is nothing to reopen.</translation>
    </message>
    <message>
        <source>Reopen the step</source>
        <translation>Reopen the step</translation>
    </message>
    <message>
        <source>Why is the step %1 open again? The reason is kept in its history.</source>
        <translation>Why is the step %1 open again? The reason is kept in its history.</translation>
    </message>
    <message>
        <source>The step is open again.</source>
        <translation>The step is open again.</translation>
    </message>
    <message>
        <source>This step is open: mark it done or not applicable instead.</source>
        <translation>This step is open: mark it done or not applicable instead.</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Done on:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Correct a protocol step</source>
        <translation>Correct a protocol step</translation>
    </message>
    <message>
        <source>The step is corrected.</source>
        <translation>The step is corrected.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>a household member</source>
        <translation>a household member</translation>
    </message>
    <message>
        <source>Lives in the household</source>
        <translation>Lives in the household</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Correct a household member</source>
        <translation>Correct a household member</translation>
    </message>
    <message>
        <source>The household member is corrected.</source>
        <translation>The household member is corrected.</translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation>Remove from the household</translation>
    </message>
    <message>
        <source>Why is %1 no longer part of this household? The reason is kept in the history.</source>
        <translation>Why is %1 no longer part of this household? The reason is kept in the history.</translation>
    </message>
    <message>
        <source>Removed from the household.</source>
        <translation>Removed from the household.</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>a consent</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <source>Correct a consent</source>
        <translation>Correct a consent</translation>
    </message>
    <message>
        <source>The consent is corrected.</source>
        <translation>The consent is corrected.</translation>
    </message>
    <message>
        <source>History of the consent</source>
        <translation>History of the consent</translation>
    </message>
    <message>
        <source>Change what was entered wrongly. What it said before stays in the record&apos;s history and in the audit trail.</source>
        <translation>Change what was entered wrongly. What it said before stays in the record&apos;s history and in the audit trail.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>dd.mm.yyyy. hh:mm</source>
        <translation>dd.mm.yyyy. hh:mm</translation>
    </message>
    <message>
        <source>Enter a date as dd.mm.yyyy. (a time as hh:mm may follow).</source>
        <translation>Enter a date as dd.mm.yyyy. (a time as hh:mm may follow).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Corrections: %1</source>
        <translation>Corrections: %1</translation>
    </message>
    <message>
        <source>Never corrected.</source>
        <translation>Never corrected.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>JMBG</source>
        <translation>JMBG</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Alleged perpetrator</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date approximate</source>
        <translation>Date approximate</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Forms of violence</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Injuries</translation>
    </message>
    <message>
        <source>Police informed</source>
        <translation>Police informed</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Response received</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation>Sent / received</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Why not applicable</source>
        <translation>Why not applicable</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>a measure</source>
        <translation>a measure</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Correct a measure</source>
        <translation>Correct a measure</translation>
    </message>
    <message>
        <source>The measure is corrected.</source>
        <translation>The measure is corrected.</translation>
    </message>
    <message>
        <source>History of the measure</source>
        <translation>History of the measure</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>a note</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>a conference</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Correct a note</translation>
    </message>
    <message>
        <source>The note is corrected; its earlier text is kept in its history.</source>
        <translation>The note is corrected; its earlier text is kept in its history.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>Correct conference minutes</source>
        <translation>Correct conference minutes</translation>
    </message>
    <message>
        <source>The minutes are corrected; the earlier text is kept in their history.</source>
        <translation>The minutes are corrected; the earlier text is kept in their history.</translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation>Earlier versions of the note</translation>
    </message>
    <message>
        <source>Earlier versions of the minutes</source>
        <translation>Earlier versions of the minutes</translation>
    </message>
    <message>
        <source>Select %1 in the list first.</source>
        <translation>Select %1 in the list first.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Cancel the referral…</source>
        <translation>Cancel the referral…</translation>
    </message>
    <message>
        <source>Registry no.:</source>
        <translation>Registry no.:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Response due:</translation>
    </message>
    <message>
        <source>Correct a referral</source>
        <translation>Correct a referral</translation>
    </message>
    <message>
        <source>The referral is corrected.</source>
        <translation>The referral is corrected.</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Cancel the referral</translation>
    </message>
    <message>
        <source>Why is this referral cancelled? It stays in the log as cancelled, with the reason.</source>
        <translation>Why is this referral cancelled? It stays in the log as cancelled, with the reason.</translation>
    </message>
    <message>
        <source>The referral is cancelled.</source>
        <translation>The referral is cancelled.</translation>
    </message>
    <message>
        <source>History of the referral</source>
        <translation>History of the referral</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>an incident</translation>
    </message>
    <message>
        <source>History of the incident</source>
        <translation>History of the incident</translation>
    </message>
    <message>
        <source>The date is approximate</source>
        <translation>The date is approximate</translation>
    </message>
    <message>
        <source>Forms of violence:</source>
        <translation>Forms of violence:</translation>
    </message>
    <message>
        <source>Correct an incident</source>
        <translation>Correct an incident</translation>
    </message>
    <message>
        <source>The incident is corrected.</source>
        <translation>The incident is corrected.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Removed from the household</source>
        <translation>Removed from the household</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marked done</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Marked not applicable</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>Response recorded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Other dates</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Earlier</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Later ▶</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel workbook…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Anonymised: small counts are hidden, as in every copy that leaves the centre. The export is recorded.</source>
        <translation>Anonymised: small counts are hidden, as in every copy that leaves the centre. The export is recorded.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>The figures of your own cases.</source>
        <translation>The figures of your own cases.</translation>
    </message>
    <message>
        <source>The centre&apos;s own figures, small counts included: for its staff only. Exports hide small counts.</source>
        <translation>The centre&apos;s own figures, small counts included: for its staff only. Exports hide small counts.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Compliance by sector</source>
        <translation>Compliance by sector</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Click a figure to list the cases behind it.</source>
        <translation>Click a figure to list the cases behind it.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Outgoing referrals whose response was due in the period, and protocol steps due in it, by the sector that owed them: answered or done by the deadline, after it, or still open past it. Days: from sending (or the step&apos;s start) to the answer.</source>
        <translation>Outgoing referrals whose response was due in the period, and protocol steps due in it, by the sector that owed them: answered or done by the deadline, after it, or still open past it. Days: from sending (or the step&apos;s start) to the answer.</translation>
    </message>
    <message>
        <source>Records the figures cannot use as they are. Never exported; double-click a case to correct it.</source>
        <translation>Records the figures cannot use as they are. Never exported; double-click a case to correct it.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s cases…</source>
        <translation>Counting the period&apos;s cases…</translation>
    </message>
    <message>
        <source>Click to list the cases behind this figure</source>
        <translation>Click to list the cases behind this figure</translation>
    </message>
    <message>
        <source>No case here that you may open.</source>
        <translation>No case here that you may open.</translation>
    </message>
    <message>
        <source>The first %1 of %2 cases; double-click one to open it.</source>
        <translation>The first %1 of %2 cases; double-click one to open it.</translation>
    </message>
    <message>
        <source>Cases: %1; double-click one to open it.</source>
        <translation>Cases: %1; double-click one to open it.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Due in the period</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Open, overdue</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Open, not yet due</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median days</translation>
    </message>
    <message>
        <source>90th percentile, days</source>
        <translation>90th percentile, days</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Protocol step</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Workbooks</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Save the statistics</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Restricted cases counted here but not listed: %1 (open them from the case list, giving a reason).</source>
        <translation>Restricted cases counted here but not listed: %1 (open them from the case list, giving a reason).</translation>
    </message>
</context>
<context>
    <name>DueToday</name>
    <message>
        <source>Response from %1</source>
        <translation>Response from %1</translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation>Due today and overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>today by %1</source>
        <translation>today by %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Overdue: %1. Due today: %2.</source>
        <translation>Overdue: %1. Due today: %2.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Due &amp;today…</source>
        <translation>Due &amp;today…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A register on a server is backed up by IT on the server.</source>
        <translation>A register on a server is backed up by IT on the server.</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1 (cases: %2).</source>
        <translation>The backup is made and checked: %1 (cases: %2).</translation>
    </message>
    <message>
        <source>Making a backup of the register…</source>
        <translation>Making a backup of the register…</translation>
    </message>
    <message>
        <source>A register on a server is restored by IT on the server.</source>
        <translation>A register on a server is restored by IT on the server.</translation>
    </message>
    <message>
        <source>Restore the register from %1? Everything entered since that backup is replaced by the backup; the current register is kept aside. The program closes when the restore is done.</source>
        <translation>Restore the register from %1? Everything entered since that backup is replaced by the backup; the current register is kept aside. The program closes when the restore is done.</translation>
    </message>
    <message>
        <source>The register is restored from %1 (cases: %2). The earlier register is kept as %3. The program closes now; start it again.</source>
        <translation>The register is restored from %1 (cases: %2). The earlier register is kept as %3. The program closes now; start it again.</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Backups of the register (*.sqlite *.db);;All files (*)</source>
        <translation>Backups of the register (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
</context>
</TS>

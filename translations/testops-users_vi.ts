<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 The TestOps User Management developers. Released under the %1 License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActiveUsersModel</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local organization could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the local organization or a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of organization %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to no organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked; the link no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already accepted — now an active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found — it no longer exists on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link sent; it expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a new link to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 new links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation link for %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation links for %1 invitations copied, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed; 1 machine released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed; %1 machines released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; licenses freed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change User Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the Owner; you are now Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your choices and the checks are kept; press %2 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The invitations stay checked; press %2 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no result for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 users to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 user to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 users to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>%1 — Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the failed ones stay checked, so that you can try them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeUserRoleDialog</name>
    <message>
        <source>Change User Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Owner can transfer ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership goes to exactly one member: check only that member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot give this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a new role for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a new role for these %1 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (transfer ownership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You become Admin; the chosen member becomes the Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles you cannot give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take them out of these teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take them out of these teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Billing Manager belongs to no team or project. These users are in teams:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership is transferred: you become Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the checked users can be given this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users are changed; the others are left out (shown greyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the Owner of the organization?

You, the current Owner, become Admin. Only the new Owner can give ownership back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckBoxHeaderView</name>
    <message>
        <source>Column headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>%1 The server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not understand the request (400 Bad Request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is not valid (401 Unauthorized): it may have been revoked or mistyped. Sign in again with a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden). User Management needs the Owner or Admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this organization or record (404 Not Found). It may have been deleted; refresh the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server (409 Conflict). Refresh the lists and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server (413 Content Too Large). Send fewer items at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (422 Unprocessable Content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem and could not answer (%1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: it does not seem to be running at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; was not found. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is this address a TestOps server of a compatible version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled server with the local demonstration organization and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local organization&apos;s database in &lt;dir&gt; (default: the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the TestOps server at &lt;url&gt;; the token comes from the system keychain, or is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the organization with id &lt;id&gt; (default: the first one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http or https URL with a host, e.g. https://testops.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local and --server exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org needs a positive organization id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to TestOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer with demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer, with demonstration data on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token of an Owner or Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the TestOps server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API token. It is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The part before @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted addresses such as &quot;john doe&quot;@example.com are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ starts with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ ends with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ has two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ contains %1, which is not allowed in an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; a domain name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 needs at least two parts, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has an empty part between dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has a part longer than 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 contains %2, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not end in a valid top-level domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains an invisible character (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs exactly one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after @ is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets, such as user@[192.0.2.1], are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailChip</name>
    <message>
        <source>Valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid address, sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>address, note such as already a member</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailChipsEdit</name>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste email addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, Tab or Enter; Backspace selects the last address, Left and Right move between addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses were already in the list; each is kept once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteResultsWidget</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member — not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited — no second invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seats left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seats left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: unexpected answer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation sent before still holds. To send its link again, use Resend on Pending Invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address, not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 without a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteUsersDialog</name>
    <message>
        <source>Invite Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already invited — resend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the addresses you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email addresses of the people to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, tab or Enter, or paste a list from a mail client or a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role of the invitees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign licenses to your users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the toggle on to select the product licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was canceled. The server may have received the request already; pressing Confirm again is safe: addresses invited already are reported as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be sent. %1
Everything you entered is kept; press Confirm to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 will be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid address will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid addresses will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is already a member and will not be invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are already members and will not be invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person will be invited as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people will be invited as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending; everything you entered is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies when the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when you restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseStepWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no license products; the invitees join without licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 invitation needs a seat, %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 invitations need seats, %3 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 seat available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 seats available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache cannot be used: the SQLite driver of Qt is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or is not a cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the app and is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists could not be saved in the local cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The local organization cannot start: the server program %1 was not found beside the app. Reinstall TestOps User Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local organization cannot start: the data folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local organization cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local organization started, but no sign-in token could be made for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the lists again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Another Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Another Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Another Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Another Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TestOps User Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TestOps User Management — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1, whose role in this organization is %2. Ask its Owner or an Admin, or use the token of an Owner or Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — changes are possible again once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: this dialog comes in the next release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — inviting needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people to the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Active Users and Removed Users lists as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Never</source>
        <comment>last access</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingInvitationsModel</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is invited as Owner; the Owner transfers ownership to an active member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Owner can invite Admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Owner can manage invitations for Admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Owner cannot be removed; transfer ownership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Owner can remove Admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Owner&apos;s role changes only by transferring ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership is handed over by a transfer, not by a role change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Owner can grant or take away the Admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Billing Manager cannot belong to teams; this member is in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Owner can transfer ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already own this organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveUsersDialog</name>
    <message>
        <source>Remove Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this user from the organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these %1 users from the organization?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can no longer sign in to the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data they created in the organization stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 registered machine is released from the Registered Machine list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered machines are released from the Registered Machine list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They hold no licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their licenses are freed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending invitations to their addresses are revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can invite them again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checked user cannot be removed and is left out (shown greyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked users cannot be removed and are left out (shown greyed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedUsersModel</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeInvitationDialog</name>
    <message>
        <source>Revoke Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-check the email address. Its invitation link will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-check the %1 email addresses. Their invitation links will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No API token is stored for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the API token is not stored. You will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the API token is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty API token cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListTab</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the invitations whose email contains the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the users whose name or email contains the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Activation Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the activation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 activation links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other role can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No removed users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 invitations match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users with the role %1 match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users with the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the invitations this applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the users this applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checked record is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked records are left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableView</name>
    <message>
        <source>Row actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

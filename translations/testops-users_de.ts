<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>Verwalten Sie die Personen einer TestOps-Organisation: einladen, widerrufen, entfernen, Rollen ändern, exportieren.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>Copyright © 2026 The TestOps User Management developers. Released under the %1 License.</source>
        <translation>Copyright © 2026 Die Entwickler von TestOps User Management. Veröffentlicht unter der %1-Lizenz.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Ownership goes to exactly one member: check only that member.</source>
        <translation>Die Inhaberschaft geht an genau ein Mitglied: Haken Sie nur dieses Mitglied an.</translation>
    </message>
    <message>
        <source>1 checked record is left out: %1</source>
        <translation>1 angehakter Eintrag wird ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked records are left out: %1</source>
        <translation>
            <numerusform>%Ln angehakter Eintrag wird ausgelassen: %1</numerusform>
            <numerusform>%Ln angehakte Einträge werden ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot give this role.</source>
        <translation>Diese Rolle können Sie nicht vergeben.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local organization</source>
        <translation>Lokale Organisation</translation>
    </message>
    <message>
        <source>The local organization could not start</source>
        <translation>Die lokale Organisation konnte nicht starten</translation>
    </message>
    <message>
        <source>Starting the local organization…</source>
        <translation>Die lokale Organisation wird gestartet …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Enter the API token for %1.</source>
        <translation>Geben Sie das API-Token für %1 ein.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Choose the local organization or a server.</source>
        <translation>Wählen Sie die lokale Organisation oder einen Server.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoked; the link no longer works</source>
        <translation>Widerrufen; der Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation>Bereits widerrufen</translation>
    </message>
    <message>
        <source>Already accepted — now an active member</source>
        <translation>Bereits angenommen – jetzt ein aktives Mitglied</translation>
    </message>
    <message>
        <source>Not found — it no longer exists on the server</source>
        <translation>Nicht gefunden – existiert nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>New link sent; it expires %1</source>
        <translation>Neuer Link gesendet; gültig bis %1</translation>
    </message>
    <message>
        <source>Revoked meanwhile</source>
        <translation>Inzwischen widerrufen</translation>
    </message>
    <message>
        <source>Sending a new link to %1…</source>
        <translation>Neuer Link wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>Activation link for %1 copied</source>
        <translation>Aktivierungslink für %1 kopiert</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed; 1 machine released</source>
        <translation>Entfernt; 1 Rechner freigegeben</translation>
    </message>
    <message>
        <source>; licenses freed: %1</source>
        <translation>; freigegebene Lizenzen: %1</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Bereits entfernt</translation>
    </message>
    <message>
        <source>Change User Role</source>
        <translation>Benutzerrolle ändern</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Now the Owner; you are now Admin</source>
        <translation>Jetzt Inhaber; Sie sind jetzt Administrator</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Bereits %1</translation>
    </message>
    <message>
        <source>%1
Your choices and the checks are kept; press %2 to try again.</source>
        <translation>%1
Ihre Auswahl und die Häkchen bleiben erhalten; klicken Sie auf %2, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1

The invitations stay checked; press %2 to try again.</source>
        <translation>%1

Die Einladungen bleiben angehakt; klicken Sie auf %2, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation>%1 … %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln new links…</source>
        <translation>
            <numerusform>%Ln neuer Link wird gesendet …</numerusform>
            <numerusform>%Ln neue Links werden gesendet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation links for %Ln invitations copied, one per line</source>
        <translation>
            <numerusform>Aktivierungslink für %Ln Einladung kopiert</numerusform>
            <numerusform>Aktivierungslinks für %Ln Einladungen kopiert, einer pro Zeile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed; %n machines released</source>
        <translation>
            <numerusform>Entfernt; %n Rechner freigegeben</numerusform>
            <numerusform>Entfernt; %n Rechner freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the activation link.</source>
        <translation>Aktivierungslink kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n activation links.</source>
        <translation>
            <numerusform>%n Aktivierungslink kopiert.</numerusform>
            <numerusform>%n Aktivierungslinks kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>The server sent no result for this item.</source>
        <translation>Der Server hat für diesen Eintrag kein Ergebnis gesendet.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>%1 — Result</source>
        <translation>%1 – Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source> — the failed ones stay checked, so that you can try them again.</source>
        <translation> – die fehlgeschlagenen bleiben angehakt, damit Sie sie erneut versuchen können.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ChangeUserRoleDialog</name>
    <message>
        <source>Change User Role</source>
        <translation>Benutzerrolle ändern</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Select a new role for this user.</source>
        <translation>Wählen Sie eine neue Rolle für diesen Benutzer.</translation>
    </message>
    <message>
        <source>Select a new role for these %1 users.</source>
        <translation>Wählen Sie eine neue Rolle für diese %1 Benutzer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Owner (transfer ownership)</source>
        <translation>Inhaber (Inhaberschaft übertragen)</translation>
    </message>
    <message>
        <source>You become Admin; the chosen member becomes the Owner.</source>
        <translation>Sie werden Administrator; das gewählte Mitglied wird Inhaber.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation>Rolle wählen …</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>&amp;Neue Rolle:</translation>
    </message>
    <message>
        <source>Roles you cannot give</source>
        <translation>Rollen, die Sie nicht vergeben können</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Current Role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>&amp;Take them out of these teams</source>
        <translation>Aus diesen &amp;Teams entfernen</translation>
    </message>
    <message>
        <source>Take them out of these teams</source>
        <translation>Aus diesen Teams entfernen</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Bereits %1</translation>
    </message>
    <message>
        <source>In teams: %1</source>
        <translation>In Teams: %1</translation>
    </message>
    <message>
        <source>A Billing Manager belongs to no team or project. These users are in teams:
%1</source>
        <translation>Ein Abrechnungsmanager gehört zu keinem Team und keinem Projekt. Diese Benutzer sind in Teams:
%1</translation>
    </message>
    <message>
        <source>Ownership is transferred: you become Admin.</source>
        <translation>Die Inhaberschaft wird übertragen: Sie werden Administrator.</translation>
    </message>
    <message>
        <source>None of the checked users can be given this role.</source>
        <translation>Keinem der angehakten Benutzer kann diese Rolle gegeben werden.</translation>
    </message>
    <message>
        <source>%1 of %2 users are changed; the others are left out (shown greyed).</source>
        <translation>%1 von %2 Benutzern werden geändert; die anderen werden ausgelassen (grau dargestellt).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Inhaberschaft übertragen</translation>
    </message>
    <message>
        <source>Make %1 the Owner of the organization?

You, the current Owner, become Admin. Only the new Owner can give ownership back.</source>
        <translation>%1 zum Inhaber der Organisation machen?

Sie als bisheriger Inhaber werden Administrator. Nur der neue Inhaber kann die Inhaberschaft zurückgeben.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>CheckBoxHeaderView</name>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 Der Server meldet: %2</translation>
    </message>
    <message>
        <source>The server could not understand the request (400 Bad Request).</source>
        <translation>Der Server konnte die Anfrage nicht verstehen (400 Bad Request).</translation>
    </message>
    <message>
        <source>The API token is not valid (401 Unauthorized): it may have been revoked or mistyped. Sign in again with a valid token.</source>
        <translation>Das API-Token ist ungültig (401 Unauthorized): Es wurde vielleicht widerrufen oder falsch eingegeben. Melden Sie sich mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden). User Management needs the Owner or Admin role.</source>
        <translation>Dazu sind Sie nicht berechtigt (403 Forbidden). Die Benutzerverwaltung erfordert die Rolle Inhaber oder Administrator.</translation>
    </message>
    <message>
        <source>The server does not know this organization or record (404 Not Found). It may have been deleted; refresh the lists.</source>
        <translation>Der Server kennt diese Organisation oder diesen Datensatz nicht (404 Not Found). Vielleicht wurde er gelöscht; aktualisieren Sie die Listen.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server (409 Conflict). Refresh the lists and try again.</source>
        <translation>Die Änderung steht im Konflikt mit dem aktuellen Stand auf dem Server (409 Conflict). Aktualisieren Sie die Listen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request is too large for the server (413 Content Too Large). Send fewer items at once.</source>
        <translation>Die Anfrage ist für den Server zu groß (413 Content Too Large). Senden Sie weniger Einträge auf einmal.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (422 Unprocessable Content).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (422 Unprocessable Content).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in 1 second.</source>
        <translation>Der Server erhält zu viele Anfragen (429 Too Many Requests). Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in a moment.</source>
        <translation>Der Server erhält zu viele Anfragen (429 Too Many Requests). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem and could not answer (%1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>Der Server hatte ein Problem und konnte nicht antworten (%1). Versuchen Sie es später erneut; wenn das Problem bleibt, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The server refused the connection: it does not seem to be running at this address.</source>
        <translation>Der Server hat die Verbindung abgelehnt: Unter dieser Adresse scheint er nicht zu laufen.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; was not found. Check the address and your network connection.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection and try again.</source>
        <translation>Der Server hat nicht innerhalb von 1 Sekunde geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, daher wurde keine Verbindung hergestellt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is this address a TestOps server of a compatible version?</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1). Ist diese Adresse ein TestOps-Server einer kompatiblen Version?</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Es ist keine Serveradresse festgelegt.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Die Serveradresse „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in %n seconds.</source>
        <translation>
            <numerusform>Der Server erhält zu viele Anfragen (429 Too Many Requests). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server erhält zu viele Anfragen (429 Too Many Requests). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds. Check your network connection and try again.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>Verwalten Sie die Personen einer TestOps-Organisation: einladen, widerrufen, entfernen, Rollen ändern, exportieren.</translation>
    </message>
    <message>
        <source>Start the bundled server with the local demonstration organization and connect to it.</source>
        <translation>Den mitgelieferten Server mit der lokalen Demo-Organisation starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Keep the local organization&apos;s database in &lt;dir&gt; (default: the application data folder).</source>
        <translation>Die Datenbank der lokalen Organisation in &lt;dir&gt; ablegen (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect to the TestOps server at &lt;url&gt;; the token comes from the system keychain, or is asked for.</source>
        <translation>Mit dem TestOps-Server unter &lt;url&gt; verbinden; das Token kommt aus dem Schlüsselbund des Systems oder wird abgefragt.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Manage the organization with id &lt;id&gt; (default: the first one).</source>
        <translation>Die Organisation mit der ID &lt;id&gt; verwalten (Standard: die erste).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--server needs an http or https URL with a host, e.g. https://testops.example.com.</source>
        <translation>--server erwartet eine http- oder https-URL mit Host, z. B. https://testops.example.com.</translation>
    </message>
    <message>
        <source>--local and --server exclude each other.</source>
        <translation>--local und --server schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--org needs a positive organization id.</source>
        <translation>--org erwartet eine positive Organisations-ID.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to TestOps</source>
        <translation>Mit TestOps verbinden</translation>
    </message>
    <message>
        <source>&amp;Local organization</source>
        <translation>&amp;Lokale Organisation</translation>
    </message>
    <message>
        <source>Local organization</source>
        <translation>Lokale Organisation</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer with demonstration data.</source>
        <translation>Startet den mitgelieferten Server auf diesem Computer mit Demodaten.</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer, with demonstration data on first use.</source>
        <translation>Startet den mitgelieferten Server auf diesem Computer, beim ersten Mal mit Demodaten.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste the token of an Owner or Admin</source>
        <translation>Token eines Inhabers oder Administrators einfügen</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the address of the TestOps server.</source>
        <translation>Geben Sie die Adresse des TestOps-Servers ein.</translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation>Die Server-URL muss mit https:// oder http:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>Enter an API token. It is kept in the system keychain, never in a file.</source>
        <translation>Geben Sie ein API-Token ein. Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Clear server URL</source>
        <translation>Server-URL leeren</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; files of up to %3 MB can be imported. Split it into smaller files.</source>
        <translation>Die Datei %1 ist %2 MB groß; importiert werden können Dateien bis %3 MB. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; split it into smaller files.</source>
        <translation>Die Datei %1 ist größer als %2 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 has no closing quote (&quot;).</source>
        <translation>Dem Feld in Anführungszeichen, das in Zeile %1 beginnt, fehlt das schließende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as “CSV UTF-8” or as tab-separated text, then import that file.</source>
        <translation>Dies ist keine Textdatei: Speichern Sie die Tabelle als „CSV UTF-8“ oder als tabulatorgetrennten Text und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text (perhaps a spreadsheet&apos;s older “CSV” format): save it as “CSV UTF-8” and import it again.</source>
        <translation>Diese Datei ist kein UTF-8-Text (vielleicht das ältere „CSV“-Format einer Tabellenkalkulation): Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>This UTF-16 text file is damaged: it ends in the middle of a character or holds an unpaired surrogate.</source>
        <translation>Diese UTF-16-Textdatei ist beschädigt: Sie endet mitten in einem Zeichen oder enthält ein einzelnes Surrogat.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The part before @ is empty.</source>
        <translation>Der Teil vor dem @ ist leer.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Quoted addresses such as &quot;john doe&quot;@example.com are not supported.</source>
        <translation>Adressen in Anführungszeichen wie &quot;john doe&quot;@example.com werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The part before @ starts with a dot.</source>
        <translation>Der Teil vor dem @ beginnt mit einem Punkt.</translation>
    </message>
    <message>
        <source>The part before @ ends with a dot.</source>
        <translation>Der Teil vor dem @ endet mit einem Punkt.</translation>
    </message>
    <message>
        <source>The part before @ has two dots in a row.</source>
        <translation>Der Teil vor dem @ enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>The part before @ contains %1, which is not allowed in an address.</source>
        <translation>Der Teil vor dem @ enthält %1; das ist in einer Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; a domain name is needed.</source>
        <translation>Die Domain %1 ist eine IP-Adresse; ein Domainname wird benötigt.</translation>
    </message>
    <message>
        <source>The domain %1 needs at least two parts, as in example.com.</source>
        <translation>Die Domain %1 braucht mindestens zwei Teile, wie in example.com.</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part between dots.</source>
        <translation>Die Domain %1 hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>The domain %1 has a part longer than 63 characters.</source>
        <translation>Die Domain %1 hat einen Teil, der länger als 63 Zeichen ist.</translation>
    </message>
    <message>
        <source>The domain %1 contains %2, which is not allowed.</source>
        <translation>Die Domain %1 enthält %2; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen.</source>
        <translation>Die Domain %1 hat einen Teil, der mit einem Bindestrich beginnt oder endet.</translation>
    </message>
    <message>
        <source>The domain %1 does not end in a valid top-level domain.</source>
        <translation>Die Domain %1 endet nicht auf eine gültige Top-Level-Domain.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>Die Adresse enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The address contains an invisible character (%1).</source>
        <translation>Die Adresse enthält ein unsichtbares Zeichen (%1).</translation>
    </message>
    <message>
        <source>An address needs exactly one @.</source>
        <translation>Eine Adresse braucht genau ein @.</translation>
    </message>
    <message>
        <source>The part after @ is empty.</source>
        <translation>Der Teil nach dem @ ist leer.</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets, such as user@[192.0.2.1], are not accepted.</source>
        <translation>Adressen mit einer IP-Adresse in eckigen Klammern wie user@[192.0.2.1] werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The domain %1 is not valid.</source>
        <translation>Die Domain %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Die Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>A comment in parentheses inside an address is not supported.</source>
        <translation>Ein Kommentar in Klammern innerhalb einer Adresse wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Text follows the address in angle brackets without a separator. Separate addresses with a comma.</source>
        <translation>Auf die Adresse in spitzen Klammern folgt ohne Trennzeichen weiterer Text. Trennen Sie Adressen mit einem Komma.</translation>
    </message>
    <message>
        <source>The name before the address in angle brackets contains an @. Put the name in quotes, or separate addresses with a comma.</source>
        <translation>Der Name vor der Adresse in spitzen Klammern enthält ein @. Setzen Sie den Namen in Anführungszeichen oder trennen Sie Adressen mit einem Komma.</translation>
    </message>
    <message>
        <source>The angle brackets hold no address.</source>
        <translation>Die spitzen Klammern enthalten keine Adresse.</translation>
    </message>
    <message>
        <source>The group name before the colon contains an @. Separate addresses with a comma.</source>
        <translation>Der Gruppenname vor dem Doppelpunkt enthält ein @. Trennen Sie Adressen mit einem Komma.</translation>
    </message>
    <message>
        <source>The domain %1 has a part with hyphens in the third and fourth places, which only international names written as xn--… may have.</source>
        <translation>Die Domain %1 hat einen Teil mit Bindestrichen an dritter und vierter Stelle, die nur internationale Namen in der Schreibweise xn--… haben dürfen.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts with a combining mark.</source>
        <translation>Die Domain %1 hat einen Teil, der mit einem kombinierenden Zeichen beginnt.</translation>
    </message>
    <message>
        <source>The domain %1 has a part written as xn--… that is not a valid international name.</source>
        <translation>Die Domain %1 hat einen Teil in der Schreibweise xn--…, der kein gültiger internationaler Name ist.</translation>
    </message>
    <message>
        <source>The domain %1 ends in “.%2”, a name reserved for special use that cannot receive invitations.</source>
        <translation>Die Domain %1 endet auf „.%2“, einen für besondere Zwecke reservierten Namen, der keine Einladungen empfangen kann.</translation>
    </message>
</context>
<context>
    <name>EmailChip</name>
    <message>
        <source>Valid address</source>
        <translation>Gültige Adresse</translation>
    </message>
    <message>
        <source>Valid address, sent as %1</source>
        <translation>Gültige Adresse, gesendet als %1</translation>
    </message>
    <message>
        <source>%1, valid</source>
        <translation>%1, gültig</translation>
    </message>
    <message>
        <source>%1, invalid: %2</source>
        <translation>%1, ungültig: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>address, note such as already a member</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>EmailChipsEdit</name>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Addresses entered</source>
        <translation>Eingegebene Adressen</translation>
    </message>
    <message>
        <source>Type or paste email addresses…</source>
        <translation>E-Mail-Adressen eingeben oder einfügen …</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, Tab or Enter; Backspace selects the last address, Left and Right move between addresses.</source>
        <translation>Trennen Sie Adressen mit Komma, Leerzeichen, Tab oder Eingabetaste; die Rücktaste wählt die letzte Adresse aus, die Pfeiltasten nach links und rechts wechseln zwischen den Adressen.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses were already in the list; each is kept once.</source>
        <translation>
            <numerusform>%n Adresse war bereits in der Liste; sie wird nur einmal übernommen.</numerusform>
            <numerusform>%n Adressen waren bereits in der Liste; jede wird nur einmal übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportUsersRunner</name>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existiert bereits.
Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users to %1…</source>
        <translation>
            <numerusform>%Ln Benutzer wird nach %1 exportiert …</numerusform>
            <numerusform>%Ln Benutzer werden nach %1 exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users…</source>
        <translation>
            <numerusform>%Ln Benutzer wird exportiert …</numerusform>
            <numerusform>%Ln Benutzer werden exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 user to %1</source>
        <translation>1 Benutzer nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>InviteImport</name>
    <message>
        <source>The file is empty: it has no rows to import.</source>
        <translation>Die Datei ist leer: Sie enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>The first row names columns, but none of them is the email address, and no column holds addresses: name that column “Email”.</source>
        <translation>Die erste Zeile benennt Spalten, aber keine davon ist die E-Mail-Adresse, und keine Spalte enthält Adressen: Nennen Sie diese Spalte „E-Mail“.</translation>
    </message>
    <message>
        <source>No column of this file holds email addresses. Put the addresses in a column named “Email”, one per row.</source>
        <translation>Keine Spalte dieser Datei enthält E-Mail-Adressen. Schreiben Sie die Adressen in eine Spalte namens „E-Mail“, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows of people under it.</source>
        <translation>Die Datei hat eine Kopfzeile, aber darunter keine Zeilen mit Personen.</translation>
    </message>
    <message>
        <source>The row has no email address.</source>
        <translation>Die Zeile hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The cell holds %1 addresses; put one address on each row.</source>
        <translation>Die Zelle enthält %1 Adressen; schreiben Sie eine Adresse pro Zeile.</translation>
    </message>
    <message>
        <source>The same address as on line %1.</source>
        <translation>Dieselbe Adresse wie in Zeile %1.</translation>
    </message>
    <message>
        <source>“%1” is not a role: use Admin, Billing Manager or Member.</source>
        <translation>„%1“ ist keine Rolle: Verwenden Sie Administrator, Abrechnungsmanager oder Mitglied.</translation>
    </message>
    <message>
        <source>The organization has no license %1.</source>
        <translation>Die Organisation hat keine Lizenz %1.</translation>
    </message>
</context>
<context>
    <name>InviteResultsWidget</name>
    <message>
        <source>Result per address</source>
        <translation>Ergebnis pro Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Already a member — not invited</source>
        <translation>Bereits Mitglied – nicht eingeladen</translation>
    </message>
    <message>
        <source>Already invited — no second invitation</source>
        <translation>Bereits eingeladen – keine zweite Einladung</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Ungültige Adresse: %1</translation>
    </message>
    <message>
        <source>No seats left</source>
        <translation>Keine Plätze mehr frei</translation>
    </message>
    <message>
        <source>No seats left: %1</source>
        <translation>Keine Plätze mehr frei: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: the server gave no reason</source>
        <translation>Fehlgeschlagen: Der Server hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Gesendet als %1</translation>
    </message>
    <message>
        <source>The invitation sent before still holds. To send its link again, use Resend on Pending Invitations.</source>
        <translation>Die zuvor gesendete Einladung gilt weiterhin. Um ihren Link erneut zu senden, verwenden Sie „Erneut senden“ unter „Ausstehende Einladungen“.</translation>
    </message>
    <message>
        <source>Invalid address, not sent: %1</source>
        <translation>Ungültige Adresse, nicht gesendet: %1</translation>
    </message>
    <message>
        <source>1 invited</source>
        <translation>1 eingeladen</translation>
    </message>
    <message>
        <source>1 already a member</source>
        <translation>1 bereits Mitglied</translation>
    </message>
    <message>
        <source>1 already invited</source>
        <translation>1 bereits eingeladen</translation>
    </message>
    <message>
        <source>1 invalid</source>
        <translation>1 ungültig</translation>
    </message>
    <message>
        <source>1 without a seat</source>
        <translation>1 ohne Platz</translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation>1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Already invited — a new link was sent</source>
        <translation>Bereits eingeladen – ein neuer Link wurde gesendet</translation>
    </message>
    <message>
        <source>Already invited — not sent again: %1</source>
        <translation>Bereits eingeladen – nicht erneut gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln eingeladen</numerusform>
            <numerusform>%Ln eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already members</source>
        <translation>
            <numerusform>%Ln bereits Mitglied</numerusform>
            <numerusform>%Ln bereits Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln bereits eingeladen</numerusform>
            <numerusform>%Ln bereits eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a seat</source>
        <translation>
            <numerusform>%Ln ohne Platz</numerusform>
            <numerusform>%Ln ohne Platz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersDialog</name>
    <message>
        <source>Invite Users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>Sending the invitations</source>
        <translation>Einladungen werden gesendet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>already invited — resend?</source>
        <translation>bereits eingeladen – erneut senden?</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>bereits Mitglied</translation>
    </message>
    <message>
        <source>Discard the addresses you entered?</source>
        <translation>Die eingegebenen Adressen verwerfen?</translation>
    </message>
    <message>
        <source>Enter the email addresses of the people to invite.</source>
        <translation>Geben Sie die E-Mail-Adressen der Personen ein, die Sie einladen möchten.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, tab or Enter, or paste a list from a mail client or a spreadsheet.</source>
        <translation>Trennen Sie Adressen mit Komma, Leerzeichen, Tab oder Eingabetaste, oder fügen Sie eine Liste aus einem Mailprogramm oder einer Tabelle ein.</translation>
    </message>
    <message>
        <source>&amp;Role of the invitees:</source>
        <translation>&amp;Rolle der Eingeladenen:</translation>
    </message>
    <message>
        <source>Role of the invitees</source>
        <translation>Rolle der Eingeladenen</translation>
    </message>
    <message>
        <source>Assign licenses to your users.</source>
        <translation>Weisen Sie Ihren Benutzern Lizenzen zu.</translation>
    </message>
    <message>
        <source>Switch the toggle on to select the product licenses.</source>
        <translation>Schalten Sie den Schalter ein, um die Produktlizenzen auszuwählen.</translation>
    </message>
    <message>
        <source>The invitations could not be sent. %1
Everything you entered is kept; press Confirm to try again.</source>
        <translation>Die Einladungen konnten nicht gesendet werden. %1
Alle Eingaben bleiben erhalten; klicken Sie auf „Bestätigen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>1 will be invited</source>
        <translation>1 wird eingeladen</translation>
    </message>
    <message>
        <source>1 invalid address will be left out.</source>
        <translation>1 ungültige Adresse wird ausgelassen.</translation>
    </message>
    <message>
        <source>1 is already a member and will not be invited.</source>
        <translation>1 ist bereits Mitglied und wird nicht eingeladen.</translation>
    </message>
    <message>
        <source>1 is already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>1 ist bereits eingeladen: keine zweite Einladung („Erneut senden“ finden Sie unter „Ausstehende Einladungen“).</translation>
    </message>
    <message>
        <source>1 person will be invited as %1.</source>
        <translation>1 Person wird als %1 eingeladen.</translation>
    </message>
    <message>
        <source>Enter at least one valid email address.</source>
        <translation>Geben Sie mindestens eine gültige E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Stop sending; everything you entered is kept</source>
        <translation>Senden beenden; alle Eingaben bleiben erhalten</translation>
    </message>
    <message>
        <source>Retry Those Not Invited</source>
        <translation>Nicht Eingeladene erneut versuchen</translation>
    </message>
    <message>
        <source>Sending the invitations…</source>
        <translation>Einladungen werden gesendet …</translation>
    </message>
    <message>
        <source>Resend to Those Already Invited</source>
        <translation>An bereits Eingeladene erneut senden</translation>
    </message>
    <message>
        <source>Sending new links…</source>
        <translation>Neue Links werden gesendet …</translation>
    </message>
    <message>
        <source>The new links could not be sent. %1
Press Resend to try again; a repeat sends each link once more at most.</source>
        <translation>Die neuen Links konnten nicht gesendet werden. %1
Klicken Sie auf „An bereits Eingeladene erneut senden“, um es erneut zu versuchen; bei einer Wiederholung wird jeder Link höchstens einmal mehr gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be invited</source>
        <translation>
            <numerusform>%Ln wird eingeladen</numerusform>
            <numerusform>%Ln werden eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid addresses will be left out.</source>
        <translation>
            <numerusform>%Ln ungültige Adresse wird ausgelassen.</numerusform>
            <numerusform>%Ln ungültige Adressen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already members and will not be invited.</source>
        <translation>
            <numerusform>%Ln ist bereits Mitglied und wird nicht eingeladen.</numerusform>
            <numerusform>%Ln sind bereits Mitglieder und werden nicht eingeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>
            <numerusform>%Ln ist bereits eingeladen: keine zweite Einladung („Erneut senden“ finden Sie unter „Ausstehende Einladungen“).</numerusform>
            <numerusform>%Ln sind bereits eingeladen: keine zweite Einladung („Erneut senden“ finden Sie unter „Ausstehende Einladungen“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will be invited as %1.</source>
        <translation>
            <numerusform>%Ln Person wird als %1 eingeladen.</numerusform>
            <numerusform>%Ln Personen werden als %1 eingeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled. The server may have received the request already; sending again is safe: what was done already is reported as such.</source>
        <translation>Abgebrochen. Der Server hat die Anfrage vielleicht schon erhalten; erneutes Senden ist unbedenklich: Bereits Erledigtes wird als solches gemeldet.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>1 invitation could not be sent. %1
Press Retry Those Not Invited to send it again.</source>
        <translation>1 Einladung konnte nicht gesendet werden. %1
Klicken Sie auf „Nicht Eingeladene erneut versuchen“, um sie erneut zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations could not be sent. %1
Press Retry Those Not Invited to send them again.</source>
        <translation>
            <numerusform>%Ln Einladung konnte nicht gesendet werden. %1
Klicken Sie auf „Nicht Eingeladene erneut versuchen“, um sie erneut zu senden.</numerusform>
            <numerusform>%Ln Einladungen konnten nicht gesendet werden. %1
Klicken Sie auf „Nicht Eingeladene erneut versuchen“, um sie erneut zu senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersSender</name>
    <message>
        <source>The organization was closed. Open it again, then try once more.</source>
        <translation>Die Organisation wurde geschlossen. Öffnen Sie sie erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The organization was closed before the server answered. The server may have received the request already.</source>
        <translation>Die Organisation wurde geschlossen, bevor der Server antwortete. Der Server hat die Anfrage vielleicht schon erhalten.</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <source>The server reported “%1”.</source>
        <translation>Der Server meldete „%1“.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language applies when the app starts.</source>
        <translation>Die Sprache wird beim Start der App angewendet.</translation>
    </message>
    <message>
        <source>The new language applies when you restart the app.</source>
        <translation>Die neue Sprache wird beim nächsten Start der App angewendet.</translation>
    </message>
</context>
<context>
    <name>LicenseStepWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 license</source>
        <translation>Lizenz für %1</translation>
    </message>
    <message>
        <source>The organization has no license products; the invitees join without licenses.</source>
        <translation>Die Organisation hat keine Lizenzprodukte; die Eingeladenen treten ohne Lizenzen bei.</translation>
    </message>
    <message>
        <source>%1: 1 invitation needs a seat, %2 available</source>
        <translation>%1: 1 Einladung braucht einen Platz, %2 verfügbar</translation>
    </message>
    <message>
        <source>%1 of 1 seat available</source>
        <translation>%1 von 1 Platz verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invitations need seats, %2 available</source>
        <translation>
            <numerusform>%1: %Ln Einladung braucht einen Platz, %2 verfügbar</numerusform>
            <numerusform>%1: %Ln Einladungen brauchen Plätze, %2 verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln seats available</source>
        <translation>
            <numerusform>%1 von %Ln Platz verfügbar</numerusform>
            <numerusform>%1 von %Ln Plätzen verfügbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache cannot be used: the SQLite driver of Qt is missing.</source>
        <translation>Der lokale Cache kann nicht verwendet werden: Der SQLite-Treiber von Qt fehlt.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>Der lokale Cache %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or is not a cache file.</source>
        <translation>Der lokale Cache %1 ist beschädigt oder keine Cache-Datei.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the app and is left untouched.</source>
        <translation>Der lokale Cache %1 wurde von einer neueren Version der App geschrieben und bleibt unverändert.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared.</source>
        <translation>Der lokale Cache %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The lists could not be saved in the local cache %1.</source>
        <translation>Die Listen konnten nicht im lokalen Cache %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be read.</source>
        <translation>Der lokale Cache %1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The local organization cannot start: the server program %1 was not found beside the app. Reinstall TestOps User Management.</source>
        <translation>Die lokale Organisation kann nicht starten: Das Serverprogramm %1 wurde neben der App nicht gefunden. Installieren Sie TestOps User Management neu.</translation>
    </message>
    <message>
        <source>The local organization cannot start: the data folder %1 could not be created.</source>
        <translation>Die lokale Organisation kann nicht starten: Der Datenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local organization cannot start: %1</source>
        <translation>Die lokale Organisation kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The local organization started, but no sign-in token could be made for %1: %2</source>
        <translation>Die lokale Organisation wurde gestartet, aber für %1 konnte kein Anmeldetoken erstellt werden: %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly.</source>
        <translation>Der lokale Server wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1).</source>
        <translation>Der lokale Server wurde beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User lists</source>
        <translation>Benutzerlisten</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Benutzerverwaltung</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the lists again from the server (F5)</source>
        <translation>Die Listen erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Aktualisierungsstatus</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Aktualisierungsfortschritt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connect to Another Server…</source>
        <translation>Mit anderem Server verbinden …</translation>
    </message>
    <message>
        <source>Connect to Another Server</source>
        <translation>Mit anderem Server verbinden</translation>
    </message>
    <message>
        <source>Role required</source>
        <translation>Rolle erforderlich</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation>Die Benutzerverwaltung erfordert die Rolle Inhaber oder Administrator.</translation>
    </message>
    <message>
        <source>Use Another Token…</source>
        <translation>Anderes Token verwenden …</translation>
    </message>
    <message>
        <source>Use Another Token</source>
        <translation>Anderes Token verwenden</translation>
    </message>
    <message>
        <source>TestOps User Management</source>
        <translation>TestOps User Management</translation>
    </message>
    <message>
        <source>TestOps User Management — %1</source>
        <translation>TestOps User Management – %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are signed in as %1, whose role in this organization is %2. Ask its Owner or an Admin, or use the token of an Owner or Admin.</source>
        <translation>Sie sind als %1 angemeldet; Ihre Rolle in dieser Organisation ist %2. Wenden Sie sich an ihren Inhaber oder einen Administrator, oder verwenden Sie das Token eines Inhabers oder Administrators.</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Aktualisierung … %1 von %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aktualisierung …</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation>Offline – Daten vom %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline — changes are possible again once the server answers.</source>
        <translation>Offline – Änderungen sind wieder möglich, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Offline — inviting needs the server.</source>
        <translation>Offline – zum Einladen wird der Server benötigt.</translation>
    </message>
    <message>
        <source>Invite people to the organization</source>
        <translation>Personen in die Organisation einladen</translation>
    </message>
    <message>
        <source>Save the Active Users and Removed Users lists as CSV</source>
        <translation>Die Listen „Aktive Benutzer“ und „Entfernte Benutzer“ als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TestOps User Management</source>
        <translation>Über TestOps User &amp;Management</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Not a member of this organization</source>
        <translation>Kein Mitglied dieser Organisation</translation>
    </message>
    <message>
        <source>%1 is not a member of organization %2.</source>
        <translation>%1 ist kein Mitglied der Organisation %2.</translation>
    </message>
    <message>
        <source>%1 belongs to no organization.</source>
        <translation>%1 gehört zu keiner Organisation.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The lists could not be loaded</source>
        <translation>Die Listen konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last Role</source>
        <translation>Letzte Rolle</translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation>Beitrittsdatum</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Last Access</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Removed On</source>
        <translation>Entfernt am</translation>
    </message>
    <message>
        <source>Removed By</source>
        <translation>Entfernt von</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Registered Machines</source>
        <translation>Registrierte Rechner</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Never</source>
        <comment>last access</comment>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Invited By</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation>Die Benutzerverwaltung erfordert die Rolle Inhaber oder Administrator.</translation>
    </message>
    <message>
        <source>Nobody is invited as Owner; the Owner transfers ownership to an active member.</source>
        <translation>Niemand wird als Inhaber eingeladen; der Inhaber überträgt die Inhaberschaft an ein aktives Mitglied.</translation>
    </message>
    <message>
        <source>Only the Owner can invite Admins.</source>
        <translation>Nur der Inhaber kann Administratoren einladen.</translation>
    </message>
    <message>
        <source>Only the Owner can manage invitations for Admins.</source>
        <translation>Nur der Inhaber kann Einladungen für Administratoren verwalten.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Sie können sich nicht selbst entfernen.</translation>
    </message>
    <message>
        <source>The Owner cannot be removed; transfer ownership first.</source>
        <translation>Der Inhaber kann nicht entfernt werden; übertragen Sie zuerst die Inhaberschaft.</translation>
    </message>
    <message>
        <source>Only the Owner can remove Admins.</source>
        <translation>Nur der Inhaber kann Administratoren entfernen.</translation>
    </message>
    <message>
        <source>Only the Owner can change the licenses of Admins and of the Owner.</source>
        <translation>Nur der Inhaber kann die Lizenzen von Administratoren und des Inhabers ändern.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Sie können Ihre eigene Rolle nicht ändern.</translation>
    </message>
    <message>
        <source>The Owner&apos;s role changes only by transferring ownership.</source>
        <translation>Die Rolle des Inhabers ändert sich nur durch Übertragen der Inhaberschaft.</translation>
    </message>
    <message>
        <source>Ownership is handed over by a transfer, not by a role change.</source>
        <translation>Die Inhaberschaft wird durch eine Übertragung übergeben, nicht durch eine Rollenänderung.</translation>
    </message>
    <message>
        <source>Only the Owner can grant or take away the Admin role.</source>
        <translation>Nur der Inhaber kann die Rolle Administrator vergeben oder entziehen.</translation>
    </message>
    <message>
        <source>A Billing Manager cannot belong to teams; this member is in: %1.</source>
        <translation>Ein Abrechnungsmanager kann keinen Teams angehören; dieses Mitglied ist in: %1.</translation>
    </message>
    <message>
        <source>Only the Owner can transfer ownership.</source>
        <translation>Nur der Inhaber kann die Inhaberschaft übertragen.</translation>
    </message>
    <message>
        <source>You already own this organization.</source>
        <translation>Sie sind bereits Inhaber dieser Organisation.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Schließen ohne Speichern</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja für &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein für alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Checked</source>
        <translation>Angehakt</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht angehakt</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
</context>
<context>
    <name>RemoveUsersDialog</name>
    <message>
        <source>Remove Users</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this user from the organization?</source>
        <translation>Diesen Benutzer aus der Organisation entfernen?</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>Zu entfernende Benutzer</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>They can no longer sign in to the organization.</source>
        <translation>Sie können sich nicht mehr bei der Organisation anmelden.</translation>
    </message>
    <message>
        <source>The data they created in the organization stays.</source>
        <translation>Die Daten, die sie in der Organisation erstellt haben, bleiben erhalten.</translation>
    </message>
    <message>
        <source>1 registered machine is released from the Registered Machine list.</source>
        <translation>1 registrierter Rechner wird aus der Liste der registrierten Rechner freigegeben.</translation>
    </message>
    <message>
        <source>They hold no licenses.</source>
        <translation>Sie haben keine Lizenzen.</translation>
    </message>
    <message>
        <source>Their licenses are freed: %1.</source>
        <translation>Ihre Lizenzen werden freigegeben: %1.</translation>
    </message>
    <message>
        <source>Pending invitations to their addresses are revoked.</source>
        <translation>Ausstehende Einladungen an ihre Adressen werden widerrufen.</translation>
    </message>
    <message>
        <source>You can invite them again at any time.</source>
        <translation>Sie können sie jederzeit erneut einladen.</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>Was folgt</translation>
    </message>
    <message>
        <source>1 checked user cannot be removed and is left out (shown greyed).</source>
        <translation>1 angehakter Benutzer kann nicht entfernt werden und wird ausgelassen (grau dargestellt).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %Ln users from the organization?</source>
        <translation>
            <numerusform>Diesen %Ln Benutzer aus der Organisation entfernen?</numerusform>
            <numerusform>Diese %Ln Benutzer aus der Organisation entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered machines are released from the Registered Machine list.</source>
        <translation>
            <numerusform>%Ln registrierter Rechner wird aus der Liste der registrierten Rechner freigegeben.</numerusform>
            <numerusform>%Ln registrierte Rechner werden aus der Liste der registrierten Rechner freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked users cannot be removed and are left out (shown greyed).</source>
        <translation>
            <numerusform>%Ln angehakter Benutzer kann nicht entfernt werden und wird ausgelassen (grau dargestellt).</numerusform>
            <numerusform>%Ln angehakte Benutzer können nicht entfernt werden und werden ausgelassen (grau dargestellt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeInvitationDialog</name>
    <message>
        <source>Revoke Invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Double-check the email address. Its invitation link will stop working.</source>
        <translation>Prüfen Sie die E-Mail-Adresse noch einmal. Ihr Einladungslink wird ungültig.</translation>
    </message>
    <message>
        <source>Invitations to revoke</source>
        <translation>Zu widerrufende Einladungen</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message numerus="yes">
        <source>Double-check the %Ln email addresses. Their invitation links will stop working.</source>
        <translation>
            <numerusform>Prüfen Sie die %Ln E-Mail-Adresse noch einmal. Ihr Einladungslink wird ungültig.</numerusform>
            <numerusform>Prüfen Sie die %Ln E-Mail-Adressen noch einmal. Ihre Einladungslinks werden ungültig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Billing Manager</source>
        <translation>Abrechnungsmanager</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No API token is stored for this server.</source>
        <translation>Für diesen Server ist kein API-Token gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API token is not stored. You will be asked for it again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird das API-Token nicht gespeichert. Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the API token is not stored.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, daher wird das API-Token nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>An empty API token cannot be stored.</source>
        <translation>Ein leeres API-Token kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
</context>
<context>
    <name>UserListTab</name>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Shows the invitations whose email contains the text.</source>
        <translation>Zeigt die Einladungen, deren E-Mail-Adresse den Text enthält.</translation>
    </message>
    <message>
        <source>Shows the users whose name or email contains the text.</source>
        <translation>Zeigt die Benutzer, deren Name oder E-Mail-Adresse den Text enthält.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rollenfilter</translation>
    </message>
    <message>
        <source>Last &amp;role:</source>
        <translation>Letzte &amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Copy Activation Link</source>
        <translation>Aktivierungslink kopieren</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation>Erneut einladen</translation>
    </message>
    <message>
        <source>Active Users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message>
        <source>Removed Users</source>
        <translation>Entfernte Benutzer</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the filter</source>
        <translation>%1 ausgewählt, %2 durch den Filter ausgeblendet</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the search</source>
        <translation>%1 ausgewählt, %2 durch die Suche ausgeblendet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 Einladung</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Benutzer</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>No active users.</source>
        <translation>Keine aktiven Benutzer.</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Keine ausstehenden Einladungen.</translation>
    </message>
    <message>
        <source>No removed users.</source>
        <translation>Keine entfernten Benutzer.</translation>
    </message>
    <message>
        <source>No %1 invitations match “%2”.</source>
        <translation>Keine Einladungen mit dem Status „%1“ passen zu „%2“.</translation>
    </message>
    <message>
        <source>No invitations match “%1”.</source>
        <translation>Keine Einladungen passen zu „%1“.</translation>
    </message>
    <message>
        <source>No %1 invitations.</source>
        <translation>Keine Einladungen mit dem Status „%1“.</translation>
    </message>
    <message>
        <source>No users with the role %1 match “%2”.</source>
        <translation>Keine Benutzer mit der Rolle %1 passen zu „%2“.</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Keine Benutzer passen zu „%1“.</translation>
    </message>
    <message>
        <source>No users with the role %1.</source>
        <translation>Keine Benutzer mit der Rolle %1.</translation>
    </message>
    <message>
        <source>Check the invitations this applies to.</source>
        <translation>Haken Sie die Einladungen an, für die das gilt.</translation>
    </message>
    <message>
        <source>Check the users this applies to.</source>
        <translation>Haken Sie die Benutzer an, für die das gilt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations</source>
        <translation>
            <numerusform>%Ln Einladung</numerusform>
            <numerusform>%Ln Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 checked invitations are hidden by the search or filter.
%3 all %2, the hidden ones included?</source>
        <translation>%1 der %2 angehakten Einladungen sind durch die Suche oder den Filter ausgeblendet.
„%3“ für alle %2 ausführen, die ausgeblendeten eingeschlossen?</translation>
    </message>
</context>
<context>
    <name>UserTableView</name>
    <message>
        <source>Row actions</source>
        <translation>Zeilenaktionen</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Name kopieren</translation>
    </message>
    <message>
        <source>Copy Email</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
</context>
</TS>

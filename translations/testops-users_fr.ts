<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icône de l&apos;application</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>Gérez les personnes d&apos;une organisation TestOps&#xa0;: inviter, révoquer, retirer, changer les rôles, exporter.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2</translation>
    </message>
    <message>
        <source>Copyright © 2026 The TestOps User Management developers. Released under the %1 License.</source>
        <translation>Copyright © 2026 Les développeurs de TestOps User Management. Publié sous la licence %1.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>Ownership goes to exactly one member: check only that member.</source>
        <translation>La propriété revient à un seul membre&#xa0;: ne cochez que ce membre.</translation>
    </message>
    <message>
        <source>1 checked record is left out: %1</source>
        <translation>1 enregistrement coché est laissé de côté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked records are left out: %1</source>
        <translation>
            <numerusform>%Ln enregistrement coché est laissé de côté&#xa0;: %1</numerusform>
            <numerusform>%Ln enregistrements cochés sont laissés de côté&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot give this role.</source>
        <translation>Vous ne pouvez pas attribuer ce rôle.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Local organization</source>
        <translation>Organisation locale</translation>
    </message>
    <message>
        <source>The local organization could not start</source>
        <translation>L&apos;organisation locale n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Starting the local organization…</source>
        <translation>Démarrage de l&apos;organisation locale…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter the API token for %1.</source>
        <translation>Saisissez le jeton d&apos;API pour %1.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Choose the local organization or a server.</source>
        <translation>Choisissez l&apos;organisation locale ou un serveur.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Révoquer l&apos;invitation</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoked; the link no longer works</source>
        <translation>Révoquée&#xa0;; le lien ne fonctionne plus</translation>
    </message>
    <message>
        <source>Already revoked</source>
        <translation>Déjà révoquée</translation>
    </message>
    <message>
        <source>Already accepted — now an active member</source>
        <translation>Déjà acceptée — désormais membre actif</translation>
    </message>
    <message>
        <source>Not found — it no longer exists on the server</source>
        <translation>Introuvable — n&apos;existe plus sur le serveur</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>New link sent; it expires %1</source>
        <translation>Nouveau lien envoyé&#xa0;; il expire le %1</translation>
    </message>
    <message>
        <source>Revoked meanwhile</source>
        <translation>Révoquée entre-temps</translation>
    </message>
    <message>
        <source>Sending a new link to %1…</source>
        <translation>Envoi d&apos;un nouveau lien à %1…</translation>
    </message>
    <message>
        <source>Activation link for %1 copied</source>
        <translation>Lien d&apos;activation de %1 copié</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>Retirer des utilisateurs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removed; 1 machine released</source>
        <translation>Retiré&#xa0;; 1 machine libérée</translation>
    </message>
    <message>
        <source>; licenses freed: %1</source>
        <translation>&#xa0;; licences libérées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already removed</source>
        <translation>Déjà retiré</translation>
    </message>
    <message>
        <source>Change User Role</source>
        <translation>Changer le rôle de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>Now the Owner; you are now Admin</source>
        <translation>Désormais Propriétaire&#xa0;; vous êtes maintenant Administrateur</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Désormais %1</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Déjà %1</translation>
    </message>
    <message>
        <source>%1
Your choices and the checks are kept; press %2 to try again.</source>
        <translation>%1
Vos choix et les coches sont conservés&#xa0;; appuyez sur %2 pour réessayer.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1

The invitations stay checked; press %2 to try again.</source>
        <translation>%1

Les invitations restent cochées&#xa0;; appuyez sur %2 pour réessayer.</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation>%1… %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln new links…</source>
        <translation>
            <numerusform>Envoi de %Ln nouveau lien…</numerusform>
            <numerusform>Envoi de %Ln nouveaux liens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activation links for %Ln invitations copied, one per line</source>
        <translation>
            <numerusform>Lien d&apos;activation de %Ln invitation copié</numerusform>
            <numerusform>Liens d&apos;activation de %Ln invitations copiés, un par ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed; %n machines released</source>
        <translation>
            <numerusform>Retiré&#xa0;; %n machine libérée</numerusform>
            <numerusform>Retiré&#xa0;; %n machines libérées</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the activation link.</source>
        <translation>Lien d&apos;activation copié.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n activation links.</source>
        <translation>
            <numerusform>%n lien d&apos;activation copié.</numerusform>
            <numerusform>%n liens d&apos;activation copiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>The server sent no result for this item.</source>
        <translation>Le serveur n&apos;a envoyé aucun résultat pour cet élément.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>%1 — Result</source>
        <translation>%1 — Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>Terminés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>En échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source> — the failed ones stay checked, so that you can try them again.</source>
        <translation> — les éléments en échec restent cochés pour que vous puissiez réessayer.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>ChangeUserRoleDialog</name>
    <message>
        <source>Change User Role</source>
        <translation>Changer le rôle de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Select a new role for this user.</source>
        <translation>Choisissez un nouveau rôle pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Select a new role for these %1 users.</source>
        <translation>Choisissez un nouveau rôle pour ces %1 utilisateurs.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Owner (transfer ownership)</source>
        <translation>Propriétaire (transférer la propriété)</translation>
    </message>
    <message>
        <source>You become Admin; the chosen member becomes the Owner.</source>
        <translation>Vous devenez Administrateur&#xa0;; le membre choisi devient Propriétaire.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation>Choisissez un rôle…</translation>
    </message>
    <message>
        <source>&amp;New role:</source>
        <translation>&amp;Nouveau rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Roles you cannot give</source>
        <translation>Rôles que vous ne pouvez pas attribuer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Current Role</source>
        <translation>Rôle actuel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>&amp;Take them out of these teams</source>
        <translation>Les re&amp;tirer de ces équipes</translation>
    </message>
    <message>
        <source>Take them out of these teams</source>
        <translation>Les retirer de ces équipes</translation>
    </message>
    <message>
        <source>Already %1</source>
        <translation>Déjà %1</translation>
    </message>
    <message>
        <source>In teams: %1</source>
        <translation>Dans les équipes&#xa0;: %1</translation>
    </message>
    <message>
        <source>A Billing Manager belongs to no team or project. These users are in teams:
%1</source>
        <translation>Un Gestionnaire de facturation n&apos;appartient à aucune équipe ni à aucun projet. Ces utilisateurs font partie d&apos;équipes&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Ownership is transferred: you become Admin.</source>
        <translation>La propriété est transférée&#xa0;: vous devenez Administrateur.</translation>
    </message>
    <message>
        <source>None of the checked users can be given this role.</source>
        <translation>Aucun des utilisateurs cochés ne peut recevoir ce rôle.</translation>
    </message>
    <message>
        <source>%1 of %2 users are changed; the others are left out (shown greyed).</source>
        <translation>%1 utilisateurs sur %2 sont modifiés&#xa0;; les autres sont laissés de côté (grisés).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Transfer Ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>Make %1 the Owner of the organization?

You, the current Owner, become Admin. Only the new Owner can give ownership back.</source>
        <translation>Faire de %1 le Propriétaire de l&apos;organisation&#xa0;?

Vous, l&apos;actuel Propriétaire, devenez Administrateur. Seul le nouveau Propriétaire peut vous rendre la propriété.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 n&apos;est pas disponible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CheckBoxHeaderView</name>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 Le serveur indique&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server could not understand the request (400 Bad Request).</source>
        <translation>Le serveur n&apos;a pas pu comprendre la requête (400 Bad Request).</translation>
    </message>
    <message>
        <source>The API token is not valid (401 Unauthorized): it may have been revoked or mistyped. Sign in again with a valid token.</source>
        <translation>Le jeton d&apos;API n&apos;est pas valide (401 Unauthorized)&#xa0;: il a peut-être été révoqué ou mal saisi. Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (403 Forbidden). User Management needs the Owner or Admin role.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire cela (403 Forbidden). La gestion des utilisateurs exige le rôle Propriétaire ou Administrateur.</translation>
    </message>
    <message>
        <source>The server does not know this organization or record (404 Not Found). It may have been deleted; refresh the lists.</source>
        <translation>Le serveur ne connaît pas cette organisation ou cet enregistrement (404 Not Found). Il a peut-être été supprimé&#xa0;; actualisez les listes.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server (409 Conflict). Refresh the lists and try again.</source>
        <translation>La modification est en conflit avec l&apos;état actuel du serveur (409 Conflict). Actualisez les listes et réessayez.</translation>
    </message>
    <message>
        <source>The request is too large for the server (413 Content Too Large). Send fewer items at once.</source>
        <translation>La requête est trop volumineuse pour le serveur (413 Content Too Large). Envoyez moins d&apos;éléments à la fois.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (422 Unprocessable Content).</source>
        <translation>Le serveur a refusé la requête comme non valide (422 Unprocessable Content).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in 1 second.</source>
        <translation>Le serveur reçoit trop de requêtes (429 Too Many Requests). Réessayez dans 1 seconde.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in a moment.</source>
        <translation>Le serveur reçoit trop de requêtes (429 Too Many Requests). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem and could not answer (%1). Try again later; if it persists, contact the server&apos;s administrator.</source>
        <translation>Le serveur a rencontré un problème et n&apos;a pas pu répondre (%1). Réessayez plus tard&#xa0;; si le problème persiste, contactez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Le serveur a refusé la requête (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the connection: it does not seem to be running at this address.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: il ne semble pas fonctionner à cette adresse.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; was not found. Check the address and your network connection.</source>
        <translation>Le nom de serveur «&#xa0;%1&#xa0;» est introuvable. Vérifiez l&apos;adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer within 1 second. Check your network connection and try again.</source>
        <translation>Le serveur n&apos;a pas répondu en 1 seconde. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: %1</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé, la connexion n&apos;a donc pas été établie&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Is this address a TestOps server of a compatible version?</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1). Cette adresse est-elle un serveur TestOps d&apos;une version compatible&#xa0;?</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Aucune adresse de serveur n&apos;est définie.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message numerus="yes">
        <source>The server is receiving too many requests (429 Too Many Requests). Try again in %n seconds.</source>
        <translation>
            <numerusform>Le serveur reçoit trop de requêtes (429 Too Many Requests). Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur reçoit trop de requêtes (429 Too Many Requests). Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds. Check your network connection and try again.</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu en %n seconde. Vérifiez votre connexion réseau et réessayez.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu en %n secondes. Vérifiez votre connexion réseau et réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the people of a TestOps organization: invite, revoke, remove, change roles, export.</source>
        <translation>Gérez les personnes d&apos;une organisation TestOps&#xa0;: inviter, révoquer, retirer, changer les rôles, exporter.</translation>
    </message>
    <message>
        <source>Start the bundled server with the local demonstration organization and connect to it.</source>
        <translation>Démarrer le serveur fourni avec l&apos;organisation de démonstration locale et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Keep the local organization&apos;s database in &lt;dir&gt; (default: the application data folder).</source>
        <translation>Conserver la base de données de l&apos;organisation locale dans &lt;dir&gt; (par défaut&#xa0;: le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Connect to the TestOps server at &lt;url&gt;; the token comes from the system keychain, or is asked for.</source>
        <translation>Se connecter au serveur TestOps à l&apos;adresse &lt;url&gt;&#xa0;; le jeton provient du trousseau du système ou est demandé.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Manage the organization with id &lt;id&gt; (default: the first one).</source>
        <translation>Gérer l&apos;organisation d&apos;identifiant &lt;id&gt; (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--server needs an http or https URL with a host, e.g. https://testops.example.com.</source>
        <translation>--server attend une URL http ou https avec un hôte, par ex. https://testops.example.com.</translation>
    </message>
    <message>
        <source>--local and --server exclude each other.</source>
        <translation>--local et --server s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--org needs a positive organization id.</source>
        <translation>--org attend un identifiant d&apos;organisation positif.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to TestOps</source>
        <translation>Se connecter à TestOps</translation>
    </message>
    <message>
        <source>&amp;Local organization</source>
        <translation>Organisation &amp;locale</translation>
    </message>
    <message>
        <source>Local organization</source>
        <translation>Organisation locale</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer with demonstration data.</source>
        <translation>Démarre le serveur fourni sur cet ordinateur avec des données de démonstration.</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer, with demonstration data on first use.</source>
        <translation>Démarre le serveur fourni sur cet ordinateur, avec des données de démonstration à la première utilisation.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Paste the token of an Owner or Admin</source>
        <translation>Jeton d&apos;un Propriétaire ou d&apos;un Administrateur</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the address of the TestOps server.</source>
        <translation>Saisissez l&apos;adresse du serveur TestOps.</translation>
    </message>
    <message>
        <source>The server URL must start with https:// or http:// and name a host.</source>
        <translation>L&apos;URL du serveur doit commencer par https:// ou http:// et indiquer un hôte.</translation>
    </message>
    <message>
        <source>Enter an API token. It is kept in the system keychain, never in a file.</source>
        <translation>Saisissez un jeton d&apos;API. Il est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Clear server URL</source>
        <translation>Effacer l&apos;URL du serveur</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; files of up to %3 MB can be imported. Split it into smaller files.</source>
        <translation>Le fichier %1 fait %2&#xa0;Mo&#xa0;; les fichiers jusqu’à %3&#xa0;Mo peuvent être importés. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; split it into smaller files.</source>
        <translation>Le fichier %1 dépasse %2&#xa0;Mo&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 has no closing quote (&quot;).</source>
        <translation>Le champ entre guillemets qui commence à la ligne %1 n’a pas de guillemet fermant (&quot;).</translation>
    </message>
    <message>
        <source>This is not a text file: save the spreadsheet as “CSV UTF-8” or as tab-separated text, then import that file.</source>
        <translation>Ce n’est pas un fichier texte&#xa0;: enregistrez la feuille de calcul au format «&#xa0;CSV UTF-8&#xa0;» ou en texte séparé par des tabulations, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text (perhaps a spreadsheet&apos;s older “CSV” format): save it as “CSV UTF-8” and import it again.</source>
        <translation>Ce fichier n’est pas du texte UTF-8 (peut-être l’ancien format «&#xa0;CSV&#xa0;» d’un tableur)&#xa0;: enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>This UTF-16 text file is damaged: it ends in the middle of a character or holds an unpaired surrogate.</source>
        <translation>Ce fichier texte UTF-16 est endommagé&#xa0;: il se termine au milieu d’un caractère ou contient un demi-code isolé.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>dans 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>dans 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>dans 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The part before @ is empty.</source>
        <translation>La partie avant @ est vide.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>La partie avant @ dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>Quoted addresses such as &quot;john doe&quot;@example.com are not supported.</source>
        <translation>Les adresses entre guillemets comme &quot;john doe&quot;@example.com ne sont pas prises en charge.</translation>
    </message>
    <message>
        <source>The part before @ starts with a dot.</source>
        <translation>La partie avant @ commence par un point.</translation>
    </message>
    <message>
        <source>The part before @ ends with a dot.</source>
        <translation>La partie avant @ se termine par un point.</translation>
    </message>
    <message>
        <source>The part before @ has two dots in a row.</source>
        <translation>La partie avant @ contient deux points consécutifs.</translation>
    </message>
    <message>
        <source>The part before @ contains %1, which is not allowed in an address.</source>
        <translation>La partie avant @ contient %1, qui n&apos;est pas autorisé dans une adresse.</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; a domain name is needed.</source>
        <translation>Le domaine %1 est une adresse IP&#xa0;; un nom de domaine est nécessaire.</translation>
    </message>
    <message>
        <source>The domain %1 needs at least two parts, as in example.com.</source>
        <translation>Le domaine %1 doit comporter au moins deux parties, comme example.com.</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part between dots.</source>
        <translation>Le domaine %1 contient une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>The domain %1 has a part longer than 63 characters.</source>
        <translation>Le domaine %1 contient une partie de plus de 63 caractères.</translation>
    </message>
    <message>
        <source>The domain %1 contains %2, which is not allowed.</source>
        <translation>Le domaine %1 contient %2, qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts or ends with a hyphen.</source>
        <translation>Le domaine %1 contient une partie qui commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>The domain %1 does not end in a valid top-level domain.</source>
        <translation>Le domaine %1 ne se termine pas par un domaine de premier niveau valide.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>L&apos;adresse contient une espace.</translation>
    </message>
    <message>
        <source>The address contains an invisible character (%1).</source>
        <translation>L&apos;adresse contient un caractère invisible (%1).</translation>
    </message>
    <message>
        <source>An address needs exactly one @.</source>
        <translation>Une adresse doit contenir exactement un @.</translation>
    </message>
    <message>
        <source>The part after @ is empty.</source>
        <translation>La partie après @ est vide.</translation>
    </message>
    <message>
        <source>Addresses with an IP address in brackets, such as user@[192.0.2.1], are not accepted.</source>
        <translation>Les adresses avec une adresse IP entre crochets, comme user@[192.0.2.1], ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>The domain %1 is not valid.</source>
        <translation>Le domaine %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>L&apos;adresse dépasse 254 caractères.</translation>
    </message>
    <message>
        <source>A comment in parentheses inside an address is not supported.</source>
        <translation>Un commentaire entre parenthèses à l&apos;intérieur d&apos;une adresse n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Text follows the address in angle brackets without a separator. Separate addresses with a comma.</source>
        <translation>Du texte suit l&apos;adresse entre chevrons sans séparateur. Séparez les adresses par une virgule.</translation>
    </message>
    <message>
        <source>The name before the address in angle brackets contains an @. Put the name in quotes, or separate addresses with a comma.</source>
        <translation>Le nom avant l&apos;adresse entre chevrons contient un @. Mettez le nom entre guillemets ou séparez les adresses par une virgule.</translation>
    </message>
    <message>
        <source>The angle brackets hold no address.</source>
        <translation>Les chevrons ne contiennent aucune adresse.</translation>
    </message>
    <message>
        <source>The group name before the colon contains an @. Separate addresses with a comma.</source>
        <translation>Le nom de groupe avant les deux-points contient un @. Séparez les adresses par une virgule.</translation>
    </message>
    <message>
        <source>The domain %1 has a part with hyphens in the third and fourth places, which only international names written as xn--… may have.</source>
        <translation>Le domaine %1 a une partie avec des traits d&apos;union en troisième et quatrième position, réservés aux noms internationaux écrits xn--….</translation>
    </message>
    <message>
        <source>The domain %1 has a part that starts with a combining mark.</source>
        <translation>Le domaine %1 a une partie qui commence par un signe combinant.</translation>
    </message>
    <message>
        <source>The domain %1 has a part written as xn--… that is not a valid international name.</source>
        <translation>Le domaine %1 a une partie écrite xn--… qui n&apos;est pas un nom international valide.</translation>
    </message>
    <message>
        <source>The domain %1 ends in “.%2”, a name reserved for special use that cannot receive invitations.</source>
        <translation>Le domaine %1 se termine par «&#xa0;.%2&#xa0;», un nom réservé à un usage spécial qui ne peut pas recevoir d&apos;invitations.</translation>
    </message>
</context>
<context>
    <name>EmailChip</name>
    <message>
        <source>Valid address</source>
        <translation>Adresse valide</translation>
    </message>
    <message>
        <source>Valid address, sent as %1</source>
        <translation>Adresse valide, envoyée sous la forme %1</translation>
    </message>
    <message>
        <source>%1, valid</source>
        <translation>%1, valide</translation>
    </message>
    <message>
        <source>%1, invalid: %2</source>
        <translation>%1, non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>address, note such as already a member</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>EmailChipsEdit</name>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Addresses entered</source>
        <translation>Adresses saisies</translation>
    </message>
    <message>
        <source>Type or paste email addresses…</source>
        <translation>Saisissez ou collez des adresses e-mail…</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, Tab or Enter; Backspace selects the last address, Left and Right move between addresses.</source>
        <translation>Séparez les adresses par une virgule, une espace, Tab ou Entrée&#xa0;; Retour arrière sélectionne la dernière adresse, Gauche et Droite passent d&apos;une adresse à l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses were already in the list; each is kept once.</source>
        <translation>
            <numerusform>%n adresse était déjà dans la liste&#xa0;; elle n&apos;est gardée qu&apos;une fois.</numerusform>
            <numerusform>%n adresses étaient déjà dans la liste&#xa0;; chacune n&apos;est gardée qu&apos;une fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportUsersRunner</name>
    <message>
        <source>Export Users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users to %1…</source>
        <translation>
            <numerusform>Exportation de %Ln utilisateur vers %1…</numerusform>
            <numerusform>Exportation de %Ln utilisateurs vers %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln users…</source>
        <translation>
            <numerusform>Exportation de %Ln utilisateur…</numerusform>
            <numerusform>Exportation de %Ln utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 user to %1</source>
        <translation>1 utilisateur exporté vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln users to %1</source>
        <translation>
            <numerusform>%Ln utilisateur exporté vers %1</numerusform>
            <numerusform>%Ln utilisateurs exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InviteImport</name>
    <message>
        <source>The file is empty: it has no rows to import.</source>
        <translation>Le fichier est vide&#xa0;: il ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>The first row names columns, but none of them is the email address, and no column holds addresses: name that column “Email”.</source>
        <translation>La première ligne nomme des colonnes, mais aucune n’est l’adresse e-mail, et aucune colonne ne contient d’adresses&#xa0;: nommez cette colonne «&#xa0;E-mail&#xa0;».</translation>
    </message>
    <message>
        <source>No column of this file holds email addresses. Put the addresses in a column named “Email”, one per row.</source>
        <translation>Aucune colonne de ce fichier ne contient d’adresses e-mail. Placez les adresses dans une colonne nommée «&#xa0;E-mail&#xa0;», une par ligne.</translation>
    </message>
    <message>
        <source>The file has a header row but no rows of people under it.</source>
        <translation>Le fichier a une ligne d’en-tête, mais aucune ligne de personnes en dessous.</translation>
    </message>
    <message>
        <source>The row has no email address.</source>
        <translation>La ligne n’a pas d’adresse e-mail.</translation>
    </message>
    <message>
        <source>The cell holds %1 addresses; put one address on each row.</source>
        <translation>La cellule contient %1 adresses&#xa0;; placez une adresse par ligne.</translation>
    </message>
    <message>
        <source>The same address as on line %1.</source>
        <translation>La même adresse qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>“%1” is not a role: use Admin, Billing Manager or Member.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle&#xa0;: utilisez Administrateur, Gestionnaire de facturation ou Membre.</translation>
    </message>
    <message>
        <source>The organization has no license %1.</source>
        <translation>L’organisation n’a pas de licence %1.</translation>
    </message>
</context>
<context>
    <name>InviteResultsWidget</name>
    <message>
        <source>Result per address</source>
        <translation>Résultat par adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Already a member — not invited</source>
        <translation>Déjà membre — non invité</translation>
    </message>
    <message>
        <source>Already invited — no second invitation</source>
        <translation>Déjà invité — pas de seconde invitation</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Adresse non valide</translation>
    </message>
    <message>
        <source>Invalid address: %1</source>
        <translation>Adresse non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No seats left</source>
        <translation>Plus de places disponibles</translation>
    </message>
    <message>
        <source>No seats left: %1</source>
        <translation>Plus de places disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: the server gave no reason</source>
        <translation>Échec&#xa0;: le serveur n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Envoyée sous la forme %1</translation>
    </message>
    <message>
        <source>The invitation sent before still holds. To send its link again, use Resend on Pending Invitations.</source>
        <translation>L&apos;invitation envoyée précédemment reste valable. Pour renvoyer son lien, utilisez Renvoyer dans Invitations en attente.</translation>
    </message>
    <message>
        <source>Invalid address, not sent: %1</source>
        <translation>Adresse non valide, non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 invited</source>
        <translation>1 invité</translation>
    </message>
    <message>
        <source>1 already a member</source>
        <translation>1 déjà membre</translation>
    </message>
    <message>
        <source>1 already invited</source>
        <translation>1 déjà invité</translation>
    </message>
    <message>
        <source>1 invalid</source>
        <translation>1 non valide</translation>
    </message>
    <message>
        <source>1 without a seat</source>
        <translation>1 sans place</translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation>1 en échec</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Already invited — a new link was sent</source>
        <translation>Déjà invité — un nouveau lien a été envoyé</translation>
    </message>
    <message>
        <source>Already invited — not sent again: %1</source>
        <translation>Déjà invité — non renvoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already members</source>
        <translation>
            <numerusform>%Ln déjà membre</numerusform>
            <numerusform>%Ln déjà membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already invited</source>
        <translation>
            <numerusform>%Ln déjà invité</numerusform>
            <numerusform>%Ln déjà invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln non valide</numerusform>
            <numerusform>%Ln non valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a seat</source>
        <translation>
            <numerusform>%Ln sans place</numerusform>
            <numerusform>%Ln sans place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersDialog</name>
    <message>
        <source>Invite Users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <source>Sending the invitations</source>
        <translation>Envoi des invitations</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>already invited — resend?</source>
        <translation>déjà invité — renvoyer&#xa0;?</translation>
    </message>
    <message>
        <source>already a member</source>
        <translation>déjà membre</translation>
    </message>
    <message>
        <source>Discard the addresses you entered?</source>
        <translation>Abandonner les adresses saisies&#xa0;?</translation>
    </message>
    <message>
        <source>Enter the email addresses of the people to invite.</source>
        <translation>Saisissez les adresses e-mail des personnes à inviter.</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>Adresses &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Separate addresses with a comma, space, tab or Enter, or paste a list from a mail client or a spreadsheet.</source>
        <translation>Séparez les adresses par une virgule, une espace, une tabulation ou Entrée, ou collez une liste depuis un client de messagerie ou un tableur.</translation>
    </message>
    <message>
        <source>&amp;Role of the invitees:</source>
        <translation>&amp;Rôle des invités&#xa0;:</translation>
    </message>
    <message>
        <source>Role of the invitees</source>
        <translation>Rôle des invités</translation>
    </message>
    <message>
        <source>Assign licenses to your users.</source>
        <translation>Attribuez des licences à vos utilisateurs.</translation>
    </message>
    <message>
        <source>Switch the toggle on to select the product licenses.</source>
        <translation>Activez l&apos;interrupteur pour choisir les licences des produits.</translation>
    </message>
    <message>
        <source>The invitations could not be sent. %1
Everything you entered is kept; press Confirm to try again.</source>
        <translation>Les invitations n&apos;ont pas pu être envoyées. %1
Tout ce que vous avez saisi est conservé&#xa0;; appuyez sur Confirmer pour réessayer.</translation>
    </message>
    <message>
        <source>1 will be invited</source>
        <translation>1 sera invité</translation>
    </message>
    <message>
        <source>1 invalid address will be left out.</source>
        <translation>1 adresse non valide sera laissée de côté.</translation>
    </message>
    <message>
        <source>1 is already a member and will not be invited.</source>
        <translation>1 personne est déjà membre et ne sera pas invitée.</translation>
    </message>
    <message>
        <source>1 is already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>1 personne est déjà invitée&#xa0;: pas de seconde invitation (Renvoyer se trouve dans Invitations en attente).</translation>
    </message>
    <message>
        <source>1 person will be invited as %1.</source>
        <translation>1 personne sera invitée en tant que %1.</translation>
    </message>
    <message>
        <source>Enter at least one valid email address.</source>
        <translation>Saisissez au moins une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Stop sending; everything you entered is kept</source>
        <translation>Arrêter l&apos;envoi&#xa0;; tout ce que vous avez saisi est conservé</translation>
    </message>
    <message>
        <source>Retry Those Not Invited</source>
        <translation>Réessayer pour les non-invités</translation>
    </message>
    <message>
        <source>Sending the invitations…</source>
        <translation>Envoi des invitations…</translation>
    </message>
    <message>
        <source>Resend to Those Already Invited</source>
        <translation>Renvoyer aux personnes déjà invitées</translation>
    </message>
    <message>
        <source>Sending new links…</source>
        <translation>Envoi des nouveaux liens…</translation>
    </message>
    <message>
        <source>The new links could not be sent. %1
Press Resend to try again; a repeat sends each link once more at most.</source>
        <translation>Les nouveaux liens n&apos;ont pas pu être envoyés. %1
Appuyez sur «&#xa0;Renvoyer aux personnes déjà invitées&#xa0;» pour réessayer&#xa0;; une nouvelle tentative envoie chaque lien au plus une fois de plus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be invited</source>
        <translation>
            <numerusform>%Ln sera invité</numerusform>
            <numerusform>%Ln seront invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid addresses will be left out.</source>
        <translation>
            <numerusform>%Ln adresse non valide sera laissée de côté.</numerusform>
            <numerusform>%Ln adresses non valides seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already members and will not be invited.</source>
        <translation>
            <numerusform>%Ln personne est déjà membre et ne sera pas invitée.</numerusform>
            <numerusform>%Ln personnes sont déjà membres et ne seront pas invitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already invited: no second invitation (Resend is on Pending Invitations).</source>
        <translation>
            <numerusform>%Ln personne est déjà invitée&#xa0;: pas de seconde invitation (Renvoyer se trouve dans Invitations en attente).</numerusform>
            <numerusform>%Ln personnes sont déjà invitées&#xa0;: pas de seconde invitation (Renvoyer se trouve dans Invitations en attente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will be invited as %1.</source>
        <translation>
            <numerusform>%Ln personne sera invitée en tant que %1.</numerusform>
            <numerusform>%Ln personnes seront invitées en tant que %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled. The server may have received the request already; sending again is safe: what was done already is reported as such.</source>
        <translation>Annulé. Le serveur a peut-être déjà reçu la requête&#xa0;; vous pouvez renvoyer sans risque&#xa0;: ce qui a déjà été fait est signalé comme tel.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyée : %1</translation>
    </message>
    <message>
        <source>1 invitation could not be sent. %1
Press Retry Those Not Invited to send it again.</source>
        <translation>1 invitation n&apos;a pas pu être envoyée. %1
Cliquez sur « Réessayer pour les non-invités » pour l&apos;envoyer à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations could not be sent. %1
Press Retry Those Not Invited to send them again.</source>
        <translation>
            <numerusform>%Ln invitation n&apos;a pas pu être envoyée. %1
Cliquez sur « Réessayer pour les non-invités » pour l&apos;envoyer à nouveau.</numerusform>
            <numerusform>%Ln invitations n&apos;ont pas pu être envoyées. %1
Cliquez sur « Réessayer pour les non-invités » pour les envoyer à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteUsersSender</name>
    <message>
        <source>The organization was closed. Open it again, then try once more.</source>
        <translation>L&apos;organisation a été fermée. Rouvrez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The organization was closed before the server answered. The server may have received the request already.</source>
        <translation>L&apos;organisation a été fermée avant la réponse du serveur. Le serveur a peut-être déjà reçu la demande.</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <source>The server reported “%1”.</source>
        <translation>Le serveur a signalé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language applies when the app starts.</source>
        <translation>La langue s&apos;applique au démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The new language applies when you restart the app.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de l&apos;application.</translation>
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
        <translation>Licence %1</translation>
    </message>
    <message>
        <source>The organization has no license products; the invitees join without licenses.</source>
        <translation>L&apos;organisation n&apos;a aucun produit sous licence&#xa0;; les invités rejoignent l&apos;organisation sans licence.</translation>
    </message>
    <message>
        <source>%1: 1 invitation needs a seat, %2 available</source>
        <translation>%1&#xa0;: 1 invitation nécessite une place&#xa0;; places disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of 1 seat available</source>
        <translation>%1 place disponible sur 1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invitations need seats, %2 available</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln invitation nécessite une place&#xa0;; places disponibles&#xa0;: %2</numerusform>
            <numerusform>%1&#xa0;: %Ln invitations nécessitent des places&#xa0;; places disponibles&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln seats available</source>
        <translation>
            <numerusform>%1 place disponible sur %Ln</numerusform>
            <numerusform>%1 places disponibles sur %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCache</name>
    <message>
        <source>The local cache cannot be used: the SQLite driver of Qt is missing.</source>
        <translation>Le cache local ne peut pas être utilisé&#xa0;: le pilote SQLite de Qt est absent.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened.</source>
        <translation>Le cache local %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged or is not a cache file.</source>
        <translation>Le cache local %1 est endommagé ou n&apos;est pas un fichier de cache.</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of the app and is left untouched.</source>
        <translation>Le cache local %1 a été écrit par une version plus récente de l&apos;application et n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared.</source>
        <translation>Le cache local %1 n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <source>The lists could not be saved in the local cache %1.</source>
        <translation>Les listes n&apos;ont pas pu être enregistrées dans le cache local %1.</translation>
    </message>
    <message>
        <source>The local cache %1 could not be read.</source>
        <translation>Le cache local %1 n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The local organization cannot start: the server program %1 was not found beside the app. Reinstall TestOps User Management.</source>
        <translation>L&apos;organisation locale ne peut pas démarrer&#xa0;: le programme serveur %1 est introuvable à côté de l&apos;application. Réinstallez TestOps User Management.</translation>
    </message>
    <message>
        <source>The local organization cannot start: the data folder %1 could not be created.</source>
        <translation>L&apos;organisation locale ne peut pas démarrer&#xa0;: le dossier de données %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The local organization cannot start: %1</source>
        <translation>L&apos;organisation locale ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local organization started, but no sign-in token could be made for %1: %2</source>
        <translation>L&apos;organisation locale a démarré, mais aucun jeton de connexion n&apos;a pu être créé pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local server stopped unexpectedly.</source>
        <translation>Le serveur local s&apos;est arrêté de manière inattendue.</translation>
    </message>
    <message>
        <source>The local server stopped (exit code %1).</source>
        <translation>Le serveur local s&apos;est arrêté (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User lists</source>
        <translation>Listes d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>User Management</source>
        <translation>Gestion des utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the lists again from the server (F5)</source>
        <translation>Recharger les listes depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>Invite Users</source>
        <translation>Inviter des utilisateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>État de l&apos;actualisation</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l&apos;actualisation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connect to Another Server…</source>
        <translation>Se connecter à un autre serveur…</translation>
    </message>
    <message>
        <source>Connect to Another Server</source>
        <translation>Se connecter à un autre serveur</translation>
    </message>
    <message>
        <source>Role required</source>
        <translation>Rôle requis</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>User Management needs the Owner or Admin role.</source>
        <translation>La gestion des utilisateurs exige le rôle Propriétaire ou Administrateur.</translation>
    </message>
    <message>
        <source>Use Another Token…</source>
        <translation>Utiliser un autre jeton…</translation>
    </message>
    <message>
        <source>Use Another Token</source>
        <translation>Utiliser un autre jeton</translation>
    </message>
    <message>
        <source>TestOps User Management</source>
        <translation>TestOps User Management</translation>
    </message>
    <message>
        <source>TestOps User Management — %1</source>
        <translation>TestOps User Management — %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You are signed in as %1, whose role in this organization is %2. Ask its Owner or an Admin, or use the token of an Owner or Admin.</source>
        <translation>Vous êtes connecté en tant que %1, dont le rôle dans cette organisation est %2. Adressez-vous à son Propriétaire ou à un Administrateur, ou utilisez le jeton d&apos;un Propriétaire ou d&apos;un Administrateur.</translation>
    </message>
    <message>
        <source>Refreshing… %1 of %2</source>
        <translation>Actualisation… %1 sur %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation>Hors ligne — données du %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline — changes are possible again once the server answers.</source>
        <translation>Hors ligne — les modifications seront de nouveau possibles dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Échec de l&apos;actualisation</translation>
    </message>
    <message>
        <source>Offline — inviting needs the server.</source>
        <translation>Hors ligne — l&apos;invitation nécessite le serveur.</translation>
    </message>
    <message>
        <source>Invite people to the organization</source>
        <translation>Inviter des personnes dans l&apos;organisation</translation>
    </message>
    <message>
        <source>Save the Active Users and Removed Users lists as CSV</source>
        <translation>Enregistrer les listes Utilisateurs actifs et Utilisateurs retirés au format CSV</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About TestOps User Management</source>
        <translation>À &amp;propos de TestOps User Management</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <source>Not a member of this organization</source>
        <translation>Pas membre de cette organisation</translation>
    </message>
    <message>
        <source>%1 is not a member of organization %2.</source>
        <translation>%1 n&apos;est pas membre de l&apos;organisation %2.</translation>
    </message>
    <message>
        <source>%1 belongs to no organization.</source>
        <translation>%1 n&apos;appartient à aucune organisation.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The lists could not be loaded</source>
        <translation>Les listes n&apos;ont pas pu être chargées</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last Role</source>
        <translation>Dernier rôle</translation>
    </message>
    <message>
        <source>Join Date</source>
        <translation>Date d&apos;arrivée</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Last Access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Removed On</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Removed By</source>
        <translation>Retiré par</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Registered Machines</source>
        <translation>Machines enregistrées</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Never</source>
        <comment>last access</comment>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Invited By</source>
        <translation>Invité par</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation</comment>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expirée le %1</translation>
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
        <translation>La gestion des utilisateurs exige le rôle Propriétaire ou Administrateur.</translation>
    </message>
    <message>
        <source>Nobody is invited as Owner; the Owner transfers ownership to an active member.</source>
        <translation>Personne n&apos;est invité en tant que Propriétaire&#xa0;; le Propriétaire transfère la propriété à un membre actif.</translation>
    </message>
    <message>
        <source>Only the Owner can invite Admins.</source>
        <translation>Seul le Propriétaire peut inviter des Administrateurs.</translation>
    </message>
    <message>
        <source>Only the Owner can manage invitations for Admins.</source>
        <translation>Seul le Propriétaire peut gérer les invitations des Administrateurs.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même.</translation>
    </message>
    <message>
        <source>The Owner cannot be removed; transfer ownership first.</source>
        <translation>Le Propriétaire ne peut pas être retiré&#xa0;; transférez d&apos;abord la propriété.</translation>
    </message>
    <message>
        <source>Only the Owner can remove Admins.</source>
        <translation>Seul le Propriétaire peut retirer des Administrateurs.</translation>
    </message>
    <message>
        <source>Only the Owner can change the licenses of Admins and of the Owner.</source>
        <translation>Seul le Propriétaire peut modifier les licences des Administrateurs et du Propriétaire.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle.</translation>
    </message>
    <message>
        <source>The Owner&apos;s role changes only by transferring ownership.</source>
        <translation>Le rôle du Propriétaire ne change que par un transfert de propriété.</translation>
    </message>
    <message>
        <source>Ownership is handed over by a transfer, not by a role change.</source>
        <translation>La propriété se cède par un transfert, pas par un changement de rôle.</translation>
    </message>
    <message>
        <source>Only the Owner can grant or take away the Admin role.</source>
        <translation>Seul le Propriétaire peut attribuer ou retirer le rôle Administrateur.</translation>
    </message>
    <message>
        <source>A Billing Manager cannot belong to teams; this member is in: %1.</source>
        <translation>Un Gestionnaire de facturation ne peut pas faire partie d&apos;équipes&#xa0;; ce membre fait partie de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only the Owner can transfer ownership.</source>
        <translation>Seul le Propriétaire peut transférer la propriété.</translation>
    </message>
    <message>
        <source>You already own this organization.</source>
        <translation>Vous êtes déjà Propriétaire de cette organisation.</translation>
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
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Checked</source>
        <translation>Coché</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non coché</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
</context>
<context>
    <name>RemoveUsersDialog</name>
    <message>
        <source>Remove Users</source>
        <translation>Retirer des utilisateurs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this user from the organization?</source>
        <translation>Retirer cet utilisateur de l&apos;organisation&#xa0;?</translation>
    </message>
    <message>
        <source>Users to remove</source>
        <translation>Utilisateurs à retirer</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>They can no longer sign in to the organization.</source>
        <translation>Ils ne peuvent plus se connecter à l&apos;organisation.</translation>
    </message>
    <message>
        <source>The data they created in the organization stays.</source>
        <translation>Les données qu&apos;ils ont créées dans l&apos;organisation sont conservées.</translation>
    </message>
    <message>
        <source>1 registered machine is released from the Registered Machine list.</source>
        <translation>1 machine enregistrée est libérée de la liste des machines enregistrées.</translation>
    </message>
    <message>
        <source>They hold no licenses.</source>
        <translation>Ils ne détiennent aucune licence.</translation>
    </message>
    <message>
        <source>Their licenses are freed: %1.</source>
        <translation>Leurs licences sont libérées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pending invitations to their addresses are revoked.</source>
        <translation>Les invitations en attente à leurs adresses sont révoquées.</translation>
    </message>
    <message>
        <source>You can invite them again at any time.</source>
        <translation>Vous pouvez les réinviter à tout moment.</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>1 checked user cannot be removed and is left out (shown greyed).</source>
        <translation>1 utilisateur coché ne peut pas être retiré et est laissé de côté (grisé).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %Ln users from the organization?</source>
        <translation>
            <numerusform>Retirer cet utilisateur (%Ln) de l&apos;organisation&#xa0;?</numerusform>
            <numerusform>Retirer ces %Ln utilisateurs de l&apos;organisation&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered machines are released from the Registered Machine list.</source>
        <translation>
            <numerusform>%Ln machine enregistrée est libérée de la liste des machines enregistrées.</numerusform>
            <numerusform>%Ln machines enregistrées sont libérées de la liste des machines enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked users cannot be removed and are left out (shown greyed).</source>
        <translation>
            <numerusform>%Ln utilisateur coché ne peut pas être retiré et est laissé de côté (grisé).</numerusform>
            <numerusform>%Ln utilisateurs cochés ne peuvent pas être retirés et sont laissés de côté (grisés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeInvitationDialog</name>
    <message>
        <source>Revoke Invitation</source>
        <translation>Révoquer l&apos;invitation</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Double-check the email address. Its invitation link will stop working.</source>
        <translation>Vérifiez bien l&apos;adresse e-mail. Son lien d&apos;invitation cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Invitations to revoke</source>
        <translation>Invitations à révoquer</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Double-check the %Ln email addresses. Their invitation links will stop working.</source>
        <translation>
            <numerusform>Vérifiez bien l&apos;adresse e-mail (%Ln). Son lien d&apos;invitation cessera de fonctionner.</numerusform>
            <numerusform>Vérifiez bien les %Ln adresses e-mail. Leurs liens d&apos;invitation cesseront de fonctionner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Billing Manager</source>
        <translation>Gestionnaire de facturation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No API token is stored for this server.</source>
        <translation>Aucun jeton d&apos;API n&apos;est enregistré pour ce serveur.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API token is not stored. You will be asked for it again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible, le jeton d&apos;API n&apos;est donc pas enregistré. Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the API token is not stored.</source>
        <translation>L&apos;accès au trousseau du système a été refusé, le jeton d&apos;API n&apos;est donc pas enregistré.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>An empty API token cannot be stored.</source>
        <translation>Un jeton d&apos;API vide ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n&apos;a été indiqué</translation>
    </message>
</context>
<context>
    <name>UserListTab</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Shows the invitations whose email contains the text.</source>
        <translation>Affiche les invitations dont l&apos;adresse e-mail contient le texte.</translation>
    </message>
    <message>
        <source>Shows the users whose name or email contains the text.</source>
        <translation>Affiche les utilisateurs dont le nom ou l&apos;adresse e-mail contient le texte.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtre de rôle</translation>
    </message>
    <message>
        <source>Last &amp;role:</source>
        <translation>Dernier &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Remove Users</source>
        <translation>Retirer des utilisateurs</translation>
    </message>
    <message>
        <source>Copy Activation Link</source>
        <translation>Copier le lien d&apos;activation</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation>Réinviter</translation>
    </message>
    <message>
        <source>Active Users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <source>Removed Users</source>
        <translation>Utilisateurs retirés</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the filter</source>
        <translation>Sélection&#xa0;: %1&#xa0;; masqués par le filtre&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 selected, %2 hidden by the search</source>
        <translation>Sélection&#xa0;: %1&#xa0;; masqués par la recherche&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 invitation</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>No active users.</source>
        <translation>Aucun utilisateur actif.</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Aucune invitation en attente.</translation>
    </message>
    <message>
        <source>No removed users.</source>
        <translation>Aucun utilisateur retiré.</translation>
    </message>
    <message>
        <source>No %1 invitations match “%2”.</source>
        <translation>Aucune invitation au statut «&#xa0;%1&#xa0;» ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No invitations match “%1”.</source>
        <translation>Aucune invitation ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No %1 invitations.</source>
        <translation>Aucune invitation au statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No users with the role %1 match “%2”.</source>
        <translation>Aucun utilisateur avec le rôle %1 ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No users with the role %1.</source>
        <translation>Aucun utilisateur avec le rôle %1.</translation>
    </message>
    <message>
        <source>Check the invitations this applies to.</source>
        <translation>Cochez les invitations concernées.</translation>
    </message>
    <message>
        <source>Check the users this applies to.</source>
        <translation>Cochez les utilisateurs concernés.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations</source>
        <translation>
            <numerusform>%Ln invitation</numerusform>
            <numerusform>%Ln invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 checked invitations are hidden by the search or filter.
%3 all %2, the hidden ones included?</source>
        <translation>%1 des %2 invitations cochées sont masquées par la recherche ou le filtre.
«&#xa0;%3&#xa0;» pour les %2, y compris celles qui sont masquées&#xa0;?</translation>
    </message>
</context>
<context>
    <name>UserTableView</name>
    <message>
        <source>Row actions</source>
        <translation>Actions sur la ligne</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>Copy Email</source>
        <translation>Copier l&apos;e-mail</translation>
    </message>
</context>
</TS>

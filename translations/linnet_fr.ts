<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Linnet</name>
    <message>
        <source>Linnet could not save your accounts to %1.</source>
        <translation>Linnet n’a pas pu enregistrer vos comptes dans %1.</translation>
    </message>
    <message>
        <source>This account has no valid address.</source>
        <translation>Ce compte n’a pas d’adresse valide.</translation>
    </message>
    <message>
        <source>Linnet could not create the folder %1.</source>
        <translation>Linnet n’a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>Linnet could not read the saved passwords in %1.</source>
        <translation>Linnet n’a pas pu lire les mots de passe enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The saved passwords in %1 are damaged.</source>
        <translation>Les mots de passe enregistrés dans %1 sont endommagés.</translation>
    </message>
    <message>
        <source>Linnet could not save the password in %1.</source>
        <translation>Linnet n’a pas pu enregistrer le mot de passe dans %1.</translation>
    </message>
    <message>
        <source>An archive result arrived for a search we did not make.</source>
        <translation>Un résultat d’archive est arrivé pour une recherche que nous n’avons pas faite.</translation>
    </message>
    <message>
        <source>An archive result came from %1 instead of the archive that was searched.</source>
        <translation>Un résultat d’archive est venu de %1 au lieu de l’archive interrogée.</translation>
    </message>
    <message>
        <source>This is not a valid address to block.</source>
        <translation>Ce n’est pas une adresse valide à bloquer.</translation>
    </message>
    <message>
        <source>This is not a valid contact address.</source>
        <translation>Ce n’est pas une adresse de contact valide.</translation>
    </message>
    <message>
        <source>The local database could not be opened (%1).</source>
        <translation>La base de données locale n’a pas pu être ouverte (%1).</translation>
    </message>
    <message>
        <source>The local database could not be updated (%1).</source>
        <translation>La base de données locale n’a pas pu être mise à jour (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n’est pas digne de confiance : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Securing the connection</source>
        <translation>Sécurisation de la connexion</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>Démarrage de la session</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Aucune réponse n’est arrivée à temps.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>This account is disabled on the server.</source>
        <translation>Ce compte est désactivé sur le serveur.</translation>
    </message>
    <message>
        <source>The password has expired; change it with your provider.</source>
        <translation>Le mot de passe a expiré ; changez-le auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>The server requires encryption for this way of signing in.</source>
        <translation>Le serveur exige le chiffrement pour ce mode de connexion.</translation>
    </message>
    <message>
        <source>The server considers this way of signing in too weak.</source>
        <translation>Le serveur juge ce mode de connexion trop faible.</translation>
    </message>
    <message>
        <source>The server could not check the password just now; try again later.</source>
        <translation>Le serveur n’a pas pu vérifier le mot de passe pour l’instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server does not support the chosen way of signing in.</source>
        <translation>Le serveur ne prend pas en charge le mode de connexion choisi.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Le serveur a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Le serveur a dit : « %1 »</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Pas de connexion au serveur.</translation>
    </message>
</context>
<context>
    <name>Linnet::AccountCreator</name>
    <message>
        <source>This server does not allow creating accounts from an app.</source>
        <translation>Ce serveur ne permet pas de créer des comptes depuis une application.</translation>
    </message>
</context>
<context>
    <name>Linnet::AccountOverview</name>
    <message>
        <source>You are not signed in</source>
        <translation>Vous n’êtes pas connecté</translation>
    </message>
    <message>
        <source>Sign in with your XMPP address, such as name@example.org, to chat with your contacts.</source>
        <translation>Connectez-vous avec votre adresse XMPP, par exemple nom@example.org, pour discuter avec vos contacts.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 (direct TLS)</source>
        <translation>%1 (TLS direct)</translation>
    </message>
    <message>
        <source>%1 (STARTTLS)</source>
        <translation>%1 (STARTTLS)</translation>
    </message>
    <message>
        <source>Encrypted with %1 · %2</source>
        <translation>Chiffré avec %1 · %2</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read this connection</source>
        <translation>Non chiffré : n’importe qui sur le réseau peut lire cette connexion</translation>
    </message>
    <message>
        <source>Verified by a trusted certificate authority</source>
        <translation>Vérifié par une autorité de certification de confiance</translation>
    </message>
    <message>
        <source>Trusted always, as you chose (SHA-256 %1…)</source>
        <translation>Toujours approuvé, comme vous l’avez choisi (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>Trusted for this session, as you chose (SHA-256 %1…)</source>
        <translation>Approuvé pour cette session, comme vous l’avez choisi (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Linnet::AccountsMenu</name>
    <message>
        <source>A&amp;dd Account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Linnet::AdHocCommands</name>
    <message>
        <source>The command session has expired; run the command again.</source>
        <translation>La session de la commande a expiré ; relancez la commande.</translation>
    </message>
    <message>
        <source>The command did not accept the form; check the required fields.</source>
        <translation>La commande n’a pas accepté le formulaire ; vérifiez les champs obligatoires.</translation>
    </message>
    <message>
        <source>The command cannot do that at this stage.</source>
        <translation>La commande ne peut pas faire cela à cette étape.</translation>
    </message>
    <message>
        <source>The command does not know this session; run the command again.</source>
        <translation>La commande ne connaît pas cette session ; relancez la commande.</translation>
    </message>
    <message>
        <source>The answer to the command could not be understood.</source>
        <translation>La réponse à la commande n’a pas pu être comprise.</translation>
    </message>
</context>
<context>
    <name>Linnet::AddContactDialog</name>
    <message>
        <source>&amp;Ask to see their presence</source>
        <translation>&amp;Demander à voir sa présence</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>A contact&apos;s address has no resource: leave out “/%1”.</source>
        <translation>L’adresse d’un contact n’a pas de ressource : retirez « /%1 ».</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>Linnet::AddressBar</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Address, e.g. example.org</source>
        <translation>Adresse, p. ex. example.org</translation>
    </message>
    <message>
        <source>Address to browse</source>
        <translation>Adresse à parcourir</translation>
    </message>
    <message>
        <source>Node (optional)</source>
        <translation>Nœud (facultatif)</translation>
    </message>
    <message>
        <source>Node to browse</source>
        <translation>Nœud à parcourir</translation>
    </message>
    <message>
        <source>Enter an address to browse.</source>
        <translation>Saisissez une adresse à parcourir.</translation>
    </message>
</context>
<context>
    <name>Linnet::AvatarImageDecoder</name>
    <message>
        <source>The picture is empty.</source>
        <translation>L’image est vide.</translation>
    </message>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB).</source>
        <translation>L’image est trop grande (%1 Kio ; au plus %2 Kio).</translation>
    </message>
    <message>
        <source>This is not a picture Linnet can read.</source>
        <translation>Linnet ne sait pas lire cette image.</translation>
    </message>
    <message>
        <source>Pictures in the %1 format are not shown.</source>
        <translation>Les images au format %1 ne sont pas affichées.</translation>
    </message>
    <message>
        <source>The picture does not say how large it is.</source>
        <translation>L’image n’indique pas sa taille.</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels; at most %3 × %4).</source>
        <translation>L’image est trop grande (%1 × %2 pixels ; au plus %3 × %4).</translation>
    </message>
    <message>
        <source>The picture is damaged: %1</source>
        <translation>L’image est endommagée : %1</translation>
    </message>
    <message>
        <source>The picture is damaged: its size does not match its header.</source>
        <translation>L’image est endommagée : sa taille ne correspond pas à son en-tête.</translation>
    </message>
</context>
<context>
    <name>Linnet::AvatarManager</name>
    <message>
        <source>The avatar is too large or not stored in PEP.</source>
        <translation>L’avatar est trop grand ou n’est pas stocké dans PEP.</translation>
    </message>
    <message>
        <source>The avatar&apos;s hash is not well-formed.</source>
        <translation>Le hachage de l’avatar est mal formé.</translation>
    </message>
    <message>
        <source>The avatar data is missing or broken.</source>
        <translation>Les données de l’avatar sont manquantes ou endommagées.</translation>
    </message>
    <message>
        <source>The vCard has no usable photo.</source>
        <translation>La vCard ne contient aucune photo utilisable.</translation>
    </message>
    <message>
        <source>The avatar&apos;s data does not match its hash.</source>
        <translation>Les données de l’avatar ne correspondent pas à son hachage.</translation>
    </message>
    <message>
        <source>The avatar could not be stored.</source>
        <translation>L’avatar n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>Linnet::Bookmarks</name>
    <message>
        <source>A bookmark needs a room address.</source>
        <translation>Un signet a besoin d’une adresse de salon.</translation>
    </message>
    <message>
        <source>The bookmarks could not be saved: %1</source>
        <translation>Les signets n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>The bookmarks could not be loaded: %1</source>
        <translation>Les signets n’ont pas pu être chargés : %1</translation>
    </message>
</context>
<context>
    <name>Linnet::BookmarksMenu</name>
    <message>
        <source>No bookmarked rooms</source>
        <translation>Aucun salon en signet</translation>
    </message>
    <message>
        <source>%1 — joined on sign-in</source>
        <translation>%1 — rejoint à la connexion</translation>
    </message>
</context>
<context>
    <name>Linnet::Caps</name>
    <message>
        <source>The client described itself twice with the same identity.</source>
        <translation>Le client s’est décrit deux fois avec la même identité.</translation>
    </message>
    <message>
        <source>The client listed the same feature twice.</source>
        <translation>Le client a listé deux fois la même fonctionnalité.</translation>
    </message>
    <message>
        <source>The client sent a form whose type has several different values.</source>
        <translation>Le client a envoyé un formulaire dont le type a plusieurs valeurs différentes.</translation>
    </message>
    <message>
        <source>The client sent two extended forms of the same type.</source>
        <translation>Le client a envoyé deux formulaires étendus du même type.</translation>
    </message>
    <message>
        <source>The client&apos;s capabilities use a hash Linnet does not support.</source>
        <translation>Les capacités du client utilisent un hachage que Linnet ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The client&apos;s features do not match the capabilities it announced.</source>
        <translation>Les fonctionnalités du client ne correspondent pas aux capacités annoncées.</translation>
    </message>
</context>
<context>
    <name>Linnet::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Linnet could not confirm that this server is %1</source>
        <translation>Linnet n’a pas pu confirmer que ce serveur est %1</translation>
    </message>
    <message>
        <source>Someone may be pretending to be the server, or the server uses a certificate that no authority Linnet trusts has vouched for. Trust it only if you can compare the fingerprint below with one your server&apos;s administrator gave you.</source>
        <translation>Quelqu’un se fait peut-être passer pour le serveur, ou le serveur utilise un certificat qu’aucune autorité reconnue par Linnet n’a garanti. Ne lui faites confiance que si vous pouvez comparer l’empreinte ci-dessous avec celle que l’administrateur de votre serveur vous a donnée.</translation>
    </message>
    <message>
        <source>The server did not send a certificate.</source>
        <translation>Le serveur n’a pas envoyé de certificat.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>Faire confiance une &amp;fois</translation>
    </message>
    <message>
        <source>Connect this time; ask again the next time Linnet starts.</source>
        <translation>Se connecter cette fois ; redemander au prochain démarrage de Linnet.</translation>
    </message>
    <message>
        <source>Trust &amp;Always</source>
        <translation>Toujours faire &amp;confiance</translation>
    </message>
    <message>
        <source>Remember this certificate for this account.</source>
        <translation>Mémoriser ce certificat pour ce compte.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>Le certificat est auto-signé : aucune autorité de certification ne le garantit.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority Linnet does not trust.</source>
        <translation>Le certificat a été délivré par une autorité à laquelle Linnet ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The certificate does not belong to %1.</source>
        <translation>Le certificat n’appartient pas à %1.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Le certificat a expiré le %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Le certificat n’est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Le certificat n’est pas valide avant le %1.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>Le certificat a été révoqué par son émetteur.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is not valid.</source>
        <translation>La signature du certificat n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatController</name>
    <message>
        <source>%1 (in %2)</source>
        <comment>private chat with a room occupant: nick (in room)</comment>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Messages can be searched once an account is signed in.</source>
        <translation>Les messages peuvent être recherchés dès qu’un compte est connecté.</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatManager</name>
    <message>
        <source>The message could not be delivered.</source>
        <translation>Le message n’a pas pu être remis.</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatTexts</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 a arrêté d’écrire</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (unread messages)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <comment>(unread messages) window title</comment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatWindow</name>
    <message>
        <source>Move to Tabs</source>
        <translation>Déplacer dans les onglets</translation>
    </message>
    <message>
        <source>Put this conversation back into the chat window&apos;s tabs</source>
        <translation>Remettre cette discussion dans les onglets de la fenêtre de discussion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Search Messages…</source>
        <translation>Rechercher dans les messages…</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>&amp;Detach Tab</source>
        <translation>&amp;Détacher l’onglet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>Open Chats in &amp;Separate Windows</source>
        <translation>Ouvrir les discussions dans des fenêtres &amp;séparées</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>Rechercher dans les &amp;messages…</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Chat menu</source>
        <translation>Menu de discussion</translation>
    </message>
    <message>
        <source>%1 — Chats</source>
        <translation>%1 — Discussions</translation>
    </message>
    <message>
        <source>Conversation tabs</source>
        <translation>Onglets des conversations</translation>
    </message>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Nouvelle discussion…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Aller à une conversation…</translation>
    </message>
</context>
<context>
    <name>Linnet::Client</name>
    <message>
        <source>The connection was lost for too long to resume the session.</source>
        <translation>La connexion a été perdue trop longtemps pour reprendre la session.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting again.</source>
        <translation>Nouvelle connexion en cours.</translation>
    </message>
    <message>
        <source>The server sent Linnet to %1.</source>
        <translation>Le serveur a redirigé Linnet vers %1.</translation>
    </message>
</context>
<context>
    <name>Linnet::CommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Commands of %1</source>
        <translation>Commandes de %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Notes from the command</source>
        <translation>Notes de la commande</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Asking %1 for its commands…</source>
        <translation>Demande de ses commandes à %1…</translation>
    </message>
    <message>
        <source>%1 offers no commands to you.</source>
        <translation>%1 ne vous propose aucune commande.</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>Exécution de la commande…</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>Veuillez vérifier le formulaire : %1</translation>
    </message>
    <message>
        <source>Going back…</source>
        <translation>Retour…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>The command is complete.</source>
        <translation>La commande est terminée.</translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation>La commande a été annulée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Command form</source>
        <translation>Formulaire de la commande</translation>
    </message>
</context>
<context>
    <name>Linnet::Composer</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
</context>
<context>
    <name>Linnet::ConnectionStatusWidget</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
</context>
<context>
    <name>Linnet::Connector</name>
    <message>
        <source>%1:%2 did not answer in time</source>
        <translation>%1:%2 n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>Impossible de se connecter au serveur.</translation>
    </message>
</context>
<context>
    <name>Linnet::ConsoleLogModel</name>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactActions</name>
    <message>
        <source>%1 has not asked to see your presence, and the server cannot approve in advance.</source>
        <translation>%1 n’a pas demandé à voir votre présence, et le serveur ne peut pas l’autoriser à l’avance.</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>Renommer le contact</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Nom pour %1 :</translation>
    </message>
    <message>
        <source>Edit Groups</source>
        <translation>Modifier les groupes</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas:</source>
        <translation>Groupes de %1, séparés par des virgules :</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s presence.</source>
        <translation>Supprimer %1 de vos contacts ? Vous ne verrez plus la présence l’un de l’autre.</translation>
    </message>
    <message>
        <source>Add Contact to %1</source>
        <translation>Ajouter un contact à %1</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactDelegate</name>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>group name (online/total)</comment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>resource (priority)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>resource — client</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>99+</source>
        <translation>99+</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>online/total</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (bloqué)</translation>
    </message>
    <message>
        <source>Presence error: %1</source>
        <translation>Erreur de présence : %1</translation>
    </message>
    <message>
        <source>Asks to see your presence</source>
        <translation>Demande à voir votre présence</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>resource text: status</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1
via %2</source>
        <comment>contact address, then the account it is in</comment>
        <translation>%1
via %2</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactInfoDialog</name>
    <message>
        <source>%1 — Contact Info</source>
        <translation>%1 — Infos du contact</translation>
    </message>
    <message>
        <source>%1 (our request is pending)</source>
        <translation>%1 (notre demande est en attente)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Présence :</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement :</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Online resources:</source>
        <translation>Ressources en ligne :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactListPanel</name>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Hide Offline</source>
        <translation>Masquer les contacts hors ligne</translation>
    </message>
    <message>
        <source>Show only contacts who are online</source>
        <translation>N’afficher que les contacts en ligne</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Accounts the status applies to</source>
        <translation>Comptes auxquels le statut s’applique</translation>
    </message>
    <message>
        <source>The accounts your status applies to</source>
        <translation>Les comptes auxquels votre statut s’applique</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactListView</name>
    <message>
        <source>Contact &amp;Info</source>
        <translation>&amp;Infos du contact</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Edit &amp;Groups…</source>
        <translation>Modifier les &amp;groupes…</translation>
    </message>
    <message>
        <source>&amp;Approve Their Request</source>
        <translation>&amp;Accepter sa demande</translation>
    </message>
    <message>
        <source>&amp;Ask to See Their Presence</source>
        <translation>Demander à voir sa &amp;présence</translation>
    </message>
    <message>
        <source>&amp;Withdraw Our Request</source>
        <translation>&amp;Retirer notre demande</translation>
    </message>
    <message>
        <source>Stop &amp;Seeing Their Presence</source>
        <translation>Ne plus &amp;voir sa présence</translation>
    </message>
    <message>
        <source>Stop Sharing &amp;My Presence</source>
        <translation>Ne plus partager &amp;ma présence</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>Linnet::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <comment>copied message: [time] sender: text</comment>
        <translation>[%1] %2 : %3</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>Linnet::ConversationWidget</name>
    <message>
        <source>Typing indicator</source>
        <translation>Indicateur de saisie</translation>
    </message>
    <message>
        <source>Correcting your last message (Escape to cancel)</source>
        <translation>Correction de votre dernier message (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Find in Conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message à %1</translation>
    </message>
</context>
<context>
    <name>Linnet::CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Create a new account on %1. The server decides what it needs to know.</source>
        <translation>Créer un nouveau compte sur %1. Le serveur décide de ce qu’il doit savoir.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Your account %1 is ready. Sign in with it now.</source>
        <translation>Votre compte %1 est prêt. Connectez-vous avec lui maintenant.</translation>
    </message>
</context>
<context>
    <name>Linnet::DataForm</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is too small.</source>
        <translation>« %1 » est trop petit.</translation>
    </message>
    <message>
        <source>The number must be at least %1.</source>
        <translation>Le nombre doit être au moins %1.</translation>
    </message>
    <message>
        <source>The number must be at most %1.</source>
        <translation>Le nombre doit être au plus %1.</translation>
    </message>
    <message>
        <source>The number must be from %1 to %2.</source>
        <translation>Le nombre doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation>« %1 » n’est ni vrai ni faux.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2024-05-31.</source>
        <translation>« %1 » n’est pas une date comme 2024-05-31.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2024-05-31T18:30:00Z.</source>
        <translation>« %1 » n’est pas une date et heure comme 2024-05-31T18:30:00Z.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 18:30:00.</source>
        <translation>« %1 » n’est pas une heure comme 18:30:00.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address (URI).</source>
        <translation>« %1 » n’est pas une adresse valide (URI).</translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation>La valeur doit être comprise entre %1 et %2.</translation>
    </message>
    <message>
        <source>The value must be at least %1.</source>
        <translation>La valeur doit être au moins %1.</translation>
    </message>
    <message>
        <source>The value must be at most %1.</source>
        <translation>La valeur doit être au plus %1.</translation>
    </message>
    <message>
        <source>“%1” is not in the expected form.</source>
        <translation>« %1 » n’a pas la forme attendue.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Only one value is allowed here.</source>
        <translation>Une seule valeur est permise ici.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>« %1 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation>« %1 » n’est pas une adresse valide : %2</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>« %1 » ne fait pas partie des choix.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n.</source>
        <translation>
            <numerusform>Choisissez-en au moins %n.</numerusform>
            <numerusform>Choisissez-en au moins %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n.</source>
        <translation>
            <numerusform>Choisissez-en au plus %n.</numerusform>
            <numerusform>Choisissez-en au plus %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linnet::DataFormWidget</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>Linnet::DesktopIntegration</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>Linnet::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Linnet::DiscoClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>Linnet::DiscoModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
</context>
<context>
    <name>Linnet::FieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required form field</comment>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>Linnet::InvitationPrompt</name>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Invitation dans %1</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1 invites you to the room %2.</source>
        <translation>%1 vous invite dans le salon %2.</translation>
    </message>
    <message>
        <source>%1 invites you to the room %2: %3</source>
        <translation>%1 vous invite dans le salon %2 : %3</translation>
    </message>
    <message>
        <source>The room %2 says %1 invites you.</source>
        <translation>Le salon %2 dit que %1 vous invite.</translation>
    </message>
    <message>
        <source>The room %2 says %1 invites you: %3</source>
        <translation>Le salon %2 dit que %1 vous invite : %3</translation>
    </message>
</context>
<context>
    <name>Linnet::Jid</name>
    <message>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <source>The part after “/” is empty.</source>
        <translation>La partie après « / » est vide.</translation>
    </message>
    <message>
        <source>The part before “@” is empty.</source>
        <translation>La partie avant « @ » est vide.</translation>
    </message>
    <message>
        <source>The domain has an unclosed “[”.</source>
        <translation>Le domaine a un « [ » non fermé.</translation>
    </message>
    <message>
        <source>The domain in brackets is not an IPv6 address.</source>
        <translation>Le domaine entre crochets n’est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The part before “@” holds broken text.</source>
        <translation>La partie avant « @ » contient du texte corrompu.</translation>
    </message>
    <message>
        <source>The part before “@” may not contain spaces.</source>
        <translation>La partie avant « @ » ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>The part before “@” may not contain %1.</source>
        <translation>La partie avant « @ » ne peut pas contenir %1.</translation>
    </message>
    <message>
        <source>The part before “@” may not contain the character %1.</source>
        <translation>La partie avant « @ » ne peut pas contenir le caractère %1.</translation>
    </message>
    <message>
        <source>The part before “@” is longer than 1023 bytes.</source>
        <translation>La partie avant « @ » dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The address has no domain.</source>
        <translation>L’adresse n’a pas de domaine.</translation>
    </message>
    <message>
        <source>The address contains more than one “@”.</source>
        <translation>L’adresse contient plus d’un « @ ».</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>« %1 » n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Le domaine dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The part after “/” may not contain the character %1.</source>
        <translation>La partie après « / » ne peut pas contenir le caractère %1.</translation>
    </message>
    <message>
        <source>The part after “/” is longer than 1023 bytes.</source>
        <translation>La partie après « / » dépasse 1023 octets.</translation>
    </message>
    <message>
        <source>The part after “/” holds broken text.</source>
        <translation>La partie après « / » contient du texte corrompu.</translation>
    </message>
</context>
<context>
    <name>Linnet::JoinFlow</name>
    <message>
        <source>Sign in to list rooms.</source>
        <translation>Connectez-vous pour lister les salons.</translation>
    </message>
    <message>
        <source>Nick in Use</source>
        <translation>Pseudo déjà utilisé</translation>
    </message>
    <message>
        <source>Someone in %1 already uses the nick %2. Choose another one.</source>
        <translation>Quelqu’un dans %1 utilise déjà le pseudo %2. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Change Nick</source>
        <translation>Changer de pseudo</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Nick:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>Room Password</source>
        <translation>Mot de passe du salon</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 demande un mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>Nouveau salon</translation>
    </message>
    <message>
        <source>The room %1 did not exist and was created for you. Open it now with the server&apos;s default settings, or configure it first?</source>
        <translation>Le salon %1 n’existait pas et a été créé pour vous. L’ouvrir maintenant avec les réglages par défaut du serveur, ou le configurer d’abord ?</translation>
    </message>
    <message>
        <source>&amp;Instant Room</source>
        <translation>Salon &amp;instantané</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurer…</translation>
    </message>
</context>
<context>
    <name>Linnet::JoinRoomDialog</name>
    <message>
        <source>Join Room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <translation>salon@conference.example.org</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Mot de passe du salon</translation>
    </message>
    <message>
        <source>Only if the room asks for one</source>
        <translation>Seulement si le salon en demande un</translation>
    </message>
    <message>
        <source>&amp;Bookmark this room and join it on sign-in</source>
        <translation>Mettre ce salon en &amp;signet et le rejoindre à la connexion</translation>
    </message>
    <message>
        <source>B&amp;rowse Rooms…</source>
        <translation>&amp;Parcourir les salons…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salon :</translation>
    </message>
    <message>
        <source>&amp;Nick:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <translation>Service de discussion de groupe</translation>
    </message>
    <message>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <source>&amp;List Rooms</source>
        <translation>&amp;Lister les salons</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <source>Filter by name or address</source>
        <translation>Filtrer par nom ou adresse</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Give the address of a group chat service.</source>
        <translation>Indiquez l’adresse d’un service de discussion de groupe.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>Demande de ses salons à %1…</translation>
    </message>
    <message>
        <source>This service lists no rooms.</source>
        <translation>Ce service ne liste aucun salon.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salon</numerusform>
            <numerusform>%n salons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid room address: %2</source>
        <translation>%1 n’est pas une adresse de salon valide : %2</translation>
    </message>
    <message>
        <source>A room address looks like room@conference.example.org.</source>
        <translation>Une adresse de salon ressemble à salon@conference.example.org.</translation>
    </message>
    <message>
        <source>A nick cannot be only spaces.</source>
        <translation>Un pseudo ne peut pas être fait que d’espaces.</translation>
    </message>
    <message>
        <source>This nick cannot be used in a room address.</source>
        <translation>Ce pseudo ne peut pas être utilisé dans une adresse de salon.</translation>
    </message>
</context>
<context>
    <name>Linnet::MainWindow</name>
    <message>
        <source>Account Details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Sign in to chat with %1.</source>
        <translation>Connectez-vous pour discuter avec %1.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <comment>Sign in</comment>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <comment>Sign out</comment>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Account &amp;Details…</source>
        <translation>&amp;Détails du compte…</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Chats</source>
        <translation>&amp;Discussions</translation>
    </message>
    <message>
        <source>Show &amp;Chat Window</source>
        <translation>Afficher la fenêtre de &amp;discussion</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>&amp;Rechercher dans les messages…</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Salons</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Service &amp;Browser…</source>
        <translation>&amp;Explorateur de services…</translation>
    </message>
    <message>
        <source>&amp;XML Console…</source>
        <translation>Console &amp;XML…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Linnet</source>
        <translation>À &amp;propos de Linnet</translation>
    </message>
    <message>
        <source>XML Console — %1</source>
        <translation>Console XML — %1</translation>
    </message>
    <message>
        <source>Sign in to join rooms.</source>
        <translation>Connectez-vous pour rejoindre des salons.</translation>
    </message>
    <message>
        <source>%1 — Linnet</source>
        <translation>%1 — Linnet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Linnet</source>
        <translation>Linnet</translation>
    </message>
    <message>
        <source>About Linnet</source>
        <translation>À propos de Linnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linnet %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for XMPP, the open standard for instant messaging.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linnet %1&lt;/h3&gt;&lt;p&gt;Un client de messagerie de bureau pour XMPP, la norme ouverte de messagerie instantanée.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set &amp;Avatar…</source>
        <translation>Définir l’a&amp;vatar…</translation>
    </message>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Nouvelle discussion…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>&amp;Aller à une conversation…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Sign in to chat.</source>
        <translation>Connectez-vous pour discuter.</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>Co&amp;mptes</translation>
    </message>
</context>
<context>
    <name>Linnet::MessageDelegate</name>
    <message>
        <source>edited</source>
        <comment>marker on a corrected message</comment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <source>Original text:
%1</source>
        <translation>Texte d’origine :
%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>room notice: time — sentence</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Linnet::MessageSearchPanel</name>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Type to search, Enter to search now.</source>
        <translation>Tapez pour chercher, Entrée pour chercher tout de suite.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>search result: header: snippet</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Aucun message trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message trouvé.</numerusform>
            <numerusform>%n messages trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linnet::MessageSearchWindow</name>
    <message>
        <source>Search Messages</source>
        <translation>Rechercher des messages</translation>
    </message>
</context>
<context>
    <name>Linnet::MucManager</name>
    <message>
        <source>That is not a valid service address.</source>
        <translation>Ce n’est pas une adresse de service valide.</translation>
    </message>
</context>
<context>
    <name>Linnet::OccupantActions</name>
    <message>
        <source>&amp;Private Message</source>
        <translation>Message &amp;privé</translation>
    </message>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Expulser…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Bannir…</translation>
    </message>
    <message>
        <source>Grant &amp;Voice…</source>
        <translation>Donner la &amp;parole…</translation>
    </message>
    <message>
        <source>Revoke &amp;Voice…</source>
        <translation>Retirer la &amp;parole…</translation>
    </message>
    <message>
        <source>Make M&amp;oderator…</source>
        <translation>Nommer m&amp;odérateur…</translation>
    </message>
    <message>
        <source>Revoke M&amp;oderator…</source>
        <translation>Retirer la m&amp;odération…</translation>
    </message>
    <message>
        <source>Make &amp;Member…</source>
        <translation>Nommer &amp;membre…</translation>
    </message>
    <message>
        <source>Make &amp;Admin…</source>
        <translation>Nommer &amp;administrateur…</translation>
    </message>
    <message>
        <source>Make O&amp;wner…</source>
        <translation>Nommer &amp;propriétaire…</translation>
    </message>
    <message>
        <source>&amp;Remove Affiliation…</source>
        <translation>&amp;Retirer l’affiliation…</translation>
    </message>
    <message>
        <source>Kick %1 out of the room? They can join again.</source>
        <translation>Expulser %1 du salon ? Cette personne pourra revenir.</translation>
    </message>
    <message>
        <source>Ban %1 from the room? They cannot join again until the ban is lifted.</source>
        <translation>Bannir %1 du salon ? Cette personne ne pourra pas revenir tant que le bannissement n’est pas levé.</translation>
    </message>
    <message>
        <source>Let %1 speak in the room?</source>
        <translation>Laisser %1 parler dans le salon ?</translation>
    </message>
    <message>
        <source>Stop %1 from speaking in the room?</source>
        <translation>Empêcher %1 de parler dans le salon ?</translation>
    </message>
    <message>
        <source>Make %1 a moderator of the room?</source>
        <translation>Nommer %1 modérateur du salon ?</translation>
    </message>
    <message>
        <source>Take moderation away from %1?</source>
        <translation>Retirer la modération à %1 ?</translation>
    </message>
    <message>
        <source>Make %1 a member of the room?</source>
        <translation>Nommer %1 membre du salon ?</translation>
    </message>
    <message>
        <source>Make %1 an admin of the room?</source>
        <translation>Nommer %1 administrateur du salon ?</translation>
    </message>
    <message>
        <source>Make %1 an owner of the room? Owners can change and destroy the room.</source>
        <translation>Nommer %1 propriétaire du salon ? Les propriétaires peuvent modifier et détruire le salon.</translation>
    </message>
    <message>
        <source>Remove the affiliation of %1 with the room?</source>
        <translation>Retirer l’affiliation de %1 au salon ?</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulser</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <source>Grant Voice</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>Revoke Voice</source>
        <translation>Retirer la parole</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>Linnet::OccupantListView</name>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
</context>
<context>
    <name>Linnet::OccupantModel</name>
    <message>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
</context>
<context>
    <name>Linnet::OwnAvatarImage</name>
    <message>
        <source>The picture could not be made small enough.</source>
        <translation>L’image n’a pas pu être suffisamment réduite.</translation>
    </message>
</context>
<context>
    <name>Linnet::OwnAvatarPublisher</name>
    <message>
        <source>The picture is too large to publish.</source>
        <translation>L’image est trop grande pour être publiée.</translation>
    </message>
    <message>
        <source>Sign in to set your avatar.</source>
        <translation>Connectez-vous pour définir votre avatar.</translation>
    </message>
    <message>
        <source>An avatar is being published already.</source>
        <translation>Un avatar est déjà en cours de publication.</translation>
    </message>
    <message>
        <source>The avatar could not be published: %1</source>
        <translation>L’avatar n’a pas pu être publié : %1</translation>
    </message>
    <message>
        <source>The avatar could not be announced: %1</source>
        <translation>L’avatar n’a pas pu être annoncé : %1</translation>
    </message>
    <message>
        <source>Your vCard could not be read: %1</source>
        <translation>Votre vCard n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Your vCard could not be saved: %1</source>
        <translation>Votre vCard n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>Linnet::PasswordStore</name>
    <message>
        <source>The system keyring is turned off (LINNET_PASSWORD_STORE=file): your password is stored unencrypted in %1.</source>
        <translation>Le trousseau du système est désactivé (LINNET_PASSWORD_STORE=file) : votre mot de passe est enregistré sans chiffrement dans %1.</translation>
    </message>
    <message>
        <source>No system keyring is available: your password is stored unencrypted in %1.</source>
        <translation>Aucun trousseau système n’est disponible : votre mot de passe est enregistré sans chiffrement dans %1.</translation>
    </message>
    <message>
        <source>Linnet could not read your password from the keyring.</source>
        <translation>Linnet n’a pas pu lire votre mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>Linnet could not save your password in the keyring.</source>
        <translation>Linnet n’a pas pu enregistrer votre mot de passe dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Linnet::PlainClient</name>
    <message>
        <source>Linnet will not send your password over a connection that is not encrypted.</source>
        <translation>Linnet n’enverra pas votre mot de passe sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during sign-in.</source>
        <translation>Le serveur a envoyé un défi inattendu pendant la connexion.</translation>
    </message>
</context>
<context>
    <name>Linnet::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification for new messages</source>
        <translation>Afficher une &amp;notification de bureau pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new messages</source>
        <translation>Jouer un &amp;son pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Extended away follows after four times as long.</source>
        <translation>« Absent pour longtemps » suit après une durée quatre fois plus longue.</translation>
    </message>
    <message>
        <source>&amp;Away when idle for:</source>
        <translation>&amp;Absent après une inactivité de :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Confortable</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacte</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Chat &amp;font size:</source>
        <translation>Taille de &amp;police des discussions :</translation>
    </message>
    <message>
        <source>Message &amp;layout:</source>
        <translation>&amp;Disposition des messages :</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Linnet running in the tray</source>
        <translation>&amp;Garder Linnet actif dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Tell contacts who ask which &amp;operating system I use</source>
        <translation>Indiquer aux contacts qui le demandent quel système d’&amp;exploitation j’utilise</translation>
    </message>
    <message>
        <source>Let contacts see when I am &amp;typing</source>
        <translation>Laisser les contacts voir quand j’é&amp;cris</translation>
    </message>
    <message>
        <source>Let contacts see when I have &amp;read their messages</source>
        <translation>Laisser les contacts voir quand j’ai &amp;lu leurs messages</translation>
    </message>
    <message>
        <source>The desktop has no system tray: closing the window quits Linnet.</source>
        <translation>Le bureau n’a pas de zone de notification : fermer la fenêtre quitte Linnet.</translation>
    </message>
</context>
<context>
    <name>Linnet::QuickSwitcher</name>
    <message>
        <source>New Chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Go to Conversation</source>
        <translation>Aller à une conversation</translation>
    </message>
    <message>
        <source>Address, e.g. alice@example.org, or a name</source>
        <translation>Adresse, p. ex. alice@example.org, ou un nom</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Nom ou adresse</translation>
    </message>
    <message>
        <source>Address or name</source>
        <translation>Adresse ou nom</translation>
    </message>
    <message>
        <source>Find a conversation</source>
        <translation>Trouver une conversation</translation>
    </message>
    <message>
        <source>Type to filter; Up and Down choose, Enter opens, Escape closes</source>
        <translation>Tapez pour filtrer ; Haut et Bas pour choisir, Entrée pour ouvrir, Échap pour fermer</translation>
    </message>
    <message>
        <source>Conversations, contacts and rooms</source>
        <translation>Conversations, contacts et salons</translation>
    </message>
    <message>
        <source>Type the address of the person to chat with, or pick a contact.</source>
        <translation>Saisissez l’adresse de la personne avec qui discuter, ou choisissez un contact.</translation>
    </message>
    <message>
        <source>Recent conversations first, then contacts and rooms.</source>
        <translation>D’abord les conversations récentes, puis les contacts et les salons.</translation>
    </message>
</context>
<context>
    <name>Linnet::QuickSwitcherModel</name>
    <message>
        <source>Chat with %1</source>
        <translation>Discuter avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n non lu)</numerusform>
            <numerusform>%1 (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chat %1</source>
        <translation>Discussion de groupe %1</translation>
    </message>
</context>
<context>
    <name>Linnet::RawStanza</name>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation>Ce n’est pas du XML bien formé : %1</translation>
    </message>
    <message>
        <source>XMPP does not allow this in a stanza: %1.</source>
        <translation>XMPP n’autorise pas cela dans une stanza : %1.</translation>
    </message>
    <message>
        <source>This stanza is too large or nested too deeply.</source>
        <translation>Cette stanza est trop grande ou trop profondément imbriquée.</translation>
    </message>
    <message>
        <source>This uses a namespace prefix that is not declared: %1</source>
        <translation>Un préfixe d’espace de noms non déclaré est utilisé : %1</translation>
    </message>
    <message>
        <source>This is not valid UTF-8 text.</source>
        <translation>Ce n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>There is nothing to send: type one stanza.</source>
        <translation>Il n’y a rien à envoyer : saisissez une stanza.</translation>
    </message>
    <message>
        <source>This is not well-formed XML.</source>
        <translation>Ce n’est pas du XML bien formé.</translation>
    </message>
    <message>
        <source>This is not well-formed XML: an element is not closed.</source>
        <translation>Ce n’est pas du XML bien formé : un élément n’est pas fermé.</translation>
    </message>
    <message numerus="yes">
        <source>Send one stanza at a time: this is %n elements.</source>
        <translation>
            <numerusform>Envoyez une stanza à la fois : ceci est %n élément.</numerusform>
            <numerusform>Envoyez une stanza à la fois : ceci fait %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &lt;message/&gt;, &lt;presence/&gt; and &lt;iq/&gt; stanzas can be sent here; this is &lt;%1/&gt;.</source>
        <translation>Seules les stanzas &lt;message/&gt;, &lt;presence/&gt; et &lt;iq/&gt; peuvent être envoyées ici ; ceci est &lt;%1/&gt;.</translation>
    </message>
    <message>
        <source>An &lt;iq/&gt; needs an id and a type of get, set, result or error.</source>
        <translation>Un &lt;iq/&gt; a besoin d’un id et d’un type get, set, result ou error.</translation>
    </message>
</context>
<context>
    <name>Linnet::Registration</name>
    <message>
        <source>The new password is empty.</source>
        <translation>Le nouveau mot de passe est vide.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Ce nom d’utilisateur est déjà pris.</translation>
    </message>
    <message>
        <source>The server did not accept these details; a field may be missing or the password too weak.</source>
        <translation>Le serveur n’a pas accepté ces informations ; un champ manque peut-être ou le mot de passe est trop faible.</translation>
    </message>
    <message>
        <source>Some required information is missing.</source>
        <translation>Des informations obligatoires manquent.</translation>
    </message>
    <message>
        <source>This server does not allow that here.</source>
        <translation>Ce serveur ne permet pas cela ici.</translation>
    </message>
    <message>
        <source>This service does not offer registration.</source>
        <translation>Ce service ne propose pas d’inscription.</translation>
    </message>
    <message>
        <source>The server refused for now; try again later.</source>
        <translation>Le serveur refuse pour l’instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Details: “%1”</source>
        <translation>Détails : « %1 »</translation>
    </message>
    <message>
        <source>The service did not say what it needs to register.</source>
        <translation>Le service n’a pas indiqué ce dont il a besoin pour l’inscription.</translation>
    </message>
</context>
<context>
    <name>Linnet::RegistrationDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;S’inscrire</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Asking what is needed to register…</source>
        <translation>Demande de ce qui est nécessaire pour s’inscrire…</translation>
    </message>
    <message>
        <source>You are already registered here. Submitting again updates your registration.</source>
        <translation>Vous êtes déjà inscrit ici. Renvoyer le formulaire met à jour votre inscription.</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>Veuillez vérifier le formulaire : %1</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Linnet::Room</name>
    <message>
        <source>You are not in the room.</source>
        <translation>Vous n’êtes pas dans le salon.</translation>
    </message>
    <message>
        <source>The room did not answer the request to join.</source>
        <translation>Le salon n’a pas répondu à la demande pour le rejoindre.</translation>
    </message>
    <message>
        <source>You left the room.</source>
        <translation>Vous avez quitté le salon.</translation>
    </message>
    <message>
        <source>The nickname “%1” cannot be used.</source>
        <translation>Le pseudo « %1 » ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The nickname can be changed once you are in the room.</source>
        <translation>Le pseudo pourra être changé une fois dans le salon.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>Only an owner of the room can configure it.</source>
        <translation>Seul un propriétaire du salon peut le configurer.</translation>
    </message>
    <message>
        <source>The room sent no configuration form.</source>
        <translation>Le salon n’a envoyé aucun formulaire de configuration.</translation>
    </message>
    <message>
        <source>Only an owner of the room can destroy it.</source>
        <translation>Seul un propriétaire du salon peut le détruire.</translation>
    </message>
    <message>
        <source>The room could not take the message.</source>
        <translation>Le salon n’a pas pu accepter le message.</translation>
    </message>
    <message>
        <source>The room reported an error: %1</source>
        <translation>Le salon a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>%1 declined your invitation</source>
        <translation>%1 a décliné votre invitation</translation>
    </message>
    <message>
        <source>You may not change the subject of this room.</source>
        <translation>Vous ne pouvez pas changer le sujet de ce salon.</translation>
    </message>
    <message>
        <source>The room did not confirm the new subject.</source>
        <translation>Le salon n’a pas confirmé le nouveau sujet.</translation>
    </message>
    <message>
        <source>%1 is not in the room.</source>
        <translation>%1 n’est pas dans le salon.</translation>
    </message>
    <message>
        <source>You may not kick %1 from this room.</source>
        <translation>Vous ne pouvez pas expulser %1 de ce salon.</translation>
    </message>
    <message>
        <source>You may not make %1 a %2 in this room.</source>
        <translation>Vous ne pouvez pas donner à %1 le rôle « %2 » dans ce salon.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>L’adresse n’est pas valide.</translation>
    </message>
    <message>
        <source>You may not ban %1 from this room.</source>
        <translation>Vous ne pouvez pas bannir %1 de ce salon.</translation>
    </message>
    <message>
        <source>You may not make %1 %2 of this room.</source>
        <translation>Vous ne pouvez pas donner à %1 l’affiliation « %2 » dans ce salon.</translation>
    </message>
    <message>
        <source>someone in the room already uses it.</source>
        <translation>quelqu’un dans le salon l’utilise déjà.</translation>
    </message>
    <message>
        <source>Your nickname could not be changed to %1: %2</source>
        <translation>Votre pseudo n’a pas pu être changé en %1 : %2</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomActionFlows</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <source>Who should join %1?</source>
        <translation>Qui doit rejoindre %1 ?</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Send the invitation &amp;directly, not through the room</source>
        <translation>Envoyer l’invitation &amp;directement, pas par le salon</translation>
    </message>
    <message>
        <source>Change Nick</source>
        <translation>Changer de pseudo</translation>
    </message>
    <message>
        <source>Your nick in %1:</source>
        <translation>Votre pseudo dans %1 :</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Nick:</source>
        <translation>&amp;Pseudo :</translation>
    </message>
    <message>
        <source>Change Subject</source>
        <translation>Changer le sujet</translation>
    </message>
    <message>
        <source>The subject of %1:</source>
        <translation>Le sujet de %1 :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Changing the subject</source>
        <translation>Changement du sujet</translation>
    </message>
    <message>
        <source>Destroy Room</source>
        <translation>Détruire le salon</translation>
    </message>
    <message>
        <source>Destroy %1? Everyone is removed and the room is gone for good.</source>
        <translation>Détruire %1 ? Tout le monde en est retiré et le salon disparaît définitivement.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>&amp;Moved to:</source>
        <translation>&amp;Déplacé vers :</translation>
    </message>
    <message>
        <source>Optional: a room to go to instead</source>
        <translation>Facultatif : un salon où aller à la place</translation>
    </message>
    <message>
        <source>Destroying the room</source>
        <translation>Destruction du salon</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomConfigDialog</name>
    <message>
        <source>Room Settings — %1</source>
        <translation>Réglages du salon — %1</translation>
    </message>
    <message>
        <source>Loading the room&apos;s settings…</source>
        <translation>Chargement des réglages du salon…</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Réglages du salon</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomController</name>
    <message>
        <source>Not sent: you are not in the room.</source>
        <translation>Non envoyé : vous n’êtes pas dans le salon.</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomDirectory</name>
    <message>
        <source>The rooms could not be listed: %1</source>
        <translation>Les salons n’ont pas pu être listés : %1</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomListModel</name>
    <message>
        <source>Password protected</source>
        <translation>Protégé par mot de passe</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Réservé aux membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomPage</name>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Rejoindre à nouveau</translation>
    </message>
    <message>
        <source>Room actions</source>
        <translation>Actions du salon</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Change &amp;Nick…</source>
        <translation>Changer de &amp;pseudo…</translation>
    </message>
    <message>
        <source>Change &amp;Subject…</source>
        <translation>Changer le &amp;sujet…</translation>
    </message>
    <message>
        <source>Room S&amp;ettings…</source>
        <translation>&amp;Réglages du salon…</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Signet</translation>
    </message>
    <message>
        <source>Keep this room in the bookmarks and join it on sign-in</source>
        <translation>Garder ce salon dans les signets et le rejoindre à la connexion</translation>
    </message>
    <message>
        <source>&amp;Destroy Room…</source>
        <translation>&amp;Détruire le salon…</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s)</source>
        <translation>
            <numerusform>%n occupant</numerusform>
            <numerusform>%n occupants</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the room…</source>
        <translation>Écrire au salon…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>You are no longer in this room.</source>
        <translation>Vous n’êtes plus dans ce salon.</translation>
    </message>
    <message>
        <source>You left this room.</source>
        <translation>Vous avez quitté ce salon.</translation>
    </message>
    <message>
        <source>&amp;Join %1</source>
        <translation>&amp;Rejoindre %1</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>close the tab of a room we are no longer in</comment>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomPrompt</name>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 n’est pas une adresse valide : %2</translation>
    </message>
    <message>
        <source>Give the address without a resource (nothing after “/”).</source>
        <translation>Indiquez l’adresse sans ressource (rien après « / »).</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomTexts</name>
    <message>
        <source>%1 joined the room</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <source>%1 left the room (%2)</source>
        <translation>%1 a quitté le salon (%2)</translation>
    </message>
    <message>
        <source>%1 left the room</source>
        <translation>%1 a quitté le salon</translation>
    </message>
    <message>
        <source>You are now known as %1</source>
        <translation>Vous êtes maintenant connu sous le nom de %1</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 s’appelle maintenant %2</translation>
    </message>
    <message>
        <source>The subject was cleared</source>
        <translation>Le sujet a été effacé</translation>
    </message>
    <message>
        <source>%1 cleared the subject</source>
        <translation>%1 a effacé le sujet</translation>
    </message>
    <message>
        <source>The subject is now: %1</source>
        <translation>Le sujet est maintenant : %1</translation>
    </message>
    <message>
        <source>%1 changed the subject to: %2</source>
        <translation>%1 a changé le sujet en : %2</translation>
    </message>
    <message>
        <source>This room has no subject</source>
        <translation>Ce salon n’a pas de sujet</translation>
    </message>
    <message>
        <source>The subject is: %1</source>
        <translation>Le sujet est : %1</translation>
    </message>
    <message>
        <source>The subject is: %1 (set by %2)</source>
        <translation>Le sujet est : %1 (défini par %2)</translation>
    </message>
    <message>
        <source>not in the room</source>
        <translation>pas dans le salon</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <source>no affiliation</source>
        <translation>aucune affiliation</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>%1 can no longer speak</source>
        <translation>%1 ne peut plus parler</translation>
    </message>
    <message>
        <source>%1 can speak now</source>
        <translation>%1 peut parler maintenant</translation>
    </message>
    <message>
        <source>%1 is now a %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>%1 is no longer a %2</source>
        <translation>%1 n’est plus %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>Affiliation: %1</source>
        <translation>Affiliation : %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>mention notification: nick in room</comment>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>Linnet::RosterModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <comment>contact name, account</comment>
        <translation>%1, via %2</translation>
    </message>
</context>
<context>
    <name>Linnet::SaslMechanismChooser</name>
    <message>
        <source>The server offers no way to sign in.</source>
        <translation>Le serveur ne propose aucun moyen de se connecter.</translation>
    </message>
    <message>
        <source>The server now offers only weaker ways to sign in (%1) than this account used before (%2). Someone between you and the server may be interfering, so Linnet did not send your password.</source>
        <translation>Le serveur ne propose plus que des modes de connexion plus faibles (%1) que celui utilisé auparavant par ce compte (%2). Quelqu’un entre vous et le serveur intervient peut-être, Linnet n’a donc pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>The server only accepts passwords sent as they are, and the connection is not encrypted, so Linnet did not sign in.</source>
        <translation>Le serveur n’accepte que les mots de passe envoyés tels quels, et la connexion n’est pas chiffrée : Linnet ne s’est donc pas connecté.</translation>
    </message>
    <message>
        <source>The server only accepts passwords sent as they are (PLAIN), which is turned off for this account.</source>
        <translation>Le serveur n’accepte que les mots de passe envoyés tels quels (PLAIN), ce qui est désactivé pour ce compte.</translation>
    </message>
    <message>
        <source>The server only offers sign-in methods bound to the secure channel, and Linnet could not bind to this connection.</source>
        <translation>Le serveur ne propose que des méthodes de connexion liées au canal sécurisé, et Linnet n’a pas pu se lier à cette connexion.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method that Linnet supports (it offers %1).</source>
        <translation>Le serveur ne propose aucune méthode de connexion prise en charge par Linnet (il propose %1).</translation>
    </message>
</context>
<context>
    <name>Linnet::ScramClient</name>
    <message>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server does not know this account.</source>
        <translation>Le serveur ne connaît pas ce compte.</translation>
    </message>
    <message>
        <source>The server saw a different secure channel than Linnet did; the connection may be intercepted.</source>
        <translation>Le serveur a vu un autre canal sécurisé que Linnet ; la connexion est peut-être interceptée.</translation>
    </message>
    <message>
        <source>The server supports channel binding but its offer did not reach Linnet; the connection may be tampered with.</source>
        <translation>Le serveur prend en charge la liaison de canal mais son offre n’est pas parvenue à Linnet ; la connexion a peut-être été altérée.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Le serveur a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply during sign-in was malformed.</source>
        <translation>La réponse du serveur pendant la connexion était mal formée.</translation>
    </message>
    <message>
        <source>The sign-in was started twice.</source>
        <translation>La connexion a été lancée deux fois.</translation>
    </message>
    <message>
        <source>Linnet has no channel binding data for %1.</source>
        <translation>Linnet n’a pas de données de liaison de canal pour %1.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Le nom d’utilisateur est vide.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during sign-in.</source>
        <translation>Le serveur a envoyé un défi inattendu pendant la connexion.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Linnet does not support.</source>
        <translation>Le serveur exige une extension SCRAM que Linnet ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The server&apos;s reply did not continue Linnet&apos;s sign-in challenge; the connection may be tampered with.</source>
        <translation>La réponse du serveur ne prolongeait pas le défi de connexion de Linnet ; la connexion a peut-être été altérée.</translation>
    </message>
    <message>
        <source>The server protects your password with only %1 rounds of hashing; Linnet requires at least %2.</source>
        <translation>Le serveur ne protège votre mot de passe qu’avec %1 itérations de hachage ; Linnet en exige au moins %2.</translation>
    </message>
    <message>
        <source>The server asks for %1 rounds of password hashing; Linnet accepts at most %2.</source>
        <translation>Le serveur demande %1 itérations de hachage du mot de passe ; Linnet en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The server changed how it stores your password; please enter it again.</source>
        <translation>Le serveur a changé la façon dont il stocke votre mot de passe ; veuillez le saisir à nouveau.</translation>
    </message>
    <message>
        <source>The server did not prove that it knows your password.</source>
        <translation>Le serveur n’a pas prouvé qu’il connaît votre mot de passe.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password; the connection may be intercepted.</source>
        <translation>Le serveur n’a pas pu prouver qu’il connaît votre mot de passe ; la connexion est peut-être interceptée.</translation>
    </message>
    <message>
        <source>The server reported success before the sign-in was complete.</source>
        <translation>Le serveur a signalé un succès avant la fin de la connexion.</translation>
    </message>
</context>
<context>
    <name>Linnet::ServiceBrowser</name>
    <message>
        <source>Service Browser</source>
        <translation>Explorateur de services</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service Browser — %1</source>
        <translation>Explorateur de services — %1</translation>
    </message>
    <message>
        <source>Register with %1</source>
        <translation>S’inscrire auprès de %1</translation>
    </message>
    <message>
        <source>%1 asks for the following to register.</source>
        <translation>%1 demande les informations suivantes pour l’inscription.</translation>
    </message>
    <message>
        <source>You are registered.</source>
        <translation>Vous êtes inscrit.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Linnet::ServiceCatalogue</name>
    <message>
        <source>Chat server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>An XMPP server hosting accounts.</source>
        <translation>Un serveur XMPP qui héberge des comptes.</translation>
    </message>
    <message>
        <source>Multi-user chat service</source>
        <translation>Service de discussion de groupe</translation>
    </message>
    <message>
        <source>Hosts group chat rooms you can browse and join.</source>
        <translation>Héberge des salons de discussion que vous pouvez parcourir et rejoindre.</translation>
    </message>
    <message>
        <source>IRC gateway</source>
        <translation>Passerelle IRC</translation>
    </message>
    <message>
        <source>Group chats on IRC networks, reached through XMPP.</source>
        <translation>Des discussions de groupe sur des réseaux IRC, atteintes par XMPP.</translation>
    </message>
    <message>
        <source>Publish-subscribe service</source>
        <translation>Service de publication-abonnement</translation>
    </message>
    <message>
        <source>Keeps nodes that publish items to their subscribers.</source>
        <translation>Gère des nœuds qui publient des éléments à leurs abonnés.</translation>
    </message>
    <message>
        <source>Personal eventing (PEP)</source>
        <translation>Événements personnels (PEP)</translation>
    </message>
    <message>
        <source>Publishes an account&apos;s own data (avatar, bookmarks, keys) to its contacts.</source>
        <translation>Publie les données propres d’un compte (avatar, signets, clés) auprès de ses contacts.</translation>
    </message>
    <message>
        <source>Publish-subscribe node</source>
        <translation>Nœud de publication-abonnement</translation>
    </message>
    <message>
        <source>A node that holds published items.</source>
        <translation>Un nœud qui contient des éléments publiés.</translation>
    </message>
    <message>
        <source>Publish-subscribe collection</source>
        <translation>Collection de publication-abonnement</translation>
    </message>
    <message>
        <source>A node that groups other nodes.</source>
        <translation>Un nœud qui regroupe d’autres nœuds.</translation>
    </message>
    <message>
        <source>HTTP file upload</source>
        <translation>Envoi de fichiers HTTP</translation>
    </message>
    <message>
        <source>Stores files you share and gives them a web address.</source>
        <translation>Stocke les fichiers que vous partagez et leur donne une adresse web.</translation>
    </message>
    <message>
        <source>File transfer proxy (SOCKS5)</source>
        <translation>Proxy de transfert de fichiers (SOCKS5)</translation>
    </message>
    <message>
        <source>Relays file transfers between people who cannot connect directly.</source>
        <translation>Relaie les transferts de fichiers entre des personnes qui ne peuvent pas se connecter directement.</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Annuaire d’utilisateurs</translation>
    </message>
    <message>
        <source>Searches for people registered with the directory.</source>
        <translation>Recherche des personnes inscrites dans l’annuaire.</translation>
    </message>
    <message>
        <source>Room directory</source>
        <translation>Annuaire de salons</translation>
    </message>
    <message>
        <source>Searches for group chat rooms.</source>
        <translation>Recherche des salons de discussion.</translation>
    </message>
    <message>
        <source>Group directory</source>
        <translation>Annuaire de groupes</translation>
    </message>
    <message>
        <source>Searches for groups.</source>
        <translation>Recherche des groupes.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>A list of commands you can run.</source>
        <translation>Une liste de commandes que vous pouvez exécuter.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>A command you can run, possibly through several forms.</source>
        <translation>Une commande que vous pouvez exécuter, éventuellement en plusieurs formulaires.</translation>
    </message>
    <message>
        <source>XML-RPC</source>
        <translation>XML-RPC</translation>
    </message>
    <message>
        <source>Remote procedure calls over XMPP.</source>
        <translation>Appels de procédure à distance via XMPP.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <source>An account that administers the server.</source>
        <translation>Un compte qui administre le serveur.</translation>
    </message>
    <message>
        <source>Registered account</source>
        <translation>Compte inscrit</translation>
    </message>
    <message>
        <source>An account registered on the server.</source>
        <translation>Un compte inscrit sur le serveur.</translation>
    </message>
    <message>
        <source>Anonymous account</source>
        <translation>Compte anonyme</translation>
    </message>
    <message>
        <source>A temporary account without a password.</source>
        <translation>Un compte temporaire sans mot de passe.</translation>
    </message>
    <message>
        <source>Authentication service</source>
        <translation>Service d’authentification</translation>
    </message>
    <message>
        <source>Checks who people are for other services.</source>
        <translation>Vérifie l’identité des personnes pour d’autres services.</translation>
    </message>
    <message>
        <source>Desktop chat client</source>
        <translation>Client de messagerie de bureau</translation>
    </message>
    <message>
        <source>A chat program on a computer.</source>
        <translation>Un programme de messagerie sur un ordinateur.</translation>
    </message>
    <message>
        <source>Phone chat client</source>
        <translation>Client de messagerie pour téléphone</translation>
    </message>
    <message>
        <source>A chat app on a phone.</source>
        <translation>Une application de messagerie sur un téléphone.</translation>
    </message>
    <message>
        <source>Handheld chat client</source>
        <translation>Client de messagerie portable</translation>
    </message>
    <message>
        <source>A chat app on a small device.</source>
        <translation>Une application de messagerie sur un petit appareil.</translation>
    </message>
    <message>
        <source>Tablet chat client</source>
        <translation>Client de messagerie pour tablette</translation>
    </message>
    <message>
        <source>A chat app on a tablet.</source>
        <translation>Une application de messagerie sur une tablette.</translation>
    </message>
    <message>
        <source>Web chat client</source>
        <translation>Client de messagerie web</translation>
    </message>
    <message>
        <source>A chat client running in a browser.</source>
        <translation>Un client de messagerie qui fonctionne dans un navigateur.</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>A program that answers automatically.</source>
        <translation>Un programme qui répond automatiquement.</translation>
    </message>
    <message>
        <source>Console chat client</source>
        <translation>Client de messagerie en console</translation>
    </message>
    <message>
        <source>A chat program in a terminal.</source>
        <translation>Un programme de messagerie dans un terminal.</translation>
    </message>
    <message>
        <source>Chat client</source>
        <translation>Client de messagerie</translation>
    </message>
    <message>
        <source>A program someone chats with.</source>
        <translation>Un programme avec lequel quelqu’un discute.</translation>
    </message>
    <message>
        <source>Email gateway</source>
        <translation>Passerelle de courriel</translation>
    </message>
    <message>
        <source>Sends and receives email through XMPP.</source>
        <translation>Envoie et reçoit des courriels via XMPP.</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>Passerelle SMS</translation>
    </message>
    <message>
        <source>Sends and receives text messages through XMPP.</source>
        <translation>Envoie et reçoit des SMS via XMPP.</translation>
    </message>
    <message>
        <source>Reaches IRC networks through XMPP.</source>
        <translation>Atteint des réseaux IRC via XMPP.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Reaches another chat network through XMPP.</source>
        <translation>Atteint un autre réseau de messagerie via XMPP.</translation>
    </message>
    <message>
        <source>Server component</source>
        <translation>Composant serveur</translation>
    </message>
    <message>
        <source>A service that runs alongside the server.</source>
        <translation>Un service qui fonctionne à côté du serveur.</translation>
    </message>
    <message>
        <source>News service</source>
        <translation>Service d’actualités</translation>
    </message>
    <message>
        <source>Sends headlines such as news or weather.</source>
        <translation>Envoie des titres comme les actualités ou la météo.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>A node with more items below it.</source>
        <translation>Un nœud avec d’autres éléments en dessous.</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>A node with nothing below it.</source>
        <translation>Un nœud sans rien en dessous.</translation>
    </message>
    <message>
        <source>Collaboration service</source>
        <translation>Service de collaboration</translation>
    </message>
    <message>
        <source>Works on something together with others.</source>
        <translation>Travaille sur quelque chose avec d’autres.</translation>
    </message>
    <message>
        <source>Service discovery</source>
        <translation>Découverte de services</translation>
    </message>
    <message>
        <source>Says what it is and what it can do.</source>
        <translation>Indique ce qu’il est et ce qu’il sait faire.</translation>
    </message>
    <message>
        <source>Service discovery items</source>
        <translation>Éléments de la découverte de services</translation>
    </message>
    <message>
        <source>Lists the services or nodes it offers.</source>
        <translation>Liste les services ou nœuds proposés.</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Liste de contacts</translation>
    </message>
    <message>
        <source>Keeps your contacts on the server.</source>
        <translation>Conserve vos contacts sur le serveur.</translation>
    </message>
    <message>
        <source>Contact list versioning</source>
        <translation>Versionnage de la liste de contacts</translation>
    </message>
    <message>
        <source>Sends only the changes of your contact list.</source>
        <translation>N’envoie que les changements de votre liste de contacts.</translation>
    </message>
    <message>
        <source>Subscription pre-approval</source>
        <translation>Pré-approbation des abonnements</translation>
    </message>
    <message>
        <source>Lets you approve a contact before they ask.</source>
        <translation>Vous permet d’approuver un contact avant qu’il ne le demande.</translation>
    </message>
    <message>
        <source>Multi-user chat</source>
        <translation>Discussion de groupe</translation>
    </message>
    <message>
        <source>Group chat rooms.</source>
        <translation>Salons de discussion de groupe.</translation>
    </message>
    <message>
        <source>Multi-user chat: occupants</source>
        <translation>Discussion de groupe : occupants</translation>
    </message>
    <message>
        <source>Information about people in rooms.</source>
        <translation>Informations sur les personnes dans les salons.</translation>
    </message>
    <message>
        <source>Multi-user chat: room configuration</source>
        <translation>Discussion de groupe : configuration du salon</translation>
    </message>
    <message>
        <source>Room owners can configure their rooms.</source>
        <translation>Les propriétaires peuvent configurer leurs salons.</translation>
    </message>
    <message>
        <source>Multi-user chat: moderation</source>
        <translation>Discussion de groupe : modération</translation>
    </message>
    <message>
        <source>Moderators can manage roles and affiliations.</source>
        <translation>Les modérateurs peuvent gérer les rôles et les affiliations.</translation>
    </message>
    <message>
        <source>Multi-user chat: stable message ids</source>
        <translation>Discussion de groupe : identifiants de message stables</translation>
    </message>
    <message>
        <source>Keeps message ids so they can be referred to later.</source>
        <translation>Conserve les identifiants des messages pour pouvoir s’y référer plus tard.</translation>
    </message>
    <message>
        <source>Multi-user chat self-ping</source>
        <translation>Auto-ping de discussion de groupe</translation>
    </message>
    <message>
        <source>Lets you check cheaply that you are still in a room.</source>
        <translation>Vous permet de vérifier à peu de frais que vous êtes toujours dans un salon.</translation>
    </message>
    <message>
        <source>Occupant ids</source>
        <translation>Identifiants d’occupant</translation>
    </message>
    <message>
        <source>Tells people apart in a room even when they change their nickname.</source>
        <translation>Distingue les personnes dans un salon même quand elles changent de pseudo.</translation>
    </message>
    <message>
        <source>Publish-subscribe</source>
        <translation>Publication-abonnement</translation>
    </message>
    <message>
        <source>Nodes of published items with subscribers.</source>
        <translation>Nœuds d’éléments publiés avec des abonnés.</translation>
    </message>
    <message>
        <source>Publish-subscribe: node management</source>
        <translation>Publication-abonnement : gestion des nœuds</translation>
    </message>
    <message>
        <source>Node owners can configure and delete nodes.</source>
        <translation>Les propriétaires de nœuds peuvent configurer et supprimer des nœuds.</translation>
    </message>
    <message>
        <source>Publish-subscribe: notifications</source>
        <translation>Publication-abonnement : notifications</translation>
    </message>
    <message>
        <source>Receives items as they are published.</source>
        <translation>Reçoit les éléments dès leur publication.</translation>
    </message>
    <message>
        <source>Uploads files to share them by link.</source>
        <translation>Envoie des fichiers pour les partager par lien.</translation>
    </message>
    <message>
        <source>HTTP file upload (old version)</source>
        <translation>Envoi de fichiers HTTP (ancienne version)</translation>
    </message>
    <message>
        <source>An earlier version of file upload.</source>
        <translation>Une version antérieure de l’envoi de fichiers.</translation>
    </message>
    <message>
        <source>SOCKS5 bytestreams</source>
        <translation>Flux d’octets SOCKS5</translation>
    </message>
    <message>
        <source>File transfers directly or through a proxy.</source>
        <translation>Transferts de fichiers en direct ou par un proxy.</translation>
    </message>
    <message>
        <source>In-band bytestreams</source>
        <translation>Flux d’octets intrabande</translation>
    </message>
    <message>
        <source>File transfers through the chat connection itself.</source>
        <translation>Transferts de fichiers par la connexion de messagerie elle-même.</translation>
    </message>
    <message>
        <source>Jingle</source>
        <translation>Jingle</translation>
    </message>
    <message>
        <source>Sets up calls and file transfers between people.</source>
        <translation>Établit des appels et des transferts de fichiers entre personnes.</translation>
    </message>
    <message>
        <source>Jingle file transfer</source>
        <translation>Transfert de fichiers Jingle</translation>
    </message>
    <message>
        <source>Sends files with Jingle.</source>
        <translation>Envoie des fichiers avec Jingle.</translation>
    </message>
    <message>
        <source>Jingle audio and video</source>
        <translation>Audio et vidéo Jingle</translation>
    </message>
    <message>
        <source>Voice and video calls.</source>
        <translation>Appels audio et vidéo.</translation>
    </message>
    <message>
        <source>Jingle ICE-UDP transport</source>
        <translation>Transport ICE-UDP Jingle</translation>
    </message>
    <message>
        <source>Finds a network path for calls through firewalls.</source>
        <translation>Trouve un chemin réseau pour les appels à travers les pare-feux.</translation>
    </message>
    <message>
        <source>Jingle raw UDP transport</source>
        <translation>Transport UDP brut Jingle</translation>
    </message>
    <message>
        <source>A plain network path for calls.</source>
        <translation>Un chemin réseau simple pour les appels.</translation>
    </message>
    <message>
        <source>Jingle SOCKS5 transport</source>
        <translation>Transport SOCKS5 Jingle</translation>
    </message>
    <message>
        <source>Transfers files directly or through a proxy.</source>
        <translation>Transfère des fichiers en direct ou par un proxy.</translation>
    </message>
    <message>
        <source>Jingle in-band transport</source>
        <translation>Transport intrabande Jingle</translation>
    </message>
    <message>
        <source>Transfers files through the chat connection.</source>
        <translation>Transfère des fichiers par la connexion de messagerie.</translation>
    </message>
    <message>
        <source>Jingle DTLS encryption</source>
        <translation>Chiffrement DTLS Jingle</translation>
    </message>
    <message>
        <source>Encrypts call media.</source>
        <translation>Chiffre les médias des appels.</translation>
    </message>
    <message>
        <source>Jingle call invitations</source>
        <translation>Invitations d’appel Jingle</translation>
    </message>
    <message>
        <source>Rings all your devices for a call.</source>
        <translation>Fait sonner tous vos appareils pour un appel.</translation>
    </message>
    <message>
        <source>Advanced message processing</source>
        <translation>Traitement avancé des messages</translation>
    </message>
    <message>
        <source>Rules for what the server does with a message, e.g. drop it if it cannot be delivered now.</source>
        <translation>Règles sur ce que le serveur fait d’un message, p. ex. le supprimer s’il ne peut pas être remis maintenant.</translation>
    </message>
    <message>
        <source>BOSH</source>
        <translation>BOSH</translation>
    </message>
    <message>
        <source>Connects over HTTP long-polling, for web clients.</source>
        <translation>Se connecte par HTTP long-polling, pour les clients web.</translation>
    </message>
    <message>
        <source>BOSH endpoint</source>
        <translation>Point d’accès BOSH</translation>
    </message>
    <message>
        <source>Web clients can connect over HTTP long-polling.</source>
        <translation>Les clients web peuvent se connecter par HTTP long-polling.</translation>
    </message>
    <message>
        <source>WebSocket endpoint</source>
        <translation>Point d’accès WebSocket</translation>
    </message>
    <message>
        <source>Web clients can connect over WebSocket.</source>
        <translation>Les clients web peuvent se connecter par WebSocket.</translation>
    </message>
    <message>
        <source>Ad-hoc commands</source>
        <translation>Commandes ad hoc</translation>
    </message>
    <message>
        <source>Runs commands offered by the service.</source>
        <translation>Exécute des commandes proposées par le service.</translation>
    </message>
    <message>
        <source>Service administration</source>
        <translation>Administration du service</translation>
    </message>
    <message>
        <source>Administrators manage the service through commands.</source>
        <translation>Les administrateurs gèrent le service par des commandes.</translation>
    </message>
    <message>
        <source>In-band registration</source>
        <translation>Inscription intrabande</translation>
    </message>
    <message>
        <source>Creates or manages an account or a registration.</source>
        <translation>Crée ou gère un compte ou une inscription.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Finds people or things through a form.</source>
        <translation>Trouve des personnes ou des choses au moyen d’un formulaire.</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Version du logiciel</translation>
    </message>
    <message>
        <source>Tells which software it runs.</source>
        <translation>Indique quel logiciel il utilise.</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Answers to check that the connection works.</source>
        <translation>Répond pour vérifier que la connexion fonctionne.</translation>
    </message>
    <message>
        <source>Entity time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Tells its local time.</source>
        <translation>Indique son heure locale.</translation>
    </message>
    <message>
        <source>Entity time (old version)</source>
        <translation>Heure locale (ancienne version)</translation>
    </message>
    <message>
        <source>Tells its local time the old way.</source>
        <translation>Indique son heure locale à l’ancienne.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Tells how long since someone was active, or the server&apos;s uptime.</source>
        <translation>Indique depuis quand quelqu’un est inactif, ou depuis quand le serveur tourne.</translation>
    </message>
    <message>
        <source>Message archive</source>
        <translation>Archive des messages</translation>
    </message>
    <message>
        <source>Keeps your message history on the server.</source>
        <translation>Conserve votre historique de messages sur le serveur.</translation>
    </message>
    <message>
        <source>Message archive (old version)</source>
        <translation>Archive des messages (ancienne version)</translation>
    </message>
    <message>
        <source>An earlier version of the message archive.</source>
        <translation>Une version antérieure de l’archive des messages.</translation>
    </message>
    <message>
        <source>Message carbons</source>
        <translation>Copies des messages (carbons)</translation>
    </message>
    <message>
        <source>Copies your conversations to all your devices.</source>
        <translation>Copie vos conversations sur tous vos appareils.</translation>
    </message>
    <message>
        <source>Message carbons rules</source>
        <translation>Règles des copies de messages</translation>
    </message>
    <message>
        <source>Copies more kinds of messages to all your devices.</source>
        <translation>Copie d’autres types de messages sur tous vos appareils.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Blocks people from contacting you.</source>
        <translation>Empêche des personnes de vous contacter.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Keeps your rooms in your account.</source>
        <translation>Conserve vos salons dans votre compte.</translation>
    </message>
    <message>
        <source>Bookmarks (compatible)</source>
        <translation>Signets (compatibles)</translation>
    </message>
    <message>
        <source>Keeps old and new style bookmarks in step.</source>
        <translation>Garde synchronisés les signets à l’ancienne et à la nouvelle manière.</translation>
    </message>
    <message>
        <source>Bookmarks (old style)</source>
        <translation>Signets (ancienne manière)</translation>
    </message>
    <message>
        <source>Keeps your rooms in private storage.</source>
        <translation>Conserve vos salons dans le stockage privé.</translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation>Stockage privé</translation>
    </message>
    <message>
        <source>Keeps private data for your account.</source>
        <translation>Conserve des données privées pour votre compte.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Profiles with name, avatar and contact details.</source>
        <translation>Profils avec nom, avatar et coordonnées.</translation>
    </message>
    <message>
        <source>vCard 4</source>
        <translation>vCard 4</translation>
    </message>
    <message>
        <source>Profiles published with personal eventing.</source>
        <translation>Profils publiés par les événements personnels.</translation>
    </message>
    <message>
        <source>Offline message retrieval</source>
        <translation>Récupération des messages hors ligne</translation>
    </message>
    <message>
        <source>Lets you fetch messages sent while you were away.</source>
        <translation>Vous permet de récupérer les messages envoyés pendant votre absence.</translation>
    </message>
    <message>
        <source>Offline messages</source>
        <translation>Messages hors ligne</translation>
    </message>
    <message>
        <source>Keeps messages sent while you are away.</source>
        <translation>Conserve les messages envoyés pendant votre absence.</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Gestion de flux</translation>
    </message>
    <message>
        <source>Resumes a dropped connection without losing messages.</source>
        <translation>Reprend une connexion interrompue sans perdre de messages.</translation>
    </message>
    <message>
        <source>Client state indication</source>
        <translation>Indication d’état du client</translation>
    </message>
    <message>
        <source>Saves battery and data while you are not looking.</source>
        <translation>Économise batterie et données quand vous ne regardez pas.</translation>
    </message>
    <message>
        <source>Entity capabilities</source>
        <translation>Capacités des entités</translation>
    </message>
    <message>
        <source>Announces features in presence.</source>
        <translation>Annonce les fonctionnalités dans la présence.</translation>
    </message>
    <message>
        <source>Delivery receipts</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>Confirms that a message arrived.</source>
        <translation>Confirme qu’un message est arrivé.</translation>
    </message>
    <message>
        <source>Chat states</source>
        <translation>États de discussion</translation>
    </message>
    <message>
        <source>Shows when someone is typing.</source>
        <translation>Indique quand quelqu’un écrit.</translation>
    </message>
    <message>
        <source>Chat markers</source>
        <translation>Marqueurs de discussion</translation>
    </message>
    <message>
        <source>Shows which messages were read.</source>
        <translation>Indique quels messages ont été lus.</translation>
    </message>
    <message>
        <source>Message correction</source>
        <translation>Correction de message</translation>
    </message>
    <message>
        <source>Corrects the last message sent.</source>
        <translation>Corrige le dernier message envoyé.</translation>
    </message>
    <message>
        <source>Message retraction</source>
        <translation>Retrait de message</translation>
    </message>
    <message>
        <source>Takes back a message sent.</source>
        <translation>Retire un message envoyé.</translation>
    </message>
    <message>
        <source>Message styling</source>
        <translation>Mise en forme des messages</translation>
    </message>
    <message>
        <source>Bold, italics and code in plain text.</source>
        <translation>Gras, italique et code en texte brut.</translation>
    </message>
    <message>
        <source>Last user interaction</source>
        <translation>Dernière interaction de l’utilisateur</translation>
    </message>
    <message>
        <source>Tells how long someone has been idle.</source>
        <translation>Indique depuis quand quelqu’un est inactif.</translation>
    </message>
    <message>
        <source>Unique message ids</source>
        <translation>Identifiants de message uniques</translation>
    </message>
    <message>
        <source>Gives every message an id that stays.</source>
        <translation>Donne à chaque message un identifiant durable.</translation>
    </message>
    <message>
        <source>Result set management</source>
        <translation>Gestion des ensembles de résultats</translation>
    </message>
    <message>
        <source>Pages through long lists.</source>
        <translation>Parcourt les longues listes page par page.</translation>
    </message>
    <message>
        <source>Message processing hints</source>
        <translation>Indications de traitement des messages</translation>
    </message>
    <message>
        <source>Tells the server whether to store or copy a message.</source>
        <translation>Indique au serveur s’il doit stocker ou copier un message.</translation>
    </message>
    <message>
        <source>Delayed delivery</source>
        <translation>Remise différée</translation>
    </message>
    <message>
        <source>Marks messages with the time they were sent.</source>
        <translation>Marque les messages avec l’heure de leur envoi.</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Wraps a message to pass it on.</source>
        <translation>Emballe un message pour le transmettre.</translation>
    </message>
    <message>
        <source>Data forms</source>
        <translation>Formulaires de données</translation>
    </message>
    <message>
        <source>Fills in forms.</source>
        <translation>Remplit des formulaires.</translation>
    </message>
    <message>
        <source>Data form validation</source>
        <translation>Validation des formulaires de données</translation>
    </message>
    <message>
        <source>Checks form values before sending.</source>
        <translation>Vérifie les valeurs du formulaire avant l’envoi.</translation>
    </message>
    <message>
        <source>Out-of-band data</source>
        <translation>Données hors bande</translation>
    </message>
    <message>
        <source>Shares links to files.</source>
        <translation>Partage des liens vers des fichiers.</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Services externes</translation>
    </message>
    <message>
        <source>Tells clients about STUN and TURN servers for calls.</source>
        <translation>Indique aux clients les serveurs STUN et TURN pour les appels.</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Notifications push</translation>
    </message>
    <message>
        <source>Wakes phone apps when a message arrives.</source>
        <translation>Réveille les applications de téléphone quand un message arrive.</translation>
    </message>
    <message>
        <source>OMEMO encryption</source>
        <translation>Chiffrement OMEMO</translation>
    </message>
    <message>
        <source>End-to-end encryption for messages.</source>
        <translation>Chiffrement de bout en bout des messages.</translation>
    </message>
    <message>
        <source>OMEMO encryption (version 2)</source>
        <translation>Chiffrement OMEMO (version 2)</translation>
    </message>
    <message>
        <source>Mediated information exchange (MIX)</source>
        <translation>Échange d’informations médié (MIX)</translation>
    </message>
    <message>
        <source>A newer form of group chat.</source>
        <translation>Une forme plus récente de discussion de groupe.</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Reacts to messages with emoji.</source>
        <translation>Réagit aux messages avec des émojis.</translation>
    </message>
    <message>
        <source>User avatar</source>
        <translation>Avatar de l’utilisateur</translation>
    </message>
    <message>
        <source>Publishes profile pictures.</source>
        <translation>Publie des photos de profil.</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Pseudo de l’utilisateur</translation>
    </message>
    <message>
        <source>Publishes the name you want to be called.</source>
        <translation>Publie le nom sous lequel vous voulez être appelé.</translation>
    </message>
    <message>
        <source>User tune</source>
        <translation>Musique de l’utilisateur</translation>
    </message>
    <message>
        <source>Publishes the music you listen to.</source>
        <translation>Publie la musique que vous écoutez.</translation>
    </message>
    <message>
        <source>Server contact information</source>
        <translation>Coordonnées du serveur</translation>
    </message>
    <message>
        <source>Who to contact about this server.</source>
        <translation>Qui contacter au sujet de ce serveur.</translation>
    </message>
    <message>
        <source>Extensible authentication (SASL2)</source>
        <translation>Authentification extensible (SASL2)</translation>
    </message>
    <message>
        <source>A faster, richer way to sign in.</source>
        <translation>Une façon plus rapide et plus riche de se connecter.</translation>
    </message>
    <message>
        <source>Resource binding 2</source>
        <translation>Liaison de ressource 2</translation>
    </message>
    <message>
        <source>Sets up a session while signing in.</source>
        <translation>Établit une session pendant la connexion.</translation>
    </message>
    <message>
        <source>Fast authentication</source>
        <translation>Authentification rapide</translation>
    </message>
    <message>
        <source>Signs in again quickly with a token.</source>
        <translation>Se reconnecte rapidement avec un jeton.</translation>
    </message>
    <message>
        <source>Extended stanza addressing</source>
        <translation>Adressage étendu des stanzas</translation>
    </message>
    <message>
        <source>Sends one message to several recipients.</source>
        <translation>Envoie un message à plusieurs destinataires.</translation>
    </message>
    <message>
        <source>XHTML-IM</source>
        <translation>XHTML-IM</translation>
    </message>
    <message>
        <source>Formatted messages (obsolete).</source>
        <translation>Messages mis en forme (obsolète).</translation>
    </message>
    <message>
        <source>Invisibility</source>
        <translation>Invisibilité</translation>
    </message>
    <message>
        <source>Lets you be online without being seen.</source>
        <translation>Vous permet d’être en ligne sans être vu.</translation>
    </message>
    <message>
        <source>Publish-subscribe: %1</source>
        <translation>Publication-abonnement : %1</translation>
    </message>
    <message>
        <source>Multi-user chat: %1</source>
        <translation>Discussion de groupe : %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salon : %1</translation>
    </message>
    <message>
        <source>Message processing rule: %1</source>
        <translation>Règle de traitement des messages : %1</translation>
    </message>
    <message>
        <source>Message processing: %1</source>
        <translation>Traitement des messages : %1</translation>
    </message>
    <message>
        <source>Message archive: %1</source>
        <translation>Archive des messages : %1</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Notifications : %1</translation>
    </message>
    <message>
        <source>Receives updates from contacts.</source>
        <translation>Reçoit les mises à jour des contacts.</translation>
    </message>
    <message>
        <source>Group chat room</source>
        <translation>Salon de discussion</translation>
    </message>
    <message>
        <source>Unknown kind of service</source>
        <translation>Type de service inconnu</translation>
    </message>
</context>
<context>
    <name>Linnet::ServiceDetails</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Browse Rooms</source>
        <translation>Parcourir les salons</translation>
    </message>
    <message>
        <source>Join Room…</source>
        <translation>Rejoindre un salon…</translation>
    </message>
    <message>
        <source>Run Command…</source>
        <translation>Exécuter une commande…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>S’inscrire…</translation>
    </message>
    <message>
        <source>Refresh Info</source>
        <translation>Actualiser les infos</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c’est</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>Ce qu’il sait faire</translation>
    </message>
    <message>
        <source>Other features</source>
        <translation>Autres fonctionnalités</translation>
    </message>
    <message>
        <source>Browse From Here</source>
        <translation>Parcourir à partir d’ici</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Show this entity&apos;s items from the top of the tree</source>
        <translation>Afficher les éléments de cette entité depuis le haut de l’arbre</translation>
    </message>
    <message>
        <source>Select a service to see what it is.</source>
        <translation>Sélectionnez un service pour voir ce que c’est.</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, nœud %2</translation>
    </message>
    <message>
        <source>Asking what this is…</source>
        <translation>Demande de ce que c’est…</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — « %2 »</translation>
    </message>
</context>
<context>
    <name>Linnet::Session</name>
    <message>
        <source>The server did not finish signing in in time.</source>
        <translation>Le serveur n’a pas terminé la connexion à temps.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The address is not a valid account address.</source>
        <translation>L’adresse n’est pas une adresse de compte valide.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <source>No server was found for %1.</source>
        <translation>Aucun serveur trouvé pour %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connexion à %1, port %2</translation>
    </message>
    <message>
        <source>Negotiating TLS with %1</source>
        <translation>Négociation TLS avec %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>Encrypted with %1</source>
        <translation>Chiffré avec %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server could not start TLS.</source>
        <translation>Le serveur n’a pas pu démarrer TLS.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Démarrage de TLS</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, so Linnet did not send your password.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée : Linnet n’a donc pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>Linnet creates accounts only over an encrypted connection.</source>
        <translation>Linnet ne crée des comptes que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>The server no longer offers to resume the session.</source>
        <translation>Le serveur ne propose plus de reprendre la session.</translation>
    </message>
    <message>
        <source>The session could not be resumed.</source>
        <translation>La session n’a pas pu être reprise.</translation>
    </message>
    <message>
        <source>The server offered no way to start a session.</source>
        <translation>Le serveur n’a proposé aucun moyen de démarrer une session.</translation>
    </message>
    <message>
        <source>Signing in as %1</source>
        <translation>Connexion en tant que %1</translation>
    </message>
    <message>
        <source>The server sent malformed sign-in data.</source>
        <translation>Le serveur a envoyé des données de connexion mal formées.</translation>
    </message>
    <message>
        <source>Sign-in stopped: %1</source>
        <translation>Connexion interrompue : %1</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password, so Linnet stopped signing in.</source>
        <translation>Le serveur n’a pas pu prouver qu’il connaît votre mot de passe : Linnet a donc arrêté la connexion.</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>Démarrage de la session</translation>
    </message>
    <message>
        <source>The server refused to start a session: %1</source>
        <translation>Le serveur a refusé de démarrer une session : %1</translation>
    </message>
    <message>
        <source>The server assigned an address that is not this account&apos;s.</source>
        <translation>Le serveur a attribué une adresse qui n’est pas celle de ce compte.</translation>
    </message>
    <message>
        <source>Resuming the session</source>
        <translation>Reprise de la session</translation>
    </message>
    <message>
        <source>Resumed the session as %1</source>
        <translation>Session reprise en tant que %1</translation>
    </message>
    <message>
        <source>The server could not resume the session.</source>
        <translation>Le serveur n’a pas pu reprendre la session.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>The server sent data that Linnet refused (%1).</source>
        <translation>Le serveur a envoyé des données que Linnet a refusées (%1).</translation>
    </message>
    <message>
        <source>The server broke the protocol (%1).</source>
        <translation>Le serveur a enfreint le protocole (%1).</translation>
    </message>
</context>
<context>
    <name>Linnet::SetAvatarDialog</name>
    <message>
        <source>&amp;Choose Picture…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <source>Set Avatar</source>
        <translation>Définir l’avatar</translation>
    </message>
    <message>
        <source>Avatar preview</source>
        <translation>Aperçu de l’avatar</translation>
    </message>
    <message>
        <source>Choose a PNG, JPEG, GIF or WebP picture of at most %1 MiB.</source>
        <translation>Choisissez une image PNG, JPEG, GIF ou WebP d’au plus %1 Mio.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB).</source>
        <translation>L’image est trop grande (%1 Kio ; au plus %2 Kio).</translation>
    </message>
    <message>
        <source>%1 × %2 pixels. Publish it to show it to your contacts.</source>
        <translation>%1 × %2 pixels. Publiez-la pour la montrer à vos contacts.</translation>
    </message>
    <message>
        <source>This picture cannot be your avatar: %1</source>
        <translation>Cette image ne peut pas être votre avatar : %1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
</context>
<context>
    <name>Linnet::SignInDialog</name>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Crea&amp;te Account…</source>
        <translation>&amp;Créer un compte…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to your XMPP account</source>
        <translation>Connectez-vous à votre compte XMPP</translation>
    </message>
    <message>
        <source>Enter your chat address and password. Linnet finds your server from the address.</source>
        <translation>Saisissez votre adresse de messagerie et votre mot de passe. Linnet trouve votre serveur à partir de l’adresse.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Chat address</source>
        <translation>Adresse de messagerie</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d’adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Show advanced connection settings</source>
        <translation>Afficher les réglages de connexion avancés</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Make a new account on the server of the address typed</source>
        <translation>Créer un nouveau compte sur le serveur de l’adresse saisie</translation>
    </message>
    <message>
        <source>Found from the address</source>
        <translation>Déduit de l’adresse</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Direct TLS</source>
        <translation>TLS direct</translation>
    </message>
    <message>
        <source>Allow unencrypted</source>
        <translation>Autoriser sans chiffrement</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Avertissement de sécurité</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>This is not a valid chat address.</source>
        <translation>Ce n’est pas une adresse de messagerie valide.</translation>
    </message>
    <message>
        <source>Enter your whole address, like name@%1.</source>
        <translation>Saisissez votre adresse complète, comme nom@%1.</translation>
    </message>
    <message>
        <source>Set a server first; without one, Linnet asks DNS.</source>
        <translation>Indiquez d’abord un serveur ; sans lui, Linnet interroge le DNS.</translation>
    </message>
    <message>
        <source>Type the address you want, like name@example.org, or the name of the server.</source>
        <translation>Saisissez l’adresse souhaitée, comme nom@example.org, ou le nom du serveur.</translation>
    </message>
    <message>
        <source>Without encryption anyone on the network can read your messages and contacts. Use this only for a test server on your own computer.</source>
        <translation>Sans chiffrement, n’importe qui sur le réseau peut lire vos messages et vos contacts. Ne l’utilisez que pour un serveur de test sur votre propre ordinateur.</translation>
    </message>
</context>
<context>
    <name>Linnet::SrvResolver</name>
    <message>
        <source>The domain %1 says it offers no XMPP service.</source>
        <translation>Le domaine %1 indique qu’il ne propose aucun service XMPP.</translation>
    </message>
</context>
<context>
    <name>Linnet::StanzaError</name>
    <message>
        <source>The request was malformed or incomplete.</source>
        <translation>La requête était mal formée ou incomplète.</translation>
    </message>
    <message>
        <source>The request conflicts with something that already exists, such as a name in use.</source>
        <translation>La requête entre en conflit avec quelque chose qui existe déjà, comme un nom déjà utilisé.</translation>
    </message>
    <message>
        <source>The recipient does not support this feature.</source>
        <translation>Le destinataire ne prend pas en charge cette fonctionnalité.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’êtes pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>The recipient no longer exists at this address.</source>
        <translation>Le destinataire n’existe plus à cette adresse.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Le serveur a eu une erreur interne.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>L’élément demandé n’a pas été trouvé.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>L’adresse n’est pas valide.</translation>
    </message>
    <message>
        <source>The recipient did not accept the request as it was, for example because a message was too long.</source>
        <translation>Le destinataire n’a pas accepté la requête telle quelle, par exemple parce qu’un message était trop long.</translation>
    </message>
    <message>
        <source>Nobody is allowed to do this here.</source>
        <translation>Personne n’est autorisé à faire cela ici.</translation>
    </message>
    <message>
        <source>You need to sign in or provide credentials first.</source>
        <translation>Vous devez d’abord vous connecter ou fournir des identifiants.</translation>
    </message>
    <message>
        <source>This breaks one of the server&apos;s rules, for example by sending too much too quickly.</source>
        <translation>Cela enfreint une règle du serveur, par exemple en envoyant trop de données trop vite.</translation>
    </message>
    <message>
        <source>The recipient is not available right now.</source>
        <translation>Le destinataire n’est pas disponible pour le moment.</translation>
    </message>
    <message>
        <source>The recipient is now reached at another address.</source>
        <translation>Le destinataire est désormais joignable à une autre adresse.</translation>
    </message>
    <message>
        <source>You need to register first.</source>
        <translation>Vous devez d’abord vous inscrire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be found.</source>
        <translation>Le serveur du destinataire est introuvable.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server did not answer in time.</source>
        <translation>Le serveur du destinataire n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server is too busy to handle this right now.</source>
        <translation>Le serveur est trop occupé pour traiter cela maintenant.</translation>
    </message>
    <message>
        <source>The recipient does not offer this service.</source>
        <translation>Le destinataire ne propose pas ce service.</translation>
    </message>
    <message>
        <source>You need to be subscribed to the recipient first.</source>
        <translation>Vous devez d’abord être abonné au destinataire.</translation>
    </message>
    <message>
        <source>The request failed for an unspecified reason.</source>
        <translation>La requête a échoué pour une raison non précisée.</translation>
    </message>
    <message>
        <source>The recipient did not expect this request now.</source>
        <translation>Le destinataire n’attendait pas cette requête maintenant.</translation>
    </message>
    <message>
        <source>The new address is %1.</source>
        <translation>La nouvelle adresse est %1.</translation>
    </message>
    <message>
        <source>Details: “%1”</source>
        <translation>Détails : « %1 »</translation>
    </message>
</context>
<context>
    <name>Linnet::StatusSelector</name>
    <message>
        <source>Your presence</source>
        <translation>Votre présence</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message d’état</translation>
    </message>
    <message>
        <source>Messages to your address go to the resource with the highest priority</source>
        <translation>Les messages à votre adresse vont à la ressource de plus haute priorité</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Advanced presence settings</source>
        <translation>Réglages de présence avancés</translation>
    </message>
</context>
<context>
    <name>Linnet::StreamError</name>
    <message>
        <source>The server could not process data sent by Linnet.</source>
        <translation>Le serveur n’a pas pu traiter des données envoyées par Linnet.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet because of an unsupported XML namespace prefix.</source>
        <translation>Le serveur a refusé des données de Linnet à cause d’un préfixe d’espace de noms XML non pris en charge.</translation>
    </message>
    <message>
        <source>You signed in from another place, so this session was closed.</source>
        <translation>Vous vous êtes connecté depuis un autre endroit, cette session a donc été fermée.</translation>
    </message>
    <message>
        <source>The server closed the connection because it was quiet for too long.</source>
        <translation>Le serveur a fermé la connexion parce qu’elle était inactive depuis trop longtemps.</translation>
    </message>
    <message>
        <source>This server no longer serves your account&apos;s domain.</source>
        <translation>Ce serveur ne sert plus le domaine de votre compte.</translation>
    </message>
    <message>
        <source>This server does not serve your account&apos;s domain. Check the address of your account.</source>
        <translation>Ce serveur ne sert pas le domaine de votre compte. Vérifiez l’adresse de votre compte.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet that lacked a sender or recipient address.</source>
        <translation>Le serveur a refusé des données de Linnet sans adresse d’expéditeur ou de destinataire.</translation>
    </message>
    <message>
        <source>The server had an internal error and closed the connection.</source>
        <translation>Le serveur a eu une erreur interne et a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server rejected the sender address Linnet used.</source>
        <translation>Le serveur a refusé l’adresse d’expéditeur utilisée par Linnet.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet because it used the wrong XML namespace.</source>
        <translation>Le serveur a refusé des données de Linnet parce qu’elles utilisaient le mauvais espace de noms XML.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet as invalid XML.</source>
        <translation>Le serveur a refusé des données de Linnet comme XML non valide.</translation>
    </message>
    <message>
        <source>The server closed the connection because Linnet was not signed in yet.</source>
        <translation>Le serveur a fermé la connexion parce que Linnet n’était pas encore connecté.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet as malformed XML.</source>
        <translation>Le serveur a refusé des données de Linnet comme XML mal formé.</translation>
    </message>
    <message>
        <source>The server closed the connection because one of its rules was broken, for example by sending too much too quickly.</source>
        <translation>Le serveur a fermé la connexion parce qu’une de ses règles a été enfreinte, par exemple en envoyant trop de données trop vite.</translation>
    </message>
    <message>
        <source>The server could not reach another server it needs to serve your account.</source>
        <translation>Le serveur n’a pas pu joindre un autre serveur dont il a besoin pour votre compte.</translation>
    </message>
    <message>
        <source>The server restarted the connection because its security settings changed.</source>
        <translation>Le serveur a redémarré la connexion parce que ses réglages de sécurité ont changé.</translation>
    </message>
    <message>
        <source>The server is too busy to serve this connection right now.</source>
        <translation>Le serveur est trop occupé pour servir cette connexion maintenant.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet that used XML features XMPP does not allow.</source>
        <translation>Le serveur a refusé des données de Linnet qui utilisaient des fonctionnalités XML interdites par XMPP.</translation>
    </message>
    <message>
        <source>The server asked Linnet to connect to another host.</source>
        <translation>Le serveur a demandé à Linnet de se connecter à un autre hôte.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Le serveur s’arrête.</translation>
    </message>
    <message>
        <source>The server closed the connection without saying why.</source>
        <translation>Le serveur a fermé la connexion sans dire pourquoi.</translation>
    </message>
    <message>
        <source>The server does not support the text encoding Linnet used.</source>
        <translation>Le serveur ne prend pas en charge l’encodage de texte utilisé par Linnet.</translation>
    </message>
    <message>
        <source>The server requires a feature that Linnet does not support.</source>
        <translation>Le serveur exige une fonctionnalité que Linnet ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The server received a kind of data from Linnet that it does not support.</source>
        <translation>Le serveur a reçu de Linnet un type de données qu’il ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The server does not support the version of XMPP that Linnet speaks.</source>
        <translation>Le serveur ne prend pas en charge la version de XMPP que parle Linnet.</translation>
    </message>
    <message>
        <source>The server asked Linnet to connect to %1 instead.</source>
        <translation>Le serveur a demandé à Linnet de se connecter plutôt à %1.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Le serveur a dit : « %1 »</translation>
    </message>
</context>
<context>
    <name>Linnet::StreamManagement</name>
    <message>
        <source>The server stopped taking in what Linnet sends, so Linnet starts a new session.</source>
        <translation>Le serveur n’accepte plus ce qu’envoie Linnet : Linnet démarre donc une nouvelle session.</translation>
    </message>
    <message>
        <source>The server sent an acknowledgement that Linnet could not read.</source>
        <translation>Le serveur a envoyé un accusé de réception que Linnet n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The server confirmed more messages than Linnet sent, so Linnet ended the session.</source>
        <translation>Le serveur a confirmé plus de messages que Linnet n’en a envoyé : Linnet a donc mis fin à la session.</translation>
    </message>
</context>
<context>
    <name>Linnet::SubjectBar</name>
    <message>
        <source>Room subject</source>
        <translation>Sujet du salon</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the subject</source>
        <translation>Changer le sujet</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Pas de sujet</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Défini par %1</translation>
    </message>
</context>
<context>
    <name>Linnet::SubscriptionRequestPrompt</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Approve and Add &amp;Back</source>
        <translation>Accepter et ajouter en &amp;retour</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online.</source>
        <translation>%1 demande à voir quand vous êtes en ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s) waiting.</source>
        <translation>
            <numerusform>%n autre demande en attente.</numerusform>
            <numerusform>%n autres demandes en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the message of a request, quoted</comment>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>Linnet::TrayIcon</name>
    <message>
        <source>&amp;Show Linnet</source>
        <translation>&amp;Afficher Linnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Linnet — %1</source>
        <translation>Linnet — %1</translation>
    </message>
    <message numerus="yes">
        <source>Linnet — %1 — %n unread message(s)</source>
        <translation>
            <numerusform>Linnet — %1 — %n message non lu</numerusform>
            <numerusform>Linnet — %1 — %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Linnet</source>
        <translation>&amp;Masquer Linnet</translation>
    </message>
</context>
<context>
    <name>Linnet::XmlConsole</name>
    <message>
        <source>Not connected: sign in to send stanzas.</source>
        <translation>Non connecté : connectez-vous pour envoyer des stanzas.</translation>
    </message>
</context>
<context>
    <name>Linnet::XmlConsoleWindow</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>XML Console</source>
        <translation>Console XML</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <source>&amp;IQ</source>
        <translation>&amp;IQ</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Autres</translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation>Filtrer par adresse</translation>
    </message>
    <message>
        <source>Show only traffic from or to this address</source>
        <translation>N’afficher que le trafic depuis ou vers cette adresse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>N’afficher que les entrées contenant ce texte</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Stanza to send</source>
        <translation>Stanza à envoyer</translation>
    </message>
    <message>
        <source>Type one stanza, e.g. &lt;iq type=&apos;get&apos; id=&apos;v1&apos; to=&apos;example.org&apos;&gt;…&lt;/iq&gt;, then press Ctrl+Enter</source>
        <translation>Saisissez une stanza, p. ex. &lt;iq type=&apos;get&apos; id=&apos;v1&apos; to=&apos;example.org&apos;&gt;…&lt;/iq&gt;, puis appuyez sur Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Why the stanza was not sent</source>
        <translation>Pourquoi la stanza n’a pas été envoyée</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume (%n waiting)</source>
        <translation>
            <numerusform>&amp;Reprendre (%n en attente)</numerusform>
            <numerusform>&amp;Reprendre (%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume the live log</source>
        <translation>Reprendre le journal en direct</translation>
    </message>
    <message>
        <source>Pause the live log</source>
        <translation>Mettre en pause le journal en direct</translation>
    </message>
</context>
<context>
    <name>MucStatus</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Everyone in this room can see your full address.</source>
        <translation>Tout le monde dans ce salon peut voir votre adresse complète.</translation>
    </message>
    <message>
        <source>Everyone in this room can see the full address of %1.</source>
        <translation>Tout le monde dans ce salon peut voir l’adresse complète de %1.</translation>
    </message>
    <message>
        <source>Your affiliation with this room changed while you were away.</source>
        <translation>Votre affiliation à ce salon a changé pendant votre absence.</translation>
    </message>
    <message>
        <source>The affiliation of %1 changed while they were not in the room.</source>
        <translation>L’affiliation de %1 a changé pendant son absence du salon.</translation>
    </message>
    <message>
        <source>The room now shows occupants who are unavailable.</source>
        <translation>Le salon affiche maintenant les occupants indisponibles.</translation>
    </message>
    <message>
        <source>The room no longer shows occupants who are unavailable.</source>
        <translation>Le salon n’affiche plus les occupants indisponibles.</translation>
    </message>
    <message>
        <source>The room&apos;s configuration has changed.</source>
        <translation>La configuration du salon a changé.</translation>
    </message>
    <message>
        <source>You are in the room.</source>
        <translation>Vous êtes dans le salon.</translation>
    </message>
    <message>
        <source>You are in the room as %1.</source>
        <translation>Vous êtes dans le salon en tant que %1.</translation>
    </message>
    <message>
        <source>Messages in this room are now logged.</source>
        <translation>Les messages de ce salon sont désormais journalisés.</translation>
    </message>
    <message>
        <source>Messages in this room are no longer logged.</source>
        <translation>Les messages de ce salon ne sont plus journalisés.</translation>
    </message>
    <message>
        <source>The room is now non-anonymous: everyone can see the full address of every occupant.</source>
        <translation>Le salon n’est plus anonyme : tout le monde peut voir l’adresse complète de chaque occupant.</translation>
    </message>
    <message>
        <source>The room is now semi-anonymous: only moderators can see the full addresses of occupants.</source>
        <translation>Le salon est maintenant semi-anonyme : seuls les modérateurs peuvent voir les adresses complètes des occupants.</translation>
    </message>
    <message>
        <source>The room is now fully anonymous: nobody can see the full addresses of occupants.</source>
        <translation>Le salon est maintenant entièrement anonyme : personne ne peut voir les adresses complètes des occupants.</translation>
    </message>
    <message>
        <source>You created this room; it stays locked until it is configured.</source>
        <translation>Vous avez créé ce salon ; il reste verrouillé tant qu’il n’est pas configuré.</translation>
    </message>
    <message>
        <source>The service set your nickname in this room to %1.</source>
        <translation>Le service a fixé votre pseudo dans ce salon à %1.</translation>
    </message>
    <message>
        <source>The service changed the nickname of %1.</source>
        <translation>Le service a changé le pseudo de %1.</translation>
    </message>
    <message>
        <source>You have been banned from this room.</source>
        <translation>Vous avez été banni de ce salon.</translation>
    </message>
    <message>
        <source>%1 has been banned from the room.</source>
        <translation>%1 a été banni du salon.</translation>
    </message>
    <message>
        <source>Your nickname in this room is now %1.</source>
        <translation>Votre pseudo dans ce salon est maintenant %1.</translation>
    </message>
    <message>
        <source>%1 changed their nickname.</source>
        <translation>%1 a changé de pseudo.</translation>
    </message>
    <message>
        <source>You have been kicked from this room.</source>
        <translation>Vous avez été expulsé de ce salon.</translation>
    </message>
    <message>
        <source>%1 has been kicked from the room.</source>
        <translation>%1 a été expulsé du salon.</translation>
    </message>
    <message>
        <source>You have been removed from this room because your affiliation changed.</source>
        <translation>Vous avez été retiré de ce salon parce que votre affiliation a changé.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because their affiliation changed.</source>
        <translation>%1 a été retiré du salon parce que son affiliation a changé.</translation>
    </message>
    <message>
        <source>You have been removed from this room because it is now members-only and you are not a member.</source>
        <translation>Vous avez été retiré de ce salon parce qu’il est désormais réservé aux membres et que vous n’êtes pas membre.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because it is now members-only and they are not a member.</source>
        <translation>%1 a été retiré du salon parce qu’il est désormais réservé aux membres et que %1 n’est pas membre.</translation>
    </message>
    <message>
        <source>You have been removed from this room because the chat service is shutting down.</source>
        <translation>Vous avez été retiré de ce salon parce que le service de discussion s’arrête.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because the chat service is shutting down.</source>
        <translation>%1 a été retiré du salon parce que le service de discussion s’arrête.</translation>
    </message>
    <message>
        <source>You have been removed from this room because of a technical problem.</source>
        <translation>Vous avez été retiré de ce salon à cause d’un problème technique.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because of a technical problem.</source>
        <translation>%1 a été retiré du salon à cause d’un problème technique.</translation>
    </message>
    <message>
        <source>The room sent status code %1.</source>
        <translation>Le salon a envoyé le code d’état %1.</translation>
    </message>
</context>
<context>
    <name>PresenceIcons</name>
    <message>
        <source>Free for chat</source>
        <translation>Disponible pour discuter</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Absent pour longtemps</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>RoomSentences</name>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>The room has been destroyed</source>
        <translation>Le salon a été détruit</translation>
    </message>
    <message>
        <source>It continues at %1.</source>
        <translation>Il continue à %1.</translation>
    </message>
    <message>
        <source>You left the room.</source>
        <translation>Vous avez quitté le salon.</translation>
    </message>
    <message>
        <source>The room says you are no longer in it.</source>
        <translation>Le salon indique que vous n’y êtes plus.</translation>
    </message>
    <message>
        <source>%1 left: the room has been destroyed.</source>
        <translation>%1 est parti : le salon a été détruit.</translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation>%1 a quitté le salon (%2).</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 a quitté le salon.</translation>
    </message>
    <message>
        <source>Someone in the room already uses that nickname.</source>
        <translation>Quelqu’un dans le salon utilise déjà ce pseudo.</translation>
    </message>
    <message>
        <source>The room needs a password, and the one given was missing or wrong.</source>
        <translation>Le salon demande un mot de passe, et celui donné manquait ou était incorrect.</translation>
    </message>
    <message>
        <source>The room is for members only, and you are not a member.</source>
        <translation>Le salon est réservé aux membres, et vous n’êtes pas membre.</translation>
    </message>
    <message>
        <source>You are banned from the room.</source>
        <translation>Vous êtes banni du salon.</translation>
    </message>
    <message>
        <source>The room is full.</source>
        <translation>Le salon est plein.</translation>
    </message>
    <message>
        <source>The room does not exist, or it is locked until its owner configures it.</source>
        <translation>Le salon n’existe pas, ou il est verrouillé jusqu’à ce que son propriétaire le configure.</translation>
    </message>
    <message>
        <source>You may not create rooms on this service.</source>
        <translation>Vous ne pouvez pas créer de salons sur ce service.</translation>
    </message>
    <message>
        <source>The room requires you to use your registered nickname.</source>
        <translation>Le salon exige que vous utilisiez votre pseudo enregistré.</translation>
    </message>
    <message>
        <source>The nickname is missing or not allowed.</source>
        <translation>Le pseudo manque ou n’est pas autorisé.</translation>
    </message>
    <message>
        <source>The room refused the join: %1</source>
        <translation>Le salon a refusé l’entrée : %1</translation>
    </message>
    <message>
        <source>You are now known as %1.</source>
        <translation>Vous êtes maintenant connu sous le nom de %1.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 s’appelle maintenant %2.</translation>
    </message>
    <message>
        <source>You are now an owner of this room.</source>
        <translation>Vous êtes maintenant propriétaire de ce salon.</translation>
    </message>
    <message>
        <source>You are now an admin of this room.</source>
        <translation>Vous êtes maintenant administrateur de ce salon.</translation>
    </message>
    <message>
        <source>You are now a member of this room.</source>
        <translation>Vous êtes maintenant membre de ce salon.</translation>
    </message>
    <message>
        <source>You are no longer affiliated with this room.</source>
        <translation>Vous n’avez plus d’affiliation à ce salon.</translation>
    </message>
    <message>
        <source>You are now a moderator.</source>
        <translation>Vous êtes maintenant modérateur.</translation>
    </message>
    <message>
        <source>You may speak in the room now.</source>
        <translation>Vous pouvez maintenant parler dans le salon.</translation>
    </message>
    <message>
        <source>You are no longer a moderator.</source>
        <translation>Vous n’êtes plus modérateur.</translation>
    </message>
    <message>
        <source>You may no longer speak in the room.</source>
        <translation>Vous ne pouvez plus parler dans le salon.</translation>
    </message>
</context>
<context>
    <name>linnet-cli</name>
    <message>
        <source>The account&apos;s address, e.g. alice@example.org.</source>
        <translation>L’adresse du compte, p. ex. alice@example.org.</translation>
    </message>
    <message>
        <source>Read the password from this file (first line). Otherwise LINNET_PASSWORD is used.</source>
        <translation>Lire le mot de passe dans ce fichier (première ligne). Sinon, LINNET_PASSWORD est utilisé.</translation>
    </message>
    <message>
        <source>Connect to this host instead of looking up the domain&apos;s SRV records.</source>
        <translation>Se connecter à cet hôte au lieu de chercher les enregistrements SRV du domaine.</translation>
    </message>
    <message>
        <source>Port for --host (default 5222, or 5223 with --tls direct-tls).</source>
        <translation>Port pour --host (5222 par défaut, ou 5223 avec --tls direct-tls).</translation>
    </message>
    <message>
        <source>TLS mode: automatic, starttls, direct-tls or allow-unencrypted.</source>
        <translation>Mode TLS : automatic, starttls, direct-tls ou allow-unencrypted.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Faire confiance au certificat ayant cette empreinte SHA-256 (hex).</translation>
    </message>
    <message>
        <source>Resource to request.</source>
        <translation>Ressource à demander.</translation>
    </message>
    <message>
        <source>Also log what the connection does, on stderr.</source>
        <translation>Journaliser aussi ce que fait la connexion, sur stderr.</translation>
    </message>
    <message>
        <source>--jid is required</source>
        <translation>--jid est obligatoire</translation>
    </message>
    <message>
        <source>invalid --jid: %1</source>
        <translation>--jid non valide : %1</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>pas de nom d’utilisateur</translation>
    </message>
    <message>
        <source>invalid --port: %1</source>
        <translation>--port non valide : %1</translation>
    </message>
    <message>
        <source>invalid --tls: %1</source>
        <translation>--tls non valide : %1</translation>
    </message>
    <message>
        <source>no certificate could be read from %1</source>
        <translation>aucun certificat n’a pu être lu dans %1</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>impossible de lire le fichier de mot de passe : %1</translation>
    </message>
    <message>
        <source>no password: use --password-file or set LINNET_PASSWORD</source>
        <translation>pas de mot de passe : utilisez --password-file ou définissez LINNET_PASSWORD</translation>
    </message>
    <message>
        <source>Usage: linnet-cli COMMAND [options]

Commands:
  check    sign in, print each phase with its time, and sign out
  roster   sign in, print the contacts with their presence [--json]
  presence sign in and set a presence: --show chat|online|away|xa|dnd
           --status TEXT [--priority N] [--stay SECONDS]
  send     JID TEXT: send a message through the account&apos;s outbox and wait until
           the server has it [--json] [--database FILE]
  listen   sign in and print incoming messages until Ctrl-C [--json]
           [--database FILE]
  history  JID: print the stored conversation, oldest first, from the local
           database (no network) [--search WORDS] [--limit N] [--json]
           [--database FILE]
  disco    [JID] [--node N] [--items | --info] [--json]: what an address is and
           offers, and its items (default: the account&apos;s server)
  command  JID [NODE]: list an address&apos;s ad-hoc commands, or run one on the
           terminal (forms are asked field by field on stdin)
  register create the account --jid with the given password; or
           --change-password [--new-password-file FILE], --remove --yes,
           --service JID
  rooms    SERVICE: list the rooms of a group chat service with names, occupant
           counts and flags [--json]
  join     ROOM --nick NICK: join a group chat room and print its messages and
           presence until Ctrl-C or the end of input; lines typed are sent, and
           /nick, /subject, /msg NICK, /leave are commands [--password P]
           [--history N|archive] [--json] [--database FILE]

Options every command takes:
  --jid JID  --password-file FILE (or LINNET_PASSWORD)  --host HOST  --port PORT
  --tls automatic|starttls|direct-tls|allow-unencrypted  --ca-file PEM  --pin SHA256
  --resource RESOURCE  --verbose
(history needs only --jid, the account, or --database.)

linnet-cli COMMAND --help tells more; linnet-cli --version prints the version.
</source>
        <translation>Utilisation : linnet-cli COMMANDE [options]

Commandes :
  check    se connecter, afficher chaque étape avec sa durée, puis se déconnecter
  roster   se connecter, afficher les contacts avec leur présence [--json]
  presence se connecter et définir une présence : --show chat|online|away|xa|dnd
           --status TEXTE [--priority N] [--stay SECONDES]
  send     JID TEXTE : envoyer un message par la boîte d’envoi du compte et
           attendre que le serveur l’ait [--json] [--database FICHIER]
  listen   se connecter et afficher les messages reçus jusqu’à Ctrl-C [--json]
           [--database FICHIER]
  history  JID : afficher la conversation enregistrée, la plus ancienne d’abord,
           depuis la base locale (sans réseau) [--search MOTS] [--limit N] [--json]
           [--database FICHIER]
  disco    [JID] [--node N] [--items | --info] [--json] : ce qu’est une adresse et
           ce qu’elle propose, et ses éléments (par défaut : le serveur du compte)
  command  JID [NŒUD] : lister les commandes ad hoc d’une adresse, ou en exécuter
           une dans le terminal (les formulaires sont demandés champ par champ sur stdin)
  register créer le compte --jid avec le mot de passe donné ; ou
           --change-password [--new-password-file FICHIER], --remove --yes,
           --service JID
  rooms    SERVICE : lister les salons d’un service de discussion de groupe avec
           noms, nombre d’occupants et indicateurs [--json]
  join     SALON --nick PSEUDO : rejoindre un salon et afficher ses messages et sa
           présence jusqu’à Ctrl-C ou la fin de l’entrée ; les lignes saisies sont
           envoyées, et /nick, /subject, /msg PSEUDO, /leave sont des commandes
           [--password P] [--history N|archive] [--json] [--database FICHIER]

Options de toutes les commandes :
  --jid JID  --password-file FICHIER (ou LINNET_PASSWORD)  --host HÔTE  --port PORT
  --tls automatic|starttls|direct-tls|allow-unencrypted  --ca-file PEM  --pin SHA256
  --resource RESSOURCE  --verbose
(history n’a besoin que de --jid, le compte, ou de --database.)

linnet-cli COMMANDE --help en dit plus ; linnet-cli --version affiche la version.
</translation>
    </message>
    <message>
        <source>linnet-cli: unknown command &apos;%1&apos;</source>
        <translation>linnet-cli : commande inconnue « %1 »</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Linnet konnte deine Konten nicht in %1 speichern.</translation>
    </message>
    <message>
        <source>This account has no valid address.</source>
        <translation>Dieses Konto hat keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Linnet could not create the folder %1.</source>
        <translation>Linnet konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Linnet could not read the saved passwords in %1.</source>
        <translation>Linnet konnte die gespeicherten Passwörter in %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The saved passwords in %1 are damaged.</source>
        <translation>Die gespeicherten Passwörter in %1 sind beschädigt.</translation>
    </message>
    <message>
        <source>Linnet could not save the password in %1.</source>
        <translation>Linnet konnte das Passwort nicht in %1 speichern.</translation>
    </message>
    <message>
        <source>An archive result arrived for a search we did not make.</source>
        <translation>Ein Archivergebnis kam für eine Suche, die wir nicht gestellt haben.</translation>
    </message>
    <message>
        <source>An archive result came from %1 instead of the archive that was searched.</source>
        <translation>Ein Archivergebnis kam von %1 statt vom durchsuchten Archiv.</translation>
    </message>
    <message>
        <source>This is not a valid address to block.</source>
        <translation>Dies ist keine gültige Adresse zum Blockieren.</translation>
    </message>
    <message>
        <source>This is not a valid contact address.</source>
        <translation>Dies ist keine gültige Kontaktadresse.</translation>
    </message>
    <message>
        <source>The local database could not be opened (%1).</source>
        <translation>Die lokale Datenbank konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The local database could not be updated (%1).</source>
        <translation>Die lokale Datenbank konnte nicht aktualisiert werden (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Securing the connection</source>
        <translation>Verbindung wird gesichert</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>Sitzung wird gestartet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>No answer came in time.</source>
        <translation>Es kam keine Antwort rechtzeitig.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This account is disabled on the server.</source>
        <translation>Dieses Konto ist auf dem Server deaktiviert.</translation>
    </message>
    <message>
        <source>The password has expired; change it with your provider.</source>
        <translation>Das Passwort ist abgelaufen; ändere es bei deinem Anbieter.</translation>
    </message>
    <message>
        <source>The server requires encryption for this way of signing in.</source>
        <translation>Der Server verlangt für diese Anmeldeart Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server considers this way of signing in too weak.</source>
        <translation>Der Server hält diese Anmeldeart für zu schwach.</translation>
    </message>
    <message>
        <source>The server could not check the password just now; try again later.</source>
        <translation>Der Server konnte das Passwort gerade nicht prüfen; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>The server does not support the chosen way of signing in.</source>
        <translation>Der Server unterstützt die gewählte Anmeldeart nicht.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
</context>
<context>
    <name>Linnet::AccountCreator</name>
    <message>
        <source>This server does not allow creating accounts from an app.</source>
        <translation>Dieser Server erlaubt nicht, Konten aus einer App heraus anzulegen.</translation>
    </message>
</context>
<context>
    <name>Linnet::AccountOverview</name>
    <message>
        <source>You are not signed in</source>
        <translation>Du bist nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in with your XMPP address, such as name@example.org, to chat with your contacts.</source>
        <translation>Melde dich mit deiner XMPP-Adresse an, etwa name@example.org, um mit deinen Kontakten zu chatten.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (direct TLS)</source>
        <translation>%1 (direktes TLS)</translation>
    </message>
    <message>
        <source>%1 (STARTTLS)</source>
        <translation>%1 (STARTTLS)</translation>
    </message>
    <message>
        <source>Encrypted with %1 · %2</source>
        <translation>Verschlüsselt mit %1 · %2</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read this connection</source>
        <translation>Nicht verschlüsselt: Jeder im Netzwerk kann diese Verbindung mitlesen</translation>
    </message>
    <message>
        <source>Verified by a trusted certificate authority</source>
        <translation>Von einer vertrauenswürdigen Zertifizierungsstelle bestätigt</translation>
    </message>
    <message>
        <source>Trusted always, as you chose (SHA-256 %1…)</source>
        <translation>Immer vertraut, wie von dir gewählt (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>Trusted for this session, as you chose (SHA-256 %1…)</source>
        <translation>Für diese Sitzung vertraut, wie von dir gewählt (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Linnet::AccountsMenu</name>
    <message>
        <source>A&amp;dd Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
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
        <translation>Die Befehlssitzung ist abgelaufen; führe den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The command did not accept the form; check the required fields.</source>
        <translation>Der Befehl hat das Formular nicht angenommen; prüfe die Pflichtfelder.</translation>
    </message>
    <message>
        <source>The command cannot do that at this stage.</source>
        <translation>Der Befehl kann das in diesem Schritt nicht tun.</translation>
    </message>
    <message>
        <source>The command does not know this session; run the command again.</source>
        <translation>Der Befehl kennt diese Sitzung nicht; führe den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The answer to the command could not be understood.</source>
        <translation>Die Antwort auf den Befehl war unverständlich.</translation>
    </message>
</context>
<context>
    <name>Linnet::AddContactDialog</name>
    <message>
        <source>&amp;Ask to see their presence</source>
        <translation>&amp;Um Freigabe der Anwesenheit bitten</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>A contact&apos;s address has no resource: leave out “/%1”.</source>
        <translation>Die Adresse eines Kontakts hat keine Ressource: lass „/%1“ weg.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>Linnet::AddressBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Address, e.g. example.org</source>
        <translation>Adresse, z. B. example.org</translation>
    </message>
    <message>
        <source>Address to browse</source>
        <translation>Zu durchsuchende Adresse</translation>
    </message>
    <message>
        <source>Node (optional)</source>
        <translation>Knoten (optional)</translation>
    </message>
    <message>
        <source>Node to browse</source>
        <translation>Zu durchsuchender Knoten</translation>
    </message>
    <message>
        <source>Enter an address to browse.</source>
        <translation>Gib eine Adresse zum Durchsuchen ein.</translation>
    </message>
</context>
<context>
    <name>Linnet::AvatarImageDecoder</name>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB).</source>
        <translation>Das Bild ist zu groß (%1 KiB; höchstens %2 KiB).</translation>
    </message>
    <message>
        <source>This is not a picture Linnet can read.</source>
        <translation>Dieses Bild kann Linnet nicht lesen.</translation>
    </message>
    <message>
        <source>Pictures in the %1 format are not shown.</source>
        <translation>Bilder im Format %1 werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The picture does not say how large it is.</source>
        <translation>Das Bild gibt seine Größe nicht an.</translation>
    </message>
    <message>
        <source>The picture is too large (%1 × %2 pixels; at most %3 × %4).</source>
        <translation>Das Bild ist zu groß (%1 × %2 Pixel; höchstens %3 × %4).</translation>
    </message>
    <message>
        <source>The picture is damaged: %1</source>
        <translation>Das Bild ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The picture is damaged: its size does not match its header.</source>
        <translation>Das Bild ist beschädigt: Seine Größe passt nicht zu seinem Header.</translation>
    </message>
</context>
<context>
    <name>Linnet::AvatarManager</name>
    <message>
        <source>The avatar is too large or not stored in PEP.</source>
        <translation>Der Avatar ist zu groß oder nicht in PEP gespeichert.</translation>
    </message>
    <message>
        <source>The avatar&apos;s hash is not well-formed.</source>
        <translation>Der Hash des Avatars ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The avatar data is missing or broken.</source>
        <translation>Die Avatardaten fehlen oder sind beschädigt.</translation>
    </message>
    <message>
        <source>The vCard has no usable photo.</source>
        <translation>Die vCard enthält kein verwendbares Foto.</translation>
    </message>
    <message>
        <source>The avatar&apos;s data does not match its hash.</source>
        <translation>Die Daten des Avatars passen nicht zu seinem Hash.</translation>
    </message>
    <message>
        <source>The avatar could not be stored.</source>
        <translation>Der Avatar konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Linnet::Bookmarks</name>
    <message>
        <source>A bookmark needs a room address.</source>
        <translation>Ein Lesezeichen braucht eine Raumadresse.</translation>
    </message>
    <message>
        <source>The bookmarks could not be saved: %1</source>
        <translation>Die Lesezeichen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The bookmarks could not be loaded: %1</source>
        <translation>Die Lesezeichen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Linnet::BookmarksMenu</name>
    <message>
        <source>No bookmarked rooms</source>
        <translation>Keine Räume mit Lesezeichen</translation>
    </message>
    <message>
        <source>%1 — joined on sign-in</source>
        <translation>%1 — beim Anmelden betreten</translation>
    </message>
</context>
<context>
    <name>Linnet::Caps</name>
    <message>
        <source>The client described itself twice with the same identity.</source>
        <translation>Der Client hat sich zweimal mit derselben Identität beschrieben.</translation>
    </message>
    <message>
        <source>The client listed the same feature twice.</source>
        <translation>Der Client hat dieselbe Funktion zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>The client sent a form whose type has several different values.</source>
        <translation>Der Client hat ein Formular gesendet, dessen Typ mehrere verschiedene Werte hat.</translation>
    </message>
    <message>
        <source>The client sent two extended forms of the same type.</source>
        <translation>Der Client hat zwei erweiterte Formulare desselben Typs gesendet.</translation>
    </message>
    <message>
        <source>The client&apos;s capabilities use a hash Linnet does not support.</source>
        <translation>Die Fähigkeiten des Clients verwenden einen Hash, den Linnet nicht unterstützt.</translation>
    </message>
    <message>
        <source>The client&apos;s features do not match the capabilities it announced.</source>
        <translation>Die Funktionen des Clients passen nicht zu den angekündigten Fähigkeiten.</translation>
    </message>
</context>
<context>
    <name>Linnet::CertificateDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Linnet could not confirm that this server is %1</source>
        <translation>Linnet konnte nicht bestätigen, dass dieser Server %1 ist</translation>
    </message>
    <message>
        <source>Someone may be pretending to be the server, or the server uses a certificate that no authority Linnet trusts has vouched for. Trust it only if you can compare the fingerprint below with one your server&apos;s administrator gave you.</source>
        <translation>Jemand gibt sich vielleicht als der Server aus, oder der Server verwendet ein Zertifikat, für das keine Stelle bürgt, der Linnet vertraut. Vertraue ihm nur, wenn du den Fingerabdruck unten mit einem vergleichen kannst, den dir die Administration deines Servers gegeben hat.</translation>
    </message>
    <message>
        <source>The server did not send a certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Connect this time; ask again the next time Linnet starts.</source>
        <translation>Diesmal verbinden; beim nächsten Start von Linnet erneut fragen.</translation>
    </message>
    <message>
        <source>Trust &amp;Always</source>
        <translation>&amp;Immer vertrauen</translation>
    </message>
    <message>
        <source>Remember this certificate for this account.</source>
        <translation>Dieses Zertifikat für dieses Konto merken.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it.</source>
        <translation>Das Zertifikat ist selbst signiert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority Linnet does not trust.</source>
        <translation>Das Zertifikat wurde von einer Stelle ausgestellt, der Linnet nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate does not belong to %1.</source>
        <translation>Das Zertifikat gehört nicht zu %1.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is not valid.</source>
        <translation>Die Signatur des Zertifikats ist ungültig.</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatController</name>
    <message>
        <source>%1 (in %2)</source>
        <comment>private chat with a room occupant: nick (in room)</comment>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Messages can be searched once an account is signed in.</source>
        <translation>Nachrichten lassen sich durchsuchen, sobald ein Konto angemeldet ist.</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatManager</name>
    <message>
        <source>The message could not be delivered.</source>
        <translation>Die Nachricht konnte nicht zugestellt werden.</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatTexts</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 has stopped typing</source>
        <translation>%1 hat aufgehört zu schreiben</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
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
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>Linnet::ChatWindow</name>
    <message>
        <source>Move to Tabs</source>
        <translation>In Tabs verschieben</translation>
    </message>
    <message>
        <source>Put this conversation back into the chat window&apos;s tabs</source>
        <translation>Diese Unterhaltung zurück in die Tabs des Chatfensters legen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Search Messages…</source>
        <translation>Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;Detach Tab</source>
        <translation>Tab &amp;abtrennen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>Open Chats in &amp;Separate Windows</source>
        <translation>Chats in &amp;eigenen Fenstern öffnen</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>&amp;Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>Raum &amp;betreten…</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Chat menu</source>
        <translation>Chat-Menü</translation>
    </message>
    <message>
        <source>%1 — Chats</source>
        <translation>%1 — Chats</translation>
    </message>
    <message>
        <source>Conversation tabs</source>
        <translation>Tabs der Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;New Chat…</source>
        <translation>Neuer &amp;Chat…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>Zu Unterhaltung &amp;wechseln…</translation>
    </message>
</context>
<context>
    <name>Linnet::Client</name>
    <message>
        <source>The connection was lost for too long to resume the session.</source>
        <translation>Die Verbindung war zu lange unterbrochen, um die Sitzung fortzusetzen.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting again.</source>
        <translation>Neue Verbindung wird aufgebaut.</translation>
    </message>
    <message>
        <source>The server sent Linnet to %1.</source>
        <translation>Der Server hat Linnet an %1 verwiesen.</translation>
    </message>
</context>
<context>
    <name>Linnet::CommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Commands of %1</source>
        <translation>Befehle von %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Notes from the command</source>
        <translation>Hinweise des Befehls</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Asking %1 for its commands…</source>
        <translation>%1 wird nach seinen Befehlen gefragt…</translation>
    </message>
    <message>
        <source>%1 offers no commands to you.</source>
        <translation>%1 bietet dir keine Befehle an.</translation>
    </message>
    <message>
        <source>Running the command…</source>
        <translation>Befehl wird ausgeführt…</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>Bitte prüfe das Formular: %1</translation>
    </message>
    <message>
        <source>Going back…</source>
        <translation>Zurück…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The command is complete.</source>
        <translation>Der Befehl ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The command was canceled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Command form</source>
        <translation>Befehlsformular</translation>
    </message>
</context>
<context>
    <name>Linnet::Composer</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
</context>
<context>
    <name>Linnet::ConnectionStatusWidget</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
</context>
<context>
    <name>Linnet::Connector</name>
    <message>
        <source>%1:%2 did not answer in time</source>
        <translation>%1:%2 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>Keine Verbindung zum Server möglich.</translation>
    </message>
</context>
<context>
    <name>Linnet::ConsoleLogModel</name>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactActions</name>
    <message>
        <source>%1 has not asked to see your presence, and the server cannot approve in advance.</source>
        <translation>%1 hat nicht darum gebeten, deine Anwesenheit zu sehen, und der Server kann nicht im Voraus zustimmen.</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <source>Edit Groups</source>
        <translation>Gruppen bearbeiten</translation>
    </message>
    <message>
        <source>Groups of %1, separated by commas:</source>
        <translation>Gruppen von %1, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from your contacts? You will no longer see each other&apos;s presence.</source>
        <translation>%1 aus deinen Kontakten entfernen? Ihr seht dann gegenseitig eure Anwesenheit nicht mehr.</translation>
    </message>
    <message>
        <source>Add Contact to %1</source>
        <translation>Kontakt zu %1 hinzufügen</translation>
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
        <translation>%1 (blockiert)</translation>
    </message>
    <message>
        <source>Presence error: %1</source>
        <translation>Anwesenheitsfehler: %1</translation>
    </message>
    <message>
        <source>Asks to see your presence</source>
        <translation>Möchte deine Anwesenheit sehen</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Zustimmung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>resource text: status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
via %2</source>
        <comment>contact address, then the account it is in</comment>
        <translation>%1
über %2</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactInfoDialog</name>
    <message>
        <source>%1 — Contact Info</source>
        <translation>%1 — Kontaktinfo</translation>
    </message>
    <message>
        <source>%1 (our request is pending)</source>
        <translation>%1 (unsere Anfrage läuft)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Anwesenheit:</translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation>Abonnement:</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Online resources:</source>
        <translation>Online-Ressourcen:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactListPanel</name>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Hide Offline</source>
        <translation>Offline ausblenden</translation>
    </message>
    <message>
        <source>Show only contacts who are online</source>
        <translation>Nur Kontakte anzeigen, die online sind</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Accounts the status applies to</source>
        <translation>Konten, für die der Status gilt</translation>
    </message>
    <message>
        <source>The accounts your status applies to</source>
        <translation>Die Konten, für die dein Status gilt</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
</context>
<context>
    <name>Linnet::ContactListView</name>
    <message>
        <source>Contact &amp;Info</source>
        <translation>Kontakt&amp;info</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Edit &amp;Groups…</source>
        <translation>&amp;Gruppen bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Approve Their Request</source>
        <translation>Anfrage &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Ask to See Their Presence</source>
        <translation>Um Freigabe der &amp;Anwesenheit bitten</translation>
    </message>
    <message>
        <source>&amp;Withdraw Our Request</source>
        <translation>Unsere Anfrage &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Stop &amp;Seeing Their Presence</source>
        <translation>Anwesenheit nicht mehr &amp;sehen</translation>
    </message>
    <message>
        <source>Stop Sharing &amp;My Presence</source>
        <translation>&amp;Meine Anwesenheit nicht mehr teilen</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
</context>
<context>
    <name>Linnet::ConversationView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>[%1] %2: %3</source>
        <comment>copied message: [time] sender: text</comment>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Linnet::ConversationWidget</name>
    <message>
        <source>Typing indicator</source>
        <translation>Tippanzeige</translation>
    </message>
    <message>
        <source>Correcting your last message (Escape to cancel)</source>
        <translation>Deine letzte Nachricht wird korrigiert (Escape zum Abbrechen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <source>Find in Conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Nachricht an %1</translation>
    </message>
</context>
<context>
    <name>Linnet::CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Create a new account on %1. The server decides what it needs to know.</source>
        <translation>Ein neues Konto auf %1 erstellen. Der Server entscheidet, welche Angaben er braucht.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Your account %1 is ready. Sign in with it now.</source>
        <translation>Dein Konto %1 ist bereit. Melde dich jetzt damit an.</translation>
    </message>
</context>
<context>
    <name>Linnet::DataForm</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is too small.</source>
        <translation>„%1“ ist zu klein.</translation>
    </message>
    <message>
        <source>The number must be at least %1.</source>
        <translation>Die Zahl muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>The number must be at most %1.</source>
        <translation>Die Zahl darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>The number must be from %1 to %2.</source>
        <translation>Die Zahl muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation>„%1“ ist weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2024-05-31.</source>
        <translation>„%1“ ist kein Datum wie 2024-05-31.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2024-05-31T18:30:00Z.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe wie 2024-05-31T18:30:00Z.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 18:30:00.</source>
        <translation>„%1“ ist keine Uhrzeit wie 18:30:00.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address (URI).</source>
        <translation>„%1“ ist keine gültige Adresse (URI).</translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation>Der Wert muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The value must be at least %1.</source>
        <translation>Der Wert muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>The value must be at most %1.</source>
        <translation>Der Wert darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>“%1” is not in the expected form.</source>
        <translation>„%1“ hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Only one value is allowed here.</source>
        <translation>Hier ist nur ein Wert erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n.</source>
        <translation>
            <numerusform>Wähle mindestens %n aus.</numerusform>
            <numerusform>Wähle mindestens %n aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n.</source>
        <translation>
            <numerusform>Wähle höchstens %n aus.</numerusform>
            <numerusform>Wähle höchstens %n aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linnet::DataFormWidget</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>Linnet::DesktopIntegration</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Linnet::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Linnet::DiscoClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Linnet::DiscoModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>Linnet::FieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
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
        <translation>&amp;Betreten</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>Einladung in %1</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 invites you to the room %2.</source>
        <translation>%1 lädt dich in den Raum %2 ein.</translation>
    </message>
    <message>
        <source>%1 invites you to the room %2: %3</source>
        <translation>%1 lädt dich in den Raum %2 ein: %3</translation>
    </message>
    <message>
        <source>The room %2 says %1 invites you.</source>
        <translation>Der Raum %2 sagt, %1 lädt dich ein.</translation>
    </message>
    <message>
        <source>The room %2 says %1 invites you: %3</source>
        <translation>Der Raum %2 sagt, %1 lädt dich ein: %3</translation>
    </message>
</context>
<context>
    <name>Linnet::Jid</name>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The part after “/” is empty.</source>
        <translation>Der Teil nach „/“ ist leer.</translation>
    </message>
    <message>
        <source>The part before “@” is empty.</source>
        <translation>Der Teil vor „@“ ist leer.</translation>
    </message>
    <message>
        <source>The domain has an unclosed “[”.</source>
        <translation>Die Domain hat eine nicht geschlossene „[“.</translation>
    </message>
    <message>
        <source>The domain in brackets is not an IPv6 address.</source>
        <translation>Die Domain in eckigen Klammern ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The part before “@” holds broken text.</source>
        <translation>Der Teil vor „@“ enthält fehlerhaften Text.</translation>
    </message>
    <message>
        <source>The part before “@” may not contain spaces.</source>
        <translation>Der Teil vor „@“ darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The part before “@” may not contain %1.</source>
        <translation>Der Teil vor „@“ darf kein %1 enthalten.</translation>
    </message>
    <message>
        <source>The part before “@” may not contain the character %1.</source>
        <translation>Der Teil vor „@“ darf das Zeichen %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>The part before “@” is longer than 1023 bytes.</source>
        <translation>Der Teil vor „@“ ist länger als 1023 Bytes.</translation>
    </message>
    <message>
        <source>The address has no domain.</source>
        <translation>Die Adresse hat keine Domain.</translation>
    </message>
    <message>
        <source>The address contains more than one “@”.</source>
        <translation>Die Adresse enthält mehr als ein „@“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>The domain is longer than 1023 bytes.</source>
        <translation>Die Domain ist länger als 1023 Bytes.</translation>
    </message>
    <message>
        <source>The part after “/” may not contain the character %1.</source>
        <translation>Der Teil nach „/“ darf das Zeichen %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>The part after “/” is longer than 1023 bytes.</source>
        <translation>Der Teil nach „/“ ist länger als 1023 Bytes.</translation>
    </message>
    <message>
        <source>The part after “/” holds broken text.</source>
        <translation>Der Teil nach „/“ enthält fehlerhaften Text.</translation>
    </message>
</context>
<context>
    <name>Linnet::JoinFlow</name>
    <message>
        <source>Sign in to list rooms.</source>
        <translation>Melde dich an, um Räume aufzulisten.</translation>
    </message>
    <message>
        <source>Nick in Use</source>
        <translation>Spitzname vergeben</translation>
    </message>
    <message>
        <source>Someone in %1 already uses the nick %2. Choose another one.</source>
        <translation>Jemand in %1 verwendet bereits den Spitznamen %2. Wähle einen anderen.</translation>
    </message>
    <message>
        <source>Change Nick</source>
        <translation>Spitzname ändern</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <source>&amp;Nick:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <source>Room Password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New Room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>The room %1 did not exist and was created for you. Open it now with the server&apos;s default settings, or configure it first?</source>
        <translation>Der Raum %1 existierte nicht und wurde für dich erstellt. Jetzt mit den Standardeinstellungen des Servers öffnen oder zuerst konfigurieren?</translation>
    </message>
    <message>
        <source>&amp;Instant Room</source>
        <translation>&amp;Sofort öffnen</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Konfigurieren…</translation>
    </message>
</context>
<context>
    <name>Linnet::JoinRoomDialog</name>
    <message>
        <source>Join Room</source>
        <translation>Raum betreten</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <source>room@conference.example.org</source>
        <translation>raum@conference.example.org</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <source>Only if the room asks for one</source>
        <translation>Nur wenn der Raum eines verlangt</translation>
    </message>
    <message>
        <source>&amp;Bookmark this room and join it on sign-in</source>
        <translation>&amp;Lesezeichen für diesen Raum setzen und ihn beim Anmelden betreten</translation>
    </message>
    <message>
        <source>B&amp;rowse Rooms…</source>
        <translation>Räume &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Betreten</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>&amp;Nick:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Group chat service</source>
        <translation>Gruppenchat-Dienst</translation>
    </message>
    <message>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <source>&amp;List Rooms</source>
        <translation>Räume &amp;auflisten</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <source>Filter by name or address</source>
        <translation>Nach Name oder Adresse filtern</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Give the address of a group chat service.</source>
        <translation>Gib die Adresse eines Gruppenchat-Dienstes an.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>%1 wird nach seinen Räumen gefragt…</translation>
    </message>
    <message>
        <source>This service lists no rooms.</source>
        <translation>Dieser Dienst listet keine Räume auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid room address: %2</source>
        <translation>%1 ist keine gültige Raumadresse: %2</translation>
    </message>
    <message>
        <source>A room address looks like room@conference.example.org.</source>
        <translation>Eine Raumadresse sieht aus wie raum@conference.example.org.</translation>
    </message>
    <message>
        <source>A nick cannot be only spaces.</source>
        <translation>Ein Spitzname darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>This nick cannot be used in a room address.</source>
        <translation>Dieser Spitzname kann in keiner Raumadresse verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Linnet::MainWindow</name>
    <message>
        <source>Account Details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Sign in to chat with %1.</source>
        <translation>Melde dich an, um mit %1 zu chatten.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <comment>Sign in</comment>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <comment>Sign out</comment>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Account &amp;Details…</source>
        <translation>Konto&amp;details…</translation>
    </message>
    <message>
        <source>&amp;Add Contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chats</source>
        <translation>&amp;Chats</translation>
    </message>
    <message>
        <source>Show &amp;Chat Window</source>
        <translation>&amp;Chatfenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>Nachrichten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>Raum &amp;betreten…</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Räume</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Service &amp;Browser…</source>
        <translation>&amp;Dienste durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;XML Console…</source>
        <translation>&amp;XML-Konsole…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Linnet</source>
        <translation>&amp;Über Linnet</translation>
    </message>
    <message>
        <source>XML Console — %1</source>
        <translation>XML-Konsole — %1</translation>
    </message>
    <message>
        <source>Sign in to join rooms.</source>
        <translation>Melde dich an, um Räume zu betreten.</translation>
    </message>
    <message>
        <source>%1 — Linnet</source>
        <translation>%1 — Linnet</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Linnet</source>
        <translation>Linnet</translation>
    </message>
    <message>
        <source>About Linnet</source>
        <translation>Über Linnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linnet %1&lt;/h3&gt;&lt;p&gt;A desktop chat client for XMPP, the open standard for instant messaging.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linnet %1&lt;/h3&gt;&lt;p&gt;Ein Chat-Programm für den Desktop für XMPP, den offenen Standard für Sofortnachrichten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set &amp;Avatar…</source>
        <translation>Avatar &amp;festlegen…</translation>
    </message>
    <message>
        <source>&amp;New Chat…</source>
        <translation>&amp;Neuer Chat…</translation>
    </message>
    <message>
        <source>&amp;Go to Conversation…</source>
        <translation>Zu Unterhaltung &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign in to chat.</source>
        <translation>Melde dich an, um zu chatten.</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>Kont&amp;en</translation>
    </message>
</context>
<context>
    <name>Linnet::MessageDelegate</name>
    <message>
        <source>edited</source>
        <comment>marker on a corrected message</comment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Original text:
%1</source>
        <translation>Ursprünglicher Text:
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
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Search this conversation</source>
        <translation>Diese Unterhaltung durchsuchen</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Type to search, Enter to search now.</source>
        <translation>Tippen zum Suchen, Enter sucht sofort.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>search result: header: snippet</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Keine Nachrichten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n Nachricht gefunden.</numerusform>
            <numerusform>%n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linnet::MessageSearchWindow</name>
    <message>
        <source>Search Messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
</context>
<context>
    <name>Linnet::MucManager</name>
    <message>
        <source>That is not a valid service address.</source>
        <translation>Das ist keine gültige Dienstadresse.</translation>
    </message>
</context>
<context>
    <name>Linnet::OccupantActions</name>
    <message>
        <source>&amp;Private Message</source>
        <translation>&amp;Private Nachricht</translation>
    </message>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Hinauswerfen…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Grant &amp;Voice…</source>
        <translation>&amp;Rederecht geben…</translation>
    </message>
    <message>
        <source>Revoke &amp;Voice…</source>
        <translation>&amp;Rederecht entziehen…</translation>
    </message>
    <message>
        <source>Make M&amp;oderator…</source>
        <translation>Zum M&amp;oderator machen…</translation>
    </message>
    <message>
        <source>Revoke M&amp;oderator…</source>
        <translation>M&amp;oderation entziehen…</translation>
    </message>
    <message>
        <source>Make &amp;Member…</source>
        <translation>Zum &amp;Mitglied machen…</translation>
    </message>
    <message>
        <source>Make &amp;Admin…</source>
        <translation>Zum &amp;Admin machen…</translation>
    </message>
    <message>
        <source>Make O&amp;wner…</source>
        <translation>Zum &amp;Besitzer machen…</translation>
    </message>
    <message>
        <source>&amp;Remove Affiliation…</source>
        <translation>Zugehörigkeit &amp;entfernen…</translation>
    </message>
    <message>
        <source>Kick %1 out of the room? They can join again.</source>
        <translation>%1 aus dem Raum werfen? Sie können wieder beitreten.</translation>
    </message>
    <message>
        <source>Ban %1 from the room? They cannot join again until the ban is lifted.</source>
        <translation>%1 aus dem Raum sperren? Ein erneuter Beitritt ist erst möglich, wenn die Sperre aufgehoben ist.</translation>
    </message>
    <message>
        <source>Let %1 speak in the room?</source>
        <translation>%1 im Raum sprechen lassen?</translation>
    </message>
    <message>
        <source>Stop %1 from speaking in the room?</source>
        <translation>%1 das Rederecht im Raum entziehen?</translation>
    </message>
    <message>
        <source>Make %1 a moderator of the room?</source>
        <translation>%1 zum Moderator des Raums machen?</translation>
    </message>
    <message>
        <source>Take moderation away from %1?</source>
        <translation>%1 die Moderation entziehen?</translation>
    </message>
    <message>
        <source>Make %1 a member of the room?</source>
        <translation>%1 zum Mitglied des Raums machen?</translation>
    </message>
    <message>
        <source>Make %1 an admin of the room?</source>
        <translation>%1 zum Admin des Raums machen?</translation>
    </message>
    <message>
        <source>Make %1 an owner of the room? Owners can change and destroy the room.</source>
        <translation>%1 zum Besitzer des Raums machen? Besitzer können den Raum ändern und auflösen.</translation>
    </message>
    <message>
        <source>Remove the affiliation of %1 with the room?</source>
        <translation>Die Zugehörigkeit von %1 zum Raum entfernen?</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Hinauswerfen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Grant Voice</source>
        <translation>Rederecht geben</translation>
    </message>
    <message>
        <source>Revoke Voice</source>
        <translation>Rederecht entziehen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>Linnet::OccupantListView</name>
    <message>
        <source>Occupants</source>
        <translation>Teilnehmer</translation>
    </message>
</context>
<context>
    <name>Linnet::OccupantModel</name>
    <message>
        <source>Moderators</source>
        <translation>Moderatoren</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
</context>
<context>
    <name>Linnet::OwnAvatarImage</name>
    <message>
        <source>The picture could not be made small enough.</source>
        <translation>Das Bild ließ sich nicht genug verkleinern.</translation>
    </message>
</context>
<context>
    <name>Linnet::OwnAvatarPublisher</name>
    <message>
        <source>The picture is too large to publish.</source>
        <translation>Das Bild ist zu groß zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Sign in to set your avatar.</source>
        <translation>Melde dich an, um deinen Avatar festzulegen.</translation>
    </message>
    <message>
        <source>An avatar is being published already.</source>
        <translation>Es wird bereits ein Avatar veröffentlicht.</translation>
    </message>
    <message>
        <source>The avatar could not be published: %1</source>
        <translation>Der Avatar konnte nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <source>The avatar could not be announced: %1</source>
        <translation>Der Avatar konnte nicht angekündigt werden: %1</translation>
    </message>
    <message>
        <source>Your vCard could not be read: %1</source>
        <translation>Deine vCard konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your vCard could not be saved: %1</source>
        <translation>Deine vCard konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Linnet::PasswordStore</name>
    <message>
        <source>The system keyring is turned off (LINNET_PASSWORD_STORE=file): your password is stored unencrypted in %1.</source>
        <translation>Der Systemschlüsselbund ist ausgeschaltet (LINNET_PASSWORD_STORE=file): Dein Passwort wird unverschlüsselt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No system keyring is available: your password is stored unencrypted in %1.</source>
        <translation>Kein Systemschlüsselbund verfügbar: Dein Passwort wird unverschlüsselt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Linnet could not read your password from the keyring.</source>
        <translation>Linnet konnte dein Passwort nicht aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Linnet could not save your password in the keyring.</source>
        <translation>Linnet konnte dein Passwort nicht im Schlüsselbund speichern.</translation>
    </message>
</context>
<context>
    <name>Linnet::PlainClient</name>
    <message>
        <source>Linnet will not send your password over a connection that is not encrypted.</source>
        <translation>Linnet sendet dein Passwort nicht über eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during sign-in.</source>
        <translation>Der Server hat während der Anmeldung eine unerwartete Aufforderung gesendet.</translation>
    </message>
</context>
<context>
    <name>Linnet::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification for new messages</source>
        <translation>Bei neuen Nachrichten eine Desktop-Be&amp;nachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new messages</source>
        <translation>Bei neuen Nachrichten einen T&amp;on abspielen</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Extended away follows after four times as long.</source>
        <translation>„Länger abwesend“ folgt nach der vierfachen Zeit.</translation>
    </message>
    <message>
        <source>&amp;Away when idle for:</source>
        <translation>&amp;Abwesend nach Inaktivität von:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Großzügig</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Chat &amp;font size:</source>
        <translation>Sch&amp;riftgröße im Chat:</translation>
    </message>
    <message>
        <source>Message &amp;layout:</source>
        <translation>Nachrichten&amp;layout:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Linnet running in the tray</source>
        <translation>Beim Schließen des &amp;Fensters läuft Linnet im Infobereich weiter</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Tell contacts who ask which &amp;operating system I use</source>
        <translation>Kontakten auf Anfrage mitteilen, welches &amp;Betriebssystem ich verwende</translation>
    </message>
    <message>
        <source>Let contacts see when I am &amp;typing</source>
        <translation>Kontakte sehen lassen, wenn ich &amp;tippe</translation>
    </message>
    <message>
        <source>Let contacts see when I have &amp;read their messages</source>
        <translation>Kontakte sehen lassen, wenn ich ihre Nachrichten &amp;gelesen habe</translation>
    </message>
    <message>
        <source>The desktop has no system tray: closing the window quits Linnet.</source>
        <translation>Die Arbeitsumgebung hat keinen Infobereich: Das Schließen des Fensters beendet Linnet.</translation>
    </message>
</context>
<context>
    <name>Linnet::QuickSwitcher</name>
    <message>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Go to Conversation</source>
        <translation>Zu Unterhaltung wechseln</translation>
    </message>
    <message>
        <source>Address, e.g. alice@example.org, or a name</source>
        <translation>Adresse, z. B. alice@example.org, oder ein Name</translation>
    </message>
    <message>
        <source>Name or address</source>
        <translation>Name oder Adresse</translation>
    </message>
    <message>
        <source>Address or name</source>
        <translation>Adresse oder Name</translation>
    </message>
    <message>
        <source>Find a conversation</source>
        <translation>Eine Unterhaltung finden</translation>
    </message>
    <message>
        <source>Type to filter; Up and Down choose, Enter opens, Escape closes</source>
        <translation>Tippen zum Filtern; Auf und Ab wählen, Enter öffnet, Escape schließt</translation>
    </message>
    <message>
        <source>Conversations, contacts and rooms</source>
        <translation>Unterhaltungen, Kontakte und Räume</translation>
    </message>
    <message>
        <source>Type the address of the person to chat with, or pick a contact.</source>
        <translation>Gib die Adresse der Person ein, mit der du chatten möchtest, oder wähle einen Kontakt.</translation>
    </message>
    <message>
        <source>Recent conversations first, then contacts and rooms.</source>
        <translation>Zuerst die letzten Unterhaltungen, dann Kontakte und Räume.</translation>
    </message>
</context>
<context>
    <name>Linnet::QuickSwitcherModel</name>
    <message>
        <source>Chat with %1</source>
        <translation>Mit %1 chatten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n ungelesen)</numerusform>
            <numerusform>%1 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group chat %1</source>
        <translation>Gruppenchat %1</translation>
    </message>
</context>
<context>
    <name>Linnet::RawStanza</name>
    <message>
        <source>This is not well-formed XML: %1</source>
        <translation>Das ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>XMPP does not allow this in a stanza: %1.</source>
        <translation>XMPP erlaubt das in einem Stanza nicht: %1.</translation>
    </message>
    <message>
        <source>This stanza is too large or nested too deeply.</source>
        <translation>Dieses Stanza ist zu groß oder zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>This uses a namespace prefix that is not declared: %1</source>
        <translation>Hier wird ein nicht deklariertes Namensraum-Präfix verwendet: %1</translation>
    </message>
    <message>
        <source>This is not valid UTF-8 text.</source>
        <translation>Das ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>There is nothing to send: type one stanza.</source>
        <translation>Es gibt nichts zu senden: Gib ein Stanza ein.</translation>
    </message>
    <message>
        <source>This is not well-formed XML.</source>
        <translation>Das ist kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>This is not well-formed XML: an element is not closed.</source>
        <translation>Das ist kein wohlgeformtes XML: Ein Element ist nicht geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Send one stanza at a time: this is %n elements.</source>
        <translation>
            <numerusform>Sende ein Stanza nach dem anderen: Das hier ist %n Element.</numerusform>
            <numerusform>Sende ein Stanza nach dem anderen: Das hier sind %n Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &lt;message/&gt;, &lt;presence/&gt; and &lt;iq/&gt; stanzas can be sent here; this is &lt;%1/&gt;.</source>
        <translation>Hier lassen sich nur &lt;message/&gt;-, &lt;presence/&gt;- und &lt;iq/&gt;-Stanzas senden; das hier ist &lt;%1/&gt;.</translation>
    </message>
    <message>
        <source>An &lt;iq/&gt; needs an id and a type of get, set, result or error.</source>
        <translation>Ein &lt;iq/&gt; braucht eine id und einen type get, set, result oder error.</translation>
    </message>
</context>
<context>
    <name>Linnet::Registration</name>
    <message>
        <source>The new password is empty.</source>
        <translation>Das neue Passwort ist leer.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Dieser Benutzername ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The server did not accept these details; a field may be missing or the password too weak.</source>
        <translation>Der Server hat diese Angaben nicht akzeptiert; vielleicht fehlt ein Feld oder das Passwort ist zu schwach.</translation>
    </message>
    <message>
        <source>Some required information is missing.</source>
        <translation>Einige erforderliche Angaben fehlen.</translation>
    </message>
    <message>
        <source>This server does not allow that here.</source>
        <translation>Dieser Server erlaubt das hier nicht.</translation>
    </message>
    <message>
        <source>This service does not offer registration.</source>
        <translation>Dieser Dienst bietet keine Registrierung an.</translation>
    </message>
    <message>
        <source>The server refused for now; try again later.</source>
        <translation>Der Server lehnt vorerst ab; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Details: “%1”</source>
        <translation>Details: „%1“</translation>
    </message>
    <message>
        <source>The service did not say what it needs to register.</source>
        <translation>Der Dienst hat nicht angegeben, was er für die Registrierung braucht.</translation>
    </message>
</context>
<context>
    <name>Linnet::RegistrationDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Asking what is needed to register…</source>
        <translation>Es wird nachgefragt, was für die Registrierung nötig ist…</translation>
    </message>
    <message>
        <source>You are already registered here. Submitting again updates your registration.</source>
        <translation>Du bist hier bereits registriert. Erneutes Absenden aktualisiert deine Registrierung.</translation>
    </message>
    <message>
        <source>Please check the form: %1</source>
        <translation>Bitte prüfe das Formular: %1</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrierung läuft…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Linnet::Room</name>
    <message>
        <source>You are not in the room.</source>
        <translation>Du bist nicht im Raum.</translation>
    </message>
    <message>
        <source>The room did not answer the request to join.</source>
        <translation>Der Raum hat auf die Beitrittsanfrage nicht geantwortet.</translation>
    </message>
    <message>
        <source>You left the room.</source>
        <translation>Du hast den Raum verlassen.</translation>
    </message>
    <message>
        <source>The nickname “%1” cannot be used.</source>
        <translation>Der Spitzname „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The nickname can be changed once you are in the room.</source>
        <translation>Der Spitzname lässt sich ändern, sobald du im Raum bist.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Only an owner of the room can configure it.</source>
        <translation>Nur ein Besitzer des Raums kann ihn konfigurieren.</translation>
    </message>
    <message>
        <source>The room sent no configuration form.</source>
        <translation>Der Raum hat kein Konfigurationsformular gesendet.</translation>
    </message>
    <message>
        <source>Only an owner of the room can destroy it.</source>
        <translation>Nur ein Besitzer des Raums kann ihn auflösen.</translation>
    </message>
    <message>
        <source>The room could not take the message.</source>
        <translation>Der Raum konnte die Nachricht nicht annehmen.</translation>
    </message>
    <message>
        <source>The room reported an error: %1</source>
        <translation>Der Raum hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 declined your invitation</source>
        <translation>%1 hat deine Einladung abgelehnt</translation>
    </message>
    <message>
        <source>You may not change the subject of this room.</source>
        <translation>Du darfst das Thema dieses Raums nicht ändern.</translation>
    </message>
    <message>
        <source>The room did not confirm the new subject.</source>
        <translation>Der Raum hat das neue Thema nicht bestätigt.</translation>
    </message>
    <message>
        <source>%1 is not in the room.</source>
        <translation>%1 ist nicht im Raum.</translation>
    </message>
    <message>
        <source>You may not kick %1 from this room.</source>
        <translation>Du darfst %1 nicht aus diesem Raum werfen.</translation>
    </message>
    <message>
        <source>You may not make %1 a %2 in this room.</source>
        <translation>Du darfst %1 in diesem Raum nicht die Rolle „%2“ geben.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>You may not ban %1 from this room.</source>
        <translation>Du darfst %1 nicht aus diesem Raum sperren.</translation>
    </message>
    <message>
        <source>You may not make %1 %2 of this room.</source>
        <translation>Du darfst %1 in diesem Raum nicht die Zugehörigkeit „%2“ geben.</translation>
    </message>
    <message>
        <source>someone in the room already uses it.</source>
        <translation>jemand im Raum verwendet ihn bereits.</translation>
    </message>
    <message>
        <source>Your nickname could not be changed to %1: %2</source>
        <translation>Dein Spitzname konnte nicht in %1 geändert werden: %2</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomActionFlows</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <source>Who should join %1?</source>
        <translation>Wer soll %1 betreten?</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Send the invitation &amp;directly, not through the room</source>
        <translation>Die Einladung &amp;direkt senden, nicht über den Raum</translation>
    </message>
    <message>
        <source>Change Nick</source>
        <translation>Spitzname ändern</translation>
    </message>
    <message>
        <source>Your nick in %1:</source>
        <translation>Dein Spitzname in %1:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>&amp;Nick:</source>
        <translation>&amp;Spitzname:</translation>
    </message>
    <message>
        <source>Change Subject</source>
        <translation>Thema ändern</translation>
    </message>
    <message>
        <source>The subject of %1:</source>
        <translation>Das Thema von %1:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Changing the subject</source>
        <translation>Thema wird geändert</translation>
    </message>
    <message>
        <source>Destroy Room</source>
        <translation>Raum auflösen</translation>
    </message>
    <message>
        <source>Destroy %1? Everyone is removed and the room is gone for good.</source>
        <translation>%1 auflösen? Alle werden entfernt und der Raum ist endgültig weg.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>&amp;Moved to:</source>
        <translation>&amp;Umgezogen nach:</translation>
    </message>
    <message>
        <source>Optional: a room to go to instead</source>
        <translation>Optional: ein Raum, zu dem man stattdessen gehen soll</translation>
    </message>
    <message>
        <source>Destroying the room</source>
        <translation>Raum wird aufgelöst</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomConfigDialog</name>
    <message>
        <source>Room Settings — %1</source>
        <translation>Raumeinstellungen — %1</translation>
    </message>
    <message>
        <source>Loading the room&apos;s settings…</source>
        <translation>Die Einstellungen des Raums werden geladen…</translation>
    </message>
    <message>
        <source>Room settings</source>
        <translation>Raumeinstellungen</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomController</name>
    <message>
        <source>Not sent: you are not in the room.</source>
        <translation>Nicht gesendet: Du bist nicht im Raum.</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomDirectory</name>
    <message>
        <source>The rooms could not be listed: %1</source>
        <translation>Die Räume konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomListModel</name>
    <message>
        <source>Password protected</source>
        <translation>Passwortgeschützt</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur für Mitglieder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Teilnehmer</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomPage</name>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Erneut betreten</translation>
    </message>
    <message>
        <source>Room actions</source>
        <translation>Raumaktionen</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Change &amp;Nick…</source>
        <translation>&amp;Spitznamen ändern…</translation>
    </message>
    <message>
        <source>Change &amp;Subject…</source>
        <translation>&amp;Thema ändern…</translation>
    </message>
    <message>
        <source>Room S&amp;ettings…</source>
        <translation>Raum&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Keep this room in the bookmarks and join it on sign-in</source>
        <translation>Diesen Raum in den Lesezeichen behalten und beim Anmelden betreten</translation>
    </message>
    <message>
        <source>&amp;Destroy Room…</source>
        <translation>Raum &amp;auflösen…</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to the room…</source>
        <translation>An den Raum schreiben…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>%1 wird betreten…</translation>
    </message>
    <message>
        <source>You are no longer in this room.</source>
        <translation>Du bist nicht mehr in diesem Raum.</translation>
    </message>
    <message>
        <source>You left this room.</source>
        <translation>Du hast diesen Raum verlassen.</translation>
    </message>
    <message>
        <source>&amp;Join %1</source>
        <translation>%1 &amp;betreten</translation>
    </message>
    <message>
        <source>You are not in this room.</source>
        <translation>Du bist nicht in diesem Raum.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>close the tab of a room we are no longer in</comment>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomPrompt</name>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>Give the address without a resource (nothing after “/”).</source>
        <translation>Gib die Adresse ohne Ressource an (nichts nach „/“).</translation>
    </message>
</context>
<context>
    <name>Linnet::RoomTexts</name>
    <message>
        <source>%1 joined the room</source>
        <translation>%1 hat den Raum betreten</translation>
    </message>
    <message>
        <source>%1 left the room (%2)</source>
        <translation>%1 hat den Raum verlassen (%2)</translation>
    </message>
    <message>
        <source>%1 left the room</source>
        <translation>%1 hat den Raum verlassen</translation>
    </message>
    <message>
        <source>You are now known as %1</source>
        <translation>Du heißt jetzt %1</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>The subject was cleared</source>
        <translation>Das Thema wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 cleared the subject</source>
        <translation>%1 hat das Thema gelöscht</translation>
    </message>
    <message>
        <source>The subject is now: %1</source>
        <translation>Das Thema lautet jetzt: %1</translation>
    </message>
    <message>
        <source>%1 changed the subject to: %2</source>
        <translation>%1 hat das Thema geändert in: %2</translation>
    </message>
    <message>
        <source>This room has no subject</source>
        <translation>Dieser Raum hat kein Thema</translation>
    </message>
    <message>
        <source>The subject is: %1</source>
        <translation>Das Thema lautet: %1</translation>
    </message>
    <message>
        <source>The subject is: %1 (set by %2)</source>
        <translation>Das Thema lautet: %1 (festgelegt von %2)</translation>
    </message>
    <message>
        <source>not in the room</source>
        <translation>nicht im Raum</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>no affiliation</source>
        <translation>keine Zugehörigkeit</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>%1 can no longer speak</source>
        <translation>%1 darf nicht mehr sprechen</translation>
    </message>
    <message>
        <source>%1 can speak now</source>
        <translation>%1 darf jetzt sprechen</translation>
    </message>
    <message>
        <source>%1 is now a %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>%1 is no longer a %2</source>
        <translation>%1 ist nicht mehr %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Affiliation: %1</source>
        <translation>Zugehörigkeit: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>mention notification: nick in room</comment>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>Linnet::RosterModel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <comment>contact name, account</comment>
        <translation>%1, über %2</translation>
    </message>
</context>
<context>
    <name>Linnet::SaslMechanismChooser</name>
    <message>
        <source>The server offers no way to sign in.</source>
        <translation>Der Server bietet keine Möglichkeit zur Anmeldung.</translation>
    </message>
    <message>
        <source>The server now offers only weaker ways to sign in (%1) than this account used before (%2). Someone between you and the server may be interfering, so Linnet did not send your password.</source>
        <translation>Der Server bietet jetzt nur schwächere Anmeldearten (%1) als die, die dieses Konto zuvor verwendet hat (%2). Jemand zwischen dir und dem Server greift vielleicht ein, daher hat Linnet dein Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The server only accepts passwords sent as they are, and the connection is not encrypted, so Linnet did not sign in.</source>
        <translation>Der Server akzeptiert Passwörter nur im Klartext, und die Verbindung ist nicht verschlüsselt; daher hat Linnet dich nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server only accepts passwords sent as they are (PLAIN), which is turned off for this account.</source>
        <translation>Der Server akzeptiert Passwörter nur im Klartext (PLAIN), und das ist für dieses Konto ausgeschaltet.</translation>
    </message>
    <message>
        <source>The server only offers sign-in methods bound to the secure channel, and Linnet could not bind to this connection.</source>
        <translation>Der Server bietet nur Anmeldearten an, die an den sicheren Kanal gebunden sind, und Linnet konnte sich nicht an diese Verbindung binden.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method that Linnet supports (it offers %1).</source>
        <translation>Der Server bietet keine Anmeldeart an, die Linnet unterstützt (er bietet %1 an).</translation>
    </message>
</context>
<context>
    <name>Linnet::ScramClient</name>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server does not know this account.</source>
        <translation>Der Server kennt dieses Konto nicht.</translation>
    </message>
    <message>
        <source>The server saw a different secure channel than Linnet did; the connection may be intercepted.</source>
        <translation>Der Server hat einen anderen sicheren Kanal gesehen als Linnet; die Verbindung wird vielleicht abgehört.</translation>
    </message>
    <message>
        <source>The server supports channel binding but its offer did not reach Linnet; the connection may be tampered with.</source>
        <translation>Der Server unterstützt Kanalbindung, aber sein Angebot hat Linnet nicht erreicht; die Verbindung wurde vielleicht manipuliert.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply during sign-in was malformed.</source>
        <translation>Die Antwort des Servers während der Anmeldung war fehlerhaft.</translation>
    </message>
    <message>
        <source>The sign-in was started twice.</source>
        <translation>Die Anmeldung wurde zweimal gestartet.</translation>
    </message>
    <message>
        <source>Linnet has no channel binding data for %1.</source>
        <translation>Linnet hat keine Kanalbindungsdaten für %1.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during sign-in.</source>
        <translation>Der Server hat während der Anmeldung eine unerwartete Aufforderung gesendet.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Linnet does not support.</source>
        <translation>Der Server verlangt eine SCRAM-Erweiterung, die Linnet nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server&apos;s reply did not continue Linnet&apos;s sign-in challenge; the connection may be tampered with.</source>
        <translation>Die Antwort des Servers hat Linnets Anmeldeaufforderung nicht fortgesetzt; die Verbindung wurde vielleicht manipuliert.</translation>
    </message>
    <message>
        <source>The server protects your password with only %1 rounds of hashing; Linnet requires at least %2.</source>
        <translation>Der Server schützt dein Passwort mit nur %1 Hash-Runden; Linnet verlangt mindestens %2.</translation>
    </message>
    <message>
        <source>The server asks for %1 rounds of password hashing; Linnet accepts at most %2.</source>
        <translation>Der Server verlangt %1 Hash-Runden für das Passwort; Linnet akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The server changed how it stores your password; please enter it again.</source>
        <translation>Der Server hat geändert, wie er dein Passwort speichert; bitte gib es erneut ein.</translation>
    </message>
    <message>
        <source>The server did not prove that it knows your password.</source>
        <translation>Der Server hat nicht bewiesen, dass er dein Passwort kennt.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password; the connection may be intercepted.</source>
        <translation>Der Server konnte nicht beweisen, dass er dein Passwort kennt; die Verbindung wird vielleicht abgehört.</translation>
    </message>
    <message>
        <source>The server reported success before the sign-in was complete.</source>
        <translation>Der Server hat Erfolg gemeldet, bevor die Anmeldung abgeschlossen war.</translation>
    </message>
</context>
<context>
    <name>Linnet::ServiceBrowser</name>
    <message>
        <source>Service Browser</source>
        <translation>Dienste durchsuchen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Service Browser — %1</source>
        <translation>Dienste durchsuchen — %1</translation>
    </message>
    <message>
        <source>Register with %1</source>
        <translation>Bei %1 registrieren</translation>
    </message>
    <message>
        <source>%1 asks for the following to register.</source>
        <translation>%1 verlangt Folgendes für die Registrierung.</translation>
    </message>
    <message>
        <source>You are registered.</source>
        <translation>Du bist registriert.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Linnet::ServiceCatalogue</name>
    <message>
        <source>Chat server</source>
        <translation>Chat-Server</translation>
    </message>
    <message>
        <source>An XMPP server hosting accounts.</source>
        <translation>Ein XMPP-Server, der Konten beherbergt.</translation>
    </message>
    <message>
        <source>Multi-user chat service</source>
        <translation>Gruppenchat-Dienst</translation>
    </message>
    <message>
        <source>Hosts group chat rooms you can browse and join.</source>
        <translation>Beherbergt Gruppenchat-Räume, die du durchsuchen und betreten kannst.</translation>
    </message>
    <message>
        <source>IRC gateway</source>
        <translation>IRC-Gateway</translation>
    </message>
    <message>
        <source>Group chats on IRC networks, reached through XMPP.</source>
        <translation>Gruppenchats in IRC-Netzen, über XMPP erreicht.</translation>
    </message>
    <message>
        <source>Publish-subscribe service</source>
        <translation>Publish-Subscribe-Dienst</translation>
    </message>
    <message>
        <source>Keeps nodes that publish items to their subscribers.</source>
        <translation>Verwaltet Knoten, die Einträge an ihre Abonnenten veröffentlichen.</translation>
    </message>
    <message>
        <source>Personal eventing (PEP)</source>
        <translation>Persönliche Ereignisse (PEP)</translation>
    </message>
    <message>
        <source>Publishes an account&apos;s own data (avatar, bookmarks, keys) to its contacts.</source>
        <translation>Veröffentlicht die eigenen Daten eines Kontos (Avatar, Lesezeichen, Schlüssel) an seine Kontakte.</translation>
    </message>
    <message>
        <source>Publish-subscribe node</source>
        <translation>Publish-Subscribe-Knoten</translation>
    </message>
    <message>
        <source>A node that holds published items.</source>
        <translation>Ein Knoten, der veröffentlichte Einträge enthält.</translation>
    </message>
    <message>
        <source>Publish-subscribe collection</source>
        <translation>Publish-Subscribe-Sammlung</translation>
    </message>
    <message>
        <source>A node that groups other nodes.</source>
        <translation>Ein Knoten, der andere Knoten gruppiert.</translation>
    </message>
    <message>
        <source>HTTP file upload</source>
        <translation>HTTP-Datei-Upload</translation>
    </message>
    <message>
        <source>Stores files you share and gives them a web address.</source>
        <translation>Speichert Dateien, die du teilst, und gibt ihnen eine Webadresse.</translation>
    </message>
    <message>
        <source>File transfer proxy (SOCKS5)</source>
        <translation>Dateiübertragungs-Proxy (SOCKS5)</translation>
    </message>
    <message>
        <source>Relays file transfers between people who cannot connect directly.</source>
        <translation>Leitet Dateiübertragungen zwischen Leuten weiter, die sich nicht direkt verbinden können.</translation>
    </message>
    <message>
        <source>User directory</source>
        <translation>Benutzerverzeichnis</translation>
    </message>
    <message>
        <source>Searches for people registered with the directory.</source>
        <translation>Sucht nach Leuten, die im Verzeichnis eingetragen sind.</translation>
    </message>
    <message>
        <source>Room directory</source>
        <translation>Raumverzeichnis</translation>
    </message>
    <message>
        <source>Searches for group chat rooms.</source>
        <translation>Sucht nach Gruppenchat-Räumen.</translation>
    </message>
    <message>
        <source>Group directory</source>
        <translation>Gruppenverzeichnis</translation>
    </message>
    <message>
        <source>Searches for groups.</source>
        <translation>Sucht nach Gruppen.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>A list of commands you can run.</source>
        <translation>Eine Liste von Befehlen, die du ausführen kannst.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>A command you can run, possibly through several forms.</source>
        <translation>Ein Befehl, den du ausführen kannst, eventuell über mehrere Formulare.</translation>
    </message>
    <message>
        <source>XML-RPC</source>
        <translation>XML-RPC</translation>
    </message>
    <message>
        <source>Remote procedure calls over XMPP.</source>
        <translation>Entfernte Prozeduraufrufe über XMPP.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administratorkonto</translation>
    </message>
    <message>
        <source>An account that administers the server.</source>
        <translation>Ein Konto, das den Server verwaltet.</translation>
    </message>
    <message>
        <source>Registered account</source>
        <translation>Registriertes Konto</translation>
    </message>
    <message>
        <source>An account registered on the server.</source>
        <translation>Ein auf dem Server registriertes Konto.</translation>
    </message>
    <message>
        <source>Anonymous account</source>
        <translation>Anonymes Konto</translation>
    </message>
    <message>
        <source>A temporary account without a password.</source>
        <translation>Ein vorübergehendes Konto ohne Passwort.</translation>
    </message>
    <message>
        <source>Authentication service</source>
        <translation>Authentifizierungsdienst</translation>
    </message>
    <message>
        <source>Checks who people are for other services.</source>
        <translation>Prüft für andere Dienste, wer jemand ist.</translation>
    </message>
    <message>
        <source>Desktop chat client</source>
        <translation>Desktop-Chat-Client</translation>
    </message>
    <message>
        <source>A chat program on a computer.</source>
        <translation>Ein Chat-Programm auf einem Computer.</translation>
    </message>
    <message>
        <source>Phone chat client</source>
        <translation>Telefon-Chat-Client</translation>
    </message>
    <message>
        <source>A chat app on a phone.</source>
        <translation>Eine Chat-App auf einem Telefon.</translation>
    </message>
    <message>
        <source>Handheld chat client</source>
        <translation>Chat-Client für Handgeräte</translation>
    </message>
    <message>
        <source>A chat app on a small device.</source>
        <translation>Eine Chat-App auf einem kleinen Gerät.</translation>
    </message>
    <message>
        <source>Tablet chat client</source>
        <translation>Tablet-Chat-Client</translation>
    </message>
    <message>
        <source>A chat app on a tablet.</source>
        <translation>Eine Chat-App auf einem Tablet.</translation>
    </message>
    <message>
        <source>Web chat client</source>
        <translation>Web-Chat-Client</translation>
    </message>
    <message>
        <source>A chat client running in a browser.</source>
        <translation>Ein Chat-Client, der in einem Browser läuft.</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>A program that answers automatically.</source>
        <translation>Ein Programm, das automatisch antwortet.</translation>
    </message>
    <message>
        <source>Console chat client</source>
        <translation>Konsolen-Chat-Client</translation>
    </message>
    <message>
        <source>A chat program in a terminal.</source>
        <translation>Ein Chat-Programm in einem Terminal.</translation>
    </message>
    <message>
        <source>Chat client</source>
        <translation>Chat-Client</translation>
    </message>
    <message>
        <source>A program someone chats with.</source>
        <translation>Ein Programm, mit dem jemand chattet.</translation>
    </message>
    <message>
        <source>Email gateway</source>
        <translation>E-Mail-Gateway</translation>
    </message>
    <message>
        <source>Sends and receives email through XMPP.</source>
        <translation>Sendet und empfängt E-Mails über XMPP.</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS-Gateway</translation>
    </message>
    <message>
        <source>Sends and receives text messages through XMPP.</source>
        <translation>Sendet und empfängt SMS über XMPP.</translation>
    </message>
    <message>
        <source>Reaches IRC networks through XMPP.</source>
        <translation>Erreicht IRC-Netze über XMPP.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Reaches another chat network through XMPP.</source>
        <translation>Erreicht ein anderes Chat-Netz über XMPP.</translation>
    </message>
    <message>
        <source>Server component</source>
        <translation>Server-Komponente</translation>
    </message>
    <message>
        <source>A service that runs alongside the server.</source>
        <translation>Ein Dienst, der neben dem Server läuft.</translation>
    </message>
    <message>
        <source>News service</source>
        <translation>Nachrichtendienst</translation>
    </message>
    <message>
        <source>Sends headlines such as news or weather.</source>
        <translation>Sendet Schlagzeilen wie Nachrichten oder Wetter.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>A node with more items below it.</source>
        <translation>Ein Knoten, unter dem weitere Einträge liegen.</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>A node with nothing below it.</source>
        <translation>Ein Knoten, unter dem nichts liegt.</translation>
    </message>
    <message>
        <source>Collaboration service</source>
        <translation>Zusammenarbeitsdienst</translation>
    </message>
    <message>
        <source>Works on something together with others.</source>
        <translation>Arbeitet gemeinsam mit anderen an etwas.</translation>
    </message>
    <message>
        <source>Service discovery</source>
        <translation>Diensterkennung</translation>
    </message>
    <message>
        <source>Says what it is and what it can do.</source>
        <translation>Sagt, was es ist und was es kann.</translation>
    </message>
    <message>
        <source>Service discovery items</source>
        <translation>Einträge der Diensterkennung</translation>
    </message>
    <message>
        <source>Lists the services or nodes it offers.</source>
        <translation>Listet die angebotenen Dienste oder Knoten auf.</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Keeps your contacts on the server.</source>
        <translation>Bewahrt deine Kontakte auf dem Server auf.</translation>
    </message>
    <message>
        <source>Contact list versioning</source>
        <translation>Versionierung der Kontaktliste</translation>
    </message>
    <message>
        <source>Sends only the changes of your contact list.</source>
        <translation>Sendet nur die Änderungen deiner Kontaktliste.</translation>
    </message>
    <message>
        <source>Subscription pre-approval</source>
        <translation>Vorab-Zustimmung zu Abonnements</translation>
    </message>
    <message>
        <source>Lets you approve a contact before they ask.</source>
        <translation>Lässt dich einem Kontakt zustimmen, bevor er fragt.</translation>
    </message>
    <message>
        <source>Multi-user chat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <source>Group chat rooms.</source>
        <translation>Gruppenchat-Räume.</translation>
    </message>
    <message>
        <source>Multi-user chat: occupants</source>
        <translation>Gruppenchat: Teilnehmer</translation>
    </message>
    <message>
        <source>Information about people in rooms.</source>
        <translation>Informationen über Leute in Räumen.</translation>
    </message>
    <message>
        <source>Multi-user chat: room configuration</source>
        <translation>Gruppenchat: Raumkonfiguration</translation>
    </message>
    <message>
        <source>Room owners can configure their rooms.</source>
        <translation>Raumbesitzer können ihre Räume konfigurieren.</translation>
    </message>
    <message>
        <source>Multi-user chat: moderation</source>
        <translation>Gruppenchat: Moderation</translation>
    </message>
    <message>
        <source>Moderators can manage roles and affiliations.</source>
        <translation>Moderatoren können Rollen und Zugehörigkeiten verwalten.</translation>
    </message>
    <message>
        <source>Multi-user chat: stable message ids</source>
        <translation>Gruppenchat: stabile Nachrichten-IDs</translation>
    </message>
    <message>
        <source>Keeps message ids so they can be referred to later.</source>
        <translation>Behält Nachrichten-IDs, damit man später auf sie verweisen kann.</translation>
    </message>
    <message>
        <source>Multi-user chat self-ping</source>
        <translation>Gruppenchat-Selbstping</translation>
    </message>
    <message>
        <source>Lets you check cheaply that you are still in a room.</source>
        <translation>Lässt dich günstig prüfen, ob du noch in einem Raum bist.</translation>
    </message>
    <message>
        <source>Occupant ids</source>
        <translation>Teilnehmer-IDs</translation>
    </message>
    <message>
        <source>Tells people apart in a room even when they change their nickname.</source>
        <translation>Unterscheidet Leute in einem Raum, auch wenn sie ihren Spitznamen ändern.</translation>
    </message>
    <message>
        <source>Publish-subscribe</source>
        <translation>Publish-Subscribe</translation>
    </message>
    <message>
        <source>Nodes of published items with subscribers.</source>
        <translation>Knoten mit veröffentlichten Einträgen und Abonnenten.</translation>
    </message>
    <message>
        <source>Publish-subscribe: node management</source>
        <translation>Publish-Subscribe: Knotenverwaltung</translation>
    </message>
    <message>
        <source>Node owners can configure and delete nodes.</source>
        <translation>Knotenbesitzer können Knoten konfigurieren und löschen.</translation>
    </message>
    <message>
        <source>Publish-subscribe: notifications</source>
        <translation>Publish-Subscribe: Benachrichtigungen</translation>
    </message>
    <message>
        <source>Receives items as they are published.</source>
        <translation>Empfängt Einträge, sobald sie veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Uploads files to share them by link.</source>
        <translation>Lädt Dateien hoch, um sie per Link zu teilen.</translation>
    </message>
    <message>
        <source>HTTP file upload (old version)</source>
        <translation>HTTP-Datei-Upload (alte Version)</translation>
    </message>
    <message>
        <source>An earlier version of file upload.</source>
        <translation>Eine frühere Version des Datei-Uploads.</translation>
    </message>
    <message>
        <source>SOCKS5 bytestreams</source>
        <translation>SOCKS5-Bytestreams</translation>
    </message>
    <message>
        <source>File transfers directly or through a proxy.</source>
        <translation>Dateiübertragungen direkt oder über einen Proxy.</translation>
    </message>
    <message>
        <source>In-band bytestreams</source>
        <translation>In-Band-Bytestreams</translation>
    </message>
    <message>
        <source>File transfers through the chat connection itself.</source>
        <translation>Dateiübertragungen über die Chat-Verbindung selbst.</translation>
    </message>
    <message>
        <source>Jingle</source>
        <translation>Jingle</translation>
    </message>
    <message>
        <source>Sets up calls and file transfers between people.</source>
        <translation>Richtet Anrufe und Dateiübertragungen zwischen Leuten ein.</translation>
    </message>
    <message>
        <source>Jingle file transfer</source>
        <translation>Jingle-Dateiübertragung</translation>
    </message>
    <message>
        <source>Sends files with Jingle.</source>
        <translation>Sendet Dateien mit Jingle.</translation>
    </message>
    <message>
        <source>Jingle audio and video</source>
        <translation>Jingle-Audio und -Video</translation>
    </message>
    <message>
        <source>Voice and video calls.</source>
        <translation>Sprach- und Videoanrufe.</translation>
    </message>
    <message>
        <source>Jingle ICE-UDP transport</source>
        <translation>Jingle-ICE-UDP-Transport</translation>
    </message>
    <message>
        <source>Finds a network path for calls through firewalls.</source>
        <translation>Findet einen Netzwerkweg für Anrufe durch Firewalls.</translation>
    </message>
    <message>
        <source>Jingle raw UDP transport</source>
        <translation>Jingle-Raw-UDP-Transport</translation>
    </message>
    <message>
        <source>A plain network path for calls.</source>
        <translation>Ein einfacher Netzwerkweg für Anrufe.</translation>
    </message>
    <message>
        <source>Jingle SOCKS5 transport</source>
        <translation>Jingle-SOCKS5-Transport</translation>
    </message>
    <message>
        <source>Transfers files directly or through a proxy.</source>
        <translation>Überträgt Dateien direkt oder über einen Proxy.</translation>
    </message>
    <message>
        <source>Jingle in-band transport</source>
        <translation>Jingle-In-Band-Transport</translation>
    </message>
    <message>
        <source>Transfers files through the chat connection.</source>
        <translation>Überträgt Dateien über die Chat-Verbindung.</translation>
    </message>
    <message>
        <source>Jingle DTLS encryption</source>
        <translation>Jingle-DTLS-Verschlüsselung</translation>
    </message>
    <message>
        <source>Encrypts call media.</source>
        <translation>Verschlüsselt die Medien von Anrufen.</translation>
    </message>
    <message>
        <source>Jingle call invitations</source>
        <translation>Jingle-Anrufeinladungen</translation>
    </message>
    <message>
        <source>Rings all your devices for a call.</source>
        <translation>Lässt für einen Anruf alle deine Geräte klingeln.</translation>
    </message>
    <message>
        <source>Advanced message processing</source>
        <translation>Erweiterte Nachrichtenverarbeitung</translation>
    </message>
    <message>
        <source>Rules for what the server does with a message, e.g. drop it if it cannot be delivered now.</source>
        <translation>Regeln dafür, was der Server mit einer Nachricht tut, z. B. sie verwerfen, wenn sie gerade nicht zugestellt werden kann.</translation>
    </message>
    <message>
        <source>BOSH</source>
        <translation>BOSH</translation>
    </message>
    <message>
        <source>Connects over HTTP long-polling, for web clients.</source>
        <translation>Verbindet über HTTP-Long-Polling, für Web-Clients.</translation>
    </message>
    <message>
        <source>BOSH endpoint</source>
        <translation>BOSH-Endpunkt</translation>
    </message>
    <message>
        <source>Web clients can connect over HTTP long-polling.</source>
        <translation>Web-Clients können sich über HTTP-Long-Polling verbinden.</translation>
    </message>
    <message>
        <source>WebSocket endpoint</source>
        <translation>WebSocket-Endpunkt</translation>
    </message>
    <message>
        <source>Web clients can connect over WebSocket.</source>
        <translation>Web-Clients können sich über WebSocket verbinden.</translation>
    </message>
    <message>
        <source>Ad-hoc commands</source>
        <translation>Ad-hoc-Befehle</translation>
    </message>
    <message>
        <source>Runs commands offered by the service.</source>
        <translation>Führt Befehle aus, die der Dienst anbietet.</translation>
    </message>
    <message>
        <source>Service administration</source>
        <translation>Dienstverwaltung</translation>
    </message>
    <message>
        <source>Administrators manage the service through commands.</source>
        <translation>Administratoren verwalten den Dienst über Befehle.</translation>
    </message>
    <message>
        <source>In-band registration</source>
        <translation>In-Band-Registrierung</translation>
    </message>
    <message>
        <source>Creates or manages an account or a registration.</source>
        <translation>Erstellt oder verwaltet ein Konto oder eine Registrierung.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Finds people or things through a form.</source>
        <translation>Findet Leute oder Dinge über ein Formular.</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>Tells which software it runs.</source>
        <translation>Sagt, welche Software es verwendet.</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Answers to check that the connection works.</source>
        <translation>Antwortet, um zu prüfen, ob die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Entity time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Tells its local time.</source>
        <translation>Sagt seine Ortszeit.</translation>
    </message>
    <message>
        <source>Entity time (old version)</source>
        <translation>Ortszeit (alte Version)</translation>
    </message>
    <message>
        <source>Tells its local time the old way.</source>
        <translation>Sagt seine Ortszeit auf die alte Art.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Tells how long since someone was active, or the server&apos;s uptime.</source>
        <translation>Sagt, wie lange jemand nicht aktiv war, oder die Laufzeit des Servers.</translation>
    </message>
    <message>
        <source>Message archive</source>
        <translation>Nachrichtenarchiv</translation>
    </message>
    <message>
        <source>Keeps your message history on the server.</source>
        <translation>Bewahrt deinen Nachrichtenverlauf auf dem Server auf.</translation>
    </message>
    <message>
        <source>Message archive (old version)</source>
        <translation>Nachrichtenarchiv (alte Version)</translation>
    </message>
    <message>
        <source>An earlier version of the message archive.</source>
        <translation>Eine frühere Version des Nachrichtenarchivs.</translation>
    </message>
    <message>
        <source>Message carbons</source>
        <translation>Nachrichtenkopien (Carbons)</translation>
    </message>
    <message>
        <source>Copies your conversations to all your devices.</source>
        <translation>Kopiert deine Unterhaltungen auf alle deine Geräte.</translation>
    </message>
    <message>
        <source>Message carbons rules</source>
        <translation>Regeln für Nachrichtenkopien</translation>
    </message>
    <message>
        <source>Copies more kinds of messages to all your devices.</source>
        <translation>Kopiert weitere Arten von Nachrichten auf alle deine Geräte.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Blocks people from contacting you.</source>
        <translation>Hindert Leute daran, dich zu kontaktieren.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Keeps your rooms in your account.</source>
        <translation>Bewahrt deine Räume in deinem Konto auf.</translation>
    </message>
    <message>
        <source>Bookmarks (compatible)</source>
        <translation>Lesezeichen (kompatibel)</translation>
    </message>
    <message>
        <source>Keeps old and new style bookmarks in step.</source>
        <translation>Hält Lesezeichen alter und neuer Art auf demselben Stand.</translation>
    </message>
    <message>
        <source>Bookmarks (old style)</source>
        <translation>Lesezeichen (alte Art)</translation>
    </message>
    <message>
        <source>Keeps your rooms in private storage.</source>
        <translation>Bewahrt deine Räume im privaten Speicher auf.</translation>
    </message>
    <message>
        <source>Private storage</source>
        <translation>Privater Speicher</translation>
    </message>
    <message>
        <source>Keeps private data for your account.</source>
        <translation>Bewahrt private Daten für dein Konto auf.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Profiles with name, avatar and contact details.</source>
        <translation>Profile mit Name, Avatar und Kontaktdaten.</translation>
    </message>
    <message>
        <source>vCard 4</source>
        <translation>vCard 4</translation>
    </message>
    <message>
        <source>Profiles published with personal eventing.</source>
        <translation>Profile, die über persönliche Ereignisse veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Offline message retrieval</source>
        <translation>Abruf von Offline-Nachrichten</translation>
    </message>
    <message>
        <source>Lets you fetch messages sent while you were away.</source>
        <translation>Lässt dich Nachrichten abrufen, die gesendet wurden, während du weg warst.</translation>
    </message>
    <message>
        <source>Offline messages</source>
        <translation>Offline-Nachrichten</translation>
    </message>
    <message>
        <source>Keeps messages sent while you are away.</source>
        <translation>Bewahrt Nachrichten auf, die gesendet werden, während du weg bist.</translation>
    </message>
    <message>
        <source>Stream management</source>
        <translation>Stream-Management</translation>
    </message>
    <message>
        <source>Resumes a dropped connection without losing messages.</source>
        <translation>Setzt eine abgebrochene Verbindung fort, ohne Nachrichten zu verlieren.</translation>
    </message>
    <message>
        <source>Client state indication</source>
        <translation>Anzeige des Client-Zustands</translation>
    </message>
    <message>
        <source>Saves battery and data while you are not looking.</source>
        <translation>Spart Akku und Daten, während du nicht hinsiehst.</translation>
    </message>
    <message>
        <source>Entity capabilities</source>
        <translation>Fähigkeiten von Teilnehmern</translation>
    </message>
    <message>
        <source>Announces features in presence.</source>
        <translation>Kündigt Funktionen in der Anwesenheit an.</translation>
    </message>
    <message>
        <source>Delivery receipts</source>
        <translation>Empfangsbestätigungen</translation>
    </message>
    <message>
        <source>Confirms that a message arrived.</source>
        <translation>Bestätigt, dass eine Nachricht angekommen ist.</translation>
    </message>
    <message>
        <source>Chat states</source>
        <translation>Chat-Zustände</translation>
    </message>
    <message>
        <source>Shows when someone is typing.</source>
        <translation>Zeigt an, wenn jemand tippt.</translation>
    </message>
    <message>
        <source>Chat markers</source>
        <translation>Chat-Markierungen</translation>
    </message>
    <message>
        <source>Shows which messages were read.</source>
        <translation>Zeigt an, welche Nachrichten gelesen wurden.</translation>
    </message>
    <message>
        <source>Message correction</source>
        <translation>Nachrichtenkorrektur</translation>
    </message>
    <message>
        <source>Corrects the last message sent.</source>
        <translation>Korrigiert die zuletzt gesendete Nachricht.</translation>
    </message>
    <message>
        <source>Message retraction</source>
        <translation>Zurückziehen von Nachrichten</translation>
    </message>
    <message>
        <source>Takes back a message sent.</source>
        <translation>Nimmt eine gesendete Nachricht zurück.</translation>
    </message>
    <message>
        <source>Message styling</source>
        <translation>Nachrichtenformatierung</translation>
    </message>
    <message>
        <source>Bold, italics and code in plain text.</source>
        <translation>Fett, kursiv und Code in reinem Text.</translation>
    </message>
    <message>
        <source>Last user interaction</source>
        <translation>Letzte Benutzerinteraktion</translation>
    </message>
    <message>
        <source>Tells how long someone has been idle.</source>
        <translation>Sagt, wie lange jemand untätig ist.</translation>
    </message>
    <message>
        <source>Unique message ids</source>
        <translation>Eindeutige Nachrichten-IDs</translation>
    </message>
    <message>
        <source>Gives every message an id that stays.</source>
        <translation>Gibt jeder Nachricht eine bleibende ID.</translation>
    </message>
    <message>
        <source>Result set management</source>
        <translation>Verwaltung von Ergebnismengen</translation>
    </message>
    <message>
        <source>Pages through long lists.</source>
        <translation>Blättert durch lange Listen.</translation>
    </message>
    <message>
        <source>Message processing hints</source>
        <translation>Hinweise zur Nachrichtenverarbeitung</translation>
    </message>
    <message>
        <source>Tells the server whether to store or copy a message.</source>
        <translation>Sagt dem Server, ob er eine Nachricht speichern oder kopieren soll.</translation>
    </message>
    <message>
        <source>Delayed delivery</source>
        <translation>Verzögerte Zustellung</translation>
    </message>
    <message>
        <source>Marks messages with the time they were sent.</source>
        <translation>Versieht Nachrichten mit dem Zeitpunkt, zu dem sie gesendet wurden.</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Wraps a message to pass it on.</source>
        <translation>Verpackt eine Nachricht, um sie weiterzugeben.</translation>
    </message>
    <message>
        <source>Data forms</source>
        <translation>Datenformulare</translation>
    </message>
    <message>
        <source>Fills in forms.</source>
        <translation>Füllt Formulare aus.</translation>
    </message>
    <message>
        <source>Data form validation</source>
        <translation>Validierung von Datenformularen</translation>
    </message>
    <message>
        <source>Checks form values before sending.</source>
        <translation>Prüft Formularwerte vor dem Senden.</translation>
    </message>
    <message>
        <source>Out-of-band data</source>
        <translation>Out-of-Band-Daten</translation>
    </message>
    <message>
        <source>Shares links to files.</source>
        <translation>Teilt Links zu Dateien.</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Externe Dienste</translation>
    </message>
    <message>
        <source>Tells clients about STUN and TURN servers for calls.</source>
        <translation>Nennt Clients STUN- und TURN-Server für Anrufe.</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Wakes phone apps when a message arrives.</source>
        <translation>Weckt Telefon-Apps, wenn eine Nachricht ankommt.</translation>
    </message>
    <message>
        <source>OMEMO encryption</source>
        <translation>OMEMO-Verschlüsselung</translation>
    </message>
    <message>
        <source>End-to-end encryption for messages.</source>
        <translation>Ende-zu-Ende-Verschlüsselung für Nachrichten.</translation>
    </message>
    <message>
        <source>OMEMO encryption (version 2)</source>
        <translation>OMEMO-Verschlüsselung (Version 2)</translation>
    </message>
    <message>
        <source>Mediated information exchange (MIX)</source>
        <translation>Vermittelter Informationsaustausch (MIX)</translation>
    </message>
    <message>
        <source>A newer form of group chat.</source>
        <translation>Eine neuere Form des Gruppenchats.</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Reacts to messages with emoji.</source>
        <translation>Reagiert mit Emoji auf Nachrichten.</translation>
    </message>
    <message>
        <source>User avatar</source>
        <translation>Benutzeravatar</translation>
    </message>
    <message>
        <source>Publishes profile pictures.</source>
        <translation>Veröffentlicht Profilbilder.</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Benutzer-Spitzname</translation>
    </message>
    <message>
        <source>Publishes the name you want to be called.</source>
        <translation>Veröffentlicht den Namen, mit dem du angesprochen werden möchtest.</translation>
    </message>
    <message>
        <source>User tune</source>
        <translation>Benutzer-Musik</translation>
    </message>
    <message>
        <source>Publishes the music you listen to.</source>
        <translation>Veröffentlicht die Musik, die du hörst.</translation>
    </message>
    <message>
        <source>Server contact information</source>
        <translation>Kontaktinformationen des Servers</translation>
    </message>
    <message>
        <source>Who to contact about this server.</source>
        <translation>Wen man wegen dieses Servers kontaktieren kann.</translation>
    </message>
    <message>
        <source>Extensible authentication (SASL2)</source>
        <translation>Erweiterbare Authentifizierung (SASL2)</translation>
    </message>
    <message>
        <source>A faster, richer way to sign in.</source>
        <translation>Eine schnellere, reichhaltigere Art der Anmeldung.</translation>
    </message>
    <message>
        <source>Resource binding 2</source>
        <translation>Ressourcenbindung 2</translation>
    </message>
    <message>
        <source>Sets up a session while signing in.</source>
        <translation>Richtet während der Anmeldung eine Sitzung ein.</translation>
    </message>
    <message>
        <source>Fast authentication</source>
        <translation>Schnelle Authentifizierung</translation>
    </message>
    <message>
        <source>Signs in again quickly with a token.</source>
        <translation>Meldet sich mit einem Token schnell wieder an.</translation>
    </message>
    <message>
        <source>Extended stanza addressing</source>
        <translation>Erweiterte Stanza-Adressierung</translation>
    </message>
    <message>
        <source>Sends one message to several recipients.</source>
        <translation>Sendet eine Nachricht an mehrere Empfänger.</translation>
    </message>
    <message>
        <source>XHTML-IM</source>
        <translation>XHTML-IM</translation>
    </message>
    <message>
        <source>Formatted messages (obsolete).</source>
        <translation>Formatierte Nachrichten (veraltet).</translation>
    </message>
    <message>
        <source>Invisibility</source>
        <translation>Unsichtbarkeit</translation>
    </message>
    <message>
        <source>Lets you be online without being seen.</source>
        <translation>Lässt dich online sein, ohne gesehen zu werden.</translation>
    </message>
    <message>
        <source>Publish-subscribe: %1</source>
        <translation>Publish-Subscribe: %1</translation>
    </message>
    <message>
        <source>Multi-user chat: %1</source>
        <translation>Gruppenchat: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Message processing rule: %1</source>
        <translation>Regel zur Nachrichtenverarbeitung: %1</translation>
    </message>
    <message>
        <source>Message processing: %1</source>
        <translation>Nachrichtenverarbeitung: %1</translation>
    </message>
    <message>
        <source>Message archive: %1</source>
        <translation>Nachrichtenarchiv: %1</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
    <message>
        <source>Receives updates from contacts.</source>
        <translation>Empfängt Neuigkeiten von Kontakten.</translation>
    </message>
    <message>
        <source>Group chat room</source>
        <translation>Gruppenchat-Raum</translation>
    </message>
    <message>
        <source>Unknown kind of service</source>
        <translation>Unbekannte Art von Dienst</translation>
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
        <translation>Räume durchsuchen</translation>
    </message>
    <message>
        <source>Join Room…</source>
        <translation>Raum betreten…</translation>
    </message>
    <message>
        <source>Run Command…</source>
        <translation>Befehl ausführen…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Registrieren…</translation>
    </message>
    <message>
        <source>Refresh Info</source>
        <translation>Infos aktualisieren</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>What it can do</source>
        <translation>Was es kann</translation>
    </message>
    <message>
        <source>Other features</source>
        <translation>Weitere Funktionen</translation>
    </message>
    <message>
        <source>Browse From Here</source>
        <translation>Von hier aus durchsuchen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Show this entity&apos;s items from the top of the tree</source>
        <translation>Die Einträge dieser Entität vom Anfang des Baums an zeigen</translation>
    </message>
    <message>
        <source>Select a service to see what it is.</source>
        <translation>Wähle einen Dienst, um zu sehen, was er ist.</translation>
    </message>
    <message>
        <source>%1, node %2</source>
        <translation>%1, Knoten %2</translation>
    </message>
    <message>
        <source>Asking what this is…</source>
        <translation>Es wird gefragt, was das ist…</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — „%2“</translation>
    </message>
</context>
<context>
    <name>Linnet::Session</name>
    <message>
        <source>The server did not finish signing in in time.</source>
        <translation>Der Server hat die Anmeldung nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The address is not a valid account address.</source>
        <translation>Die Adresse ist keine gültige Kontoadresse.</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>No server was found for %1.</source>
        <translation>Für %1 wurde kein Server gefunden.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Verbinde mit %1, Port %2</translation>
    </message>
    <message>
        <source>Negotiating TLS with %1</source>
        <translation>TLS-Aushandlung mit %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Encrypted with %1</source>
        <translation>Verschlüsselt mit %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server could not start TLS.</source>
        <translation>Der Server konnte TLS nicht starten.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>TLS wird gestartet</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, so Linnet did not send your password.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an, daher hat Linnet dein Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>Linnet creates accounts only over an encrypted connection.</source>
        <translation>Linnet erstellt Konten nur über eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The server no longer offers to resume the session.</source>
        <translation>Der Server bietet nicht mehr an, die Sitzung fortzusetzen.</translation>
    </message>
    <message>
        <source>The session could not be resumed.</source>
        <translation>Die Sitzung konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The server offered no way to start a session.</source>
        <translation>Der Server bot keine Möglichkeit, eine Sitzung zu starten.</translation>
    </message>
    <message>
        <source>Signing in as %1</source>
        <translation>Anmeldung als %1</translation>
    </message>
    <message>
        <source>The server sent malformed sign-in data.</source>
        <translation>Der Server hat fehlerhafte Anmeldedaten gesendet.</translation>
    </message>
    <message>
        <source>Sign-in stopped: %1</source>
        <translation>Anmeldung angehalten: %1</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password, so Linnet stopped signing in.</source>
        <translation>Der Server konnte nicht beweisen, dass er dein Passwort kennt, daher hat Linnet die Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>Sitzung wird gestartet</translation>
    </message>
    <message>
        <source>The server refused to start a session: %1</source>
        <translation>Der Server hat es abgelehnt, eine Sitzung zu starten: %1</translation>
    </message>
    <message>
        <source>The server assigned an address that is not this account&apos;s.</source>
        <translation>Der Server hat eine Adresse vergeben, die nicht zu diesem Konto gehört.</translation>
    </message>
    <message>
        <source>Resuming the session</source>
        <translation>Sitzung wird fortgesetzt</translation>
    </message>
    <message>
        <source>Resumed the session as %1</source>
        <translation>Sitzung als %1 fortgesetzt</translation>
    </message>
    <message>
        <source>The server could not resume the session.</source>
        <translation>Der Server konnte die Sitzung nicht fortsetzen.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>The server sent data that Linnet refused (%1).</source>
        <translation>Der Server hat Daten gesendet, die Linnet abgelehnt hat (%1).</translation>
    </message>
    <message>
        <source>The server broke the protocol (%1).</source>
        <translation>Der Server hat das Protokoll verletzt (%1).</translation>
    </message>
</context>
<context>
    <name>Linnet::SetAvatarDialog</name>
    <message>
        <source>&amp;Choose Picture…</source>
        <translation>Bild aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Set Avatar</source>
        <translation>Avatar festlegen</translation>
    </message>
    <message>
        <source>Avatar preview</source>
        <translation>Avatarvorschau</translation>
    </message>
    <message>
        <source>Choose a PNG, JPEG, GIF or WebP picture of at most %1 MiB.</source>
        <translation>Wähle ein PNG-, JPEG-, GIF- oder WebP-Bild mit höchstens %1 MiB.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The picture is too large (%1 KiB; at most %2 KiB).</source>
        <translation>Das Bild ist zu groß (%1 KiB; höchstens %2 KiB).</translation>
    </message>
    <message>
        <source>%1 × %2 pixels. Publish it to show it to your contacts.</source>
        <translation>%1 × %2 Pixel. Veröffentliche es, um es deinen Kontakten zu zeigen.</translation>
    </message>
    <message>
        <source>This picture cannot be your avatar: %1</source>
        <translation>Dieses Bild kann nicht dein Avatar sein: %1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>Linnet::SignInDialog</name>
    <message>
        <source>&amp;Remember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Crea&amp;te Account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to your XMPP account</source>
        <translation>Bei deinem XMPP-Konto anmelden</translation>
    </message>
    <message>
        <source>Enter your chat address and password. Linnet finds your server from the address.</source>
        <translation>Gib deine Chat-Adresse und dein Passwort ein. Linnet findet deinen Server anhand der Adresse.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Chat address</source>
        <translation>Chat-Adresse</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Show advanced connection settings</source>
        <translation>Erweiterte Verbindungseinstellungen anzeigen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Make a new account on the server of the address typed</source>
        <translation>Ein neues Konto auf dem Server der eingegebenen Adresse anlegen</translation>
    </message>
    <message>
        <source>Found from the address</source>
        <translation>Aus der Adresse ermittelt</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
    <message>
        <source>Allow unencrypted</source>
        <translation>Unverschlüsselt erlauben</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>This is not a valid chat address.</source>
        <translation>Das ist keine gültige Chat-Adresse.</translation>
    </message>
    <message>
        <source>Enter your whole address, like name@%1.</source>
        <translation>Gib deine vollständige Adresse ein, etwa name@%1.</translation>
    </message>
    <message>
        <source>Set a server first; without one, Linnet asks DNS.</source>
        <translation>Gib zuerst einen Server an; ohne ihn fragt Linnet das DNS.</translation>
    </message>
    <message>
        <source>Type the address you want, like name@example.org, or the name of the server.</source>
        <translation>Gib die gewünschte Adresse ein, etwa name@example.org, oder den Namen des Servers.</translation>
    </message>
    <message>
        <source>Without encryption anyone on the network can read your messages and contacts. Use this only for a test server on your own computer.</source>
        <translation>Ohne Verschlüsselung kann jeder im Netzwerk deine Nachrichten und Kontakte mitlesen. Verwende das nur für einen Testserver auf deinem eigenen Computer.</translation>
    </message>
</context>
<context>
    <name>Linnet::SrvResolver</name>
    <message>
        <source>The domain %1 says it offers no XMPP service.</source>
        <translation>Die Domain %1 gibt an, keinen XMPP-Dienst anzubieten.</translation>
    </message>
</context>
<context>
    <name>Linnet::StanzaError</name>
    <message>
        <source>The request was malformed or incomplete.</source>
        <translation>Die Anfrage war fehlerhaft oder unvollständig.</translation>
    </message>
    <message>
        <source>The request conflicts with something that already exists, such as a name in use.</source>
        <translation>Die Anfrage steht im Konflikt mit etwas, das bereits existiert, etwa einem vergebenen Namen.</translation>
    </message>
    <message>
        <source>The recipient does not support this feature.</source>
        <translation>Der Empfänger unterstützt diese Funktion nicht.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Du darfst das nicht tun.</translation>
    </message>
    <message>
        <source>The recipient no longer exists at this address.</source>
        <translation>Der Empfänger ist unter dieser Adresse nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Im Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The requested item was not found.</source>
        <translation>Der angefragte Eintrag wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>The recipient did not accept the request as it was, for example because a message was too long.</source>
        <translation>Der Empfänger hat die Anfrage so nicht angenommen, zum Beispiel weil eine Nachricht zu lang war.</translation>
    </message>
    <message>
        <source>Nobody is allowed to do this here.</source>
        <translation>Das darf hier niemand tun.</translation>
    </message>
    <message>
        <source>You need to sign in or provide credentials first.</source>
        <translation>Du musst dich zuerst anmelden oder Zugangsdaten angeben.</translation>
    </message>
    <message>
        <source>This breaks one of the server&apos;s rules, for example by sending too much too quickly.</source>
        <translation>Das verstößt gegen eine Regel des Servers, zum Beispiel durch zu viele Daten in zu kurzer Zeit.</translation>
    </message>
    <message>
        <source>The recipient is not available right now.</source>
        <translation>Der Empfänger ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>The recipient is now reached at another address.</source>
        <translation>Der Empfänger ist jetzt unter einer anderen Adresse erreichbar.</translation>
    </message>
    <message>
        <source>You need to register first.</source>
        <translation>Du musst dich zuerst registrieren.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not be found.</source>
        <translation>Der Server des Empfängers wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server did not answer in time.</source>
        <translation>Der Server des Empfängers hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server is too busy to handle this right now.</source>
        <translation>Der Server ist gerade zu beschäftigt, um das zu bearbeiten.</translation>
    </message>
    <message>
        <source>The recipient does not offer this service.</source>
        <translation>Der Empfänger bietet diesen Dienst nicht an.</translation>
    </message>
    <message>
        <source>You need to be subscribed to the recipient first.</source>
        <translation>Du musst zuerst den Empfänger abonniert haben.</translation>
    </message>
    <message>
        <source>The request failed for an unspecified reason.</source>
        <translation>Die Anfrage ist aus einem nicht genannten Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The recipient did not expect this request now.</source>
        <translation>Der Empfänger hat diese Anfrage jetzt nicht erwartet.</translation>
    </message>
    <message>
        <source>The new address is %1.</source>
        <translation>Die neue Adresse ist %1.</translation>
    </message>
    <message>
        <source>Details: “%1”</source>
        <translation>Details: „%1“</translation>
    </message>
</context>
<context>
    <name>Linnet::StatusSelector</name>
    <message>
        <source>Your presence</source>
        <translation>Deine Anwesenheit</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <source>Messages to your address go to the resource with the highest priority</source>
        <translation>Nachrichten an deine Adresse gehen an die Ressource mit der höchsten Priorität</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Advanced presence settings</source>
        <translation>Erweiterte Anwesenheitseinstellungen</translation>
    </message>
</context>
<context>
    <name>Linnet::StreamError</name>
    <message>
        <source>The server could not process data sent by Linnet.</source>
        <translation>Der Server konnte von Linnet gesendete Daten nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet because of an unsupported XML namespace prefix.</source>
        <translation>Der Server hat Daten von Linnet wegen eines nicht unterstützten XML-Namensraum-Präfixes abgelehnt.</translation>
    </message>
    <message>
        <source>You signed in from another place, so this session was closed.</source>
        <translation>Du hast dich an einem anderen Ort angemeldet, daher wurde diese Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server closed the connection because it was quiet for too long.</source>
        <translation>Der Server hat die Verbindung geschlossen, weil sie zu lange still war.</translation>
    </message>
    <message>
        <source>This server no longer serves your account&apos;s domain.</source>
        <translation>Dieser Server bedient die Domain deines Kontos nicht mehr.</translation>
    </message>
    <message>
        <source>This server does not serve your account&apos;s domain. Check the address of your account.</source>
        <translation>Dieser Server bedient die Domain deines Kontos nicht. Prüfe die Adresse deines Kontos.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet that lacked a sender or recipient address.</source>
        <translation>Der Server hat Daten von Linnet abgelehnt, denen eine Absender- oder Empfängeradresse fehlte.</translation>
    </message>
    <message>
        <source>The server had an internal error and closed the connection.</source>
        <translation>Im Server ist ein interner Fehler aufgetreten; er hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server rejected the sender address Linnet used.</source>
        <translation>Der Server hat die von Linnet verwendete Absenderadresse abgelehnt.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet because it used the wrong XML namespace.</source>
        <translation>Der Server hat Daten von Linnet abgelehnt, weil sie den falschen XML-Namensraum verwendeten.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet as invalid XML.</source>
        <translation>Der Server hat Daten von Linnet als ungültiges XML abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection because Linnet was not signed in yet.</source>
        <translation>Der Server hat die Verbindung geschlossen, weil Linnet noch nicht angemeldet war.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet as malformed XML.</source>
        <translation>Der Server hat Daten von Linnet als fehlerhaftes XML abgelehnt.</translation>
    </message>
    <message>
        <source>The server closed the connection because one of its rules was broken, for example by sending too much too quickly.</source>
        <translation>Der Server hat die Verbindung geschlossen, weil gegen eine seiner Regeln verstoßen wurde, zum Beispiel durch zu viele Daten in zu kurzer Zeit.</translation>
    </message>
    <message>
        <source>The server could not reach another server it needs to serve your account.</source>
        <translation>Der Server konnte einen anderen Server nicht erreichen, den er für dein Konto braucht.</translation>
    </message>
    <message>
        <source>The server restarted the connection because its security settings changed.</source>
        <translation>Der Server hat die Verbindung neu gestartet, weil sich seine Sicherheitseinstellungen geändert haben.</translation>
    </message>
    <message>
        <source>The server is too busy to serve this connection right now.</source>
        <translation>Der Server ist gerade zu beschäftigt, um diese Verbindung zu bedienen.</translation>
    </message>
    <message>
        <source>The server rejected data from Linnet that used XML features XMPP does not allow.</source>
        <translation>Der Server hat Daten von Linnet abgelehnt, die XML-Funktionen verwenden, die XMPP nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server asked Linnet to connect to another host.</source>
        <translation>Der Server hat Linnet gebeten, sich mit einem anderen Host zu verbinden.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Der Server fährt herunter.</translation>
    </message>
    <message>
        <source>The server closed the connection without saying why.</source>
        <translation>Der Server hat die Verbindung ohne Angabe von Gründen geschlossen.</translation>
    </message>
    <message>
        <source>The server does not support the text encoding Linnet used.</source>
        <translation>Der Server unterstützt die von Linnet verwendete Textkodierung nicht.</translation>
    </message>
    <message>
        <source>The server requires a feature that Linnet does not support.</source>
        <translation>Der Server verlangt eine Funktion, die Linnet nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server received a kind of data from Linnet that it does not support.</source>
        <translation>Der Server hat von Linnet eine Art von Daten erhalten, die er nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server does not support the version of XMPP that Linnet speaks.</source>
        <translation>Der Server unterstützt die XMPP-Version nicht, die Linnet spricht.</translation>
    </message>
    <message>
        <source>The server asked Linnet to connect to %1 instead.</source>
        <translation>Der Server hat Linnet gebeten, sich stattdessen mit %1 zu verbinden.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
</context>
<context>
    <name>Linnet::StreamManagement</name>
    <message>
        <source>The server stopped taking in what Linnet sends, so Linnet starts a new session.</source>
        <translation>Der Server nimmt nicht mehr an, was Linnet sendet, daher startet Linnet eine neue Sitzung.</translation>
    </message>
    <message>
        <source>The server sent an acknowledgement that Linnet could not read.</source>
        <translation>Der Server hat eine Bestätigung gesendet, die Linnet nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The server confirmed more messages than Linnet sent, so Linnet ended the session.</source>
        <translation>Der Server hat mehr Nachrichten bestätigt, als Linnet gesendet hat, daher hat Linnet die Sitzung beendet.</translation>
    </message>
</context>
<context>
    <name>Linnet::SubjectBar</name>
    <message>
        <source>Room subject</source>
        <translation>Raumthema</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the subject</source>
        <translation>Das Thema ändern</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Festgelegt von %1</translation>
    </message>
</context>
<context>
    <name>Linnet::SubscriptionRequestPrompt</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Zustimmen</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Approve and Add &amp;Back</source>
        <translation>Zustimmen und &amp;zurück hinzufügen</translation>
    </message>
    <message>
        <source>%1 asks to see when you are online.</source>
        <translation>%1 möchte sehen, wann du online bist.</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s) waiting.</source>
        <translation>
            <numerusform>%n weitere Anfrage wartet.</numerusform>
            <numerusform>%n weitere Anfragen warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the message of a request, quoted</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Linnet::TrayIcon</name>
    <message>
        <source>&amp;Show Linnet</source>
        <translation>Linnet &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Linnet — %1</source>
        <translation>Linnet — %1</translation>
    </message>
    <message numerus="yes">
        <source>Linnet — %1 — %n unread message(s)</source>
        <translation>
            <numerusform>Linnet — %1 — %n ungelesene Nachricht</numerusform>
            <numerusform>Linnet — %1 — %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Linnet</source>
        <translation>Linnet &amp;ausblenden</translation>
    </message>
</context>
<context>
    <name>Linnet::XmlConsole</name>
    <message>
        <source>Not connected: sign in to send stanzas.</source>
        <translation>Nicht verbunden: Melde dich an, um Stanzas zu senden.</translation>
    </message>
</context>
<context>
    <name>Linnet::XmlConsoleWindow</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>XML Console</source>
        <translation>XML-Konsole</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Anwesenheit</translation>
    </message>
    <message>
        <source>&amp;IQ</source>
        <translation>&amp;IQ</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Andere</translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation>Nach Adresse filtern</translation>
    </message>
    <message>
        <source>Show only traffic from or to this address</source>
        <translation>Nur Verkehr von oder zu dieser Adresse anzeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Show only entries containing this text</source>
        <translation>Nur Einträge anzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Stanza to send</source>
        <translation>Zu sendendes Stanza</translation>
    </message>
    <message>
        <source>Type one stanza, e.g. &lt;iq type=&apos;get&apos; id=&apos;v1&apos; to=&apos;example.org&apos;&gt;…&lt;/iq&gt;, then press Ctrl+Enter</source>
        <translation>Gib ein Stanza ein, z. B. &lt;iq type=&apos;get&apos; id=&apos;v1&apos; to=&apos;example.org&apos;&gt;…&lt;/iq&gt;, und drücke dann Strg+Enter</translation>
    </message>
    <message>
        <source>Why the stanza was not sent</source>
        <translation>Warum das Stanza nicht gesendet wurde</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume (%n waiting)</source>
        <translation>
            <numerusform>&amp;Fortsetzen (%n wartet)</numerusform>
            <numerusform>&amp;Fortsetzen (%n warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume the live log</source>
        <translation>Das Live-Protokoll fortsetzen</translation>
    </message>
    <message>
        <source>Pause the live log</source>
        <translation>Das Live-Protokoll anhalten</translation>
    </message>
</context>
<context>
    <name>MucStatus</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Everyone in this room can see your full address.</source>
        <translation>Alle in diesem Raum können deine vollständige Adresse sehen.</translation>
    </message>
    <message>
        <source>Everyone in this room can see the full address of %1.</source>
        <translation>Alle in diesem Raum können die vollständige Adresse von %1 sehen.</translation>
    </message>
    <message>
        <source>Your affiliation with this room changed while you were away.</source>
        <translation>Deine Zugehörigkeit zu diesem Raum hat sich geändert, während du weg warst.</translation>
    </message>
    <message>
        <source>The affiliation of %1 changed while they were not in the room.</source>
        <translation>Die Zugehörigkeit von %1 hat sich geändert, während %1 nicht im Raum war.</translation>
    </message>
    <message>
        <source>The room now shows occupants who are unavailable.</source>
        <translation>Der Raum zeigt jetzt Teilnehmer an, die nicht verfügbar sind.</translation>
    </message>
    <message>
        <source>The room no longer shows occupants who are unavailable.</source>
        <translation>Der Raum zeigt keine Teilnehmer mehr an, die nicht verfügbar sind.</translation>
    </message>
    <message>
        <source>The room&apos;s configuration has changed.</source>
        <translation>Die Konfiguration des Raums hat sich geändert.</translation>
    </message>
    <message>
        <source>You are in the room.</source>
        <translation>Du bist im Raum.</translation>
    </message>
    <message>
        <source>You are in the room as %1.</source>
        <translation>Du bist im Raum als %1.</translation>
    </message>
    <message>
        <source>Messages in this room are now logged.</source>
        <translation>Nachrichten in diesem Raum werden jetzt protokolliert.</translation>
    </message>
    <message>
        <source>Messages in this room are no longer logged.</source>
        <translation>Nachrichten in diesem Raum werden nicht mehr protokolliert.</translation>
    </message>
    <message>
        <source>The room is now non-anonymous: everyone can see the full address of every occupant.</source>
        <translation>Der Raum ist jetzt nicht anonym: Alle können die vollständige Adresse jedes Teilnehmers sehen.</translation>
    </message>
    <message>
        <source>The room is now semi-anonymous: only moderators can see the full addresses of occupants.</source>
        <translation>Der Raum ist jetzt halb anonym: Nur Moderatoren können die vollständigen Adressen der Teilnehmer sehen.</translation>
    </message>
    <message>
        <source>The room is now fully anonymous: nobody can see the full addresses of occupants.</source>
        <translation>Der Raum ist jetzt vollständig anonym: Niemand kann die vollständigen Adressen der Teilnehmer sehen.</translation>
    </message>
    <message>
        <source>You created this room; it stays locked until it is configured.</source>
        <translation>Du hast diesen Raum erstellt; er bleibt gesperrt, bis er konfiguriert ist.</translation>
    </message>
    <message>
        <source>The service set your nickname in this room to %1.</source>
        <translation>Der Dienst hat deinen Spitznamen in diesem Raum auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>The service changed the nickname of %1.</source>
        <translation>Der Dienst hat den Spitznamen von %1 geändert.</translation>
    </message>
    <message>
        <source>You have been banned from this room.</source>
        <translation>Du wurdest aus diesem Raum gesperrt.</translation>
    </message>
    <message>
        <source>%1 has been banned from the room.</source>
        <translation>%1 wurde aus dem Raum gesperrt.</translation>
    </message>
    <message>
        <source>Your nickname in this room is now %1.</source>
        <translation>Dein Spitzname in diesem Raum ist jetzt %1.</translation>
    </message>
    <message>
        <source>%1 changed their nickname.</source>
        <translation>%1 hat den Spitznamen geändert.</translation>
    </message>
    <message>
        <source>You have been kicked from this room.</source>
        <translation>Du wurdest aus diesem Raum geworfen.</translation>
    </message>
    <message>
        <source>%1 has been kicked from the room.</source>
        <translation>%1 wurde aus dem Raum geworfen.</translation>
    </message>
    <message>
        <source>You have been removed from this room because your affiliation changed.</source>
        <translation>Du wurdest aus diesem Raum entfernt, weil sich deine Zugehörigkeit geändert hat.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because their affiliation changed.</source>
        <translation>%1 wurde aus dem Raum entfernt, weil sich die Zugehörigkeit geändert hat.</translation>
    </message>
    <message>
        <source>You have been removed from this room because it is now members-only and you are not a member.</source>
        <translation>Du wurdest aus diesem Raum entfernt, weil er jetzt nur für Mitglieder ist und du kein Mitglied bist.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because it is now members-only and they are not a member.</source>
        <translation>%1 wurde aus dem Raum entfernt, weil er jetzt nur für Mitglieder ist und %1 kein Mitglied ist.</translation>
    </message>
    <message>
        <source>You have been removed from this room because the chat service is shutting down.</source>
        <translation>Du wurdest aus diesem Raum entfernt, weil der Chat-Dienst herunterfährt.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because the chat service is shutting down.</source>
        <translation>%1 wurde aus dem Raum entfernt, weil der Chat-Dienst herunterfährt.</translation>
    </message>
    <message>
        <source>You have been removed from this room because of a technical problem.</source>
        <translation>Du wurdest wegen eines technischen Problems aus diesem Raum entfernt.</translation>
    </message>
    <message>
        <source>%1 has been removed from the room because of a technical problem.</source>
        <translation>%1 wurde wegen eines technischen Problems aus dem Raum entfernt.</translation>
    </message>
    <message>
        <source>The room sent status code %1.</source>
        <translation>Der Raum hat den Statuscode %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>PresenceIcons</name>
    <message>
        <source>Free for chat</source>
        <translation>Gesprächsbereit</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Extended away</source>
        <translation>Länger abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>RoomSentences</name>
    <message>
        <source> by %1</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>The room has been destroyed</source>
        <translation>Der Raum wurde aufgelöst</translation>
    </message>
    <message>
        <source>It continues at %1.</source>
        <translation>Er wird unter %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>You left the room.</source>
        <translation>Du hast den Raum verlassen.</translation>
    </message>
    <message>
        <source>The room says you are no longer in it.</source>
        <translation>Der Raum sagt, dass du nicht mehr darin bist.</translation>
    </message>
    <message>
        <source>%1 left: the room has been destroyed.</source>
        <translation>%1 ist gegangen: Der Raum wurde aufgelöst.</translation>
    </message>
    <message>
        <source>%1 left the room (%2).</source>
        <translation>%1 hat den Raum verlassen (%2).</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 hat den Raum verlassen.</translation>
    </message>
    <message>
        <source>Someone in the room already uses that nickname.</source>
        <translation>Jemand im Raum verwendet diesen Spitznamen bereits.</translation>
    </message>
    <message>
        <source>The room needs a password, and the one given was missing or wrong.</source>
        <translation>Der Raum braucht ein Passwort, und das angegebene fehlte oder war falsch.</translation>
    </message>
    <message>
        <source>The room is for members only, and you are not a member.</source>
        <translation>Der Raum ist nur für Mitglieder, und du bist kein Mitglied.</translation>
    </message>
    <message>
        <source>You are banned from the room.</source>
        <translation>Du bist aus dem Raum gesperrt.</translation>
    </message>
    <message>
        <source>The room is full.</source>
        <translation>Der Raum ist voll.</translation>
    </message>
    <message>
        <source>The room does not exist, or it is locked until its owner configures it.</source>
        <translation>Der Raum existiert nicht oder ist gesperrt, bis sein Besitzer ihn konfiguriert.</translation>
    </message>
    <message>
        <source>You may not create rooms on this service.</source>
        <translation>Du darfst auf diesem Dienst keine Räume erstellen.</translation>
    </message>
    <message>
        <source>The room requires you to use your registered nickname.</source>
        <translation>Der Raum verlangt, dass du deinen registrierten Spitznamen verwendest.</translation>
    </message>
    <message>
        <source>The nickname is missing or not allowed.</source>
        <translation>Der Spitzname fehlt oder ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The room refused the join: %1</source>
        <translation>Der Raum hat den Beitritt abgelehnt: %1</translation>
    </message>
    <message>
        <source>You are now known as %1.</source>
        <translation>Du heißt jetzt %1.</translation>
    </message>
    <message>
        <source>%1 is now known as %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>You are now an owner of this room.</source>
        <translation>Du bist jetzt Besitzer dieses Raums.</translation>
    </message>
    <message>
        <source>You are now an admin of this room.</source>
        <translation>Du bist jetzt Admin dieses Raums.</translation>
    </message>
    <message>
        <source>You are now a member of this room.</source>
        <translation>Du bist jetzt Mitglied dieses Raums.</translation>
    </message>
    <message>
        <source>You are no longer affiliated with this room.</source>
        <translation>Du hast keine Zugehörigkeit mehr zu diesem Raum.</translation>
    </message>
    <message>
        <source>You are now a moderator.</source>
        <translation>Du bist jetzt Moderator.</translation>
    </message>
    <message>
        <source>You may speak in the room now.</source>
        <translation>Du darfst jetzt im Raum sprechen.</translation>
    </message>
    <message>
        <source>You are no longer a moderator.</source>
        <translation>Du bist kein Moderator mehr.</translation>
    </message>
    <message>
        <source>You may no longer speak in the room.</source>
        <translation>Du darfst im Raum nicht mehr sprechen.</translation>
    </message>
</context>
<context>
    <name>linnet-cli</name>
    <message>
        <source>The account&apos;s address, e.g. alice@example.org.</source>
        <translation>Die Adresse des Kontos, z. B. alice@example.org.</translation>
    </message>
    <message>
        <source>Read the password from this file (first line). Otherwise LINNET_PASSWORD is used.</source>
        <translation>Das Passwort aus dieser Datei lesen (erste Zeile). Sonst wird LINNET_PASSWORD verwendet.</translation>
    </message>
    <message>
        <source>Connect to this host instead of looking up the domain&apos;s SRV records.</source>
        <translation>Mit diesem Host verbinden, statt die SRV-Einträge der Domain abzufragen.</translation>
    </message>
    <message>
        <source>Port for --host (default 5222, or 5223 with --tls direct-tls).</source>
        <translation>Port für --host (Standard 5222, oder 5223 mit --tls direct-tls).</translation>
    </message>
    <message>
        <source>TLS mode: automatic, starttls, direct-tls or allow-unencrypted.</source>
        <translation>TLS-Modus: automatic, starttls, direct-tls oder allow-unencrypted.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck (hex) vertrauen.</translation>
    </message>
    <message>
        <source>Resource to request.</source>
        <translation>Anzufordernde Ressource.</translation>
    </message>
    <message>
        <source>Also log what the connection does, on stderr.</source>
        <translation>Auch protokollieren, was die Verbindung tut, auf stderr.</translation>
    </message>
    <message>
        <source>--jid is required</source>
        <translation>--jid ist erforderlich</translation>
    </message>
    <message>
        <source>invalid --jid: %1</source>
        <translation>ungültige --jid: %1</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>kein Benutzername</translation>
    </message>
    <message>
        <source>invalid --port: %1</source>
        <translation>ungültiger --port: %1</translation>
    </message>
    <message>
        <source>invalid --tls: %1</source>
        <translation>ungültiges --tls: %1</translation>
    </message>
    <message>
        <source>no certificate could be read from %1</source>
        <translation>aus %1 konnte kein Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the password file: %1</source>
        <translation>die Passwortdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no password: use --password-file or set LINNET_PASSWORD</source>
        <translation>kein Passwort: --password-file verwenden oder LINNET_PASSWORD setzen</translation>
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
        <translation>Aufruf: linnet-cli BEFEHL [Optionen]

Befehle:
  check    anmelden, jeden Schritt mit seiner Dauer ausgeben und abmelden
  roster   anmelden, die Kontakte mit ihrer Anwesenheit ausgeben [--json]
  presence anmelden und eine Anwesenheit setzen: --show chat|online|away|xa|dnd
           --status TEXT [--priority N] [--stay SEKUNDEN]
  send     JID TEXT: eine Nachricht über den Postausgang des Kontos senden und
           warten, bis der Server sie hat [--json] [--database DATEI]
  listen   anmelden und eingehende Nachrichten bis Strg-C ausgeben [--json]
           [--database DATEI]
  history  JID: die gespeicherte Unterhaltung aus der lokalen Datenbank ausgeben,
           älteste zuerst (ohne Netz) [--search WÖRTER] [--limit N] [--json]
           [--database DATEI]
  disco    [JID] [--node N] [--items | --info] [--json]: was eine Adresse ist und
           anbietet, und ihre Einträge (Standard: der Server des Kontos)
  command  JID [KNOTEN]: die Ad-hoc-Befehle einer Adresse auflisten oder einen im
           Terminal ausführen (Formulare werden Feld für Feld auf stdin abgefragt)
  register das Konto --jid mit dem angegebenen Passwort anlegen; oder
           --change-password [--new-password-file DATEI], --remove --yes,
           --service JID
  rooms    DIENST: die Räume eines Gruppenchat-Dienstes mit Namen, Teilnehmerzahl
           und Merkmalen auflisten [--json]
  join     RAUM --nick SPITZNAME: einen Gruppenchat-Raum betreten und seine
           Nachrichten und Anwesenheit bis Strg-C oder zum Ende der Eingabe ausgeben;
           eingegebene Zeilen werden gesendet, /nick, /subject, /msg SPITZNAME,
           /leave sind Befehle [--password P] [--history N|archive] [--json]
           [--database DATEI]

Optionen für jeden Befehl:
  --jid JID  --password-file DATEI (oder LINNET_PASSWORD)  --host HOST  --port PORT
  --tls automatic|starttls|direct-tls|allow-unencrypted  --ca-file PEM  --pin SHA256
  --resource RESSOURCE  --verbose
(history braucht nur --jid, das Konto, oder --database.)

linnet-cli BEFEHL --help sagt mehr; linnet-cli --version gibt die Version aus.
</translation>
    </message>
    <message>
        <source>linnet-cli: unknown command &apos;%1&apos;</source>
        <translation>linnet-cli: unbekannter Befehl „%1“</translation>
    </message>
</context>
</TS>

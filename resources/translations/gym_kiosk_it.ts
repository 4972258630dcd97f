<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="43"/>
        <location filename="../../ui/viewmodels/formatting.py" line="48"/>
        <location filename="../../ui/viewmodels/formatting.py" line="55"/>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="47"/>
        <source>st</source>
        <translation>st</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="49"/>
        <location filename="../../ui/viewmodels/formatting.py" line="56"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="66"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="566"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="67"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="566"/>
        <source>Body fat</source>
        <translation>Grasso corporeo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="68"/>
        <source>Fat mass</source>
        <translation>Massa grassa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="69"/>
        <source>Fat-free mass</source>
        <translation>Massa magra</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="70"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="567"/>
        <source>Muscle mass</source>
        <translation>Massa muscolare</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="71"/>
        <location filename="../../ui/viewmodels/formatting.py" line="72"/>
        <source>Body water</source>
        <translation>Acqua corporea</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="73"/>
        <source>Bone mass</source>
        <translation>Massa ossea</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="74"/>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="75"/>
        <source>Visceral fat rating</source>
        <translation>Livello di grasso viscerale</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="76"/>
        <location filename="../../ui/viewmodels/formatting.py" line="77"/>
        <source>Basal metabolic rate</source>
        <translation>Metabolismo basale</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="78"/>
        <source>Metabolic age</source>
        <translation>Età metabolica</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="79"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="80"/>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="81"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="82"/>
        <source>Average speed</source>
        <translation>Velocità media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="83"/>
        <source>Average heart rate</source>
        <translation>Frequenza cardiaca media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="84"/>
        <source>Average power</source>
        <translation>Potenza media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="85"/>
        <source>Reach</source>
        <translation>Allungo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="86"/>
        <source>Hip flexor, left</source>
        <translation>Flessore dell&apos;anca sinistro</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="87"/>
        <source>Hip flexor, right</source>
        <translation>Flessore dell&apos;anca destro</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="111"/>
        <location filename="../../ui/viewmodels/formatting.py" line="113"/>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="115"/>
        <source>years</source>
        <translation>anni</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="121"/>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="125"/>
        <source>mph</source>
        <translation>mph</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="126"/>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="128"/>
        <source>bpm</source>
        <translation>bpm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="130"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="133"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="134"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="171"/>
        <source>Saved to %1</source>
        <translation>Salvato su %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="173"/>
        <source>Sending to %1…</source>
        <translation>Invio a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="175"/>
        <source>Saved on this kiosk, sending to %1 when online</source>
        <translation>Salvato su questo totem, invio a %1 appena torna la connessione</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="177"/>
        <source>%1 did not accept this result</source>
        <translation>%1 non ha accettato questo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="179"/>
        <source>Too old for %1 to accept</source>
        <translation>Troppo vecchio per essere accettato da %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="181"/>
        <source>Not sent to %1</source>
        <translation>Non inviato a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="39"/>
        <source>Please try again in a minute.</source>
        <translation>Riprova tra un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="39"/>
        <source>Please try again in a few minutes.</source>
        <translation>Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="42"/>
        <source>The cardio machine is disconnected</source>
        <translation>L&apos;attrezzo cardio è scollegato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="43"/>
        <source>The flexibility station is disconnected</source>
        <translation>La postazione di flessibilità è scollegata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="44"/>
        <source>The scale is disconnected</source>
        <translation>La bilancia è scollegata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="46"/>
        <source>This card is not linked to an EGYM account</source>
        <translation>Questa tessera non è collegata a un account EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="46"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Chiedi alla reception di collegare la tua tessera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>This kiosk is not allowed to do that at EGYM</source>
        <translation>Questo totem non ha l&apos;autorizzazione EGYM per farlo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>Please tell a trainer.</source>
        <translation>Avvisa lo staff, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="48"/>
        <source>EGYM is busy right now</source>
        <translation>EGYM è sovraccarico al momento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="48"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>Il tuo risultato è salvato qui e verrà inviato a breve.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="49"/>
        <source>No connection to EGYM</source>
        <translation>Nessuna connessione a EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="49"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>Il tuo risultato è salvato su questo totem e verrà inviato quando torna la connessione.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>EGYM sent an answer we could not read</source>
        <translation>EGYM ha inviato una risposta illeggibile</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>Il tuo risultato è salvato qui e verrà inviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>EGYM did not accept this result</source>
        <translation>EGYM non ha accettato questo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>Lo staff può vedere i dettagli su questo totem.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>This kiosk could not sign in to EGYM</source>
        <translation>Questo totem non è riuscito ad accedere a EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>We could not use this card or phone</source>
        <translation>Non è stato possibile usare questa tessera o questo telefono</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Please try again, or use your member card.</source>
        <translation>Riprova o usa la tua tessera della palestra.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="54"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>Riconnessione… resta dove sei.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="55"/>
        <source>This kiosk could not save your result</source>
        <translation>Questo totem non è riuscito a salvare il tuo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="55"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>Non è stato inviato nulla. Avvisa lo staff, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Your result is not saved yet</source>
        <translation>Il tuo risultato non è ancora salvato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Please keep this screen open.</source>
        <translation>Lascia aperta questa schermata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Please try again.</source>
        <translation>Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Start your workout</source>
        <translation>Inizia l&apos;allenamento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Premi Start sulla console. I tuoi valori compaiono qui mentre ti alleni.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Take your position for the test</source>
        <translation>Mettiti in posizione per il test</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Segui le indicazioni sulla postazione. Il risultato compare qui alla fine del test.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Please step onto the scale</source>
        <translation>Sali sulla bilancia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>A piedi nudi, senza muoverti, con entrambi i piedi sugli elettrodi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Saving your result…</source>
        <translation>Salvataggio del risultato…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Non ancora salvato. Lascia aperta questa schermata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Console scollegata, riconnessione…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Continua pure: la console registra il tuo allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="81"/>
        <source>Waiting for the console…</source>
        <translation>In attesa della console…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="81"/>
        <source>The figures shown are not current.</source>
        <translation>I valori mostrati non sono aggiornati.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="82"/>
        <source>Workout in progress…</source>
        <translation>Allenamento in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="82"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Termina l&apos;allenamento sulla console per vedere il riepilogo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="84"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Bilancia scollegata, riconnessione…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="86"/>
        <source>Waiting for the scale…</source>
        <translation>In attesa della bilancia…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="86"/>
        <source>The weight shown is not current.</source>
        <translation>Il peso mostrato non è aggiornato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="88"/>
        <source>Weight steady, analysing…</source>
        <translation>Peso stabile, analisi in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="89"/>
        <source>Please stand still…</source>
        <translation>Resta immobile…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="177"/>
        <source>Closes in %1 s. Touch the screen to keep it open.</source>
        <translation>Si chiude tra %1 s. Tocca lo schermo per tenerlo aperto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="40"/>
        <source>Smart scale</source>
        <translation>Bilancia smart</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="41"/>
        <source>Cardio machine</source>
        <translation>Attrezzo cardio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="42"/>
        <source>Flexibility station</source>
        <translation>Postazione di flessibilità</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="48"/>
        <source>EGYM production</source>
        <translation>EGYM produzione</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="49"/>
        <source>EGYM test</source>
        <translation>EGYM test</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="50"/>
        <source>Custom URL</source>
        <translation>URL personalizzato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="219"/>
        <source>Testing %1…</source>
        <translation>Test di %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="230"/>
        <location filename="../../ui/viewmodels/setup.py" line="255"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Correggi i campi in rosso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="233"/>
        <source>Testing the connection to EGYM…</source>
        <translation>Verifica della connessione a EGYM…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="244"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>Il test stesso non è riuscito; controlla protocollo e porta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="251"/>
        <source>EGYM connection failed: %1</source>
        <translation>Connessione a EGYM non riuscita: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="259"/>
        <source>Setup could not finish: %1</source>
        <translation>Impossibile completare la configurazione: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="265"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Salvato in %1. Avvio del totem…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="296"/>
        <source>Keyboard input</source>
        <translation>Input da tastiera</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="298"/>
        <source>USB (nfcpy)</source>
        <translation>USB (nfcpy)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="303"/>
        <source>Simulated</source>
        <translation>Simulato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="44"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="45"/>
        <source>Needs attention</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="46"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="47"/>
        <source>Needs re-auth</source>
        <translation>Nuovo accesso richiesto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="48"/>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="49"/>
        <source>Expired</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="50"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="51"/>
        <source>Discarded</source>
        <translation>Scartati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="57"/>
        <source>Unknown member</source>
        <translation>Persona sconosciuta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="64"/>
        <source>%1: sent</source>
        <translation>%1: inviato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="66"/>
        <source>%1: queued (offline)</source>
        <translation>%1: in coda (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="66"/>
        <source>%1: queued</source>
        <translation>%1: in coda</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="69"/>
        <source>%1: needs re-auth</source>
        <translation>%1: nuovo accesso richiesto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="71"/>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="72"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: rifiutato (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="74"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: scaduto, troppo vecchio per l&apos;invio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="75"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: scartato («Non sono io»)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="75"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: scartato in modalità trainer</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="80"/>
        <source>Not this member</source>
        <translation>Persona sbagliata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="80"/>
        <source>Test or demo measurement</source>
        <translation>Misurazione di prova o dimostrativa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="80"/>
        <source>Wrong reading from the device</source>
        <translation>Lettura errata del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="80"/>
        <source>Duplicate</source>
        <translation>Duplicato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="207"/>
        <source>Trainer (PIN)</source>
        <translation>Trainer (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="208"/>
        <source>Trainer (card)</source>
        <translation>Trainer (tessera)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="236"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>L&apos;inserimento del PIN non è configurato su questo totem. Avvicina invece la tessera trainer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="239"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="240"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Troppi PIN errati. Riprova tra %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="242"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="244"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>PIN errato. Tentativi rimasti: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="246"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>Al momento non è possibile verificare il PIN. Avvicina invece la tessera trainer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="247"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Inserisci il PIN trainer o avvicina la tessera trainer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="277"/>
        <source>All members</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="326"/>
        <source>USB drive %1</source>
        <translation>Chiavetta USB %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="327"/>
        <source>This kiosk</source>
        <translation>Questo totem</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="484"/>
        <source>Nothing to resend.</source>
        <translation>Niente da reinviare.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="486"/>
        <source>Queued again; sending now.</source>
        <translation>Di nuovo in coda; invio in corso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="488"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>Di nuovo in coda. Verrà inviato alla prossima misurazione di %1 su questo totem.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="489"/>
        <source>the member</source>
        <translation>questa persona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="490"/>
        <source>Still too old for EGYM to accept; it cannot be sent.</source>
        <translation>Ancora troppo vecchio per EGYM; non può essere inviato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="494"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Scartato. Il motivo è nel registro di controllo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="509"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>Impossibile scrivere su %1. La chiavetta è ancora inserita e non è piena?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="512"/>
        <source>Saved %1 results to %2</source>
        <translation>Risultati salvati in %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="531"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>Non ha funzionato: la memoria di questo totem non risponde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="593"/>
        <source>Trend for %1</source>
        <translation>Andamento di %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="594"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Misurazioni su questo totem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="31"/>
        <source>Your body weight, measured barefoot.</source>
        <translation>Il tuo peso corporeo, misurato a piedi nudi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="32"/>
        <source>The share of your weight that is fat.</source>
        <translation>La quota del tuo peso costituita da grasso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="33"/>
        <source>How much of your weight is fat.</source>
        <translation>Quanto del tuo peso è grasso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="34"/>
        <source>Everything that is not fat: muscle, bone, organs and water.</source>
        <translation>Tutto ciò che non è grasso: muscoli, ossa, organi e acqua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="35"/>
        <source>The weight of your muscles, including the water in them.</source>
        <translation>Il peso dei tuoi muscoli, compresa l&apos;acqua che contengono.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="36"/>
        <source>The share of your weight that is water.</source>
        <translation>La quota del tuo peso costituita da acqua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="37"/>
        <source>How much of your weight is water.</source>
        <translation>Quanto del tuo peso è acqua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="38"/>
        <source>The estimated weight of the minerals in your bones.</source>
        <translation>Il peso stimato dei minerali nelle tue ossa.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="39"/>
        <source>Your weight relative to your height: kilograms divided by metres squared.</source>
        <translation>Il tuo peso in rapporto all&apos;altezza: chilogrammi divisi per metri al quadrato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="40"/>
        <source>Fat around your inner organs, on Tanita&apos;s scale from 1 to 59.</source>
        <translation>Grasso intorno ai tuoi organi interni, sulla scala Tanita da 1 a 59.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="41"/>
        <location filename="../../ui/viewmodels/result_view.py" line="42"/>
        <source>The energy your body uses in a day at complete rest.</source>
        <translation>L&apos;energia che il tuo corpo consuma in un giorno a riposo completo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="43"/>
        <source>The age at which an average person&apos;s resting energy use matches yours.</source>
        <translation>L&apos;età in cui il consumo a riposo di una persona media corrisponde al tuo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="44"/>
        <source>How long your workout lasted, in minutes and seconds.</source>
        <translation>Quanto è durato il tuo allenamento, in minuti e secondi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="45"/>
        <source>The distance you covered in this workout.</source>
        <translation>La distanza percorsa in questo allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="46"/>
        <source>The energy this workout used, as the machine estimates it.</source>
        <translation>L&apos;energia consumata in questo allenamento, secondo la stima della macchina.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="47"/>
        <source>Your average speed over the whole workout.</source>
        <translation>La tua velocità media su tutto l&apos;allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="48"/>
        <source>Your average heart rate over the whole workout.</source>
        <translation>La tua frequenza cardiaca media su tutto l&apos;allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="49"/>
        <source>Your average power over the whole workout.</source>
        <translation>La tua potenza media su tutto l&apos;allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="50"/>
        <source>How far you reached in the flexibility test.</source>
        <translation>Fin dove è arrivata la tua mano nel test di flessibilità.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="51"/>
        <source>How far your left hip flexor lets your leg move.</source>
        <translation>Quanto il tuo flessore dell&apos;anca sinistro lascia muovere la gamba.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="52"/>
        <source>How far your right hip flexor lets your leg move.</source>
        <translation>Quanto il tuo flessore dell&apos;anca destro lascia muovere la gamba.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="59"/>
        <source>Underweight</source>
        <translation>Sottopeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="59"/>
        <source>Normal</source>
        <translation>Normopeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="59"/>
        <source>Overweight</source>
        <translation>Sovrappeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="59"/>
        <location filename="../../ui/viewmodels/result_view.py" line="63"/>
        <source>Obese</source>
        <translation>Obesità</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="61"/>
        <location filename="../../ui/viewmodels/result_view.py" line="63"/>
        <source>Healthy</source>
        <translation>Fascia sana</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="61"/>
        <source>Excess</source>
        <translation>Eccesso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="63"/>
        <source>Under fat</source>
        <translation>Grasso basso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="63"/>
        <source>Over fat</source>
        <translation>Grasso alto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="122"/>
        <source>Range from %1.</source>
        <translation>Fascia secondo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="124"/>
        <source>Your age: %1</source>
        <translation>La tua età: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="126"/>
        <source>No published range.</source>
        <translation>Nessuna fascia pubblicata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="146"/>
        <source>▲ ▼ change since your last result on %1</source>
        <translation>▲ ▼ variazione dall&apos;ultimo risultato del %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="91"/>
        <source>Tap your card or phone</source>
        <translation>Avvicina la tessera o il telefono</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="92"/>
        <source>Hold your member card, wristband or phone to the reader to start.</source>
        <translation>Avvicina al lettore la tessera, il braccialetto o il telefono per iniziare.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="103"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>FailedScreen</name>
    <message>
        <location filename="../../ui/qml/member/FailedScreen.qml" line="17"/>
        <source>That did not work</source>
        <translation>Non ha funzionato</translation>
    </message>
</context>
<context>
    <name>IdentifyingScreen</name>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="13"/>
        <source>One moment…</source>
        <translation>Un attimo…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="14"/>
        <source>Checking your card with EGYM</source>
        <translation>Verifica della tessera con EGYM</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="24"/>
        <source>Still there?</source>
        <translation>Ci sei ancora?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this session ends when the countdown reaches zero.</source>
        <translation>Per la tua privacy, la sessione termina allo scadere del conto alla rovescia.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="52"/>
        <source>I&apos;m still here</source>
        <translation>Sono ancora qui</translation>
    </message>
</context>
<context>
    <name>MeasuringScreen</name>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Ciao, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="80"/>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="15"/>
        <source>Hello, %1!</source>
        <translation>Ciao, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="55"/>
        <source>A workout finished on this machine just before you tapped. Was it yours?</source>
        <translation>Un allenamento è terminato su questa macchina poco prima del tuo accesso. Era il tuo?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="56"/>
        <source>A result finished here just before you tapped. Was it yours?</source>
        <translation>Una misurazione è terminata qui poco prima del tuo accesso. Era la tua?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="72"/>
        <source>Not mine</source>
        <translation>Non è mio</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="79"/>
        <source>This was my workout</source>
        <translation>È il mio allenamento</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="79"/>
        <source>This was my measurement</source>
        <translation>È la mia misurazione</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="91"/>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="21"/>
        <source>Your result, %1</source>
        <translation>Il tuo risultato, %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="22"/>
        <source>Saved on this kiosk</source>
        <translation>Salvato su questo totem</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="23"/>
        <source>Your result was not saved</source>
        <translation>Il tuo risultato non è stato salvato</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="24"/>
        <source>Saved. See you next time!</source>
        <translation>Salvato. Alla prossima!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="67"/>
        <source>Tap a value to see what it means.</source>
        <translation>Tocca un valore per vedere cosa significa.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="73"/>
        <source>Your result is saved to EGYM automatically in a few seconds.</source>
        <translation>Il tuo risultato verrà salvato automaticamente su EGYM tra pochi secondi.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="79"/>
        <source>Sending your result…</source>
        <translation>Invio del risultato…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="104"/>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="113"/>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="121"/>
        <source>Measure again</source>
        <translation>Misura di nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="129"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="129"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Is this result not yours?</source>
        <translation>Questo risultato non è tuo?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="158"/>
        <source>It will be deleted from this kiosk and not sent to EGYM.</source>
        <translation>Verrà eliminato da questo chiosco e non inviato a EGYM.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="164"/>
        <source>Delete it, it&apos;s not mine</source>
        <translation>Elimina, non è mio</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="171"/>
        <source>It&apos;s mine, keep it</source>
        <translation>È mio, tienilo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="189"/>
        <source>Take your result with you</source>
        <translation>Porta con te il tuo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="208"/>
        <source>Scan it with your phone&apos;s camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the EGYM app.</source>
        <translation>Scansionalo con la fotocamera del telefono. Contiene solo la data e questi valori: nessun nome, nessun link. Una volta salvato, il risultato è anche nell&apos;app EGYM.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="214"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>SetupDevice</name>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="29"/>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="39"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="54"/>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="64"/>
        <source>Probes the port with this protocol (about two seconds).</source>
        <translation>Interroga la porta con questo protocollo (circa due secondi).</translation>
    </message>
</context>
<context>
    <name>SetupMain</name>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="15"/>
        <source>gym-kiosk setup</source>
        <translation>Configurazione di gym-kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="31"/>
        <source>Set up this kiosk</source>
        <translation>Configura questo totem</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="69"/>
        <source>The kiosk could not start: %1</source>
        <translation>Il totem non è riuscito ad avviarsi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="70"/>
        <source>Answer these questions once; the kiosk starts when EGYM accepts them.</source>
        <translation>Rispondi una sola volta a queste domande; il totem si avvia quando EGYM le accetta.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="91"/>
        <source>Station</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="96"/>
        <source>What stands beside this kiosk?</source>
        <translation>Cosa c&apos;è accanto a questo totem?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="106"/>
        <source>Name shown on screen (optional)</source>
        <translation>Nome mostrato sullo schermo (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="115"/>
        <source>EGYM</source>
        <translation>EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="120"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="130"/>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="131"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Per una sandbox locale (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="151"/>
        <source>Gym id</source>
        <translation>ID della palestra</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="161"/>
        <source>Machine name</source>
        <translation>Nome della macchina</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="171"/>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="172"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Salvata in un file leggibile solo dall&apos;utente del totem, mai nella configurazione.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="188"/>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="192"/>
        <source>Card reader</source>
        <translation>Lettore di tessere</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="202"/>
        <source>Measuring device</source>
        <translation>Dispositivo di misura</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="213"/>
        <source>Look for ports again</source>
        <translation>Cerca di nuovo le porte</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="220"/>
        <source>Trainer PIN</source>
        <translation>PIN trainer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="226"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>PIN per la modalità trainer (da 4 a 12 cifre)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="236"/>
        <source>The same PIN again</source>
        <translation>Ripeti il PIN</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="261"/>
        <source>Saves to %1</source>
        <translation>Salva in %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="273"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="273"/>
        <source>Test EGYM and finish</source>
        <translation>Verifica EGYM e termina</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Trainer sign-in</source>
        <translation>Accesso trainer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Results at this station</source>
        <translation>Risultati della postazione</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="58"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="58"/>
        <source>Exit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>TrainerModeDetail</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="22"/>
        <source>‹ Results</source>
        <translation>‹ Risultati</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="84"/>
        <source>Resend</source>
        <translation>Reinvia</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="94"/>
        <source>Discard…</source>
        <translation>Scarta…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="104"/>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
</context>
<context>
    <name>TrainerModeDiscard</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="21"/>
        <source>‹ Back</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="27"/>
        <source>Discard %1&apos;s result</source>
        <translation>Scarta il risultato di %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="41"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>Non verrà inviato da nessuna parte. Scegli o scrivi il motivo; resta nel registro di controllo.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="84"/>
        <source>Or type a reason</source>
        <translation>Oppure scrivi un motivo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="99"/>
        <source>Discard result</source>
        <translation>Scarta il risultato</translation>
    </message>
</context>
<context>
    <name>TrainerModeExport</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="20"/>
        <source>‹ Results</source>
        <translation>‹ Risultati</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="26"/>
        <source>Export to CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="39"/>
        <source>The file lists every result the filters select: time, member, values and where each one stands. Plug in a USB drive to see it here.</source>
        <translation>Il file elenca tutti i risultati selezionati dai filtri: ora, membro, valori e stato di invio. Inserisci una chiavetta USB per vederla qui.</translation>
    </message>
</context>
<context>
    <name>TrainerModeKeypad</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeKeypad.qml" line="76"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TrainerModeResults</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="39"/>
        <source>Member: %1</source>
        <translation>Membro: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="48"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="119"/>
        <source>No results here match these filters.</source>
        <translation>Nessun risultato corrisponde a questi filtri.</translation>
    </message>
</context>
<context>
    <name>TrainerModeTrend</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="23"/>
        <source>‹ Back</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="57"/>
        <source>No body measurements for this member at this kiosk yet.</source>
        <translation>Ancora nessuna misurazione corporea di questa persona su questo totem.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="113"/>
        <source>%1 since %2</source>
        <translation>%1 dal %2</translation>
    </message>
</context>
</TS>

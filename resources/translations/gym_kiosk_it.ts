<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="67"/>
        <location filename="../../ui/viewmodels/formatting.py" line="72"/>
        <location filename="../../ui/viewmodels/formatting.py" line="79"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="128"/>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="71"/>
        <source>st</source>
        <translation>st</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="73"/>
        <location filename="../../ui/viewmodels/formatting.py" line="80"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="128"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="90"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="129"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="91"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="129"/>
        <source>Body fat</source>
        <translation>Grasso corporeo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="92"/>
        <source>Fat mass</source>
        <translation>Massa grassa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="93"/>
        <source>Fat-free mass</source>
        <translation>Massa magra</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="94"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="130"/>
        <source>Muscle mass</source>
        <translation>Massa muscolare</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="95"/>
        <location filename="../../ui/viewmodels/formatting.py" line="96"/>
        <source>Body water</source>
        <translation>Acqua corporea</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="97"/>
        <source>Bone mass</source>
        <translation>Massa ossea</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="99"/>
        <source>Visceral fat rating</source>
        <translation>Livello di grasso viscerale</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="100"/>
        <location filename="../../ui/viewmodels/formatting.py" line="101"/>
        <source>Basal metabolic rate</source>
        <translation>Metabolismo basale</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="102"/>
        <source>Metabolic age</source>
        <translation>Età metabolica</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="103"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="104"/>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="105"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="106"/>
        <source>Average speed</source>
        <translation>Velocità media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="107"/>
        <source>Average heart rate</source>
        <translation>Frequenza cardiaca media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="108"/>
        <source>Average power</source>
        <translation>Potenza media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="109"/>
        <source>Reach</source>
        <translation>Allungo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="110"/>
        <source>Hip flexor, left</source>
        <translation>Flessore dell&apos;anca sinistro</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="111"/>
        <source>Hip flexor, right</source>
        <translation>Flessore dell&apos;anca destro</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="135"/>
        <location filename="../../ui/viewmodels/formatting.py" line="137"/>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="139"/>
        <source>years</source>
        <translation>anni</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="145"/>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="146"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="149"/>
        <source>mph</source>
        <translation>mph</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="150"/>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="152"/>
        <source>bpm</source>
        <translation>bpm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="154"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="157"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="158"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="193"/>
        <location filename="../../ui/viewmodels/formatting.py" line="212"/>
        <source>Saved to %1</source>
        <translation>Salvato su %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="195"/>
        <location filename="../../ui/viewmodels/formatting.py" line="214"/>
        <source>Sending to %1…</source>
        <translation>Invio a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="197"/>
        <source>Saved on this kiosk, sending to %1 when online</source>
        <translation>Salvato su questo totem, invio a %1 appena torna la connessione</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="199"/>
        <location filename="../../ui/viewmodels/formatting.py" line="224"/>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>%1 did not accept this result</source>
        <translation>%1 non ha accettato questo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="201"/>
        <source>Too old for %1 to accept</source>
        <translation>Troppo vecchio per essere accettato da %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="203"/>
        <location filename="../../ui/viewmodels/formatting.py" line="226"/>
        <source>Not sent to %1</source>
        <translation>Non inviato a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="218"/>
        <source>Checking that %1 got it…</source>
        <translation>Verifico che %1 l&apos;abbia ricevuto…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="220"/>
        <source>%1 may have it: a trainer checks</source>
        <translation>%1 potrebbe averlo: un trainer controlla</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="222"/>
        <source>%1: connect your account at the greeting</source>
        <translation>%1: collega il tuo account nella schermata iniziale</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>Please try again in a minute.</source>
        <translation>Riprova tra un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Please try again in a few minutes.</source>
        <translation>Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>The cardio machine is disconnected</source>
        <translation>L&apos;attrezzo cardio è scollegato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>The flexibility station is disconnected</source>
        <translation>La postazione di flessibilità è scollegata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>The scale is disconnected</source>
        <translation>La bilancia è scollegata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Chiedi alla reception di collegare la tua tessera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>Please tell a trainer.</source>
        <translation>Avvisa lo staff, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>Il tuo risultato è salvato qui e verrà inviato a breve.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>Il tuo risultato è salvato su questo totem e verrà inviato quando torna la connessione.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>Il tuo risultato è salvato qui e verrà inviato di nuovo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>Lo staff può vedere i dettagli su questo totem.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>This card is not linked to an %1 account</source>
        <translation>Questa tessera non è collegata a un account %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Please ask at the front desk.</source>
        <translation>Chiedi alla reception, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>This kiosk is not allowed to do that at %1</source>
        <translation>Questo totem non ha l&apos;autorizzazione %1 per farlo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>%1 is busy right now</source>
        <translation>%1 è sovraccarico al momento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>No connection to %1</source>
        <translation>Nessuna connessione a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>%1 sent an answer we could not read</source>
        <translation>%1 ha inviato una risposta illeggibile</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>This kiosk could not sign in to %1</source>
        <translation>Questo totem non è riuscito ad accedere a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>We could not use this card or phone</source>
        <translation>Non è stato possibile usare questa tessera o questo telefono</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Please try again, or use your member card.</source>
        <translation>Riprova o usa la tua tessera della palestra.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>Riconnessione… resta dove sei.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>This kiosk could not save your result</source>
        <translation>Questo totem non è riuscito a salvare il tuo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>Non è stato inviato nulla. Avvisa lo staff, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Your result is not saved yet</source>
        <translation>Il tuo risultato non è ancora salvato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Please keep this screen open.</source>
        <translation>Lascia aperta questa schermata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="69"/>
        <source>Your membership is paused</source>
        <translation>Il tuo abbonamento è sospeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="70"/>
        <source>Your membership is not active</source>
        <translation>Il tuo abbonamento non è attivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="71"/>
        <source>Your membership is blocked</source>
        <translation>Il tuo abbonamento è bloccato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="72"/>
        <source>Your membership does not include this time of day</source>
        <translation>Il tuo abbonamento non comprende questa fascia oraria</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="73"/>
        <source>Your visit was not approved</source>
        <translation>La tua visita non è stata approvata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="74"/>
        <source>No problem. Nothing was measured or sent</source>
        <translation>Nessun problema. Non è stato misurato né inviato nulla</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>You can accept %1&apos;s terms next time to save your results.</source>
        <translation>Potrai accettare i termini di %1 la prossima volta per salvare i tuoi risultati.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>%1&apos;s terms could not be loaded</source>
        <translation>Non è stato possibile caricare i termini di %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Your answer did not reach %1</source>
        <translation>La tua risposta non è arrivata a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Please tap Accept again.</source>
        <translation>Tocca di nuovo Accetta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Something went wrong</source>
        <translation>Qualcosa è andato storto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Please try again.</source>
        <translation>Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Start your workout</source>
        <translation>Inizia l&apos;allenamento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Premi Start sulla console. I tuoi valori compaiono qui mentre ti alleni.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Take your position for the test</source>
        <translation>Mettiti in posizione per il test</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Segui le indicazioni sulla postazione. Il risultato compare qui alla fine del test.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Please step onto the scale</source>
        <translation>Sali sulla bilancia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>A piedi nudi, senza muoverti, con entrambi i piedi sugli elettrodi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Saving your result…</source>
        <translation>Salvataggio del risultato…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Non ancora salvato. Lascia aperta questa schermata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Console scollegata, riconnessione…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Continua pure: la console registra il tuo allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>Waiting for the console…</source>
        <translation>In attesa della console…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>The figures shown are not current.</source>
        <translation>I valori mostrati non sono aggiornati.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Workout in progress…</source>
        <translation>Allenamento in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Termina l&apos;allenamento sulla console per vedere il riepilogo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="113"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Bilancia scollegata, riconnessione…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>Waiting for the scale…</source>
        <translation>In attesa della bilancia…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>The weight shown is not current.</source>
        <translation>Il peso mostrato non è aggiornato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="117"/>
        <source>Weight steady, analysing…</source>
        <translation>Peso stabile, analisi in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="118"/>
        <source>Please stand still…</source>
        <translation>Resta immobile…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="228"/>
        <source>Closes in %1 s. Touch the screen to keep it open.</source>
        <translation>Si chiude tra %1 s. Tocca lo schermo per tenerlo aperto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="56"/>
        <source>Smart scale</source>
        <translation>Bilancia smart</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="57"/>
        <source>Cardio machine</source>
        <translation>Attrezzo cardio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="58"/>
        <source>Flexibility station</source>
        <translation>Postazione di flessibilità</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="74"/>
        <source>Custom URL</source>
        <translation>URL personalizzato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="275"/>
        <source>Testing %1…</source>
        <translation>Test di %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="286"/>
        <source>No serial ports found. Plug in the devices, then look for ports again.</source>
        <translation>Nessuna porta seriale trovata. Collega i dispositivi, poi cerca di nuovo le porte.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="289"/>
        <source>Looking for devices on %1 ports…</source>
        <translation>Ricerca di dispositivi su %1 porte…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="299"/>
        <location filename="../../ui/viewmodels/setup.py" line="356"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Correggi i campi in rosso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="313"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>Il test stesso non è riuscito; controlla protocollo e porta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="302"/>
        <source>Testing the connection to %1…</source>
        <translation>Verifica della connessione a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="330"/>
        <source>Found: %1</source>
        <translation>Trovato: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="332"/>
        <source>No device answered. Choose each device&apos;s protocol and port, then test it.</source>
        <translation>Nessun dispositivo ha risposto. Scegli protocollo e porta di ogni dispositivo, poi provalo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="351"/>
        <source>%1 connection failed: %2</source>
        <translation>Connessione a %1 non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="360"/>
        <source>Setup could not finish: %1</source>
        <translation>Impossibile completare la configurazione: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="366"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Salvato in %1. Avvio del totem…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="397"/>
        <source>Keyboard input</source>
        <translation>Input da tastiera</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="399"/>
        <source>USB (nfcpy)</source>
        <translation>USB (nfcpy)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="404"/>
        <source>Simulated</source>
        <translation>Simulato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="34"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="35"/>
        <source>Needs attention</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="36"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="37"/>
        <source>Needs re-auth</source>
        <translation>Nuovo accesso richiesto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="38"/>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="39"/>
        <source>Expired</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="40"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="41"/>
        <source>Discarded</source>
        <translation>Scartati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="47"/>
        <source>Unknown member</source>
        <translation>Persona sconosciuta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="54"/>
        <source>%1: sent</source>
        <translation>%1: inviato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued (offline)</source>
        <translation>%1: in coda (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued</source>
        <translation>%1: in coda</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="59"/>
        <source>%1: needs re-auth</source>
        <translation>%1: nuovo accesso richiesto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="61"/>
        <source>%1: reply lost, may have arrived: check there, then resend or discard</source>
        <translation>%1: risposta persa, forse arrivato: controlla lì, poi reinvia o scarta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="64"/>
        <source>%1: the member has not connected their account</source>
        <translation>%1: il socio non ha collegato il suo account</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="66"/>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="67"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: rifiutato (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="69"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: scaduto, troppo vecchio per l&apos;invio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: scartato («Non sono io»)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: scartato in modalità trainer</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Not this member</source>
        <translation>Persona sbagliata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Test or demo measurement</source>
        <translation>Misurazione di prova o dimostrativa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Wrong reading from the device</source>
        <translation>Lettura errata del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Duplicate</source>
        <translation>Duplicato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="137"/>
        <source>This card could not be looked up. Pick the member from the list.</source>
        <translation>Impossibile verificare questa tessera. Scegli la persona dall’elenco.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="142"/>
        <source>No results at this kiosk for this card.</source>
        <translation>Nessun risultato su questo totem per questa tessera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="166"/>
        <source>Trainer (PIN)</source>
        <translation>Trainer (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="167"/>
        <source>Trainer (card)</source>
        <translation>Trainer (tessera)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="195"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>L&apos;inserimento del PIN non è configurato su questo totem. Avvicina invece la tessera trainer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="198"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="199"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Troppi PIN errati. Riprova tra %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="201"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="203"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>PIN errato. Tentativi rimasti: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="205"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>Al momento non è possibile verificare il PIN. Avvicina invece la tessera trainer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="206"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Inserisci il PIN trainer o avvicina la tessera trainer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="236"/>
        <source>All members</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="284"/>
        <source>USB drive %1</source>
        <translation>Chiavetta USB %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="285"/>
        <source>This kiosk</source>
        <translation>Questo totem</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="442"/>
        <source>Nothing to resend.</source>
        <translation>Niente da reinviare.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="444"/>
        <source>Queued again; sending now.</source>
        <translation>Di nuovo in coda; invio in corso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="446"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>Di nuovo in coda. Verrà inviato alla prossima misurazione di %1 su questo totem.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="447"/>
        <source>the member</source>
        <translation>questa persona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="450"/>
        <source>Still too old for %1 to accept; it cannot be sent.</source>
        <translation>Ancora troppo vecchio per %1; non può essere inviato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="454"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Scartato. Il motivo è nel registro di controllo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="469"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>Impossibile scrivere su %1. La chiavetta è ancora inserita e non è piena?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="472"/>
        <source>Saved %1 results to %2</source>
        <translation>Risultati salvati in %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="491"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>Non ha funzionato: la memoria di questo totem non risponde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="158"/>
        <source>Trend for %1</source>
        <translation>Andamento di %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="159"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Misurazioni su questo totem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="30"/>
        <source>Your body weight, measured barefoot.</source>
        <translation>Il tuo peso corporeo, misurato a piedi nudi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="31"/>
        <source>The share of your weight that is fat.</source>
        <translation>La quota del tuo peso costituita da grasso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="32"/>
        <source>How much of your weight is fat.</source>
        <translation>Quanto del tuo peso è grasso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="33"/>
        <source>Everything that is not fat: muscle, bone, organs and water.</source>
        <translation>Tutto ciò che non è grasso: muscoli, ossa, organi e acqua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="34"/>
        <source>The weight of your muscles, including the water in them.</source>
        <translation>Il peso dei tuoi muscoli, compresa l&apos;acqua che contengono.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="35"/>
        <source>The share of your weight that is water.</source>
        <translation>La quota del tuo peso costituita da acqua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="36"/>
        <source>How much of your weight is water.</source>
        <translation>Quanto del tuo peso è acqua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="37"/>
        <source>The estimated weight of the minerals in your bones.</source>
        <translation>Il peso stimato dei minerali nelle tue ossa.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="38"/>
        <source>Your weight relative to your height: kilograms divided by metres squared.</source>
        <translation>Il tuo peso in rapporto all&apos;altezza: chilogrammi divisi per metri al quadrato.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="39"/>
        <source>Fat around your inner organs, on Tanita&apos;s scale from 1 to 59.</source>
        <translation>Grasso intorno ai tuoi organi interni, sulla scala Tanita da 1 a 59.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="40"/>
        <location filename="../../ui/viewmodels/result_view.py" line="41"/>
        <source>The energy your body uses in a day at complete rest.</source>
        <translation>L&apos;energia che il tuo corpo consuma in un giorno a riposo completo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="42"/>
        <source>The age at which an average person&apos;s resting energy use matches yours.</source>
        <translation>L&apos;età in cui il consumo a riposo di una persona media corrisponde al tuo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="43"/>
        <source>How long your workout lasted, in minutes and seconds.</source>
        <translation>Quanto è durato il tuo allenamento, in minuti e secondi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="44"/>
        <source>The distance you covered in this workout.</source>
        <translation>La distanza percorsa in questo allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="45"/>
        <source>The energy this workout used, as the machine estimates it.</source>
        <translation>L&apos;energia consumata in questo allenamento, secondo la stima della macchina.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="46"/>
        <source>Your average speed over the whole workout.</source>
        <translation>La tua velocità media su tutto l&apos;allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="47"/>
        <source>Your average heart rate over the whole workout.</source>
        <translation>La tua frequenza cardiaca media su tutto l&apos;allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="48"/>
        <source>Your average power over the whole workout.</source>
        <translation>La tua potenza media su tutto l&apos;allenamento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="49"/>
        <source>How far you reached in the flexibility test.</source>
        <translation>Fin dove è arrivata la tua mano nel test di flessibilità.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="50"/>
        <source>How far your left hip flexor lets your leg move.</source>
        <translation>Quanto il tuo flessore dell&apos;anca sinistro lascia muovere la gamba.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="51"/>
        <source>How far your right hip flexor lets your leg move.</source>
        <translation>Quanto il tuo flessore dell&apos;anca destro lascia muovere la gamba.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Underweight</source>
        <translation>Sottopeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Normal</source>
        <translation>Normopeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Overweight</source>
        <translation>Sovrappeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Obese</source>
        <translation>Obesità</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Healthy</source>
        <translation>Fascia sana</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <source>Excess</source>
        <translation>Eccesso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Under fat</source>
        <translation>Grasso basso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Over fat</source>
        <translation>Grasso alto</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="121"/>
        <source>Range from %1.</source>
        <translation>Fascia secondo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="123"/>
        <source>Your age: %1</source>
        <translation>La tua età: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="125"/>
        <source>No published range.</source>
        <translation>Nessuna fascia pubblicata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="145"/>
        <source>▲ ▼ change since your last result on %1</source>
        <translation>▲ ▼ variazione dall&apos;ultimo risultato del %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="216"/>
        <source>%1 will get it later</source>
        <translation>%1 lo riceverà più tardi</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>This kiosk is not enrolled at %1</source>
        <translation>Questo totem non è registrato presso %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Results are kept here. Please tell a trainer: it needs a new enrolment code.</source>
        <translation>I risultati restano salvati qui. Avvisa lo staff, per favore: serve un nuovo codice di registrazione.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>female</source>
        <translation>femminile</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>male</source>
        <translation>maschile</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="46"/>
        <source>%1 cm · %2 · %3 — correct?</source>
        <translation>%1 cm · %2 · %3: è corretto?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="58"/>
        <source>%1 to %2 cm</source>
        <translation>da %1 a %2 cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="60"/>
        <source>%1 to %2 years</source>
        <translation>da %1 a %2 anni</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="116"/>
        <source>The scale did not get your details</source>
        <translation>La bilancia non ha ricevuto i tuoi dati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="117"/>
        <source>Please step off the scale and tap Try again.</source>
        <translation>Scendi dalla bilancia e tocca «Riprova».</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="118"/>
        <source>The scale did not accept these details</source>
        <translation>La bilancia non ha accettato questi dati</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="119"/>
        <source>Please check them and tap Try again.</source>
        <translation>Controllali e tocca «Riprova».</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="120"/>
        <source>The scale is not answering</source>
        <translation>La bilancia non risponde</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="121"/>
        <source>Please tap Try again. If this happens again, please tell a trainer.</source>
        <translation>Tocca «Riprova». Se succede di nuovo, avvisa lo staff, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="122"/>
        <source>The scale reported a problem</source>
        <translation>La bilancia segnala un problema</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="123"/>
        <source>Please step off the scale, wait a moment and tap Try again.</source>
        <translation>Scendi dalla bilancia, aspetta un momento e tocca «Riprova».</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="131"/>
        <source>The scale calculates with one of two body models. Please choose the one to use.</source>
        <translation>La bilancia calcola con uno di due modelli corporei. Scegli quale usare, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="133"/>
        <source>Please enter your height and age.</source>
        <translation>Inserisci la tua altezza e la tua età, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="135"/>
        <source>Please enter your height.</source>
        <translation>Inserisci la tua altezza, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="137"/>
        <source>Please enter your age.</source>
        <translation>Inserisci la tua età, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="33"/>
        <source>+%1 points today</source>
        <translation>+%1 punti oggi</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="35"/>
        <source>level %1, %2 to go</source>
        <translation>livello %1, ne mancano %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="38"/>
        <source>level %1</source>
        <translation>livello %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="98"/>
        <source>%1 connected</source>
        <translation>%1 collegato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <source>Disconnect %1</source>
        <translation>Scollega %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>%1 needs reconnecting</source>
        <translation>%1 va ricollegato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>Reconnect %1</source>
        <translation>Ricollega %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="52"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="159"/>
        <source>Connect %1</source>
        <translation>Collega %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="66"/>
        <source>Today&apos;s plan in %1: %2, %3 min</source>
        <translation>Il tuo piano di oggi in %1: %2, %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="68"/>
        <source>Today&apos;s plan in %1: %2</source>
        <translation>Il tuo piano di oggi in %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="83"/>
        <source>Zone %1 of %2: %3</source>
        <translation>Zona %1 di %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="94"/>
        <source>Preparing the code…</source>
        <translation>Preparo il codice…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="95"/>
        <source>Scan the code with your phone&apos;s camera and sign in to %1 there.</source>
        <translation>Inquadra il codice con la fotocamera del telefono e accedi a %1 da lì.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="96"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="97"/>
        <source>Signing in on your phone…</source>
        <translation>Accesso sul telefono…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="99"/>
        <source>Not connected: the sign-in was cancelled on the phone.</source>
        <translation>Non collegato: l&apos;accesso è stato annullato sul telefono.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="100"/>
        <source>%1 did not finish connecting. Please try again later.</source>
        <translation>%1 non ha completato il collegamento. Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="101"/>
        <source>The code has expired. Tap Connect to try again.</source>
        <translation>Il codice è scaduto. Tocca Collega per riprovare.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="103"/>
        <source>Connecting is not possible right now. Please try again later.</source>
        <translation>Ora non è possibile collegarsi. Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="109"/>
        <source>Link a card to your %1 account?</source>
        <translation>Collegare una tessera al tuo account %1?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="110"/>
        <source>Next, hold the card or wristband you want to use to the reader. You can then log in with it instead of your phone. A card that belongs to another member is not linked.</source>
        <translation>Ora avvicina al lettore la tessera o il braccialetto che vuoi usare. Poi potrai accedere con quello invece che con il telefono. La tessera di un altro socio non viene collegata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Hold your card to the reader now</source>
        <translation>Avvicina ora la tessera al lettore</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Only the next card tapped is linked.</source>
        <translation>Viene collegata solo la prossima tessera avvicinata.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Linking your card…</source>
        <translation>Collegamento della tessera…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Please keep the card near the reader.</source>
        <translation>Tieni la tessera vicino al lettore.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Your card is linked</source>
        <translation>La tua tessera è collegata</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Next time, just tap the card.</source>
        <translation>La prossima volta basta avvicinare la tessera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>This card is already yours</source>
        <translation>Questa tessera è già tua</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>Nothing needed changing.</source>
        <translation>Non c’era niente da cambiare.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="116"/>
        <source>This card belongs to another member</source>
        <translation>Questa tessera appartiene a un altro socio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="117"/>
        <source>It was not linked. Please ask at the front desk if it should be yours.</source>
        <translation>Non è stata collegata. Chiedi alla reception se dovrebbe essere tua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="118"/>
        <source>Your card could not be linked right now</source>
        <translation>Al momento non è stato possibile collegare la tessera</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="119"/>
        <source>Nothing was changed. Please try again.</source>
        <translation>Non è stato cambiato nulla. Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="135"/>
        <source>Before your results are saved to %1, please read and accept its terms.</source>
        <translation>Prima di salvare i tuoi risultati su %1, leggi e accetta i suoi termini.</translation>
    </message>
</context>
<context>
    <name>AccountLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="59"/>
        <source>Your phone shows this code too:</source>
        <translation>Anche il telefono mostra questo codice:</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="116"/>
        <source>Choose your language</source>
        <translation>Scegli la lingua</translation>
    </message>
</context>
<context>
    <name>CardLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="43"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="33"/>
        <source>Hello, %1!</source>
        <translation>Ciao, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="39"/>
        <source>Before you step on: the scale needs these details to measure your body composition.</source>
        <translation>Prima di salire: la bilancia ha bisogno di questi dati per misurare la tua composizione corporea.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="52"/>
        <source>Height</source>
        <translation>Altezza</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="53"/>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="58"/>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="72"/>
        <source>Enter</source>
        <translation>Inserisci</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="58"/>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="72"/>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="66"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="80"/>
        <source>Body model</source>
        <translation>Modello corporeo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="83"/>
        <source>Female</source>
        <translation>Femminile</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="89"/>
        <source>Male</source>
        <translation>Maschile</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="96"/>
        <source>Body type</source>
        <translation>Tipo corporeo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="99"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="105"/>
        <source>Athletic</source>
        <translation>Atletico</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="146"/>
        <source>Getting the scale ready…</source>
        <translation>Preparazione della bilancia…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="159"/>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Correct</source>
        <translation>È corretto</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your height in cm</source>
        <translation>La tua altezza in cm</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your age</source>
        <translation>La tua età</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>Please enter a number from %1.</source>
        <translation>Inserisci un numero %1, per favore.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>From %1.</source>
        <translation>Valori %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="324"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>FailedScreen</name>
    <message>
        <location filename="../../ui/qml/member/FailedScreen.qml" line="23"/>
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
        <source>Checking your card with %1</source>
        <translation>Verifica della tessera con %1</translation>
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
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="91"/>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/qml/shared/OnScreenKeyboard.qml" line="83"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="17"/>
        <source>Hello, %1!</source>
        <translation>Ciao, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="57"/>
        <source>A workout finished on this machine just before you tapped. Was it yours?</source>
        <translation>Un allenamento è terminato su questa macchina poco prima del tuo accesso. Era il tuo?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="58"/>
        <source>A result finished here just before you tapped. Was it yours?</source>
        <translation>Una misurazione è terminata qui poco prima del tuo accesso. Era la tua?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="74"/>
        <source>Not mine</source>
        <translation>Non è mio</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my workout</source>
        <translation>È il mio allenamento</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my measurement</source>
        <translation>È la mia misurazione</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="134"/>
        <source>Link a card</source>
        <translation>Collega una tessera</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="142"/>
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
        <location filename="../../ui/qml/member/ResultPage.qml" line="86"/>
        <source>Tap a value to see what it means.</source>
        <translation>Tocca un valore per vedere cosa significa.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="92"/>
        <source>Your result is saved to %1 automatically in a few seconds.</source>
        <translation>Il tuo risultato verrà salvato automaticamente su %1 tra pochi secondi.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="98"/>
        <source>Sending your result…</source>
        <translation>Invio del risultato…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="132"/>
        <source>Not me</source>
        <translation>Non sono io</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="141"/>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="149"/>
        <source>Measure again</source>
        <translation>Misura di nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="185"/>
        <source>Is this result not yours?</source>
        <translation>Questo risultato non è tuo?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="186"/>
        <source>It will be deleted from this kiosk and not sent to %1.</source>
        <translation>Verrà eliminato da questo chiosco e non inviato a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="192"/>
        <source>Delete it, it&apos;s not mine</source>
        <translation>Elimina, non è mio</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="199"/>
        <source>It&apos;s mine, keep it</source>
        <translation>È mio, tienilo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="217"/>
        <source>Take your result with you</source>
        <translation>Porta con te il tuo risultato</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="237"/>
        <source>Scan it with your phone&apos;s camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the %1 app.</source>
        <translation>Scansionalo con la fotocamera del telefono. Contiene solo la data e questi valori: nessun nome, nessun link. Una volta salvato, il risultato è anche nell&apos;app %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="243"/>
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
        <location filename="../../ui/qml/setup/SetupMain.qml" line="49"/>
        <source>Set up this kiosk</source>
        <translation>Configura questo totem</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="88"/>
        <source>The kiosk could not start: %1</source>
        <translation>Il totem non è riuscito ad avviarsi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="110"/>
        <source>Station</source>
        <translation>Postazione</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="115"/>
        <source>What stands beside this kiosk?</source>
        <translation>Cosa c&apos;è accanto a questo totem?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="126"/>
        <source>Name shown on screen (optional)</source>
        <translation>Nome mostrato sullo schermo (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="89"/>
        <source>Answer these questions once; the kiosk starts when %1 accepts them.</source>
        <translation>Rispondi una sola volta a queste domande; il totem si avvia quando %1 le accetta.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="153"/>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="157"/>
        <source>Card reader</source>
        <translation>Lettore di tessere</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="167"/>
        <source>Measuring device</source>
        <translation>Dispositivo di misura</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="181"/>
        <source>Look for ports again</source>
        <translation>Cerca di nuovo le porte</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Looking…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Find devices</source>
        <translation>Trova dispositivi</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="199"/>
        <source>Trainer PIN</source>
        <translation>PIN trainer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="206"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>PIN per la modalità trainer (da 4 a 12 cifre)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="217"/>
        <source>The same PIN again</source>
        <translation>Ripeti il PIN</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="245"/>
        <source>Saves to %1</source>
        <translation>Salva in %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Test %1 and finish</source>
        <translation>Verifica %1 e termina</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Ciao, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="95"/>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Accept</source>
        <translation>Accetta</translation>
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
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
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
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="22"/>
        <source>‹ Back</source>
        <translation>‹ Indietro</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="28"/>
        <source>Discard %1&apos;s result</source>
        <translation>Scarta il risultato di %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="44"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>Non verrà inviato da nessuna parte. Scegli o scrivi il motivo; resta nel registro di controllo.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="108"/>
        <source>Or type a reason</source>
        <translation>Oppure scrivi un motivo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="122"/>
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
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="40"/>
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
<context>
    <name>platform</name>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="19"/>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="20"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Per una sandbox locale (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="22"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="24"/>
        <source>EGYM production</source>
        <translation>EGYM produzione</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="25"/>
        <source>EGYM test</source>
        <translation>EGYM test</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="28"/>
        <source>Gym id</source>
        <translation>ID della palestra</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="29"/>
        <source>Machine name</source>
        <translation>Nome della macchina</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="31"/>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="32"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Salvata in un file leggibile solo dall&apos;utente del totem, mai nella configurazione.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="42"/>
        <source>enter the API key EGYM issued for this gym location</source>
        <translation>inserire la chiave API che EGYM ha rilasciato per questa sede</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="44"/>
        <source>the API key has no spaces or line breaks; paste it again</source>
        <translation>la chiave API non contiene spazi né a capo; incollarla di nuovo</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="47"/>
        <source>enter the gym id (a whole number from EGYM)</source>
        <translation>inserire l&apos;ID della palestra (un numero intero di EGYM)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="49"/>
        <source>the gym id is a whole number, digits only</source>
        <translation>l&apos;ID della palestra è un numero intero, solo cifre</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="51"/>
        <source>enter the machine name EGYM knows this kiosk by</source>
        <translation>inserire il nome macchina con cui EGYM conosce questo chiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="23"/>
        <source>Hub address</source>
        <translation>Indirizzo dell&apos;hub</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="28"/>
        <source>Enrolment code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="46"/>
        <source>enter the hub&apos;s address, such as https://hub.example.com</source>
        <translation>inserire l&apos;indirizzo dell&apos;hub, ad es. https://hub.example.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="24"/>
        <source>The gym&apos;s hub, e.g. https://hub.example.com; on this machine: http://127.0.0.1:8400</source>
        <translation>L&apos;hub della palestra, ad es. https://hub.example.com; su questo computer: http://127.0.0.1:8400</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="29"/>
        <source>8 digits from the hub&apos;s fleet page, valid for 15 minutes. This kiosk stores only its own credential, never the EGYM key.</source>
        <translation>8 cifre dalla pagina della flotta dell&apos;hub, valide 15 minuti. Questo totem conserva solo la propria credenziale, mai la chiave EGYM.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="35"/>
        <source>enter the enrolment code from the hub&apos;s fleet page (gym-kiosk hub enrol)</source>
        <translation>inserire il codice di registrazione dalla pagina della flotta dell&apos;hub (gym-kiosk hub enrol)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="37"/>
        <source>the enrolment code has 8 digits</source>
        <translation>il codice di registrazione ha 8 cifre</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="34"/>
        <source>choose the reader&apos;s port, or &quot;simulated&quot;</source>
        <translation>scegli la porta del lettore di tessere o «Simulato»</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="35"/>
        <source>choose the device&apos;s port, or &quot;simulated&quot;</source>
        <translation>scegli la porta del dispositivo di misura o «Simulato»</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="371"/>
        <source>a trainer PIN is 4 to 12 digits</source>
        <translation>il PIN trainer ha da 4 a 12 cifre</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="374"/>
        <source>the two PINs differ; type the same PIN twice</source>
        <translation>i due PIN non coincidono; digita due volte lo stesso PIN</translation>
    </message>
</context>
</TS>

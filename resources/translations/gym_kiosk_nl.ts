<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="91"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="129"/>
        <source>Body fat</source>
        <translation>Lichaamsvet</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="92"/>
        <source>Fat mass</source>
        <translation>Vetmassa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="93"/>
        <source>Fat-free mass</source>
        <translation>Vetvrije massa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="94"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="130"/>
        <source>Muscle mass</source>
        <translation>Spiermassa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="95"/>
        <location filename="../../ui/viewmodels/formatting.py" line="96"/>
        <source>Body water</source>
        <translation>Lichaamsvocht</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="97"/>
        <source>Bone mass</source>
        <translation>Botmassa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="99"/>
        <source>Visceral fat rating</source>
        <translation>Visceraal vetniveau</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="100"/>
        <location filename="../../ui/viewmodels/formatting.py" line="101"/>
        <source>Basal metabolic rate</source>
        <translation>Basaal metabolisme</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="102"/>
        <source>Metabolic age</source>
        <translation>Metabole leeftijd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="103"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="104"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="105"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="106"/>
        <source>Average speed</source>
        <translation>Gemiddelde snelheid</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="107"/>
        <source>Average heart rate</source>
        <translation>Gemiddelde hartslag</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="108"/>
        <source>Average power</source>
        <translation>Gemiddeld vermogen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="109"/>
        <source>Reach</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="110"/>
        <source>Hip flexor, left</source>
        <translation>Heupbuiger links</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="111"/>
        <source>Hip flexor, right</source>
        <translation>Heupbuiger rechts</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Heart rate</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Power</source>
        <translation>Vermogen</translation>
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
        <translation>jaar</translation>
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
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="195"/>
        <location filename="../../ui/viewmodels/formatting.py" line="214"/>
        <source>Sending to %1…</source>
        <translation>Versturen naar %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="197"/>
        <source>Saved on this kiosk, sending to %1 when online</source>
        <translation>Opgeslagen op deze kiosk, wordt naar %1 verstuurd zodra er verbinding is</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="199"/>
        <location filename="../../ui/viewmodels/formatting.py" line="224"/>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>%1 did not accept this result</source>
        <translation>%1 heeft dit resultaat niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="201"/>
        <source>Too old for %1 to accept</source>
        <translation>Te oud, %1 accepteert het niet meer</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="203"/>
        <location filename="../../ui/viewmodels/formatting.py" line="226"/>
        <source>Not sent to %1</source>
        <translation>Niet verstuurd naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="218"/>
        <source>Checking that %1 got it…</source>
        <translation>Controleren of %1 het heeft…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="220"/>
        <source>%1 may have it: a trainer checks</source>
        <translation>%1 heeft het misschien: een trainer controleert het</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="222"/>
        <source>%1: connect your account at the greeting</source>
        <translation>%1: koppel je account bij de begroeting</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>Please try again in a minute.</source>
        <translation>Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Please try again in a few minutes.</source>
        <translation>Probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>The cardio machine is disconnected</source>
        <translation>Het cardiotoestel is losgekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>The flexibility station is disconnected</source>
        <translation>Het flexibiliteitsstation is losgekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>The scale is disconnected</source>
        <translation>De weegschaal is losgekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Vraag bij de receptie of ze je pas koppelen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>Please tell a trainer.</source>
        <translation>Meld het bij een medewerker.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>Je resultaat is hier opgeslagen en wordt zo verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>Je resultaat is op deze kiosk opgeslagen en wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>Je resultaat is hier opgeslagen en wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>Een medewerker kan de details op deze kiosk bekijken.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>This card is not linked to an %1 account</source>
        <translation>Deze pas is niet gekoppeld aan een %1-account</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Please ask at the front desk.</source>
        <translation>Vraag het bij de receptie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>This kiosk is not allowed to do that at %1</source>
        <translation>Deze kiosk heeft daar bij %1 geen toestemming voor</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>%1 is busy right now</source>
        <translation>%1 is nu even overbelast</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>No connection to %1</source>
        <translation>Geen verbinding met %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>%1 sent an answer we could not read</source>
        <translation>%1 stuurde een onleesbaar antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>This kiosk could not sign in to %1</source>
        <translation>Deze kiosk kon niet inloggen bij %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>We could not use this card or phone</source>
        <translation>Deze pas of telefoon konden we niet gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Please try again, or use your member card.</source>
        <translation>Probeer het opnieuw of gebruik je ledenpas.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>Opnieuw verbinden… blijf waar je bent.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>This kiosk could not save your result</source>
        <translation>Deze kiosk kon je resultaat niet opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>Er is niets verstuurd. Meld het bij een medewerker.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Your result is not saved yet</source>
        <translation>Je resultaat is nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Please keep this screen open.</source>
        <translation>Laat dit scherm open.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="69"/>
        <source>Your membership is paused</source>
        <translation>Je lidmaatschap is gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="70"/>
        <source>Your membership is not active</source>
        <translation>Je lidmaatschap is niet actief</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="71"/>
        <source>Your membership is blocked</source>
        <translation>Je lidmaatschap is geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="72"/>
        <source>Your membership does not include this time of day</source>
        <translation>Je lidmaatschap geldt niet op dit tijdstip</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="73"/>
        <source>Your visit was not approved</source>
        <translation>Je bezoek is niet goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="74"/>
        <source>No problem. Nothing was measured or sent</source>
        <translation>Geen probleem. Er is niets gemeten of verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>You can accept %1&apos;s terms next time to save your results.</source>
        <translation>Je kunt de voorwaarden van %1 de volgende keer accepteren om je resultaten op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>%1&apos;s terms could not be loaded</source>
        <translation>De voorwaarden van %1 konden niet worden geladen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Your answer did not reach %1</source>
        <translation>Je antwoord is niet bij %1 aangekomen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Please tap Accept again.</source>
        <translation>Tik nogmaals op Accepteren.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Please try again.</source>
        <translation>Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Start your workout</source>
        <translation>Start je training</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Druk op Start op de console. Je waarden verschijnen hier terwijl je traint.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Take your position for the test</source>
        <translation>Neem je positie in voor de test</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Volg de instructies op het toestel. Je resultaat verschijnt hier als de test klaar is.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Please step onto the scale</source>
        <translation>Stap op de weegschaal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>Op blote voeten, stil blijven staan, beide voeten op de elektroden.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Saving your result…</source>
        <translation>Je resultaat wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Nog niet opgeslagen. Laat dit scherm open.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Console losgekoppeld, opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Ga gewoon door: de console telt je training mee.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>Waiting for the console…</source>
        <translation>Wachten op de console…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>The figures shown are not current.</source>
        <translation>De getoonde waarden zijn niet actueel.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Workout in progress…</source>
        <translation>Training bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Rond je training af op de console om je overzicht te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="113"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Weegschaal losgekoppeld, opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>Waiting for the scale…</source>
        <translation>Wachten op de weegschaal…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>The weight shown is not current.</source>
        <translation>Het getoonde gewicht is niet actueel.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="117"/>
        <source>Weight steady, analysing…</source>
        <translation>Gewicht stabiel, analyseren…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="118"/>
        <source>Please stand still…</source>
        <translation>Blijf stilstaan…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="228"/>
        <source>Closes in %1 s. Touch the screen to keep it open.</source>
        <translation>Sluit over %1 s. Tik op het scherm om het open te houden.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="56"/>
        <source>Smart scale</source>
        <translation>Slimme weegschaal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="57"/>
        <source>Cardio machine</source>
        <translation>Cardiotoestel</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="58"/>
        <source>Flexibility station</source>
        <translation>Flexibiliteitsstation</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="74"/>
        <source>Custom URL</source>
        <translation>Eigen URL</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="275"/>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="286"/>
        <source>No serial ports found. Plug in the devices, then look for ports again.</source>
        <translation>Geen seriële poorten gevonden. Sluit de apparaten aan en zoek opnieuw naar poorten.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="289"/>
        <source>Looking for devices on %1 ports…</source>
        <translation>Apparaten zoeken op %1 poorten…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="299"/>
        <location filename="../../ui/viewmodels/setup.py" line="356"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Verbeter de rode velden.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="313"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>De test zelf is mislukt; controleer protocol en poort.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="302"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbinding met %1 testen…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="330"/>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="332"/>
        <source>No device answered. Choose each device&apos;s protocol and port, then test it.</source>
        <translation>Geen apparaat antwoordde. Kies per apparaat het protocol en de poort en test het daarna.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="351"/>
        <source>%1 connection failed: %2</source>
        <translation>Verbinding met %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="360"/>
        <source>Setup could not finish: %1</source>
        <translation>Instellen kon niet worden voltooid: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="366"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Opgeslagen in %1. Kiosk wordt gestart…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="397"/>
        <source>Keyboard input</source>
        <translation>Toetsenbordinvoer</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="399"/>
        <source>USB (nfcpy)</source>
        <translation>USB (nfcpy)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="404"/>
        <source>Simulated</source>
        <translation>Gesimuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="34"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="35"/>
        <source>Needs attention</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="36"/>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="37"/>
        <source>Needs re-auth</source>
        <translation>Opnieuw inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="38"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="39"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="40"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="41"/>
        <source>Discarded</source>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="47"/>
        <source>Unknown member</source>
        <translation>Onbekend lid</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="54"/>
        <source>%1: sent</source>
        <translation>%1: verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued (offline)</source>
        <translation>%1: in wachtrij (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued</source>
        <translation>%1: in wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="59"/>
        <source>%1: needs re-auth</source>
        <translation>%1: opnieuw inloggen nodig</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="61"/>
        <source>%1: reply lost, may have arrived: check there, then resend or discard</source>
        <translation>%1: antwoord verloren, misschien aangekomen: controleer daar, dan opnieuw sturen of weggooien</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="64"/>
        <source>%1: the member has not connected their account</source>
        <translation>%1: het lid heeft zijn account niet gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="66"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="67"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: geweigerd (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="69"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: verlopen, te oud om te versturen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: verworpen (‘Dit ben ik niet’)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: verworpen in de trainermodus</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Not this member</source>
        <translation>Verkeerde persoon</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Test or demo measurement</source>
        <translation>Test- of demometing</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Wrong reading from the device</source>
        <translation>Foutieve meting van het apparaat</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="137"/>
        <source>This card could not be looked up. Pick the member from the list.</source>
        <translation>Deze kaart kon niet worden opgezocht. Kies het lid uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="142"/>
        <source>No results at this kiosk for this card.</source>
        <translation>Geen resultaten op deze kiosk voor deze kaart.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="166"/>
        <source>Trainer (PIN)</source>
        <translation>Trainer (pincode)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="167"/>
        <source>Trainer (card)</source>
        <translation>Trainer (pas)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="195"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>Inloggen met pincode is op deze kiosk niet ingesteld. Houd je trainerpas bij de lezer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="198"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="199"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Te vaak een verkeerde pincode. Probeer het over %1 opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="201"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="203"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>Verkeerde pincode. Resterende pogingen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="205"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>De pincode kan nu niet worden gecontroleerd. Houd je trainerpas bij de lezer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="206"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Voer de trainerpincode in of houd je trainerpas bij de lezer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="236"/>
        <source>All members</source>
        <translation>Alle leden</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="284"/>
        <source>USB drive %1</source>
        <translation>USB-stick %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="285"/>
        <source>This kiosk</source>
        <translation>Deze kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="442"/>
        <source>Nothing to resend.</source>
        <translation>Niets om opnieuw te versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="444"/>
        <source>Queued again; sending now.</source>
        <translation>Opnieuw in de wachtrij; wordt nu verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="446"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>Opnieuw in de wachtrij. Het wordt verstuurd zodra %1 weer op deze kiosk meet.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="447"/>
        <source>the member</source>
        <translation>het lid</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="450"/>
        <source>Still too old for %1 to accept; it cannot be sent.</source>
        <translation>Nog steeds te oud voor %1; het kan niet worden verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="454"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Verworpen. De reden staat in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="469"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>Kan niet schrijven naar %1. Zit de stick er nog in en is hij niet vol?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="472"/>
        <source>Saved %1 results to %2</source>
        <translation>Resultaten opgeslagen in %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="491"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>Dat lukte niet: de opslag van deze kiosk reageert niet.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="158"/>
        <source>Trend for %1</source>
        <translation>Verloop van %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="159"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Metingen op deze kiosk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="30"/>
        <source>Your body weight, measured barefoot.</source>
        <translation>Je lichaamsgewicht, blootsvoets gemeten.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="31"/>
        <source>The share of your weight that is fat.</source>
        <translation>Het deel van je gewicht dat uit vet bestaat.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="32"/>
        <source>How much of your weight is fat.</source>
        <translation>Hoeveel van je gewicht vet is.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="33"/>
        <source>Everything that is not fat: muscle, bone, organs and water.</source>
        <translation>Alles wat geen vet is: spieren, botten, organen en water.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="34"/>
        <source>The weight of your muscles, including the water in them.</source>
        <translation>Het gewicht van je spieren, inclusief het water erin.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="35"/>
        <source>The share of your weight that is water.</source>
        <translation>Het deel van je gewicht dat uit water bestaat.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="36"/>
        <source>How much of your weight is water.</source>
        <translation>Hoeveel van je gewicht water is.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="37"/>
        <source>The estimated weight of the minerals in your bones.</source>
        <translation>Het geschatte gewicht van de mineralen in je botten.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="38"/>
        <source>Your weight relative to your height: kilograms divided by metres squared.</source>
        <translation>Je gewicht ten opzichte van je lengte: kilogram gedeeld door meter in het kwadraat.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="39"/>
        <source>Fat around your inner organs, on Tanita&apos;s scale from 1 to 59.</source>
        <translation>Vet rond je inwendige organen, op de schaal van Tanita van 1 tot 59.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="40"/>
        <location filename="../../ui/viewmodels/result_view.py" line="41"/>
        <source>The energy your body uses in a day at complete rest.</source>
        <translation>De energie die je lichaam op een dag in volledige rust verbruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="42"/>
        <source>The age at which an average person&apos;s resting energy use matches yours.</source>
        <translation>De leeftijd waarop het rustverbruik van een gemiddeld persoon gelijk is aan het jouwe.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="43"/>
        <source>How long your workout lasted, in minutes and seconds.</source>
        <translation>Hoe lang je training duurde, in minuten en seconden.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="44"/>
        <source>The distance you covered in this workout.</source>
        <translation>De afstand die je in deze training hebt afgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="45"/>
        <source>The energy this workout used, as the machine estimates it.</source>
        <translation>De energie die deze training verbruikte, zoals het toestel die schat.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="46"/>
        <source>Your average speed over the whole workout.</source>
        <translation>Je gemiddelde snelheid over de hele training.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="47"/>
        <source>Your average heart rate over the whole workout.</source>
        <translation>Je gemiddelde hartslag over de hele training.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="48"/>
        <source>Your average power over the whole workout.</source>
        <translation>Je gemiddelde vermogen over de hele training.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="49"/>
        <source>How far you reached in the flexibility test.</source>
        <translation>Hoe ver je reikte in de flexibiliteitstest.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="50"/>
        <source>How far your left hip flexor lets your leg move.</source>
        <translation>Hoe ver je linker heupbuiger je been laat bewegen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="51"/>
        <source>How far your right hip flexor lets your leg move.</source>
        <translation>Hoe ver je rechter heupbuiger je been laat bewegen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Underweight</source>
        <translation>Ondergewicht</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Normal</source>
        <translation>Normaal gewicht</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Overweight</source>
        <translation>Overgewicht</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Obese</source>
        <translation>Obesitas</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Healthy</source>
        <translation>Gezond bereik</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <source>Excess</source>
        <translation>Te hoog</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Under fat</source>
        <translation>Te weinig vet</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Over fat</source>
        <translation>Te veel vet</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="121"/>
        <source>Range from %1.</source>
        <translation>Bereik volgens %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="123"/>
        <source>Your age: %1</source>
        <translation>Je leeftijd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="125"/>
        <source>No published range.</source>
        <translation>Geen gepubliceerd bereik.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="145"/>
        <source>▲ ▼ change since your last result on %1</source>
        <translation>▲ ▼ verschil met je vorige resultaat van %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="216"/>
        <source>%1 will get it later</source>
        <translation>%1 krijgt het later</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>This kiosk is not enrolled at %1</source>
        <translation>Deze kiosk is niet geregistreerd bij %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Results are kept here. Please tell a trainer: it needs a new enrolment code.</source>
        <translation>Resultaten blijven hier bewaard. Meld het bij een medewerker: de kiosk heeft een nieuwe registratiecode nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>female</source>
        <translation>vrouwelijk</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>male</source>
        <translation>mannelijk</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="46"/>
        <source>%1 cm · %2 · %3 — correct?</source>
        <translation>%1 cm · %2 · %3 – klopt dit?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="58"/>
        <source>%1 to %2 cm</source>
        <translation>%1 tot %2 cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="60"/>
        <source>%1 to %2 years</source>
        <translation>%1 tot %2 jaar</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="116"/>
        <source>The scale did not get your details</source>
        <translation>De weegschaal heeft je gegevens niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="117"/>
        <source>Please step off the scale and tap Try again.</source>
        <translation>Stap van de weegschaal en tik op ‘Opnieuw’.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="118"/>
        <source>The scale did not accept these details</source>
        <translation>De weegschaal heeft deze gegevens niet geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="119"/>
        <source>Please check them and tap Try again.</source>
        <translation>Controleer ze en tik op ‘Opnieuw’.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="120"/>
        <source>The scale is not answering</source>
        <translation>De weegschaal reageert niet</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="121"/>
        <source>Please tap Try again. If this happens again, please tell a trainer.</source>
        <translation>Tik op ‘Opnieuw’. Gebeurt dit nog eens, meld het dan bij een medewerker.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="122"/>
        <source>The scale reported a problem</source>
        <translation>De weegschaal meldt een probleem</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="123"/>
        <source>Please step off the scale, wait a moment and tap Try again.</source>
        <translation>Stap van de weegschaal, wacht even en tik op ‘Opnieuw’.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="131"/>
        <source>The scale calculates with one of two body models. Please choose the one to use.</source>
        <translation>De weegschaal rekent met een van twee lichaamsmodellen. Kies welk model ze moet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="133"/>
        <source>Please enter your height and age.</source>
        <translation>Vul je lengte en leeftijd in.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="135"/>
        <source>Please enter your height.</source>
        <translation>Vul je lengte in.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="137"/>
        <source>Please enter your age.</source>
        <translation>Vul je leeftijd in.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="33"/>
        <source>+%1 points today</source>
        <translation>+%1 punten vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="35"/>
        <source>level %1, %2 to go</source>
        <translation>niveau %1, nog %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="38"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="98"/>
        <source>%1 connected</source>
        <translation>%1 gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <source>Disconnect %1</source>
        <translation>%1 ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>%1 needs reconnecting</source>
        <translation>%1 moet opnieuw gekoppeld worden</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>Reconnect %1</source>
        <translation>%1 opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="52"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="159"/>
        <source>Connect %1</source>
        <translation>%1 koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="66"/>
        <source>Today&apos;s plan in %1: %2, %3 min</source>
        <translation>Je plan voor vandaag in %1: %2, %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="68"/>
        <source>Today&apos;s plan in %1: %2</source>
        <translation>Je plan voor vandaag in %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="83"/>
        <source>Zone %1 of %2: %3</source>
        <translation>Zone %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="94"/>
        <source>Preparing the code…</source>
        <translation>Code wordt klaargezet…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="95"/>
        <source>Scan the code with your phone&apos;s camera and sign in to %1 there.</source>
        <translation>Scan de code met de camera van je telefoon en log daar in bij %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="96"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="97"/>
        <source>Signing in on your phone…</source>
        <translation>Inloggen op je telefoon…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="99"/>
        <source>Not connected: the sign-in was cancelled on the phone.</source>
        <translation>Niet gekoppeld: het inloggen is op de telefoon geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="100"/>
        <source>%1 did not finish connecting. Please try again later.</source>
        <translation>%1 heeft het koppelen niet afgerond. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="101"/>
        <source>The code has expired. Tap Connect to try again.</source>
        <translation>De code is verlopen. Tik op Koppelen om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="103"/>
        <source>Connecting is not possible right now. Please try again later.</source>
        <translation>Koppelen kan nu niet. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="109"/>
        <source>Link a card to your %1 account?</source>
        <translation>Een kaart koppelen aan je %1-account?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="110"/>
        <source>Next, hold the card or wristband you want to use to the reader. You can then log in with it instead of your phone. A card that belongs to another member is not linked.</source>
        <translation>Houd daarna de kaart of het polsbandje dat je wilt gebruiken bij de lezer. Dan kun je daarmee inloggen in plaats van met je telefoon. De kaart van een ander lid wordt niet gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Hold your card to the reader now</source>
        <translation>Houd je kaart nu bij de lezer</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Only the next card tapped is linked.</source>
        <translation>Alleen de volgende kaart wordt gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Linking your card…</source>
        <translation>Je kaart wordt gekoppeld…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Please keep the card near the reader.</source>
        <translation>Houd de kaart dicht bij de lezer.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Your card is linked</source>
        <translation>Je kaart is gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Next time, just tap the card.</source>
        <translation>Tik de volgende keer gewoon met de kaart.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>This card is already yours</source>
        <translation>Deze kaart is al van jou</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>Nothing needed changing.</source>
        <translation>Er hoefde niets te veranderen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="116"/>
        <source>This card belongs to another member</source>
        <translation>Deze kaart is van een ander lid</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="117"/>
        <source>It was not linked. Please ask at the front desk if it should be yours.</source>
        <translation>Hij is niet gekoppeld. Vraag het bij de receptie als hij van jou zou moeten zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="118"/>
        <source>Your card could not be linked right now</source>
        <translation>Je kaart kon nu niet worden gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="119"/>
        <source>Nothing was changed. Please try again.</source>
        <translation>Er is niets veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="135"/>
        <source>Before your results are saved to %1, please read and accept its terms.</source>
        <translation>Lees en accepteer de voorwaarden van %1 voordat je resultaten daar worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AccountLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="59"/>
        <source>Your phone shows this code too:</source>
        <translation>Je telefoon toont ook deze code:</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="91"/>
        <source>Tap your card or phone</source>
        <translation>Scan je pas of telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="92"/>
        <source>Hold your member card, wristband or phone to the reader to start.</source>
        <translation>Houd je ledenpas, polsbandje of telefoon bij de lezer om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="103"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="116"/>
        <source>Choose your language</source>
        <translation>Kies je taal</translation>
    </message>
</context>
<context>
    <name>CardLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="43"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Try again</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
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
        <translation>Hallo %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="39"/>
        <source>Before you step on: the scale needs these details to measure your body composition.</source>
        <translation>Voordat je op de weegschaal stapt: ze heeft deze gegevens nodig om je lichaamssamenstelling te meten.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="52"/>
        <source>Height</source>
        <translation>Lengte</translation>
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
        <translation>Invullen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="58"/>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="72"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="66"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="80"/>
        <source>Body model</source>
        <translation>Lichaamsmodel</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="83"/>
        <source>Female</source>
        <translation>Vrouwelijk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="89"/>
        <source>Male</source>
        <translation>Mannelijk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="96"/>
        <source>Body type</source>
        <translation>Lichaamstype</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="99"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="105"/>
        <source>Athletic</source>
        <translation>Atletisch</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="146"/>
        <source>Getting the scale ready…</source>
        <translation>Weegschaal wordt klaargezet…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="159"/>
        <source>Not me</source>
        <translation>Dit ben ik niet</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Try again</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Correct</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your height in cm</source>
        <translation>Je lengte in cm</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your age</source>
        <translation>Je leeftijd</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>Please enter a number from %1.</source>
        <translation>Vul een getal van %1 in.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>From %1.</source>
        <translation>Van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="324"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FailedScreen</name>
    <message>
        <location filename="../../ui/qml/member/FailedScreen.qml" line="23"/>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
</context>
<context>
    <name>IdentifyingScreen</name>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="13"/>
        <source>One moment…</source>
        <translation>Een moment…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="14"/>
        <source>Checking your card with %1</source>
        <translation>Je pas wordt gecontroleerd bij %1</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="24"/>
        <source>Still there?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this session ends when the countdown reaches zero.</source>
        <translation>Voor je privacy eindigt deze sessie als de teller op nul staat.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="52"/>
        <source>I&apos;m still here</source>
        <translation>Ik ben er nog</translation>
    </message>
</context>
<context>
    <name>MeasuringScreen</name>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Hallo %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="91"/>
        <source>Not me</source>
        <translation>Dit ben ik niet</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/qml/shared/OnScreenKeyboard.qml" line="83"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="17"/>
        <source>Hello, %1!</source>
        <translation>Hallo %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="57"/>
        <source>A workout finished on this machine just before you tapped. Was it yours?</source>
        <translation>Vlak voor je aanmelding is op dit toestel een training afgerond. Was die van jou?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="58"/>
        <source>A result finished here just before you tapped. Was it yours?</source>
        <translation>Vlak voor je aanmelding is hier een meting afgerond. Was die van jou?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="74"/>
        <source>Not mine</source>
        <translation>Niet van mij</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my workout</source>
        <translation>Dit was mijn training</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my measurement</source>
        <translation>Dit was mijn meting</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="134"/>
        <source>Link a card</source>
        <translation>Kaart koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="142"/>
        <source>Not me</source>
        <translation>Dit ben ik niet</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="21"/>
        <source>Your result, %1</source>
        <translation>Je resultaat, %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="22"/>
        <source>Saved on this kiosk</source>
        <translation>Opgeslagen op deze kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="23"/>
        <source>Your result was not saved</source>
        <translation>Je resultaat is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="24"/>
        <source>Saved. See you next time!</source>
        <translation>Opgeslagen. Tot de volgende keer!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="86"/>
        <source>Tap a value to see what it means.</source>
        <translation>Tik op een waarde om te zien wat die betekent.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="92"/>
        <source>Your result is saved to %1 automatically in a few seconds.</source>
        <translation>Je resultaat wordt over een paar seconden automatisch in %1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="98"/>
        <source>Sending your result…</source>
        <translation>Je resultaat wordt verstuurd…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="132"/>
        <source>Not me</source>
        <translation>Dit ben ik niet</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="141"/>
        <source>QR code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="149"/>
        <source>Measure again</source>
        <translation>Opnieuw meten</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="185"/>
        <source>Is this result not yours?</source>
        <translation>Is dit niet jouw resultaat?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="186"/>
        <source>It will be deleted from this kiosk and not sent to %1.</source>
        <translation>Het wordt van deze kiosk verwijderd en niet naar %1 gestuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="192"/>
        <source>Delete it, it&apos;s not mine</source>
        <translation>Verwijderen, niet van mij</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="199"/>
        <source>It&apos;s mine, keep it</source>
        <translation>Van mij, bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="217"/>
        <source>Take your result with you</source>
        <translation>Neem je resultaat mee</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="237"/>
        <source>Scan it with your phone&apos;s camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the %1 app.</source>
        <translation>Scan hem met de camera van je telefoon. Hij bevat alleen de datum en deze waarden: geen naam, geen link. Na het opslaan staat je resultaat ook in de %1-app.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="243"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SetupDevice</name>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="29"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="39"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="54"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="64"/>
        <source>Probes the port with this protocol (about two seconds).</source>
        <translation>Test de poort met dit protocol (ongeveer twee seconden).</translation>
    </message>
</context>
<context>
    <name>SetupMain</name>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="15"/>
        <source>gym-kiosk setup</source>
        <translation>gym-kiosk instellen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="49"/>
        <source>Set up this kiosk</source>
        <translation>Deze kiosk instellen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="88"/>
        <source>The kiosk could not start: %1</source>
        <translation>De kiosk kon niet starten: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="110"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="115"/>
        <source>What stands beside this kiosk?</source>
        <translation>Wat staat er naast deze kiosk?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="126"/>
        <source>Name shown on screen (optional)</source>
        <translation>Naam op het scherm (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="89"/>
        <source>Answer these questions once; the kiosk starts when %1 accepts them.</source>
        <translation>Beantwoord deze vragen één keer; de kiosk start zodra %1 ze accepteert.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="153"/>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="157"/>
        <source>Card reader</source>
        <translation>Paslezer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="167"/>
        <source>Measuring device</source>
        <translation>Meetapparaat</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="181"/>
        <source>Look for ports again</source>
        <translation>Opnieuw naar poorten zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Looking…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Find devices</source>
        <translation>Apparaten zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="199"/>
        <source>Trainer PIN</source>
        <translation>Trainerpincode</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="206"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>Pincode voor de trainermodus (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="217"/>
        <source>The same PIN again</source>
        <translation>Dezelfde pincode nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="245"/>
        <source>Saves to %1</source>
        <translation>Slaat op in %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Test %1 and finish</source>
        <translation>%1 testen en afronden</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Hallo %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="95"/>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Trainer sign-in</source>
        <translation>Inloggen trainer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Results at this station</source>
        <translation>Resultaten van dit station</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Exit</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>TrainerModeDetail</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="22"/>
        <source>‹ Results</source>
        <translation>‹ Resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="84"/>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="94"/>
        <source>Discard…</source>
        <translation>Verwerpen…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="104"/>
        <source>Trend</source>
        <translation>Verloop</translation>
    </message>
</context>
<context>
    <name>TrainerModeDiscard</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="22"/>
        <source>‹ Back</source>
        <translation>‹ Terug</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="28"/>
        <source>Discard %1&apos;s result</source>
        <translation>Resultaat van %1 verwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="44"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>Het wordt nergens naartoe verstuurd. Kies of typ de reden; die wordt bewaard in het auditlogboek.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="108"/>
        <source>Or type a reason</source>
        <translation>Of typ een reden</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="122"/>
        <source>Discard result</source>
        <translation>Resultaat verwerpen</translation>
    </message>
</context>
<context>
    <name>TrainerModeExport</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="20"/>
        <source>‹ Results</source>
        <translation>‹ Resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="26"/>
        <source>Export to CSV</source>
        <translation>Exporteren naar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="40"/>
        <source>The file lists every result the filters select: time, member, values and where each one stands. Plug in a USB drive to see it here.</source>
        <translation>Het bestand bevat alle resultaten die de filters selecteren: tijd, lid, waarden en verzendstatus. Sluit een USB-stick aan om die hier te zien.</translation>
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
        <translation>Lid: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="48"/>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="119"/>
        <source>No results here match these filters.</source>
        <translation>Geen resultaten voor deze filters.</translation>
    </message>
</context>
<context>
    <name>TrainerModeTrend</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="23"/>
        <source>‹ Back</source>
        <translation>‹ Terug</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="57"/>
        <source>No body measurements for this member at this kiosk yet.</source>
        <translation>Nog geen lichaamsmetingen van dit lid op deze kiosk.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="113"/>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="19"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="20"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Voor een lokale sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="22"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="24"/>
        <source>EGYM production</source>
        <translation>EGYM productie</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="25"/>
        <source>EGYM test</source>
        <translation>EGYM test</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="28"/>
        <source>Gym id</source>
        <translation>Club-ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="29"/>
        <source>Machine name</source>
        <translation>Apparaatnaam</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="31"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="32"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Opgeslagen in een bestand dat alleen de kioskgebruiker kan lezen, nooit in de configuratie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="42"/>
        <source>enter the API key EGYM issued for this gym location</source>
        <translation>voer de API-sleutel in die EGYM voor deze vestiging heeft uitgegeven</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="44"/>
        <source>the API key has no spaces or line breaks; paste it again</source>
        <translation>de API-sleutel bevat geen spaties of regeleinden; plak hem opnieuw</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="47"/>
        <source>enter the gym id (a whole number from EGYM)</source>
        <translation>voer de gym-ID in (een geheel getal van EGYM)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="49"/>
        <source>the gym id is a whole number, digits only</source>
        <translation>de gym-ID is een geheel getal, alleen cijfers</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="51"/>
        <source>enter the machine name EGYM knows this kiosk by</source>
        <translation>voer de machinenaam in waaronder EGYM deze kiosk kent</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="23"/>
        <source>Hub address</source>
        <translation>Hubadres</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="28"/>
        <source>Enrolment code</source>
        <translation>Registratiecode</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="46"/>
        <source>enter the hub&apos;s address, such as https://hub.example.com</source>
        <translation>voer het hubadres in, bijv. https://hub.example.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="24"/>
        <source>The gym&apos;s hub, e.g. https://hub.example.com; on this machine: http://127.0.0.1:8400</source>
        <translation>De hub van de sportschool, bijv. https://hub.example.com; op deze computer: http://127.0.0.1:8400</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="29"/>
        <source>8 digits from the hub&apos;s fleet page, valid for 15 minutes. This kiosk stores only its own credential, never the EGYM key.</source>
        <translation>8 cijfers van de vlootpagina van de hub, 15 minuten geldig. Deze kiosk bewaart alleen zijn eigen toegangsgegevens, nooit de EGYM-sleutel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="35"/>
        <source>enter the enrolment code from the hub&apos;s fleet page (gym-kiosk hub enrol)</source>
        <translation>voer de registratiecode in van de vlootpagina van de hub (gym-kiosk hub enrol)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="37"/>
        <source>the enrolment code has 8 digits</source>
        <translation>de registratiecode heeft 8 cijfers</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="34"/>
        <source>choose the reader&apos;s port, or &quot;simulated&quot;</source>
        <translation>kies de poort van de paslezer of ‘Gesimuleerd’</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="35"/>
        <source>choose the device&apos;s port, or &quot;simulated&quot;</source>
        <translation>kies de poort van het meetapparaat of ‘Gesimuleerd’</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="371"/>
        <source>a trainer PIN is 4 to 12 digits</source>
        <translation>een trainerspincode heeft 4 tot 12 cijfers</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="374"/>
        <source>the two PINs differ; type the same PIN twice</source>
        <translation>de twee pincodes verschillen; typ twee keer dezelfde pincode</translation>
    </message>
</context>
</TS>

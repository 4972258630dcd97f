<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="65"/>
        <location filename="../../ui/viewmodels/formatting.py" line="70"/>
        <location filename="../../ui/viewmodels/formatting.py" line="77"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="600"/>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="69"/>
        <source>st</source>
        <translation>st</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="71"/>
        <location filename="../../ui/viewmodels/formatting.py" line="78"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="600"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="88"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="601"/>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="89"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="601"/>
        <source>Body fat</source>
        <translation>Tkanka tłuszczowa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="90"/>
        <source>Fat mass</source>
        <translation>Masa tłuszczu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="91"/>
        <source>Fat-free mass</source>
        <translation>Masa beztłuszczowa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="92"/>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="602"/>
        <source>Muscle mass</source>
        <translation>Masa mięśniowa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="93"/>
        <location filename="../../ui/viewmodels/formatting.py" line="94"/>
        <source>Body water</source>
        <translation>Woda w organizmie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="95"/>
        <source>Bone mass</source>
        <translation>Masa kostna</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="96"/>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="97"/>
        <source>Visceral fat rating</source>
        <translation>Poziom tłuszczu trzewnego</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <location filename="../../ui/viewmodels/formatting.py" line="99"/>
        <source>Basal metabolic rate</source>
        <translation>Podstawowa przemiana materii</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="100"/>
        <source>Metabolic age</source>
        <translation>Wiek metaboliczny</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="101"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="102"/>
        <source>Distance</source>
        <translation>Dystans</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="103"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="104"/>
        <source>Average speed</source>
        <translation>Średnia prędkość</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="105"/>
        <source>Average heart rate</source>
        <translation>Średnie tętno</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="106"/>
        <source>Average power</source>
        <translation>Średnia moc</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="107"/>
        <source>Reach</source>
        <translation>Zasięg</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="108"/>
        <source>Hip flexor, left</source>
        <translation>Zginacz biodra, lewy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="109"/>
        <source>Hip flexor, right</source>
        <translation>Zginacz biodra, prawy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="120"/>
        <source>Speed</source>
        <translation>Prędkość</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="120"/>
        <source>Heart rate</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="120"/>
        <source>Power</source>
        <translation>Moc</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="133"/>
        <location filename="../../ui/viewmodels/formatting.py" line="135"/>
        <source>kcal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="137"/>
        <source>years</source>
        <translation>lat</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="140"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="143"/>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="144"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="147"/>
        <source>mph</source>
        <translation>mph</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="148"/>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="150"/>
        <source>bpm</source>
        <translation>ud./min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="152"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="155"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="156"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="193"/>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="195"/>
        <source>Sending to %1…</source>
        <translation>Wysyłanie do %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="197"/>
        <source>Saved on this kiosk, sending to %1 when online</source>
        <translation>Zapisano w tym kiosku; wyślemy do %1 po odzyskaniu połączenia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="199"/>
        <source>%1 did not accept this result</source>
        <translation>Wynik odrzucony przez %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="201"/>
        <source>Too old for %1 to accept</source>
        <translation>Wynik zbyt stary, %1 go nie przyjmie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="203"/>
        <source>Not sent to %1</source>
        <translation>Nie wysłano do %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="38"/>
        <source>Please try again in a minute.</source>
        <translation>Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="38"/>
        <source>Please try again in a few minutes.</source>
        <translation>Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="41"/>
        <source>The cardio machine is disconnected</source>
        <translation>Urządzenie cardio jest rozłączone</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="42"/>
        <source>The flexibility station is disconnected</source>
        <translation>Stanowisko do rozciągania jest rozłączone</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="43"/>
        <source>The scale is disconnected</source>
        <translation>Waga jest rozłączona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="45"/>
        <source>This card is not linked to an EGYM account</source>
        <translation>Ta karta nie jest powiązana z kontem EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="45"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Poproś w recepcji o powiązanie karty.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="46"/>
        <source>This kiosk is not allowed to do that at EGYM</source>
        <translation>Ten kiosk nie ma do tego uprawnień w EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="46"/>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>Please tell a trainer.</source>
        <translation>Zgłoś to obsłudze klubu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>EGYM is busy right now</source>
        <translation>EGYM jest teraz przeciążony</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>Twój wynik jest zapisany tutaj i wkrótce zostanie wysłany.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="48"/>
        <source>No connection to EGYM</source>
        <translation>Brak połączenia z EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="48"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>Twój wynik jest zapisany w tym kiosku i zostanie wysłany po przywróceniu połączenia.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="49"/>
        <source>EGYM sent an answer we could not read</source>
        <translation>Nieczytelna odpowiedź z EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="49"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>Twój wynik jest zapisany tutaj i zostanie wysłany ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>EGYM did not accept this result</source>
        <translation>Wynik odrzucony przez EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>Obsługa klubu zobaczy szczegóły w tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>This kiosk could not sign in to EGYM</source>
        <translation>Ten kiosk nie może zalogować się do EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>We could not use this card or phone</source>
        <translation>Nie udało się użyć tej karty ani telefonu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>Please try again, or use your member card.</source>
        <translation>Spróbuj ponownie lub użyj karty klubowej.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>Ponowne łączenie… zostań na miejscu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="54"/>
        <source>This kiosk could not save your result</source>
        <translation>Nie udało się zapisać wyniku w tym kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="54"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>Nic nie zostało wysłane. Zgłoś to obsłudze klubu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="55"/>
        <source>Your result is not saved yet</source>
        <translation>Twój wynik nie jest jeszcze zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="55"/>
        <source>Please keep this screen open.</source>
        <translation>Nie zamykaj tego ekranu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>Please try again.</source>
        <translation>Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>Start your workout</source>
        <translation>Rozpocznij trening</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Naciśnij Start na konsoli. Twoje wyniki pojawią się tutaj w trakcie treningu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Take your position for the test</source>
        <translation>Przyjmij pozycję do testu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Postępuj według wskazówek na stanowisku. Wynik pojawi się tutaj po zakończeniu testu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Please step onto the scale</source>
        <translation>Stań na wadze</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>Boso, bez ruchu, obie stopy na elektrodach.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>Saving your result…</source>
        <translation>Zapisywanie wyniku…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Jeszcze nie zapisano. Nie zamykaj tego ekranu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="78"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Konsola rozłączona, ponowne łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="78"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Ćwicz dalej: konsola zlicza twój trening.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="80"/>
        <source>Waiting for the console…</source>
        <translation>Oczekiwanie na konsolę…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="80"/>
        <source>The figures shown are not current.</source>
        <translation>Wyświetlane wartości są nieaktualne.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="81"/>
        <source>Workout in progress…</source>
        <translation>Trening w toku…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="81"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Zakończ trening na konsoli, aby zobaczyć podsumowanie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="83"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Waga rozłączona, ponowne łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="85"/>
        <source>Waiting for the scale…</source>
        <translation>Oczekiwanie na wagę…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="85"/>
        <source>The weight shown is not current.</source>
        <translation>Wyświetlana waga jest nieaktualna.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="87"/>
        <source>Weight steady, analysing…</source>
        <translation>Waga stabilna, trwa analiza…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="88"/>
        <source>Please stand still…</source>
        <translation>Stój nieruchomo…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="40"/>
        <source>Smart scale</source>
        <translation>Inteligentna waga</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="41"/>
        <source>Cardio machine</source>
        <translation>Urządzenie cardio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="42"/>
        <source>Flexibility station</source>
        <translation>Stanowisko do rozciągania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="48"/>
        <source>EGYM production</source>
        <translation>EGYM produkcja</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="49"/>
        <source>EGYM test</source>
        <translation>EGYM test</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="50"/>
        <source>Custom URL</source>
        <translation>Własny URL</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="224"/>
        <source>Testing %1…</source>
        <translation>Testowanie: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="235"/>
        <source>No serial ports found. Plug in the devices, then look for ports again.</source>
        <translation>Nie znaleziono portów szeregowych. Podłącz urządzenia i wyszukaj porty ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="238"/>
        <source>Looking for devices on %1 ports…</source>
        <translation>Wyszukiwanie urządzeń na portach: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="248"/>
        <location filename="../../ui/viewmodels/setup.py" line="304"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="251"/>
        <source>Testing the connection to EGYM…</source>
        <translation>Testowanie połączenia z EGYM…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="262"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>Sam test się nie powiódł; sprawdź protokół i port.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="279"/>
        <source>Found: %1</source>
        <translation>Znaleziono: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="281"/>
        <source>No device answered. Choose each device&apos;s protocol and port, then test it.</source>
        <translation>Żadne urządzenie nie odpowiedziało. Wybierz protokół i port każdego urządzenia, a potem je przetestuj.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="300"/>
        <source>EGYM connection failed: %1</source>
        <translation>Nie udało się połączyć z EGYM: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="308"/>
        <source>Setup could not finish: %1</source>
        <translation>Nie udało się dokończyć konfiguracji: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="314"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Zapisano w %1. Uruchamianie kiosku…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="345"/>
        <source>Keyboard input</source>
        <translation>Wejście klawiatury</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="347"/>
        <source>USB (nfcpy)</source>
        <translation>USB (nfcpy)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="352"/>
        <source>Simulated</source>
        <translation>Symulacja</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="47"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="48"/>
        <source>Needs attention</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="49"/>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="50"/>
        <source>Needs re-auth</source>
        <translation>Ponowne logowanie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="51"/>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="52"/>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="53"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="54"/>
        <source>Discarded</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="60"/>
        <source>Unknown member</source>
        <translation>Nieznana osoba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="67"/>
        <source>%1: sent</source>
        <translation>%1: wysłano</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="69"/>
        <source>%1: queued (offline)</source>
        <translation>%1: w kolejce (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="69"/>
        <source>%1: queued</source>
        <translation>%1: w kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="72"/>
        <source>%1: needs re-auth</source>
        <translation>%1: wymaga ponownego logowania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="74"/>
        <source>no reason given</source>
        <translation>nie podano powodu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="75"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: odrzucono (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="77"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: wygasł, zbyt stary do wysłania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="78"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: unieważniono („To nie ja”)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="78"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: unieważniono w trybie trenera</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="83"/>
        <source>Not this member</source>
        <translation>Niewłaściwa osoba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="83"/>
        <source>Test or demo measurement</source>
        <translation>Pomiar testowy lub pokazowy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="83"/>
        <source>Wrong reading from the device</source>
        <translation>Błędny odczyt z urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="83"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="213"/>
        <source>This card could not be looked up. Pick the member from the list.</source>
        <translation>Nie udało się sprawdzić tej karty. Wybierz osobę z listy.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="218"/>
        <source>No results at this kiosk for this card.</source>
        <translation>Brak wyników dla tej karty na tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="242"/>
        <source>Trainer (PIN)</source>
        <translation>Trener (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="243"/>
        <source>Trainer (card)</source>
        <translation>Trener (karta)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="271"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>Logowanie PIN-em nie jest skonfigurowane w tym kiosku. Przyłóż kartę trenera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="274"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="275"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="277"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="279"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>Błędny PIN. Pozostałe próby: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="281"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>Nie można teraz sprawdzić PIN-u. Przyłóż kartę trenera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="282"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Wpisz PIN trenera lub przyłóż kartę trenera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="312"/>
        <source>All members</source>
        <translation>Wszystkie osoby</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="360"/>
        <source>USB drive %1</source>
        <translation>Pamięć USB %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="361"/>
        <source>This kiosk</source>
        <translation>Ten kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="518"/>
        <source>Nothing to resend.</source>
        <translation>Nie ma nic do ponownego wysłania.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="520"/>
        <source>Queued again; sending now.</source>
        <translation>Ponownie w kolejce; trwa wysyłanie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="522"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>Ponownie w kolejce. Zostanie wysłany, gdy %1 następnym razem wykona pomiar w tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="523"/>
        <source>the member</source>
        <translation>ta osoba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="524"/>
        <source>Still too old for EGYM to accept; it cannot be sent.</source>
        <translation>Nadal zbyt stary dla EGYM; nie można go wysłać.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="528"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Unieważniono. Powód zapisano w dzienniku audytu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="543"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>Nie można zapisać w %1. Czy pamięć jest nadal podłączona i nie jest pełna?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="546"/>
        <source>Saved %1 results to %2</source>
        <translation>Wyniki zapisane w %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="565"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>Nie udało się: pamięć tego kiosku nie odpowiada.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="630"/>
        <source>Trend for %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="631"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Pomiary w tym kiosku: %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="91"/>
        <source>Tap your card or phone</source>
        <translation>Przyłóż kartę lub telefon</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="92"/>
        <source>Hold your member card, wristband or phone to the reader to start.</source>
        <translation>Przyłóż kartę klubową, opaskę lub telefon do czytnika, aby zacząć.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="103"/>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="116"/>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../../ui/qml/member/DoneScreen.qml" line="22"/>
        <source>Saved on this kiosk</source>
        <translation>Zapisano w tym kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DoneScreen.qml" line="23"/>
        <source>Your result was not saved</source>
        <translation>Twój wynik nie został zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DoneScreen.qml" line="24"/>
        <source>Saved. See you next time!</source>
        <translation>Zapisano. Do zobaczenia!</translation>
    </message>
</context>
<context>
    <name>FailedScreen</name>
    <message>
        <location filename="../../ui/qml/member/FailedScreen.qml" line="17"/>
        <source>That did not work</source>
        <translation>Nie udało się</translation>
    </message>
</context>
<context>
    <name>IdentifyingScreen</name>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="13"/>
        <source>One moment…</source>
        <translation>Chwileczkę…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="14"/>
        <source>Checking your card with EGYM</source>
        <translation>Sprawdzanie karty w EGYM</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="24"/>
        <source>Still there?</source>
        <translation>Nadal tu jesteś?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this session ends when the countdown reaches zero.</source>
        <translation>Ze względu na prywatność sesja zakończy się, gdy odliczanie dojdzie do zera.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="52"/>
        <source>I&apos;m still here</source>
        <translation>Nadal tu jestem</translation>
    </message>
</context>
<context>
    <name>MeasuringScreen</name>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Cześć, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="80"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/qml/shared/OnScreenKeyboard.qml" line="79"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="15"/>
        <source>Hello, %1!</source>
        <translation>Cześć, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="42"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/qml/member/ReviewScreen.qml" line="17"/>
        <source>Your result, %1</source>
        <translation>Twój wynik, %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ReviewScreen.qml" line="50"/>
        <source>Your result is saved to EGYM automatically in a few seconds.</source>
        <translation>Twój wynik zostanie automatycznie zapisany w EGYM za kilka sekund.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ReviewScreen.qml" line="60"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ReviewScreen.qml" line="66"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>SetupDevice</name>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="29"/>
        <source>Protocol</source>
        <translation>Protokół</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="39"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="54"/>
        <source>Test</source>
        <translation>Testuj</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="64"/>
        <source>Probes the port with this protocol (about two seconds).</source>
        <translation>Sprawdza port tym protokołem (ok. dwóch sekund).</translation>
    </message>
</context>
<context>
    <name>SetupMain</name>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="15"/>
        <source>gym-kiosk setup</source>
        <translation>Konfiguracja gym-kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="49"/>
        <source>Set up this kiosk</source>
        <translation>Skonfiguruj ten kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="88"/>
        <source>The kiosk could not start: %1</source>
        <translation>Nie udało się uruchomić kiosku: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="89"/>
        <source>Answer these questions once; the kiosk starts when EGYM accepts them.</source>
        <translation>Odpowiedz raz na te pytania; kiosk uruchomi się, gdy EGYM je zaakceptuje.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="110"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="115"/>
        <source>What stands beside this kiosk?</source>
        <translation>Co stoi obok tego kiosku?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="126"/>
        <source>Name shown on screen (optional)</source>
        <translation>Nazwa na ekranie (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="135"/>
        <source>EGYM</source>
        <translation>EGYM</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="140"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="151"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="152"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Lokalny sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="173"/>
        <source>Gym id</source>
        <translation>ID klubu</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="184"/>
        <source>Machine name</source>
        <translation>Nazwa urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="195"/>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="196"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Przechowywany w pliku, który może odczytać tylko użytkownik kiosku, nigdy w konfiguracji.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="212"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="216"/>
        <source>Card reader</source>
        <translation>Czytnik kart</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="226"/>
        <source>Measuring device</source>
        <translation>Urządzenie pomiarowe</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="240"/>
        <source>Look for ports again</source>
        <translation>Wyszukaj porty ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="248"/>
        <source>Looking…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="248"/>
        <source>Find devices</source>
        <translation>Znajdź urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Trainer PIN</source>
        <translation>PIN trenera</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="265"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>PIN do trybu trenera (od 4 do 12 cyfr)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="276"/>
        <source>The same PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="301"/>
        <source>Saves to %1</source>
        <translation>Zapisuje w %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="313"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="313"/>
        <source>Test EGYM and finish</source>
        <translation>Sprawdź EGYM i zakończ</translation>
    </message>
</context>
<context>
    <name>SubmittingScreen</name>
    <message>
        <location filename="../../ui/qml/member/SubmittingScreen.qml" line="15"/>
        <source>Sending your result…</source>
        <translation>Wysyłanie wyniku…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/SubmittingScreen.qml" line="16"/>
        <source>Your result is already saved on this kiosk.</source>
        <translation>Twój wynik jest już zapisany w tym kiosku.</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Trainer sign-in</source>
        <translation>Logowanie trenera</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Results at this station</source>
        <translation>Wyniki z tego stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="58"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="58"/>
        <source>Exit</source>
        <translation>Wyjdź</translation>
    </message>
</context>
<context>
    <name>TrainerModeDetail</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="22"/>
        <source>‹ Results</source>
        <translation>‹ Wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="84"/>
        <source>Resend</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="94"/>
        <source>Discard…</source>
        <translation>Unieważnij…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="104"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>TrainerModeDiscard</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="21"/>
        <source>‹ Back</source>
        <translation>‹ Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="27"/>
        <source>Discard %1&apos;s result</source>
        <translation>Unieważnij wynik: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="41"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>Nie zostanie nigdzie wysłany. Wybierz lub wpisz powód; trafi do dziennika audytu.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="100"/>
        <source>Or type a reason</source>
        <translation>Lub wpisz powód</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="123"/>
        <source>Discard result</source>
        <translation>Unieważnij wynik</translation>
    </message>
</context>
<context>
    <name>TrainerModeExport</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="20"/>
        <source>‹ Results</source>
        <translation>‹ Wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="26"/>
        <source>Export to CSV</source>
        <translation>Eksport do CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="39"/>
        <source>The file lists every result the filters select: time, member, values and where each one stands. Plug in a USB drive to see it here.</source>
        <translation>Plik zawiera wszystkie wyniki wybrane filtrami: czas, osobę, wartości i stan wysyłki. Podłącz pamięć USB, aby ją tu zobaczyć.</translation>
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
        <translation>Osoba: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="48"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="119"/>
        <source>No results here match these filters.</source>
        <translation>Brak wyników dla tych filtrów.</translation>
    </message>
</context>
<context>
    <name>TrainerModeTrend</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="23"/>
        <source>‹ Back</source>
        <translation>‹ Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="57"/>
        <source>No body measurements for this member at this kiosk yet.</source>
        <translation>Brak jeszcze pomiarów ciała tej osoby w tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="113"/>
        <source>%1 since %2</source>
        <translation>%1 od %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="91"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="129"/>
        <source>Body fat</source>
        <translation>Tkanka tłuszczowa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="92"/>
        <source>Fat mass</source>
        <translation>Masa tłuszczu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="93"/>
        <source>Fat-free mass</source>
        <translation>Masa beztłuszczowa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="94"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="130"/>
        <source>Muscle mass</source>
        <translation>Masa mięśniowa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="95"/>
        <location filename="../../ui/viewmodels/formatting.py" line="96"/>
        <source>Body water</source>
        <translation>Woda w organizmie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="97"/>
        <source>Bone mass</source>
        <translation>Masa kostna</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="99"/>
        <source>Visceral fat rating</source>
        <translation>Poziom tłuszczu trzewnego</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="100"/>
        <location filename="../../ui/viewmodels/formatting.py" line="101"/>
        <source>Basal metabolic rate</source>
        <translation>Podstawowa przemiana materii</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="102"/>
        <source>Metabolic age</source>
        <translation>Wiek metaboliczny</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="103"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="104"/>
        <source>Distance</source>
        <translation>Dystans</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="105"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="106"/>
        <source>Average speed</source>
        <translation>Średnia prędkość</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="107"/>
        <source>Average heart rate</source>
        <translation>Średnie tętno</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="108"/>
        <source>Average power</source>
        <translation>Średnia moc</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="109"/>
        <source>Reach</source>
        <translation>Zasięg</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="110"/>
        <source>Hip flexor, left</source>
        <translation>Zginacz biodra, lewy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="111"/>
        <source>Hip flexor, right</source>
        <translation>Zginacz biodra, prawy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Speed</source>
        <translation>Prędkość</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Heart rate</source>
        <translation>Tętno</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Power</source>
        <translation>Moc</translation>
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
        <translation>lat</translation>
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
        <translation>ud./min</translation>
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
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="195"/>
        <location filename="../../ui/viewmodels/formatting.py" line="214"/>
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
        <location filename="../../ui/viewmodels/formatting.py" line="224"/>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
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
        <location filename="../../ui/viewmodels/formatting.py" line="226"/>
        <source>Not sent to %1</source>
        <translation>Nie wysłano do %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="218"/>
        <source>Checking that %1 got it…</source>
        <translation>Sprawdzam, czy %1 to otrzymał…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="220"/>
        <source>%1 may have it: a trainer checks</source>
        <translation>%1 może już to mieć: trener to sprawdzi</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="222"/>
        <source>%1: connect your account at the greeting</source>
        <translation>%1: połącz konto na ekranie powitania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>Please try again in a minute.</source>
        <translation>Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Please try again in a few minutes.</source>
        <translation>Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>The cardio machine is disconnected</source>
        <translation>Urządzenie cardio jest rozłączone</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>The flexibility station is disconnected</source>
        <translation>Stanowisko do rozciągania jest rozłączone</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>The scale is disconnected</source>
        <translation>Waga jest rozłączona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Poproś w recepcji o powiązanie karty.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>Please tell a trainer.</source>
        <translation>Zgłoś to obsłudze klubu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>Twój wynik jest zapisany tutaj i wkrótce zostanie wysłany.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>Twój wynik jest zapisany w tym kiosku i zostanie wysłany po przywróceniu połączenia.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>Twój wynik jest zapisany tutaj i zostanie wysłany ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>Obsługa klubu zobaczy szczegóły w tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>This card is not linked to an %1 account</source>
        <translation>Ta karta nie jest powiązana z kontem %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Please ask at the front desk.</source>
        <translation>Zapytaj w recepcji.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>This kiosk is not allowed to do that at %1</source>
        <translation>Ten kiosk nie ma do tego uprawnień w %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>%1 is busy right now</source>
        <translation>%1 jest teraz przeciążony</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>No connection to %1</source>
        <translation>Brak połączenia z %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>%1 sent an answer we could not read</source>
        <translation>Nieczytelna odpowiedź z %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>This kiosk could not sign in to %1</source>
        <translation>Ten kiosk nie może zalogować się do %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>We could not use this card or phone</source>
        <translation>Nie udało się użyć tej karty ani telefonu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Please try again, or use your member card.</source>
        <translation>Spróbuj ponownie lub użyj karty klubowej.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>Ponowne łączenie… zostań na miejscu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>This kiosk could not save your result</source>
        <translation>Nie udało się zapisać wyniku w tym kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>Nic nie zostało wysłane. Zgłoś to obsłudze klubu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Your result is not saved yet</source>
        <translation>Twój wynik nie jest jeszcze zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Please keep this screen open.</source>
        <translation>Nie zamykaj tego ekranu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="69"/>
        <source>Your membership is paused</source>
        <translation>Twój karnet jest zawieszony</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="70"/>
        <source>Your membership is not active</source>
        <translation>Twój karnet nie jest aktywny</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="71"/>
        <source>Your membership is blocked</source>
        <translation>Twój karnet jest zablokowany</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="72"/>
        <source>Your membership does not include this time of day</source>
        <translation>Twój karnet nie obejmuje tej pory dnia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="73"/>
        <source>Your visit was not approved</source>
        <translation>Twoja wizyta nie została zatwierdzona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="74"/>
        <source>No problem. Nothing was measured or sent</source>
        <translation>Nie ma problemu. Nic nie zostało zmierzone ani wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>You can accept %1&apos;s terms next time to save your results.</source>
        <translation>Następnym razem możesz zaakceptować warunki %1, aby zapisać swoje wyniki.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>%1&apos;s terms could not be loaded</source>
        <translation>Nie udało się wczytać warunków %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Your answer did not reach %1</source>
        <translation>Twoja odpowiedź nie dotarła do %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Please tap Accept again.</source>
        <translation>Dotknij ponownie Akceptuj.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Please try again.</source>
        <translation>Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Start your workout</source>
        <translation>Rozpocznij trening</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Naciśnij Start na konsoli. Twoje wyniki pojawią się tutaj w trakcie treningu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Take your position for the test</source>
        <translation>Przyjmij pozycję do testu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Postępuj według wskazówek na stanowisku. Wynik pojawi się tutaj po zakończeniu testu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Please step onto the scale</source>
        <translation>Stań na wadze</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>Boso, bez ruchu, obie stopy na elektrodach.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Saving your result…</source>
        <translation>Zapisywanie wyniku…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Jeszcze nie zapisano. Nie zamykaj tego ekranu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Konsola rozłączona, ponowne łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Ćwicz dalej: konsola zlicza twój trening.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>Waiting for the console…</source>
        <translation>Oczekiwanie na konsolę…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>The figures shown are not current.</source>
        <translation>Wyświetlane wartości są nieaktualne.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Workout in progress…</source>
        <translation>Trening w toku…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Zakończ trening na konsoli, aby zobaczyć podsumowanie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="113"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Waga rozłączona, ponowne łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>Waiting for the scale…</source>
        <translation>Oczekiwanie na wagę…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>The weight shown is not current.</source>
        <translation>Wyświetlana waga jest nieaktualna.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="117"/>
        <source>Weight steady, analysing…</source>
        <translation>Waga stabilna, trwa analiza…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="118"/>
        <source>Please stand still…</source>
        <translation>Stój nieruchomo…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="228"/>
        <source>Closes in %1 s. Touch the screen to keep it open.</source>
        <translation>Zamknie się za %1 s. Dotknij ekranu, aby go nie zamykać.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="56"/>
        <source>Smart scale</source>
        <translation>Inteligentna waga</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="57"/>
        <source>Cardio machine</source>
        <translation>Urządzenie cardio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="58"/>
        <source>Flexibility station</source>
        <translation>Stanowisko do rozciągania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="74"/>
        <source>Custom URL</source>
        <translation>Własny URL</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="275"/>
        <source>Testing %1…</source>
        <translation>Testowanie: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="286"/>
        <source>No serial ports found. Plug in the devices, then look for ports again.</source>
        <translation>Nie znaleziono portów szeregowych. Podłącz urządzenia i wyszukaj porty ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="289"/>
        <source>Looking for devices on %1 ports…</source>
        <translation>Wyszukiwanie urządzeń na portach: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="299"/>
        <location filename="../../ui/viewmodels/setup.py" line="356"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="313"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>Sam test się nie powiódł; sprawdź protokół i port.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="302"/>
        <source>Testing the connection to %1…</source>
        <translation>Testowanie połączenia z %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="330"/>
        <source>Found: %1</source>
        <translation>Znaleziono: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="332"/>
        <source>No device answered. Choose each device&apos;s protocol and port, then test it.</source>
        <translation>Żadne urządzenie nie odpowiedziało. Wybierz protokół i port każdego urządzenia, a potem je przetestuj.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="351"/>
        <source>%1 connection failed: %2</source>
        <translation>Nie udało się połączyć z %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="360"/>
        <source>Setup could not finish: %1</source>
        <translation>Nie udało się dokończyć konfiguracji: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="366"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Zapisano w %1. Uruchamianie kiosku…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="397"/>
        <source>Keyboard input</source>
        <translation>Wejście klawiatury</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="399"/>
        <source>USB (nfcpy)</source>
        <translation>USB (nfcpy)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="404"/>
        <source>Simulated</source>
        <translation>Symulacja</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="34"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="35"/>
        <source>Needs attention</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="36"/>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="37"/>
        <source>Needs re-auth</source>
        <translation>Ponowne logowanie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="38"/>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="39"/>
        <source>Expired</source>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="40"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="41"/>
        <source>Discarded</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="47"/>
        <source>Unknown member</source>
        <translation>Nieznana osoba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="54"/>
        <source>%1: sent</source>
        <translation>%1: wysłano</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued (offline)</source>
        <translation>%1: w kolejce (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued</source>
        <translation>%1: w kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="59"/>
        <source>%1: needs re-auth</source>
        <translation>%1: wymaga ponownego logowania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="61"/>
        <source>%1: reply lost, may have arrived: check there, then resend or discard</source>
        <translation>%1: odpowiedź utracona, mogło dotrzeć: sprawdź tam, potem wyślij ponownie lub odrzuć</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="64"/>
        <source>%1: the member has not connected their account</source>
        <translation>%1: członek nie połączył konta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="66"/>
        <source>no reason given</source>
        <translation>nie podano powodu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="67"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: odrzucono (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="69"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: wygasł, zbyt stary do wysłania</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: unieważniono („To nie ja”)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: unieważniono w trybie trenera</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Not this member</source>
        <translation>Niewłaściwa osoba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Test or demo measurement</source>
        <translation>Pomiar testowy lub pokazowy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Wrong reading from the device</source>
        <translation>Błędny odczyt z urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="137"/>
        <source>This card could not be looked up. Pick the member from the list.</source>
        <translation>Nie udało się sprawdzić tej karty. Wybierz osobę z listy.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="142"/>
        <source>No results at this kiosk for this card.</source>
        <translation>Brak wyników dla tej karty na tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="166"/>
        <source>Trainer (PIN)</source>
        <translation>Trener (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="167"/>
        <source>Trainer (card)</source>
        <translation>Trener (karta)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="195"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>Logowanie PIN-em nie jest skonfigurowane w tym kiosku. Przyłóż kartę trenera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="198"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="199"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="201"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="203"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>Błędny PIN. Pozostałe próby: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="205"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>Nie można teraz sprawdzić PIN-u. Przyłóż kartę trenera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="206"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Wpisz PIN trenera lub przyłóż kartę trenera.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="236"/>
        <source>All members</source>
        <translation>Wszystkie osoby</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="284"/>
        <source>USB drive %1</source>
        <translation>Pamięć USB %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="285"/>
        <source>This kiosk</source>
        <translation>Ten kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="442"/>
        <source>Nothing to resend.</source>
        <translation>Nie ma nic do ponownego wysłania.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="444"/>
        <source>Queued again; sending now.</source>
        <translation>Ponownie w kolejce; trwa wysyłanie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="446"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>Ponownie w kolejce. Zostanie wysłany, gdy %1 następnym razem wykona pomiar w tym kiosku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="447"/>
        <source>the member</source>
        <translation>ta osoba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="450"/>
        <source>Still too old for %1 to accept; it cannot be sent.</source>
        <translation>Nadal zbyt stary dla %1; nie można go wysłać.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="454"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Unieważniono. Powód zapisano w dzienniku audytu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="469"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>Nie można zapisać w %1. Czy pamięć jest nadal podłączona i nie jest pełna?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="472"/>
        <source>Saved %1 results to %2</source>
        <translation>Wyniki zapisane w %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="491"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>Nie udało się: pamięć tego kiosku nie odpowiada.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="158"/>
        <source>Trend for %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="159"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Pomiary w tym kiosku: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="30"/>
        <source>Your body weight, measured barefoot.</source>
        <translation>Masa ciała mierzona boso.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="31"/>
        <source>The share of your weight that is fat.</source>
        <translation>Udział tkanki tłuszczowej w masie ciała.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="32"/>
        <source>How much of your weight is fat.</source>
        <translation>Ile masy ciała stanowi tłuszcz.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="33"/>
        <source>Everything that is not fat: muscle, bone, organs and water.</source>
        <translation>Wszystko, co nie jest tłuszczem: mięśnie, kości, narządy i woda.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="34"/>
        <source>The weight of your muscles, including the water in them.</source>
        <translation>Masa mięśni razem z zawartą w nich wodą.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="35"/>
        <source>The share of your weight that is water.</source>
        <translation>Udział wody w masie ciała.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="36"/>
        <source>How much of your weight is water.</source>
        <translation>Ile masy ciała stanowi woda.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="37"/>
        <source>The estimated weight of the minerals in your bones.</source>
        <translation>Szacowana masa minerałów w kościach.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="38"/>
        <source>Your weight relative to your height: kilograms divided by metres squared.</source>
        <translation>Masa ciała w stosunku do wzrostu: kilogramy podzielone przez kwadrat wzrostu w metrach.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="39"/>
        <source>Fat around your inner organs, on Tanita&apos;s scale from 1 to 59.</source>
        <translation>Tłuszcz wokół narządów wewnętrznych, w skali Tanita od 1 do 59.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="40"/>
        <location filename="../../ui/viewmodels/result_view.py" line="41"/>
        <source>The energy your body uses in a day at complete rest.</source>
        <translation>Energia zużywana przez organizm w ciągu doby w pełnym spoczynku.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="42"/>
        <source>The age at which an average person&apos;s resting energy use matches yours.</source>
        <translation>Wiek, w którym spoczynkowe zużycie energii przeciętnej osoby odpowiada Twojemu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="43"/>
        <source>How long your workout lasted, in minutes and seconds.</source>
        <translation>Czas trwania treningu w minutach i sekundach.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="44"/>
        <source>The distance you covered in this workout.</source>
        <translation>Dystans pokonany podczas tego treningu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="45"/>
        <source>The energy this workout used, as the machine estimates it.</source>
        <translation>Energia zużyta podczas tego treningu według szacunku urządzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="46"/>
        <source>Your average speed over the whole workout.</source>
        <translation>Średnia prędkość w całym treningu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="47"/>
        <source>Your average heart rate over the whole workout.</source>
        <translation>Średnie tętno w całym treningu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="48"/>
        <source>Your average power over the whole workout.</source>
        <translation>Średnia moc w całym treningu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="49"/>
        <source>How far you reached in the flexibility test.</source>
        <translation>Zasięg w teście gibkości.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="50"/>
        <source>How far your left hip flexor lets your leg move.</source>
        <translation>Zakres ruchu nogi, na jaki pozwala lewy zginacz biodra.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="51"/>
        <source>How far your right hip flexor lets your leg move.</source>
        <translation>Zakres ruchu nogi, na jaki pozwala prawy zginacz biodra.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Underweight</source>
        <translation>Niedowaga</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Normal</source>
        <translation>Prawidłowa masa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Overweight</source>
        <translation>Nadwaga</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Obese</source>
        <translation>Otyłość</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Healthy</source>
        <translation>Zakres zdrowy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <source>Excess</source>
        <translation>Nadmiar</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Under fat</source>
        <translation>Za mało tłuszczu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Over fat</source>
        <translation>Za dużo tłuszczu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="121"/>
        <source>Range from %1.</source>
        <translation>Zakres według %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="123"/>
        <source>Your age: %1</source>
        <translation>Twój wiek: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="125"/>
        <source>No published range.</source>
        <translation>Brak opublikowanego zakresu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="145"/>
        <source>▲ ▼ change since your last result on %1</source>
        <translation>▲ ▼ zmiana od ostatniego wyniku z %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="216"/>
        <source>%1 will get it later</source>
        <translation>%1 otrzyma go później</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>This kiosk is not enrolled at %1</source>
        <translation>Ten kiosk nie jest zarejestrowany w %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Results are kept here. Please tell a trainer: it needs a new enrolment code.</source>
        <translation>Wyniki są zapisane tutaj. Zgłoś to obsłudze klubu: kiosk potrzebuje nowego kodu rejestracji.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>female</source>
        <translation>kobiecy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>male</source>
        <translation>męski</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="46"/>
        <source>%1 cm · %2 · %3 — correct?</source>
        <translation>%1 cm · %2 · %3 – czy to się zgadza?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="58"/>
        <source>%1 to %2 cm</source>
        <translation>od %1 do %2 cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="60"/>
        <source>%1 to %2 years</source>
        <translation>od %1 do %2 lat</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="116"/>
        <source>The scale did not get your details</source>
        <translation>Waga nie otrzymała twoich danych</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="117"/>
        <source>Please step off the scale and tap Try again.</source>
        <translation>Zejdź z wagi i dotknij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="118"/>
        <source>The scale did not accept these details</source>
        <translation>Waga nie przyjęła tych danych</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="119"/>
        <source>Please check them and tap Try again.</source>
        <translation>Sprawdź je i dotknij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="120"/>
        <source>The scale is not answering</source>
        <translation>Waga nie odpowiada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="121"/>
        <source>Please tap Try again. If this happens again, please tell a trainer.</source>
        <translation>Dotknij „Spróbuj ponownie”. Jeśli to się powtórzy, zgłoś to obsłudze klubu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="122"/>
        <source>The scale reported a problem</source>
        <translation>Waga zgłosiła problem</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="123"/>
        <source>Please step off the scale, wait a moment and tap Try again.</source>
        <translation>Zejdź z wagi, odczekaj chwilę i dotknij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="131"/>
        <source>The scale calculates with one of two body models. Please choose the one to use.</source>
        <translation>Waga liczy według jednego z dwóch modeli ciała. Wybierz, którego ma użyć.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="133"/>
        <source>Please enter your height and age.</source>
        <translation>Wpisz swój wzrost i wiek.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="135"/>
        <source>Please enter your height.</source>
        <translation>Wpisz swój wzrost.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="137"/>
        <source>Please enter your age.</source>
        <translation>Wpisz swój wiek.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="33"/>
        <source>+%1 points today</source>
        <translation>+%1 pkt dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="35"/>
        <source>level %1, %2 to go</source>
        <translation>poziom %1, brakuje %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="38"/>
        <source>level %1</source>
        <translation>poziom %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="98"/>
        <source>%1 connected</source>
        <translation>%1 połączono</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <source>Disconnect %1</source>
        <translation>Rozłącz %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>%1 needs reconnecting</source>
        <translation>%1 wymaga ponownego połączenia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>Reconnect %1</source>
        <translation>Połącz ponownie %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="52"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="159"/>
        <source>Connect %1</source>
        <translation>Połącz %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="66"/>
        <source>Today&apos;s plan in %1: %2, %3 min</source>
        <translation>Twój plan na dziś w %1: %2, %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="68"/>
        <source>Today&apos;s plan in %1: %2</source>
        <translation>Twój plan na dziś w %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="83"/>
        <source>Zone %1 of %2: %3</source>
        <translation>Strefa %1 z %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="94"/>
        <source>Preparing the code…</source>
        <translation>Przygotowuję kod…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="95"/>
        <source>Scan the code with your phone&apos;s camera and sign in to %1 there.</source>
        <translation>Zeskanuj kod aparatem telefonu i zaloguj się tam do %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="96"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="97"/>
        <source>Signing in on your phone…</source>
        <translation>Logowanie na telefonie…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="99"/>
        <source>Not connected: the sign-in was cancelled on the phone.</source>
        <translation>Nie połączono: logowanie na telefonie zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="100"/>
        <source>%1 did not finish connecting. Please try again later.</source>
        <translation>%1 nie dokończył łączenia. Spróbuj później.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="101"/>
        <source>The code has expired. Tap Connect to try again.</source>
        <translation>Kod wygasł. Dotknij Połącz, aby spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="103"/>
        <source>Connecting is not possible right now. Please try again later.</source>
        <translation>Łączenie nie jest teraz możliwe. Spróbuj później.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="109"/>
        <source>Link a card to your %1 account?</source>
        <translation>Połączyć kartę z kontem %1?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="110"/>
        <source>Next, hold the card or wristband you want to use to the reader. You can then log in with it instead of your phone. A card that belongs to another member is not linked.</source>
        <translation>Następnie przyłóż do czytnika kartę lub opaskę, której chcesz używać. Potem możesz logować się nią zamiast telefonem. Karta innego członka nie zostanie połączona.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Hold your card to the reader now</source>
        <translation>Przyłóż teraz kartę do czytnika</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Only the next card tapped is linked.</source>
        <translation>Połączona zostanie tylko następna przyłożona karta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Linking your card…</source>
        <translation>Łączenie karty…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Please keep the card near the reader.</source>
        <translation>Trzymaj kartę blisko czytnika.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Your card is linked</source>
        <translation>Twoja karta jest połączona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Next time, just tap the card.</source>
        <translation>Następnym razem wystarczy przyłożyć kartę.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>This card is already yours</source>
        <translation>Ta karta już należy do Ciebie</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>Nothing needed changing.</source>
        <translation>Nic nie trzeba było zmieniać.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="116"/>
        <source>This card belongs to another member</source>
        <translation>Ta karta należy do innego członka</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="117"/>
        <source>It was not linked. Please ask at the front desk if it should be yours.</source>
        <translation>Nie została połączona. Zapytaj w recepcji, jeśli powinna być Twoja.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="118"/>
        <source>Your card could not be linked right now</source>
        <translation>Nie udało się teraz połączyć karty</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="119"/>
        <source>Nothing was changed. Please try again.</source>
        <translation>Nic nie zostało zmienione. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="135"/>
        <source>Before your results are saved to %1, please read and accept its terms.</source>
        <translation>Zanim Twoje wyniki zostaną zapisane w %1, przeczytaj i zaakceptuj warunki.</translation>
    </message>
</context>
<context>
    <name>AccountLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="59"/>
        <source>Your phone shows this code too:</source>
        <translation>Twój telefon też pokazuje ten kod:</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
    <name>CardLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="43"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Continue</source>
        <translation>Dalej</translation>
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
        <translation>Cześć, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="39"/>
        <source>Before you step on: the scale needs these details to measure your body composition.</source>
        <translation>Zanim staniesz na wadze: potrzebuje tych danych, aby zmierzyć skład twojego ciała.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="52"/>
        <source>Height</source>
        <translation>Wzrost</translation>
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
        <translation>Wpisz</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="58"/>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="72"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="66"/>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="80"/>
        <source>Body model</source>
        <translation>Model ciała</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="83"/>
        <source>Female</source>
        <translation>Kobiecy</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="89"/>
        <source>Male</source>
        <translation>Męski</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="96"/>
        <source>Body type</source>
        <translation>Typ budowy</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="99"/>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="105"/>
        <source>Athletic</source>
        <translation>Sportowy</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="146"/>
        <source>Getting the scale ready…</source>
        <translation>Przygotowanie wagi…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="159"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Correct</source>
        <translation>Zgadza się</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your height in cm</source>
        <translation>Twój wzrost w cm</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your age</source>
        <translation>Twój wiek</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>Please enter a number from %1.</source>
        <translation>Wpisz liczbę %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>From %1.</source>
        <translation>Zakres: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="324"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>FailedScreen</name>
    <message>
        <location filename="../../ui/qml/member/FailedScreen.qml" line="23"/>
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
        <source>Checking your card with %1</source>
        <translation>Sprawdzanie karty w %1</translation>
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
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="91"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/qml/shared/OnScreenKeyboard.qml" line="83"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="17"/>
        <source>Hello, %1!</source>
        <translation>Cześć, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="57"/>
        <source>A workout finished on this machine just before you tapped. Was it yours?</source>
        <translation>Tuż przed przyłożeniem karty na tym urządzeniu zakończono trening. Czy to Twój trening?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="58"/>
        <source>A result finished here just before you tapped. Was it yours?</source>
        <translation>Tuż przed przyłożeniem karty zakończono tu pomiar. Czy to Twój pomiar?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="74"/>
        <source>Not mine</source>
        <translation>Nie mój</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my workout</source>
        <translation>To mój trening</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my measurement</source>
        <translation>To mój pomiar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="134"/>
        <source>Link a card</source>
        <translation>Połącz kartę</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="142"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="21"/>
        <source>Your result, %1</source>
        <translation>Twój wynik, %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="22"/>
        <source>Saved on this kiosk</source>
        <translation>Zapisano w tym kiosku</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="23"/>
        <source>Your result was not saved</source>
        <translation>Twój wynik nie został zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="24"/>
        <source>Saved. See you next time!</source>
        <translation>Zapisano. Do zobaczenia!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="86"/>
        <source>Tap a value to see what it means.</source>
        <translation>Dotknij wartości, aby zobaczyć, co oznacza.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="92"/>
        <source>Your result is saved to %1 automatically in a few seconds.</source>
        <translation>Twój wynik zostanie automatycznie zapisany w %1 za kilka sekund.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="98"/>
        <source>Sending your result…</source>
        <translation>Wysyłanie wyniku…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="132"/>
        <source>Not me</source>
        <translation>To nie ja</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="141"/>
        <source>QR code</source>
        <translation>Kod QR</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="149"/>
        <source>Measure again</source>
        <translation>Zmierz ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="185"/>
        <source>Is this result not yours?</source>
        <translation>To nie Twój wynik?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="186"/>
        <source>It will be deleted from this kiosk and not sent to %1.</source>
        <translation>Zostanie usunięty z tego kiosku i nie zostanie wysłany do %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="192"/>
        <source>Delete it, it&apos;s not mine</source>
        <translation>Usuń, to nie mój</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="199"/>
        <source>It&apos;s mine, keep it</source>
        <translation>Mój, zachowaj</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="217"/>
        <source>Take your result with you</source>
        <translation>Zabierz swój wynik</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="237"/>
        <source>Scan it with your phone&apos;s camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the %1 app.</source>
        <translation>Zeskanuj go aparatem telefonu. Zawiera tylko datę i te wartości: bez imienia i bez linku. Po zapisaniu wynik jest też w aplikacji %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="243"/>
        <source>Close</source>
        <translation>Zamknij</translation>
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
        <location filename="../../ui/qml/setup/SetupMain.qml" line="89"/>
        <source>Answer these questions once; the kiosk starts when %1 accepts them.</source>
        <translation>Odpowiedz raz na te pytania; kiosk uruchomi się, gdy %1 je zaakceptuje.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="153"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="157"/>
        <source>Card reader</source>
        <translation>Czytnik kart</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="167"/>
        <source>Measuring device</source>
        <translation>Urządzenie pomiarowe</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="181"/>
        <source>Look for ports again</source>
        <translation>Wyszukaj porty ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Looking…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Find devices</source>
        <translation>Znajdź urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="199"/>
        <source>Trainer PIN</source>
        <translation>PIN trenera</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="206"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>PIN do trybu trenera (od 4 do 12 cyfr)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="217"/>
        <source>The same PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="245"/>
        <source>Saves to %1</source>
        <translation>Zapisuje w %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Test %1 and finish</source>
        <translation>Sprawdź %1 i zakończ</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Cześć, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="95"/>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Accept</source>
        <translation>Akceptuj</translation>
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
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
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
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="22"/>
        <source>‹ Back</source>
        <translation>‹ Wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="28"/>
        <source>Discard %1&apos;s result</source>
        <translation>Unieważnij wynik: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="44"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>Nie zostanie nigdzie wysłany. Wybierz lub wpisz powód; trafi do dziennika audytu.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="108"/>
        <source>Or type a reason</source>
        <translation>Lub wpisz powód</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="122"/>
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
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="40"/>
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
<context>
    <name>platform</name>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="19"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="20"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Lokalny sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="22"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="24"/>
        <source>EGYM production</source>
        <translation>EGYM produkcja</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="25"/>
        <source>EGYM test</source>
        <translation>EGYM test</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="28"/>
        <source>Gym id</source>
        <translation>ID klubu</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="29"/>
        <source>Machine name</source>
        <translation>Nazwa urządzenia</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="31"/>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="32"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Przechowywany w pliku, który może odczytać tylko użytkownik kiosku, nigdy w konfiguracji.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="42"/>
        <source>enter the API key EGYM issued for this gym location</source>
        <translation>wprowadź klucz API wydany przez EGYM dla tej lokalizacji</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="44"/>
        <source>the API key has no spaces or line breaks; paste it again</source>
        <translation>klucz API nie zawiera spacji ani podziałów wiersza; wklej go ponownie</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="47"/>
        <source>enter the gym id (a whole number from EGYM)</source>
        <translation>wprowadź identyfikator siłowni (liczba całkowita od EGYM)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="49"/>
        <source>the gym id is a whole number, digits only</source>
        <translation>identyfikator siłowni to liczba całkowita, tylko cyfry</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="51"/>
        <source>enter the machine name EGYM knows this kiosk by</source>
        <translation>wprowadź nazwę urządzenia, pod którą EGYM zna ten kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="23"/>
        <source>Hub address</source>
        <translation>Adres huba</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="28"/>
        <source>Enrolment code</source>
        <translation>Kod rejestracji</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="46"/>
        <source>enter the hub&apos;s address, such as https://hub.example.com</source>
        <translation>wprowadź adres huba, np. https://hub.example.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="24"/>
        <source>The gym&apos;s hub, e.g. https://hub.example.com; on this machine: http://127.0.0.1:8400</source>
        <translation>Hub siłowni, np. https://hub.example.com; na tym komputerze: http://127.0.0.1:8400</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="29"/>
        <source>8 digits from the hub&apos;s fleet page, valid for 15 minutes. This kiosk stores only its own credential, never the EGYM key.</source>
        <translation>8 cyfr ze strony floty huba, ważne 15 minut. Ten kiosk przechowuje tylko własne poświadczenie, nigdy klucza EGYM.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="35"/>
        <source>enter the enrolment code from the hub&apos;s fleet page (gym-kiosk hub enrol)</source>
        <translation>wprowadź kod rejestracji ze strony floty huba (gym-kiosk hub enrol)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="37"/>
        <source>the enrolment code has 8 digits</source>
        <translation>kod rejestracji ma 8 cyfr</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="34"/>
        <source>choose the reader&apos;s port, or &quot;simulated&quot;</source>
        <translation>wybierz port czytnika kart lub „Symulacja”</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="35"/>
        <source>choose the device&apos;s port, or &quot;simulated&quot;</source>
        <translation>wybierz port urządzenia pomiarowego lub „Symulacja”</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="371"/>
        <source>a trainer PIN is 4 to 12 digits</source>
        <translation>PIN trenera ma od 4 do 12 cyfr</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="374"/>
        <source>the two PINs differ; type the same PIN twice</source>
        <translation>kody PIN się różnią; wpisz dwa razy ten sam PIN</translation>
    </message>
</context>
</TS>

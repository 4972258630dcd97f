<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Grasa corporal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="92"/>
        <source>Fat mass</source>
        <translation>Masa grasa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="93"/>
        <source>Fat-free mass</source>
        <translation>Masa libre de grasa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="94"/>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="130"/>
        <source>Muscle mass</source>
        <translation>Masa muscular</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="95"/>
        <location filename="../../ui/viewmodels/formatting.py" line="96"/>
        <source>Body water</source>
        <translation>Agua corporal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="97"/>
        <source>Bone mass</source>
        <translation>Masa ósea</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="99"/>
        <source>Visceral fat rating</source>
        <translation>Índice de grasa visceral</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="100"/>
        <location filename="../../ui/viewmodels/formatting.py" line="101"/>
        <source>Basal metabolic rate</source>
        <translation>Metabolismo basal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="102"/>
        <source>Metabolic age</source>
        <translation>Edad metabólica</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="103"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="104"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="105"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="106"/>
        <source>Average speed</source>
        <translation>Velocidad media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="107"/>
        <source>Average heart rate</source>
        <translation>Frecuencia cardiaca media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="108"/>
        <source>Average power</source>
        <translation>Potencia media</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="110"/>
        <source>Hip flexor, left</source>
        <translation>Flexor de cadera izquierdo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="111"/>
        <source>Hip flexor, right</source>
        <translation>Flexor de cadera derecho</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="218"/>
        <source>Checking that %1 got it…</source>
        <translation>Comprobando que %1 lo ha recibido…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="220"/>
        <source>%1 may have it: a trainer checks</source>
        <translation>Puede que %1 ya lo tenga: un entrenador lo comprueba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="222"/>
        <source>%1: connect your account at the greeting</source>
        <translation>%1: conecta tu cuenta en el saludo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="109"/>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
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
        <translation>años</translation>
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
        <translation>ppm</translation>
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
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="195"/>
        <location filename="../../ui/viewmodels/formatting.py" line="214"/>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="197"/>
        <source>Saved on this kiosk, sending to %1 when online</source>
        <translation>Guardado en este quiosco; se enviará a %1 cuando haya conexión</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="199"/>
        <location filename="../../ui/viewmodels/formatting.py" line="224"/>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>%1 did not accept this result</source>
        <translation>%1 no aceptó este resultado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="201"/>
        <source>Too old for %1 to accept</source>
        <translation>Demasiado antiguo para que %1 lo acepte</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="203"/>
        <location filename="../../ui/viewmodels/formatting.py" line="226"/>
        <source>Not sent to %1</source>
        <translation>No enviado a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Pide en recepción que vinculen tu tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>Please tell a trainer.</source>
        <translation>Avisa al personal del gimnasio, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>Tu resultado está guardado aquí y se enviará en breve.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>Tu resultado está guardado en este quiosco y se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>Tu resultado está guardado aquí y se volverá a enviar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>El personal del gimnasio puede ver los detalles en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>We could not use this card or phone</source>
        <translation>No pudimos usar esta tarjeta o este móvil</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Please try again, or use your member card.</source>
        <translation>Inténtalo de nuevo o usa tu tarjeta del gimnasio.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="69"/>
        <source>Your membership is paused</source>
        <translation>Tu membresía está congelada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="70"/>
        <source>Your membership is not active</source>
        <translation>Tu membresía no está activa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="71"/>
        <source>Your membership is blocked</source>
        <translation>Tu membresía está bloqueada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="72"/>
        <source>Your membership does not include this time of day</source>
        <translation>Tu membresía no incluye esta hora del día</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="73"/>
        <source>Your visit was not approved</source>
        <translation>Tu visita no ha sido aprobada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="74"/>
        <source>No problem. Nothing was measured or sent</source>
        <translation>No pasa nada. No se ha medido ni enviado nada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>You can accept %1&apos;s terms next time to save your results.</source>
        <translation>Puedes aceptar los términos de %1 la próxima vez para guardar tus resultados.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>%1&apos;s terms could not be loaded</source>
        <translation>No se han podido cargar los términos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Your answer did not reach %1</source>
        <translation>Tu respuesta no ha llegado a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Please tap Accept again.</source>
        <translation>Toca Aceptar otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Start your workout</source>
        <translation>Empieza tu entrenamiento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Pulsa Start en la consola. Tus datos aparecen aquí mientras entrenas.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Take your position for the test</source>
        <translation>Colócate en posición para la prueba</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Sigue las indicaciones de la estación. Tu resultado aparecerá aquí al terminar la prueba.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Please step onto the scale</source>
        <translation>Sube a la báscula, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>Sin calzado, sin moverte y con los dos pies sobre las placas.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Consola desconectada, reconectando…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Sigue entrenando: la consola cuenta tu entrenamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>Waiting for the console…</source>
        <translation>Esperando a la consola…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>The figures shown are not current.</source>
        <translation>Las cifras mostradas no están actualizadas.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Workout in progress…</source>
        <translation>Entrenamiento en curso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Termina tu entrenamiento en la consola para ver tu resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="113"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Báscula desconectada, reconectando…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>Waiting for the scale…</source>
        <translation>Esperando a la báscula…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>The weight shown is not current.</source>
        <translation>El peso mostrado no está actualizado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="117"/>
        <source>Weight steady, analysing…</source>
        <translation>Peso estable, analizando…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="118"/>
        <source>Please stand still…</source>
        <translation>No te muevas, por favor…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="228"/>
        <source>Closes in %1 s. Touch the screen to keep it open.</source>
        <translation>Se cierra en %1 s. Toca la pantalla para mantenerla abierta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>The scale is disconnected</source>
        <translation>La báscula está desconectada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>Please try again in a minute.</source>
        <translation>Vuelve a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Please try again in a few minutes.</source>
        <translation>Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>The cardio machine is disconnected</source>
        <translation>La máquina de cardio está desconectada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>The flexibility station is disconnected</source>
        <translation>La estación de flexibilidad está desconectada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Please ask at the front desk.</source>
        <translation>Pregunta en recepción, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>This card is not linked to an %1 account</source>
        <translation>Esta tarjeta no está vinculada a una cuenta de %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>This kiosk is not allowed to do that at %1</source>
        <translation>Este quiosco no tiene permiso para hacer eso en %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>%1 is busy right now</source>
        <translation>%1 está ocupado en este momento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>No connection to %1</source>
        <translation>Sin conexión con %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>%1 sent an answer we could not read</source>
        <translation>%1 envió una respuesta que no pudimos leer</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>This kiosk could not sign in to %1</source>
        <translation>Este quiosco no pudo iniciar sesión en %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>Reconectando… quédate donde estás.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>This kiosk could not save your result</source>
        <translation>Este quiosco no pudo guardar tu resultado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>No se envió nada. Avisa al personal del gimnasio, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Your result is not saved yet</source>
        <translation>Tu resultado aún no está guardado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Please keep this screen open.</source>
        <translation>Deja esta pantalla abierta, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Saving your result…</source>
        <translation>Guardando tu resultado…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Aún no está guardado. Deja esta pantalla abierta, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Please try again.</source>
        <translation>Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="34"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="35"/>
        <source>Needs attention</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="36"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="37"/>
        <source>Needs re-auth</source>
        <translation>Requiere nuevo inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="38"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="39"/>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="40"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="41"/>
        <source>Discarded</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="54"/>
        <source>%1: sent</source>
        <translation>%1: enviado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued (offline)</source>
        <translation>%1: en cola (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued</source>
        <translation>%1: en cola</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="59"/>
        <source>%1: needs re-auth</source>
        <translation>%1: requiere nuevo inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="61"/>
        <source>%1: reply lost, may have arrived: check there, then resend or discard</source>
        <translation>%1: respuesta perdida, puede que haya llegado: compruébalo allí y reenvía o descarta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="64"/>
        <source>%1: the member has not connected their account</source>
        <translation>%1: el socio no ha conectado su cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="66"/>
        <source>no reason given</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="67"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: rechazado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="69"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: caducado, demasiado antiguo para enviarlo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: descartado («No soy yo»)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: descartado en modo entrenador</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Not this member</source>
        <translation>Persona equivocada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Test or demo measurement</source>
        <translation>Medición de prueba o demostración</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Wrong reading from the device</source>
        <translation>Lectura errónea del aparato</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="137"/>
        <source>This card could not be looked up. Pick the member from the list.</source>
        <translation>No se pudo consultar esta tarjeta. Elige a la persona en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="142"/>
        <source>No results at this kiosk for this card.</source>
        <translation>No hay resultados en este quiosco para esta tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="166"/>
        <source>Trainer (PIN)</source>
        <translation>Entrenador (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="167"/>
        <source>Trainer (card)</source>
        <translation>Entrenador (tarjeta)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="195"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>La entrada con PIN no está configurada en este quiosco. Acerque su tarjeta de entrenador.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="198"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="199"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="201"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="203"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>PIN incorrecto. Intentos restantes: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="205"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>Ahora no se puede comprobar el PIN. Acerque su tarjeta de entrenador.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="206"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Introduzca el PIN de entrenador o acerque su tarjeta de entrenador.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="236"/>
        <source>All members</source>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="450"/>
        <source>Still too old for %1 to accept; it cannot be sent.</source>
        <translation>Sigue siendo demasiado antiguo para %1; no se puede enviar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="47"/>
        <source>Unknown member</source>
        <translation>Persona desconocida</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="284"/>
        <source>USB drive %1</source>
        <translation>Unidad USB %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="285"/>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="442"/>
        <source>Nothing to resend.</source>
        <translation>No hay nada que reenviar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="444"/>
        <source>Queued again; sending now.</source>
        <translation>De nuevo en cola; enviando ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="446"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>De nuevo en cola. Se enviará cuando %1 vuelva a medirse en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="447"/>
        <source>the member</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="454"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Descartado. El motivo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="469"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>No se pudo escribir en %1. ¿Sigue conectada la unidad y tiene espacio libre?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="472"/>
        <source>Saved %1 results to %2</source>
        <translation>Resultados guardados en %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="491"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>No ha funcionado: el almacenamiento de este quiosco no responde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="158"/>
        <source>Trend for %1</source>
        <translation>Evolución de %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="159"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Mediciones en este quiosco: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="56"/>
        <source>Smart scale</source>
        <translation>Báscula inteligente</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="57"/>
        <source>Cardio machine</source>
        <translation>Máquina de cardio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="58"/>
        <source>Flexibility station</source>
        <translation>Estación de flexibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="74"/>
        <source>Custom URL</source>
        <translation>URL propia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="275"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="286"/>
        <source>No serial ports found. Plug in the devices, then look for ports again.</source>
        <translation>No se encontraron puertos serie. Conecta los dispositivos y vuelve a buscar puertos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="289"/>
        <source>Looking for devices on %1 ports…</source>
        <translation>Buscando dispositivos en %1 puertos…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="299"/>
        <location filename="../../ui/viewmodels/setup.py" line="356"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Hay datos que corregir: vea los mensajes en rojo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="313"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>La prueba misma falló; revise el protocolo y el puerto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="302"/>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="330"/>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="332"/>
        <source>No device answered. Choose each device&apos;s protocol and port, then test it.</source>
        <translation>Ningún dispositivo respondió. Elige el protocolo y el puerto de cada dispositivo y pruébalo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="351"/>
        <source>%1 connection failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="360"/>
        <source>Setup could not finish: %1</source>
        <translation>La configuración no pudo terminar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="366"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Guardado en %1. Iniciando el quiosco…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="397"/>
        <source>Keyboard input</source>
        <translation>Entrada de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="399"/>
        <source>USB (nfcpy)</source>
        <translation>USB (nfcpy)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="404"/>
        <source>Simulated</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="30"/>
        <source>Your body weight, measured barefoot.</source>
        <translation>Tu peso corporal, medido sin calzado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="31"/>
        <source>The share of your weight that is fat.</source>
        <translation>La parte de tu peso que es grasa.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="32"/>
        <source>How much of your weight is fat.</source>
        <translation>Cuánto de tu peso es grasa.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="33"/>
        <source>Everything that is not fat: muscle, bone, organs and water.</source>
        <translation>Todo lo que no es grasa: músculo, hueso, órganos y agua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="34"/>
        <source>The weight of your muscles, including the water in them.</source>
        <translation>El peso de tus músculos, incluida el agua que contienen.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="35"/>
        <source>The share of your weight that is water.</source>
        <translation>La parte de tu peso que es agua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="36"/>
        <source>How much of your weight is water.</source>
        <translation>Cuánto de tu peso es agua.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="37"/>
        <source>The estimated weight of the minerals in your bones.</source>
        <translation>El peso estimado de los minerales de tus huesos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="38"/>
        <source>Your weight relative to your height: kilograms divided by metres squared.</source>
        <translation>Tu peso en relación con tu altura: kilogramos divididos por metros al cuadrado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="39"/>
        <source>Fat around your inner organs, on Tanita&apos;s scale from 1 to 59.</source>
        <translation>Grasa alrededor de tus órganos internos, en la escala de Tanita de 1 a 59.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="40"/>
        <location filename="../../ui/viewmodels/result_view.py" line="41"/>
        <source>The energy your body uses in a day at complete rest.</source>
        <translation>La energía que tu cuerpo gasta en un día en reposo total.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="42"/>
        <source>The age at which an average person&apos;s resting energy use matches yours.</source>
        <translation>La edad a la que el gasto en reposo de una persona media coincide con el tuyo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="43"/>
        <source>How long your workout lasted, in minutes and seconds.</source>
        <translation>Cuánto duró tu entrenamiento, en minutos y segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="44"/>
        <source>The distance you covered in this workout.</source>
        <translation>La distancia que recorriste en este entrenamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="45"/>
        <source>The energy this workout used, as the machine estimates it.</source>
        <translation>La energía que gastó este entrenamiento, según la estimación de la máquina.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="46"/>
        <source>Your average speed over the whole workout.</source>
        <translation>Tu velocidad media durante todo el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="47"/>
        <source>Your average heart rate over the whole workout.</source>
        <translation>Tu frecuencia cardíaca media durante todo el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="48"/>
        <source>Your average power over the whole workout.</source>
        <translation>Tu potencia media durante todo el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="49"/>
        <source>How far you reached in the flexibility test.</source>
        <translation>Hasta dónde llegaste en la prueba de flexibilidad.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="50"/>
        <source>How far your left hip flexor lets your leg move.</source>
        <translation>Cuánto deja moverse la pierna tu flexor de cadera izquierdo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="51"/>
        <source>How far your right hip flexor lets your leg move.</source>
        <translation>Cuánto deja moverse la pierna tu flexor de cadera derecho.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Underweight</source>
        <translation>Bajo peso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Normal</source>
        <translation>Peso normal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Overweight</source>
        <translation>Sobrepeso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Obese</source>
        <translation>Obesidad</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Healthy</source>
        <translation>Rango saludable</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <source>Excess</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Under fat</source>
        <translation>Grasa baja</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Over fat</source>
        <translation>Grasa alta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="121"/>
        <source>Range from %1.</source>
        <translation>Rango según %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="123"/>
        <source>Your age: %1</source>
        <translation>Tu edad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="125"/>
        <source>No published range.</source>
        <translation>Sin rango publicado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="145"/>
        <source>▲ ▼ change since your last result on %1</source>
        <translation>▲ ▼ cambio desde tu último resultado del %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="216"/>
        <source>%1 will get it later</source>
        <translation>%1 lo recibirá más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>This kiosk is not enrolled at %1</source>
        <translation>Este quiosco no está registrado en %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Results are kept here. Please tell a trainer: it needs a new enrolment code.</source>
        <translation>Los resultados se guardan aquí. Avisa al personal del gimnasio, por favor: necesita un nuevo código de registro.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="46"/>
        <source>%1 cm · %2 · %3 — correct?</source>
        <translation>%1 cm · %2 · %3: ¿es correcto?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="58"/>
        <source>%1 to %2 cm</source>
        <translation>%1 a %2 cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="60"/>
        <source>%1 to %2 years</source>
        <translation>%1 a %2 años</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="116"/>
        <source>The scale did not get your details</source>
        <translation>La báscula no ha recibido tus datos</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="117"/>
        <source>Please step off the scale and tap Try again.</source>
        <translation>Bájate de la báscula y toca «Reintentar», por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="118"/>
        <source>The scale did not accept these details</source>
        <translation>La báscula no ha aceptado estos datos</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="119"/>
        <source>Please check them and tap Try again.</source>
        <translation>Revísalos y toca «Reintentar», por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="120"/>
        <source>The scale is not answering</source>
        <translation>La báscula no responde</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="121"/>
        <source>Please tap Try again. If this happens again, please tell a trainer.</source>
        <translation>Toca «Reintentar». Si vuelve a pasar, avisa al personal del gimnasio, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="122"/>
        <source>The scale reported a problem</source>
        <translation>La báscula ha informado de un problema</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="123"/>
        <source>Please step off the scale, wait a moment and tap Try again.</source>
        <translation>Bájate de la báscula, espera un momento y toca «Reintentar», por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="131"/>
        <source>The scale calculates with one of two body models. Please choose the one to use.</source>
        <translation>La báscula calcula con uno de dos modelos corporales. Elige cuál debe usar, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="133"/>
        <source>Please enter your height and age.</source>
        <translation>Introduce tu estatura y tu edad, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="135"/>
        <source>Please enter your height.</source>
        <translation>Introduce tu estatura, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="137"/>
        <source>Please enter your age.</source>
        <translation>Introduce tu edad, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="33"/>
        <source>+%1 points today</source>
        <translation>+%1 puntos hoy</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="35"/>
        <source>level %1, %2 to go</source>
        <translation>nivel %1, faltan %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="38"/>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="98"/>
        <source>%1 connected</source>
        <translation>%1 conectado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <source>Disconnect %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>%1 needs reconnecting</source>
        <translation>Hay que volver a conectar %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>Reconnect %1</source>
        <translation>Volver a conectar %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="52"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="159"/>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="66"/>
        <source>Today&apos;s plan in %1: %2, %3 min</source>
        <translation>Tu plan de hoy en %1: %2, %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="68"/>
        <source>Today&apos;s plan in %1: %2</source>
        <translation>Tu plan de hoy en %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="83"/>
        <source>Zone %1 of %2: %3</source>
        <translation>Zona %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="94"/>
        <source>Preparing the code…</source>
        <translation>Preparando el código…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="95"/>
        <source>Scan the code with your phone&apos;s camera and sign in to %1 there.</source>
        <translation>Escanea el código con la cámara del móvil e inicia sesión en %1 allí.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="96"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="97"/>
        <source>Signing in on your phone…</source>
        <translation>Iniciando sesión en tu móvil…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="99"/>
        <source>Not connected: the sign-in was cancelled on the phone.</source>
        <translation>No conectado: se canceló el inicio de sesión en el móvil.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="100"/>
        <source>%1 did not finish connecting. Please try again later.</source>
        <translation>%1 no terminó de conectar. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="101"/>
        <source>The code has expired. Tap Connect to try again.</source>
        <translation>El código ha caducado. Toca Conectar para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="103"/>
        <source>Connecting is not possible right now. Please try again later.</source>
        <translation>Ahora no se puede conectar. Inténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="109"/>
        <source>Link a card to your %1 account?</source>
        <translation>¿Vincular una tarjeta a tu cuenta de %1?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="110"/>
        <source>Next, hold the card or wristband you want to use to the reader. You can then log in with it instead of your phone. A card that belongs to another member is not linked.</source>
        <translation>A continuación, acerca al lector la tarjeta o pulsera que quieras usar. Después podrás iniciar sesión con ella en lugar del móvil. La tarjeta de otro socio no se vincula.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Hold your card to the reader now</source>
        <translation>Acerca ahora tu tarjeta al lector</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Only the next card tapped is linked.</source>
        <translation>Solo se vincula la próxima tarjeta que acerques.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Linking your card…</source>
        <translation>Vinculando tu tarjeta…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Please keep the card near the reader.</source>
        <translation>Mantén la tarjeta cerca del lector.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Your card is linked</source>
        <translation>Tu tarjeta está vinculada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Next time, just tap the card.</source>
        <translation>La próxima vez, basta con acercar la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>This card is already yours</source>
        <translation>Esta tarjeta ya es tuya</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>Nothing needed changing.</source>
        <translation>No hacía falta cambiar nada.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="116"/>
        <source>This card belongs to another member</source>
        <translation>Esta tarjeta pertenece a otro socio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="117"/>
        <source>It was not linked. Please ask at the front desk if it should be yours.</source>
        <translation>No se ha vinculado. Pregunta en recepción si debería ser tuya.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="118"/>
        <source>Your card could not be linked right now</source>
        <translation>Ahora no se ha podido vincular tu tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="119"/>
        <source>Nothing was changed. Please try again.</source>
        <translation>No se ha cambiado nada. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="135"/>
        <source>Before your results are saved to %1, please read and accept its terms.</source>
        <translation>Antes de guardar tus resultados en %1, lee y acepta sus términos.</translation>
    </message>
</context>
<context>
    <name>AccountLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="59"/>
        <source>Your phone shows this code too:</source>
        <translation>Tu móvil también muestra este código:</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="91"/>
        <source>Tap your card or phone</source>
        <translation>Acerca tu tarjeta o móvil</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="92"/>
        <source>Hold your member card, wristband or phone to the reader to start.</source>
        <translation>Acerca tu tarjeta del gimnasio, tu pulsera o tu móvil al lector para empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="103"/>
        <source>Trainer</source>
        <translation>Entrenador</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="116"/>
        <source>Choose your language</source>
        <translation>Elige tu idioma</translation>
    </message>
</context>
<context>
    <name>CardLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/CardLinkPanel.qml" line="51"/>
        <source>Continue</source>
        <translation>Continuar</translation>
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
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="39"/>
        <source>Before you step on: the scale needs these details to measure your body composition.</source>
        <translation>Antes de subir: la báscula necesita estos datos para medir tu composición corporal.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="52"/>
        <source>Height</source>
        <translation>Estatura</translation>
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
        <translation>Introducir</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="58"/>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="72"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="66"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="80"/>
        <source>Body model</source>
        <translation>Modelo corporal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="83"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="89"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="96"/>
        <source>Body type</source>
        <translation>Tipo corporal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="99"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="105"/>
        <source>Athletic</source>
        <translation>Atlético</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="146"/>
        <source>Getting the scale ready…</source>
        <translation>Preparando la báscula…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="159"/>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Correct</source>
        <translation>Es correcto</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your height in cm</source>
        <translation>Tu estatura en cm</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your age</source>
        <translation>Tu edad</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>Please enter a number from %1.</source>
        <translation>Introduce un número de %1, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>From %1.</source>
        <translation>De %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="324"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FailedScreen</name>
    <message>
        <location filename="../../ui/qml/member/FailedScreen.qml" line="23"/>
        <source>That did not work</source>
        <translation>No ha funcionado</translation>
    </message>
</context>
<context>
    <name>IdentifyingScreen</name>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="13"/>
        <source>One moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="14"/>
        <source>Checking your card with %1</source>
        <translation>Comprobando tu tarjeta con %1</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="24"/>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this session ends when the countdown reaches zero.</source>
        <translation>Por tu privacidad, esta sesión termina cuando la cuenta atrás llegue a cero.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="52"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>MeasuringScreen</name>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="91"/>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/qml/shared/OnScreenKeyboard.qml" line="83"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="17"/>
        <source>Hello, %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="57"/>
        <source>A workout finished on this machine just before you tapped. Was it yours?</source>
        <translation>Justo antes de que acercaras la tarjeta terminó un entrenamiento en esta máquina. ¿Es tu entrenamiento?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="58"/>
        <source>A result finished here just before you tapped. Was it yours?</source>
        <translation>Justo antes de que acercaras la tarjeta terminó una medición aquí. ¿Es tu medición?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="74"/>
        <source>Not mine</source>
        <translation>No es mío</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my workout</source>
        <translation>Es mi entrenamiento</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my measurement</source>
        <translation>Es mi medición</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="134"/>
        <source>Link a card</source>
        <translation>Vincular tarjeta</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="142"/>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="21"/>
        <source>Your result, %1</source>
        <translation>Tu resultado, %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="22"/>
        <source>Saved on this kiosk</source>
        <translation>Guardado en este quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="23"/>
        <source>Your result was not saved</source>
        <translation>Tu resultado no se ha guardado</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="24"/>
        <source>Saved. See you next time!</source>
        <translation>Guardado. ¡Hasta la próxima!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="86"/>
        <source>Tap a value to see what it means.</source>
        <translation>Toca un valor para ver qué significa.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="92"/>
        <source>Your result is saved to %1 automatically in a few seconds.</source>
        <translation>Tu resultado se guardará en %1 automáticamente en unos segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="98"/>
        <source>Sending your result…</source>
        <translation>Enviando tu resultado…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="132"/>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="141"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="149"/>
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="185"/>
        <source>Is this result not yours?</source>
        <translation>¿Este resultado no es tuyo?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="186"/>
        <source>It will be deleted from this kiosk and not sent to %1.</source>
        <translation>Se borrará de este quiosco y no se enviará a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="192"/>
        <source>Delete it, it&apos;s not mine</source>
        <translation>Borrar, no es mío</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="199"/>
        <source>It&apos;s mine, keep it</source>
        <translation>Es mío, conservar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="217"/>
        <source>Take your result with you</source>
        <translation>Llévate tu resultado</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="237"/>
        <source>Scan it with your phone&apos;s camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the %1 app.</source>
        <translation>Escanéalo con la cámara del móvil. Solo contiene la fecha y estos valores: ni nombre ni enlace. Una vez guardado, tu resultado también está en la app de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="243"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SetupDevice</name>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="29"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="39"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="54"/>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="64"/>
        <source>Probes the port with this protocol (about two seconds).</source>
        <translation>Prueba el puerto con este protocolo (unos dos segundos).</translation>
    </message>
</context>
<context>
    <name>SetupMain</name>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="15"/>
        <source>gym-kiosk setup</source>
        <translation>Configuración de gym-kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="49"/>
        <source>Set up this kiosk</source>
        <translation>Configurar este quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="88"/>
        <source>The kiosk could not start: %1</source>
        <translation>El quiosco no pudo iniciarse: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="110"/>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="115"/>
        <source>What stands beside this kiosk?</source>
        <translation>¿Qué hay junto a este quiosco?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="126"/>
        <source>Name shown on screen (optional)</source>
        <translation>Nombre en pantalla (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="89"/>
        <source>Answer these questions once; the kiosk starts when %1 accepts them.</source>
        <translation>Responda estas preguntas una vez; el quiosco se inicia cuando %1 las acepta.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="153"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="157"/>
        <source>Card reader</source>
        <translation>Lector de tarjetas</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="167"/>
        <source>Measuring device</source>
        <translation>Dispositivo de medición</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="181"/>
        <source>Look for ports again</source>
        <translation>Buscar puertos de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Find devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="199"/>
        <source>Trainer PIN</source>
        <translation>PIN de entrenador</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="206"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>PIN del modo entrenador (4 a 12 dígitos)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="217"/>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="245"/>
        <source>Saves to %1</source>
        <translation>Se guarda en %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Test %1 and finish</source>
        <translation>Probar %1 y terminar</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="95"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Trainer sign-in</source>
        <translation>Acceso de entrenador</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Results at this station</source>
        <translation>Resultados de esta estación</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TrainerModeDetail</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="22"/>
        <source>‹ Results</source>
        <translation>‹ Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="84"/>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="94"/>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDetail.qml" line="104"/>
        <source>Trend</source>
        <translation>Evolución</translation>
    </message>
</context>
<context>
    <name>TrainerModeDiscard</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="22"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="28"/>
        <source>Discard %1&apos;s result</source>
        <translation>Descartar el resultado de %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="44"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>No se enviará a ninguna parte. Elija o escriba el motivo; quedará en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="108"/>
        <source>Or type a reason</source>
        <translation>O escriba un motivo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="122"/>
        <source>Discard result</source>
        <translation>Descartar resultado</translation>
    </message>
</context>
<context>
    <name>TrainerModeExport</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="20"/>
        <source>‹ Results</source>
        <translation>‹ Resultados</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="26"/>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="40"/>
        <source>The file lists every result the filters select: time, member, values and where each one stands. Plug in a USB drive to see it here.</source>
        <translation>El archivo contiene todos los resultados de los filtros elegidos: hora, socio, valores y estado de envío. Conecte una unidad USB para verla aquí.</translation>
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
        <translation>Socio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="48"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="119"/>
        <source>No results here match these filters.</source>
        <translation>Ningún resultado coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>TrainerModeTrend</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="23"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="57"/>
        <source>No body measurements for this member at this kiosk yet.</source>
        <translation>Aún no hay mediciones corporales de esta persona en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="113"/>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="19"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="20"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Para un sandbox local (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="22"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="24"/>
        <source>EGYM production</source>
        <translation>EGYM producción</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="25"/>
        <source>EGYM test</source>
        <translation>EGYM pruebas</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="28"/>
        <source>Gym id</source>
        <translation>ID del gimnasio</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="29"/>
        <source>Machine name</source>
        <translation>Nombre de la máquina</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="31"/>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="32"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Se guarda en un archivo que solo puede leer el usuario del quiosco, nunca en la configuración.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="42"/>
        <source>enter the API key EGYM issued for this gym location</source>
        <translation>introduzca la clave API que EGYM emitió para este centro</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="44"/>
        <source>the API key has no spaces or line breaks; paste it again</source>
        <translation>la clave API no tiene espacios ni saltos de línea; péguela de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="47"/>
        <source>enter the gym id (a whole number from EGYM)</source>
        <translation>introduzca el ID del gimnasio (un número entero de EGYM)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="49"/>
        <source>the gym id is a whole number, digits only</source>
        <translation>el ID del gimnasio es un número entero, solo dígitos</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="51"/>
        <source>enter the machine name EGYM knows this kiosk by</source>
        <translation>introduzca el nombre de máquina con el que EGYM conoce este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="23"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="28"/>
        <source>Enrolment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="46"/>
        <source>enter the hub&apos;s address, such as https://hub.example.com</source>
        <translation>introduzca la dirección del hub, p. ej. https://hub.example.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="24"/>
        <source>The gym&apos;s hub, e.g. https://hub.example.com; on this machine: http://127.0.0.1:8400</source>
        <translation>El hub del gimnasio, p. ej. https://hub.example.com; en este equipo: http://127.0.0.1:8400</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="29"/>
        <source>8 digits from the hub&apos;s fleet page, valid for 15 minutes. This kiosk stores only its own credential, never the EGYM key.</source>
        <translation>8 dígitos de la página de flota del hub, válidos 15 minutos. Este quiosco solo guarda su propia credencial, nunca la clave de EGYM.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="35"/>
        <source>enter the enrolment code from the hub&apos;s fleet page (gym-kiosk hub enrol)</source>
        <translation>introduzca el código de registro de la página de flota del hub (gym-kiosk hub enrol)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="37"/>
        <source>the enrolment code has 8 digits</source>
        <translation>el código de registro tiene 8 dígitos</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="34"/>
        <source>choose the reader&apos;s port, or &quot;simulated&quot;</source>
        <translation>elija el puerto del lector de tarjetas o «Simulado»</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="35"/>
        <source>choose the device&apos;s port, or &quot;simulated&quot;</source>
        <translation>elija el puerto del dispositivo de medición o «Simulado»</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="371"/>
        <source>a trainer PIN is 4 to 12 digits</source>
        <translation>el PIN de entrenador tiene de 4 a 12 dígitos</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="374"/>
        <source>the two PINs differ; type the same PIN twice</source>
        <translation>los dos PIN no coinciden; escriba el mismo PIN dos veces</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
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
        <translation>Gordura corporal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="92"/>
        <source>Fat mass</source>
        <translation>Massa gorda</translation>
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
        <translation>Massa muscular</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="95"/>
        <location filename="../../ui/viewmodels/formatting.py" line="96"/>
        <source>Body water</source>
        <translation>Água corporal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="97"/>
        <source>Bone mass</source>
        <translation>Massa óssea</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="98"/>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="99"/>
        <source>Visceral fat rating</source>
        <translation>Nível de gordura visceral</translation>
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
        <translation>Idade metabólica</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="103"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="104"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="105"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="106"/>
        <source>Average speed</source>
        <translation>Velocidade média</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="107"/>
        <source>Average heart rate</source>
        <translation>Frequência cardíaca média</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="108"/>
        <source>Average power</source>
        <translation>Potência média</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="109"/>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="110"/>
        <source>Hip flexor, left</source>
        <translation>Flexor da anca esquerdo</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="111"/>
        <source>Hip flexor, right</source>
        <translation>Flexor da anca direito</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Heart rate</source>
        <translation>Frequência cardíaca</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="122"/>
        <source>Power</source>
        <translation>Potência</translation>
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
        <translation>anos</translation>
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
        <translation>Guardado em %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="195"/>
        <location filename="../../ui/viewmodels/formatting.py" line="214"/>
        <source>Sending to %1…</source>
        <translation>A enviar para %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="197"/>
        <source>Saved on this kiosk, sending to %1 when online</source>
        <translation>Guardado neste quiosque; será enviado para %1 quando houver ligação</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="199"/>
        <location filename="../../ui/viewmodels/formatting.py" line="224"/>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>%1 did not accept this result</source>
        <translation>%1 não aceitou este resultado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="201"/>
        <source>Too old for %1 to accept</source>
        <translation>Demasiado antigo para ser aceite por %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="203"/>
        <location filename="../../ui/viewmodels/formatting.py" line="226"/>
        <source>Not sent to %1</source>
        <translation>Não enviado para %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="218"/>
        <source>Checking that %1 got it…</source>
        <translation>A verificar se a %1 recebeu…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="220"/>
        <source>%1 may have it: a trainer checks</source>
        <translation>A %1 pode já o ter: um treinador verifica</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="222"/>
        <source>%1: connect your account at the greeting</source>
        <translation>%1: associe a sua conta no ecrã de boas-vindas</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <source>Please try again in a minute.</source>
        <translation>Tente novamente dentro de um minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="47"/>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>Please try again in a few minutes.</source>
        <translation>Tente novamente dentro de alguns minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="50"/>
        <source>The cardio machine is disconnected</source>
        <translation>O equipamento de cardio está desligado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="51"/>
        <source>The flexibility station is disconnected</source>
        <translation>A estação de flexibilidade está desligada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="52"/>
        <source>The scale is disconnected</source>
        <translation>A balança está desligada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>Please ask at the front desk to link your card.</source>
        <translation>Peça na receção para associar o seu cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>Please tell a trainer.</source>
        <translation>Informe a equipa do ginásio.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>Your result is saved here and will be sent shortly.</source>
        <translation>O seu resultado está guardado aqui e será enviado em breve.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>Your result is saved on this kiosk and will be sent when the connection is back.</source>
        <translation>O seu resultado está guardado neste quiosque e será enviado quando a ligação voltar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>Your result is saved here and will be sent again.</source>
        <translation>O seu resultado está guardado aqui e será enviado novamente.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="61"/>
        <source>A trainer can see the details at this kiosk.</source>
        <translation>A equipa do ginásio pode ver os detalhes neste quiosque.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="56"/>
        <source>This card is not linked to an %1 account</source>
        <translation>Este cartão não está associado a uma conta %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="53"/>
        <source>Please ask at the front desk.</source>
        <translation>Por favor, pergunte na receção.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="57"/>
        <source>This kiosk is not allowed to do that at %1</source>
        <translation>Este quiosque não tem permissão para isso no %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="58"/>
        <source>%1 is busy right now</source>
        <translation>O %1 está sobrecarregado neste momento</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="59"/>
        <source>No connection to %1</source>
        <translation>Sem ligação ao %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="60"/>
        <source>%1 sent an answer we could not read</source>
        <translation>O %1 enviou uma resposta ilegível</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="62"/>
        <source>This kiosk could not sign in to %1</source>
        <translation>Este quiosque não conseguiu iniciar sessão no %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>We could not use this card or phone</source>
        <translation>Não foi possível usar este cartão ou telemóvel</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="65"/>
        <source>Please try again, or use your member card.</source>
        <translation>Tente novamente ou use o seu cartão do ginásio.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="66"/>
        <source>Reconnecting… please stay where you are.</source>
        <translation>A religar… fique onde está.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>This kiosk could not save your result</source>
        <translation>Este quiosque não conseguiu guardar o seu resultado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="67"/>
        <source>Nothing was sent. Please tell a trainer.</source>
        <translation>Nada foi enviado. Informe a equipa do ginásio.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Your result is not saved yet</source>
        <translation>O seu resultado ainda não está guardado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="68"/>
        <source>Please keep this screen open.</source>
        <translation>Mantenha este ecrã aberto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="69"/>
        <source>Your membership is paused</source>
        <translation>A sua inscrição está suspensa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="70"/>
        <source>Your membership is not active</source>
        <translation>A sua inscrição não está ativa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="71"/>
        <source>Your membership is blocked</source>
        <translation>A sua inscrição está bloqueada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="72"/>
        <source>Your membership does not include this time of day</source>
        <translation>A sua inscrição não inclui esta hora do dia</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="73"/>
        <source>Your visit was not approved</source>
        <translation>A sua visita não foi aprovada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="74"/>
        <source>No problem. Nothing was measured or sent</source>
        <translation>Sem problema. Nada foi medido nem enviado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="75"/>
        <source>You can accept %1&apos;s terms next time to save your results.</source>
        <translation>Pode aceitar os termos da %1 da próxima vez para guardar os seus resultados.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="76"/>
        <source>%1&apos;s terms could not be loaded</source>
        <translation>Não foi possível carregar os termos da %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Your answer did not reach %1</source>
        <translation>A sua resposta não chegou à %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="77"/>
        <source>Please tap Accept again.</source>
        <translation>Toque novamente em Aceitar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="79"/>
        <source>Please try again.</source>
        <translation>Tente novamente.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Start your workout</source>
        <translation>Comece o seu treino</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="93"/>
        <source>Press Start on the console. Your figures appear here as you train.</source>
        <translation>Carregue em Start na consola. Os seus valores aparecem aqui enquanto treina.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Take your position for the test</source>
        <translation>Coloque-se em posição para o teste</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="95"/>
        <source>Follow the guide on the station. Your result appears here when the test is done.</source>
        <translation>Siga as indicações na estação. O resultado aparece aqui quando o teste terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Please step onto the scale</source>
        <translation>Suba para a balança</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="96"/>
        <source>Barefoot, standing still, both feet on the plates.</source>
        <translation>Tire o calçado, não se mexa e ponha os dois pés nas placas.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Saving your result…</source>
        <translation>A guardar o seu resultado…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="105"/>
        <source>Not saved yet. Please keep this screen open.</source>
        <translation>Ainda não guardado. Mantenha este ecrã aberto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Console disconnected, reconnecting…</source>
        <translation>Consola desligada, a religar…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="108"/>
        <source>Keep going: your workout is counted on the console.</source>
        <translation>Continue: a consola está a contar o seu treino.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>Waiting for the console…</source>
        <translation>À espera da consola…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="110"/>
        <source>The figures shown are not current.</source>
        <translation>Os valores apresentados não estão atualizados.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Workout in progress…</source>
        <translation>Treino em curso…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="111"/>
        <source>Finish your workout on the console to see your summary.</source>
        <translation>Termine o treino na consola para ver o resumo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="113"/>
        <source>Scale disconnected, reconnecting…</source>
        <translation>Balança desligada, a religar…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>Waiting for the scale…</source>
        <translation>À espera da balança…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="115"/>
        <source>The weight shown is not current.</source>
        <translation>O peso apresentado não está atualizado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="117"/>
        <source>Weight steady, analysing…</source>
        <translation>Peso estável, a analisar…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="118"/>
        <source>Please stand still…</source>
        <translation>Não se mexa, por favor…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="228"/>
        <source>Closes in %1 s. Touch the screen to keep it open.</source>
        <translation>Fecha dentro de %1 s. Toque no ecrã para o manter aberto.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="56"/>
        <source>Smart scale</source>
        <translation>Balança inteligente</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="57"/>
        <source>Cardio machine</source>
        <translation>Equipamento de cardio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="58"/>
        <source>Flexibility station</source>
        <translation>Estação de flexibilidade</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="74"/>
        <source>Custom URL</source>
        <translation>URL personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="275"/>
        <source>Testing %1…</source>
        <translation>A testar %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="286"/>
        <source>No serial ports found. Plug in the devices, then look for ports again.</source>
        <translation>Não foram encontradas portas série. Ligue os aparelhos e procure as portas novamente.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="289"/>
        <source>Looking for devices on %1 ports…</source>
        <translation>A procurar aparelhos em %1 portas…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="299"/>
        <location filename="../../ui/viewmodels/setup.py" line="356"/>
        <source>Some entries need fixing: see the messages in red.</source>
        <translation>Corrija os campos a vermelho.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="313"/>
        <source>The test itself failed; check the protocol and port.</source>
        <translation>O próprio teste falhou; verifique o protocolo e a porta.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="302"/>
        <source>Testing the connection to %1…</source>
        <translation>A testar a ligação ao %1…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="330"/>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="332"/>
        <source>No device answered. Choose each device&apos;s protocol and port, then test it.</source>
        <translation>Nenhum aparelho respondeu. Escolha o protocolo e a porta de cada aparelho e teste-o.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="351"/>
        <source>%1 connection failed: %2</source>
        <translation>Falha na ligação a %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="360"/>
        <source>Setup could not finish: %1</source>
        <translation>Não foi possível concluir a configuração: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/setup.py" line="366"/>
        <source>Saved to %1. Starting the kiosk…</source>
        <translation>Guardado em %1. A iniciar o quiosque…</translation>
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
        <location filename="../../ui/viewmodels/trainer_rows.py" line="34"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="35"/>
        <source>Needs attention</source>
        <translation>A verificar</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="36"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="37"/>
        <source>Needs re-auth</source>
        <translation>Nova autenticação</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="38"/>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="39"/>
        <source>Expired</source>
        <translation>Expirados</translation>
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
        <location filename="../../ui/viewmodels/trainer_rows.py" line="47"/>
        <source>Unknown member</source>
        <translation>Pessoa desconhecida</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="54"/>
        <source>%1: sent</source>
        <translation>%1: enviado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued (offline)</source>
        <translation>%1: na fila (sem ligação)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="56"/>
        <source>%1: queued</source>
        <translation>%1: na fila</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="59"/>
        <source>%1: needs re-auth</source>
        <translation>%1: requer nova autenticação</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="61"/>
        <source>%1: reply lost, may have arrived: check there, then resend or discard</source>
        <translation>%1: resposta perdida, pode ter chegado: verifique lá e reenvie ou descarte</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="64"/>
        <source>%1: the member has not connected their account</source>
        <translation>%1: o sócio não associou a conta</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="66"/>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="67"/>
        <source>%1: rejected (%2)</source>
        <translation>%1: rejeitado (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="69"/>
        <source>%1: expired, too old to send</source>
        <translation>%1: expirado, demasiado antigo para enviar</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded (Not me)</source>
        <translation>%1: descartado («Não sou eu»)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="70"/>
        <source>%1: discarded by a trainer</source>
        <translation>%1: descartado no modo treinador</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Not this member</source>
        <translation>Pessoa errada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Test or demo measurement</source>
        <translation>Medição de teste ou demonstração</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Wrong reading from the device</source>
        <translation>Leitura errada do aparelho</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="75"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="137"/>
        <source>This card could not be looked up. Pick the member from the list.</source>
        <translation>Não foi possível consultar este cartão. Escolha a pessoa na lista.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="142"/>
        <source>No results at this kiosk for this card.</source>
        <translation>Não há resultados neste quiosque para este cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="166"/>
        <source>Trainer (PIN)</source>
        <translation>Treinador (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="167"/>
        <source>Trainer (card)</source>
        <translation>Treinador (cartão)</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="195"/>
        <source>PIN entry is not set up on this kiosk. Tap your trainer card instead.</source>
        <translation>A introdução do PIN não está configurada neste quiosque. Aproxime o cartão de treinador.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="198"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="199"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN errados. Tente novamente dentro de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="201"/>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="203"/>
        <source>Wrong PIN. %1 attempts left.</source>
        <translation>PIN errado. Tentativas restantes: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="205"/>
        <source>The PIN cannot be checked right now. Tap your trainer card instead.</source>
        <translation>Não é possível verificar o PIN agora. Aproxime o cartão de treinador.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="206"/>
        <source>Enter the trainer PIN, or tap your trainer card.</source>
        <translation>Introduza o PIN de treinador ou aproxime o cartão de treinador.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="236"/>
        <source>All members</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="284"/>
        <source>USB drive %1</source>
        <translation>Pen USB %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="285"/>
        <source>This kiosk</source>
        <translation>Este quiosque</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="442"/>
        <source>Nothing to resend.</source>
        <translation>Nada para reenviar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="444"/>
        <source>Queued again; sending now.</source>
        <translation>De novo na fila; a enviar agora.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="446"/>
        <source>Queued again. It is sent when %1 next measures at this kiosk.</source>
        <translation>De novo na fila. Será enviado quando %1 voltar a fazer uma medição neste quiosque.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="447"/>
        <source>the member</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="450"/>
        <source>Still too old for %1 to accept; it cannot be sent.</source>
        <translation>Continua demasiado antigo para o %1; não pode ser enviado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="454"/>
        <source>Discarded. The reason is in the audit log.</source>
        <translation>Descartado. O motivo fica no registo de auditoria.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="469"/>
        <source>Could not write to %1. Is the drive still plugged in and not full?</source>
        <translation>Não foi possível escrever em %1. A pen continua ligada e tem espaço livre?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="472"/>
        <source>Saved %1 results to %2</source>
        <translation>Resultados guardados em %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_mode.py" line="491"/>
        <source>That did not work: this kiosk&apos;s storage is not answering.</source>
        <translation>Não resultou: o armazenamento deste quiosque não responde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="158"/>
        <source>Trend for %1</source>
        <translation>Evolução de %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/trainer_rows.py" line="159"/>
        <source>Measurements at this kiosk: %1</source>
        <translation>Medições neste quiosque: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="30"/>
        <source>Your body weight, measured barefoot.</source>
        <translation>O seu peso corporal, medido sem calçado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="31"/>
        <source>The share of your weight that is fat.</source>
        <translation>A parte do seu peso que é gordura.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="32"/>
        <source>How much of your weight is fat.</source>
        <translation>Quanto do seu peso é gordura.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="33"/>
        <source>Everything that is not fat: muscle, bone, organs and water.</source>
        <translation>Tudo o que não é gordura: músculo, osso, órgãos e água.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="34"/>
        <source>The weight of your muscles, including the water in them.</source>
        <translation>O peso dos seus músculos, incluindo a água que contêm.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="35"/>
        <source>The share of your weight that is water.</source>
        <translation>A parte do seu peso que é água.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="36"/>
        <source>How much of your weight is water.</source>
        <translation>Quanto do seu peso é água.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="37"/>
        <source>The estimated weight of the minerals in your bones.</source>
        <translation>O peso estimado dos minerais nos seus ossos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="38"/>
        <source>Your weight relative to your height: kilograms divided by metres squared.</source>
        <translation>O seu peso em relação à altura: quilogramas divididos por metros ao quadrado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="39"/>
        <source>Fat around your inner organs, on Tanita&apos;s scale from 1 to 59.</source>
        <translation>Gordura à volta dos seus órgãos internos, na escala da Tanita de 1 a 59.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="40"/>
        <location filename="../../ui/viewmodels/result_view.py" line="41"/>
        <source>The energy your body uses in a day at complete rest.</source>
        <translation>A energia que o seu corpo gasta num dia em repouso total.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="42"/>
        <source>The age at which an average person&apos;s resting energy use matches yours.</source>
        <translation>A idade em que o gasto em repouso de uma pessoa média corresponde ao seu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="43"/>
        <source>How long your workout lasted, in minutes and seconds.</source>
        <translation>Quanto tempo durou o seu treino, em minutos e segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="44"/>
        <source>The distance you covered in this workout.</source>
        <translation>A distância percorrida neste treino.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="45"/>
        <source>The energy this workout used, as the machine estimates it.</source>
        <translation>A energia gasta neste treino, segundo a estimativa da máquina.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="46"/>
        <source>Your average speed over the whole workout.</source>
        <translation>A sua velocidade média em todo o treino.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="47"/>
        <source>Your average heart rate over the whole workout.</source>
        <translation>A sua frequência cardíaca média em todo o treino.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="48"/>
        <source>Your average power over the whole workout.</source>
        <translation>A sua potência média em todo o treino.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="49"/>
        <source>How far you reached in the flexibility test.</source>
        <translation>Até onde chegou no teste de flexibilidade.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="50"/>
        <source>How far your left hip flexor lets your leg move.</source>
        <translation>Quanto o seu flexor da anca esquerdo deixa a perna mover-se.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="51"/>
        <source>How far your right hip flexor lets your leg move.</source>
        <translation>Quanto o seu flexor da anca direito deixa a perna mover-se.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Underweight</source>
        <translation>Baixo peso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Normal</source>
        <translation>Peso normal</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <source>Overweight</source>
        <translation>Excesso de peso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="58"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Obese</source>
        <translation>Obesidade</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Healthy</source>
        <translation>Intervalo saudável</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="60"/>
        <source>Excess</source>
        <translation>Excesso</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Under fat</source>
        <translation>Gordura baixa</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="62"/>
        <source>Over fat</source>
        <translation>Gordura elevada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="121"/>
        <source>Range from %1.</source>
        <translation>Intervalo segundo a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="123"/>
        <source>Your age: %1</source>
        <translation>A sua idade: %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="125"/>
        <source>No published range.</source>
        <translation>Sem intervalo publicado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/result_view.py" line="145"/>
        <source>▲ ▼ change since your last result on %1</source>
        <translation>▲ ▼ variação desde o último resultado de %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/formatting.py" line="216"/>
        <source>%1 will get it later</source>
        <translation>%1 vai recebê-lo mais tarde</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="63"/>
        <source>This kiosk is not enrolled at %1</source>
        <translation>Este quiosque não está registado em %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/session.py" line="64"/>
        <source>Results are kept here. Please tell a trainer: it needs a new enrolment code.</source>
        <translation>Os resultados ficam guardados aqui. Informe a equipa do ginásio: o quiosque precisa de um novo código de registo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="28"/>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="46"/>
        <source>%1 cm · %2 · %3 — correct?</source>
        <translation>%1 cm · %2 · %3 — está correto?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="58"/>
        <source>%1 to %2 cm</source>
        <translation>%1 a %2 cm</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="60"/>
        <source>%1 to %2 years</source>
        <translation>%1 a %2 anos</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="116"/>
        <source>The scale did not get your details</source>
        <translation>A balança não recebeu os seus dados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="117"/>
        <source>Please step off the scale and tap Try again.</source>
        <translation>Desça da balança e toque em «Tentar de novo».</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="118"/>
        <source>The scale did not accept these details</source>
        <translation>A balança não aceitou estes dados</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="119"/>
        <source>Please check them and tap Try again.</source>
        <translation>Verifique-os e toque em «Tentar de novo».</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="120"/>
        <source>The scale is not answering</source>
        <translation>A balança não responde</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="121"/>
        <source>Please tap Try again. If this happens again, please tell a trainer.</source>
        <translation>Toque em «Tentar de novo». Se voltar a acontecer, informe a equipa do ginásio.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="122"/>
        <source>The scale reported a problem</source>
        <translation>A balança indicou um problema</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="123"/>
        <source>Please step off the scale, wait a moment and tap Try again.</source>
        <translation>Desça da balança, aguarde um momento e toque em «Tentar de novo».</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="131"/>
        <source>The scale calculates with one of two body models. Please choose the one to use.</source>
        <translation>A balança calcula com um de dois modelos corporais. Escolha qual deve usar.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="133"/>
        <source>Please enter your height and age.</source>
        <translation>Introduza a sua altura e a sua idade.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="135"/>
        <source>Please enter your height.</source>
        <translation>Introduza a sua altura.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/analyser_details.py" line="137"/>
        <source>Please enter your age.</source>
        <translation>Introduza a sua idade.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="33"/>
        <source>+%1 points today</source>
        <translation>+%1 pontos hoje</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="35"/>
        <source>level %1, %2 to go</source>
        <translation>nível %1, faltam %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="38"/>
        <source>level %1</source>
        <translation>nível %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="98"/>
        <source>%1 connected</source>
        <translation>%1 associada</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="48"/>
        <source>Disconnect %1</source>
        <translation>Desassociar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>%1 needs reconnecting</source>
        <translation>É preciso voltar a associar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="50"/>
        <source>Reconnect %1</source>
        <translation>Voltar a associar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="52"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="159"/>
        <source>Connect %1</source>
        <translation>Associar a %1</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="66"/>
        <source>Today&apos;s plan in %1: %2, %3 min</source>
        <translation>O seu plano de hoje no %1: %2, %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="68"/>
        <source>Today&apos;s plan in %1: %2</source>
        <translation>O seu plano de hoje no %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="83"/>
        <source>Zone %1 of %2: %3</source>
        <translation>Zona %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="94"/>
        <source>Preparing the code…</source>
        <translation>A preparar o código…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="95"/>
        <source>Scan the code with your phone&apos;s camera and sign in to %1 there.</source>
        <translation>Leia o código com a câmara do telemóvel e inicie sessão na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="96"/>
        <location filename="../../ui/viewmodels/member_extras.py" line="97"/>
        <source>Signing in on your phone…</source>
        <translation>A iniciar sessão no telemóvel…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="99"/>
        <source>Not connected: the sign-in was cancelled on the phone.</source>
        <translation>Não associada: o início de sessão foi cancelado no telemóvel.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="100"/>
        <source>%1 did not finish connecting. Please try again later.</source>
        <translation>A %1 não concluiu a associação. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="101"/>
        <source>The code has expired. Tap Connect to try again.</source>
        <translation>O código expirou. Toque em Associar para tentar de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="103"/>
        <source>Connecting is not possible right now. Please try again later.</source>
        <translation>Não é possível associar agora. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="109"/>
        <source>Link a card to your %1 account?</source>
        <translation>Associar um cartão à sua conta %1?</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="110"/>
        <source>Next, hold the card or wristband you want to use to the reader. You can then log in with it instead of your phone. A card that belongs to another member is not linked.</source>
        <translation>A seguir, aproxime do leitor o cartão ou a pulseira que quer usar. Depois pode entrar com ele em vez do telemóvel. O cartão de outro sócio não é associado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Hold your card to the reader now</source>
        <translation>Aproxime agora o cartão do leitor</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="112"/>
        <source>Only the next card tapped is linked.</source>
        <translation>Só o próximo cartão aproximado é associado.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Linking your card…</source>
        <translation>A associar o seu cartão…</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="113"/>
        <source>Please keep the card near the reader.</source>
        <translation>Mantenha o cartão perto do leitor.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Your card is linked</source>
        <translation>O seu cartão está associado</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="114"/>
        <source>Next time, just tap the card.</source>
        <translation>Da próxima vez, basta aproximar o cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>This card is already yours</source>
        <translation>Este cartão já é seu</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="115"/>
        <source>Nothing needed changing.</source>
        <translation>Não foi preciso mudar nada.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="116"/>
        <source>This card belongs to another member</source>
        <translation>Este cartão pertence a outro sócio</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="117"/>
        <source>It was not linked. Please ask at the front desk if it should be yours.</source>
        <translation>Não foi associado. Pergunte na receção se devia ser seu.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="118"/>
        <source>Your card could not be linked right now</source>
        <translation>Não foi possível associar o cartão agora</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="119"/>
        <source>Nothing was changed. Please try again.</source>
        <translation>Nada foi alterado. Tente novamente.</translation>
    </message>
    <message>
        <location filename="../../ui/viewmodels/member_extras.py" line="135"/>
        <source>Before your results are saved to %1, please read and accept its terms.</source>
        <translation>Antes de guardar os seus resultados na %1, leia e aceite os termos.</translation>
    </message>
</context>
<context>
    <name>AccountLinkPanel</name>
    <message>
        <location filename="../../ui/qml/member/AccountLinkPanel.qml" line="59"/>
        <source>Your phone shows this code too:</source>
        <translation>O telemóvel também mostra este código:</translation>
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
        <translation>Aproxime o cartão ou o telemóvel</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="92"/>
        <source>Hold your member card, wristband or phone to the reader to start.</source>
        <translation>Aproxime do leitor o cartão, a pulseira ou o telemóvel para começar.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="103"/>
        <source>Trainer</source>
        <translation>Treinador</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/AttractScreen.qml" line="116"/>
        <source>Choose your language</source>
        <translation>Escolha o idioma</translation>
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
        <translation>Tentar de novo</translation>
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
        <translation>Olá, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="39"/>
        <source>Before you step on: the scale needs these details to measure your body composition.</source>
        <translation>Antes de subir: a balança precisa destes dados para medir a sua composição corporal.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="52"/>
        <source>Height</source>
        <translation>Altura</translation>
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
        <translation>Introduzir</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="58"/>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="72"/>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="66"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="80"/>
        <source>Body model</source>
        <translation>Modelo corporal</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="83"/>
        <source>Female</source>
        <translation>Feminino</translation>
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
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="105"/>
        <source>Athletic</source>
        <translation>Atlético</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="146"/>
        <source>Getting the scale ready…</source>
        <translation>A preparar a balança…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="159"/>
        <source>Not me</source>
        <translation>Não sou eu</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="168"/>
        <source>Correct</source>
        <translation>Está correto</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your height in cm</source>
        <translation>A sua altura em cm</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="279"/>
        <source>Your age</source>
        <translation>A sua idade</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/DetailsScreen.qml" line="310"/>
        <source>Please enter a number from %1.</source>
        <translation>Introduza um número de %1.</translation>
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
        <translation>Não resultou</translation>
    </message>
</context>
<context>
    <name>IdentifyingScreen</name>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="13"/>
        <source>One moment…</source>
        <translation>Um momento…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdentifyingScreen.qml" line="14"/>
        <source>Checking your card with %1</source>
        <translation>A verificar o cartão no %1</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="24"/>
        <source>Still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="46"/>
        <source>For your privacy, this session ends when the countdown reaches zero.</source>
        <translation>Para proteger a sua privacidade, a sessão termina quando a contagem chegar a zero.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/IdleOverlay.qml" line="52"/>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
</context>
<context>
    <name>MeasuringScreen</name>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Olá, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/MeasuringScreen.qml" line="91"/>
        <source>Not me</source>
        <translation>Não sou eu</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/qml/shared/OnScreenKeyboard.qml" line="83"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="17"/>
        <source>Hello, %1!</source>
        <translation>Olá, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="57"/>
        <source>A workout finished on this machine just before you tapped. Was it yours?</source>
        <translation>Um treino terminou nesta máquina pouco antes do seu acesso. Foi o seu?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="58"/>
        <source>A result finished here just before you tapped. Was it yours?</source>
        <translation>Uma medição terminou aqui pouco antes do seu acesso. Foi a sua?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="74"/>
        <source>Not mine</source>
        <translation>Não é meu</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my workout</source>
        <translation>Foi o meu treino</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="81"/>
        <source>This was my measurement</source>
        <translation>Foi a minha medição</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="134"/>
        <source>Link a card</source>
        <translation>Associar cartão</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ProfileScreen.qml" line="142"/>
        <source>Not me</source>
        <translation>Não sou eu</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="21"/>
        <source>Your result, %1</source>
        <translation>O seu resultado, %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="22"/>
        <source>Saved on this kiosk</source>
        <translation>Guardado neste quiosque</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="23"/>
        <source>Your result was not saved</source>
        <translation>O seu resultado não foi guardado</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="24"/>
        <source>Saved. See you next time!</source>
        <translation>Guardado. Até à próxima!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="86"/>
        <source>Tap a value to see what it means.</source>
        <translation>Toque num valor para ver o que significa.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="92"/>
        <source>Your result is saved to %1 automatically in a few seconds.</source>
        <translation>O seu resultado será guardado automaticamente no %1 dentro de segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="98"/>
        <source>Sending your result…</source>
        <translation>A enviar o seu resultado…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="132"/>
        <source>Not me</source>
        <translation>Não sou eu</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="141"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="149"/>
        <source>Measure again</source>
        <translation>Medir de novo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="157"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="185"/>
        <source>Is this result not yours?</source>
        <translation>Este resultado não é seu?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="186"/>
        <source>It will be deleted from this kiosk and not sent to %1.</source>
        <translation>Será apagado deste quiosque e não será enviado para a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="192"/>
        <source>Delete it, it&apos;s not mine</source>
        <translation>Apagar, não é meu</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="199"/>
        <source>It&apos;s mine, keep it</source>
        <translation>É meu, manter</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="217"/>
        <source>Take your result with you</source>
        <translation>Leve o seu resultado consigo</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="237"/>
        <source>Scan it with your phone&apos;s camera. It holds only the date and these values: no name, no link. Once saved, your result is also in the %1 app.</source>
        <translation>Leia-o com a câmara do telemóvel. Contém apenas a data e estes valores: sem nome, sem ligação. Depois de guardado, o resultado também fica na app %1.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/ResultPage.qml" line="243"/>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="54"/>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupDevice.qml" line="64"/>
        <source>Probes the port with this protocol (about two seconds).</source>
        <translation>Testa a porta com este protocolo (cerca de dois segundos).</translation>
    </message>
</context>
<context>
    <name>SetupMain</name>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="15"/>
        <source>gym-kiosk setup</source>
        <translation>Configuração do gym-kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="49"/>
        <source>Set up this kiosk</source>
        <translation>Configurar este quiosque</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="88"/>
        <source>The kiosk could not start: %1</source>
        <translation>O quiosque não conseguiu arrancar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="110"/>
        <source>Station</source>
        <translation>Estação</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="115"/>
        <source>What stands beside this kiosk?</source>
        <translation>O que está ao lado deste quiosque?</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="126"/>
        <source>Name shown on screen (optional)</source>
        <translation>Nome mostrado no ecrã (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="89"/>
        <source>Answer these questions once; the kiosk starts when %1 accepts them.</source>
        <translation>Responda uma vez a estas perguntas; o quiosque arranca quando o %1 as aceitar.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="153"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="157"/>
        <source>Card reader</source>
        <translation>Leitor de cartões</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="167"/>
        <source>Measuring device</source>
        <translation>Dispositivo de medição</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="181"/>
        <source>Look for ports again</source>
        <translation>Procurar portas novamente</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Looking…</source>
        <translation>A procurar…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="189"/>
        <source>Find devices</source>
        <translation>Encontrar aparelhos</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="199"/>
        <source>Trainer PIN</source>
        <translation>PIN de treinador</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="206"/>
        <source>PIN for trainer mode (4 to 12 digits)</source>
        <translation>PIN do modo treinador (4 a 12 dígitos)</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="217"/>
        <source>The same PIN again</source>
        <translation>Repita o PIN</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="245"/>
        <source>Saves to %1</source>
        <translation>Guarda em %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/setup/SetupMain.qml" line="258"/>
        <source>Test %1 and finish</source>
        <translation>Testar %1 e concluir</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="19"/>
        <source>Hello, %1!</source>
        <translation>Olá, %1!</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="95"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/qml/member/TermsScreen.qml" line="103"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Trainer sign-in</source>
        <translation>Acesso de treinador</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="37"/>
        <source>Results at this station</source>
        <translation>Resultados desta estação</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerMode.qml" line="59"/>
        <source>Exit</source>
        <translation>Sair</translation>
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
        <translation>Evolução</translation>
    </message>
</context>
<context>
    <name>TrainerModeDiscard</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="22"/>
        <source>‹ Back</source>
        <translation>‹ Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="28"/>
        <source>Discard %1&apos;s result</source>
        <translation>Descartar o resultado de %1</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="44"/>
        <source>It will not be sent anywhere. Pick or type the reason; it is kept in the audit log.</source>
        <translation>Não será enviado para lado nenhum. Escolha ou escreva o motivo; fica no registo de auditoria.</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeDiscard.qml" line="108"/>
        <source>Or type a reason</source>
        <translation>Ou escreva um motivo</translation>
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
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeExport.qml" line="40"/>
        <source>The file lists every result the filters select: time, member, values and where each one stands. Plug in a USB drive to see it here.</source>
        <translation>O ficheiro lista todos os resultados selecionados pelos filtros: hora, membro, valores e estado de envio. Ligue uma pen USB para a ver aqui.</translation>
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
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeResults.qml" line="119"/>
        <source>No results here match these filters.</source>
        <translation>Nenhum resultado corresponde a estes filtros.</translation>
    </message>
</context>
<context>
    <name>TrainerModeTrend</name>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="23"/>
        <source>‹ Back</source>
        <translation>‹ Voltar</translation>
    </message>
    <message>
        <location filename="../../ui/qml/trainer/TrainerModeTrend.qml" line="57"/>
        <source>No body measurements for this member at this kiosk yet.</source>
        <translation>Ainda não há medições corporais desta pessoa neste quiosque.</translation>
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
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="20"/>
        <source>For a local sandbox (gym-kiosk sandbox): http://127.0.0.1:8321</source>
        <translation>Para uma sandbox local (gym-kiosk sandbox): http://127.0.0.1:8321</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="22"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="24"/>
        <source>EGYM production</source>
        <translation>EGYM produção</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="25"/>
        <source>EGYM test</source>
        <translation>EGYM teste</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="28"/>
        <source>Gym id</source>
        <translation>ID do ginásio</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="29"/>
        <source>Machine name</source>
        <translation>Nome da máquina</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="31"/>
        <source>API key</source>
        <translation>Chave API</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="32"/>
        <source>Stored in a file only the kiosk&apos;s user can read, never in the config.</source>
        <translation>Guardada num ficheiro que só o utilizador do quiosque pode ler, nunca na configuração.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="42"/>
        <source>enter the API key EGYM issued for this gym location</source>
        <translation>introduza a chave API que a EGYM emitiu para este local</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="44"/>
        <source>the API key has no spaces or line breaks; paste it again</source>
        <translation>a chave API não tem espaços nem quebras de linha; cole-a de novo</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="47"/>
        <source>enter the gym id (a whole number from EGYM)</source>
        <translation>introduza o ID do ginásio (um número inteiro da EGYM)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="49"/>
        <source>the gym id is a whole number, digits only</source>
        <translation>o ID do ginásio é um número inteiro, só algarismos</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/egym/setup.py" line="51"/>
        <source>enter the machine name EGYM knows this kiosk by</source>
        <translation>introduza o nome de máquina com que a EGYM conhece este quiosque</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="23"/>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="28"/>
        <source>Enrolment code</source>
        <translation>Código de registo</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="46"/>
        <source>enter the hub&apos;s address, such as https://hub.example.com</source>
        <translation>introduza o endereço do hub, p. ex. https://hub.example.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="24"/>
        <source>The gym&apos;s hub, e.g. https://hub.example.com; on this machine: http://127.0.0.1:8400</source>
        <translation>O hub do ginásio, p. ex. https://hub.example.com; neste computador: http://127.0.0.1:8400</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/setup.py" line="29"/>
        <source>8 digits from the hub&apos;s fleet page, valid for 15 minutes. This kiosk stores only its own credential, never the EGYM key.</source>
        <translation>8 dígitos da página da frota do hub, válidos durante 15 minutos. Este quiosque guarda apenas a sua própria credencial, nunca a chave da EGYM.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="35"/>
        <source>enter the enrolment code from the hub&apos;s fleet page (gym-kiosk hub enrol)</source>
        <translation>introduza o código de registo da página da frota do hub (gym-kiosk hub enrol)</translation>
    </message>
    <message>
        <location filename="../../kiosk/cloud/hub/enrolment.py" line="37"/>
        <source>the enrolment code has 8 digits</source>
        <translation>o código de registo tem 8 dígitos</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="34"/>
        <source>choose the reader&apos;s port, or &quot;simulated&quot;</source>
        <translation>escolha a porta do leitor de cartões ou «Simulado»</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="35"/>
        <source>choose the device&apos;s port, or &quot;simulated&quot;</source>
        <translation>escolha a porta do dispositivo de medição ou «Simulado»</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="371"/>
        <source>a trainer PIN is 4 to 12 digits</source>
        <translation>o PIN de treinador tem de 4 a 12 dígitos</translation>
    </message>
    <message>
        <location filename="../../kiosk/support/setup_form.py" line="374"/>
        <source>the two PINs differ; type the same PIN twice</source>
        <translation>os dois PIN são diferentes; escreva o mesmo PIN duas vezes</translation>
    </message>
</context>
</TS>

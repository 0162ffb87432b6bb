<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused: this hurts</source>
        <translation>En pausa: me duele</translation>
    </message>
    <message>
        <source>Well done. That is the whole routine.</source>
        <translation>Muy bien. Has terminado la rutina.</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Get ready: {drill}</source>
        <translation>Prepárate: {drill}</translation>
    </message>
    <message>
        <source>Next: {drill}</source>
        <translation>Siguiente: {drill}</translation>
    </message>
    <message>
        <source>Rest, {seconds} seconds</source>
        <translation>Descansa, {seconds} segundos</translation>
    </message>
    <message>
        <source>Set {set} done. Rest</source>
        <translation>Serie {set} hecha. Descansa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Hold, {time}</source>
        <translation>Mantén, {time}</translation>
    </message>
    <message>
        <source>Begin, {time}</source>
        <translation>Empieza, {time}</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Tic</translation>
    </message>
    <message>
        <source>Next rep</source>
        <translation>Siguiente repetición</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Set done</source>
        <translation>Serie hecha</translation>
    </message>
    <message>
        <source>Hold the breath</source>
        <translation>Retén el aire</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message>
        <source>Left side. Go</source>
        <translation>Lado izquierdo. Vamos</translation>
    </message>
    <message>
        <source>Right side. Go</source>
        <translation>Lado derecho. Vamos</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Vamos</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>La última</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>Switch to your left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <source>Switch to your right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
    <message>
        <source>Switch to your other side</source>
        <translation>Cambia al otro lado</translation>
    </message>
    <message>
        <source>{text}, left side</source>
        <translation>{text}, lado izquierdo</translation>
    </message>
    <message>
        <source>{text}, right side</source>
        <translation>{text}, lado derecho</translation>
    </message>
    <message>
        <source>Keep as active as you can, and carry on with your usual activities as far as you are able: staying active helps recovery. UK guidance for low back pain with or without sciatica (NICE, guideline NG59) recommends exercise as a core part of treatment, alongside advice from your clinician.</source>
        <translation>Mantente tan activo como puedas y sigue con tus actividades habituales en la medida de lo posible: mantenerse activo ayuda a recuperarse. La guía británica para el dolor lumbar con o sin ciática (NICE, guía NG59) recomienda el ejercicio como parte esencial del tratamiento, junto con los consejos de tu médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>When to see your GP or physio</source>
        <translation>Cuándo ver a tu médico de cabecera o fisioterapeuta</translation>
    </message>
    <message>
        <source>When to see your doctor or physio</source>
        <translation>Cuándo ver a tu médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>Book an appointment with your GP or physiotherapist (it is not an emergency) if:</source>
        <translation>Pide cita con tu médico de cabecera o tu fisioterapeuta (no es una urgencia) si:</translation>
    </message>
    <message>
        <source>Book an appointment with your doctor or physiotherapist (it is not an emergency) if:</source>
        <translation>Pide cita con tu médico o tu fisioterapeuta (no es una urgencia) si:</translation>
    </message>
    <message>
        <source>your symptoms are not improving after a few weeks</source>
        <translation>tus síntomas no mejoran después de unas semanas</translation>
    </message>
    <message>
        <source>they are getting worse, or spreading further down your leg over the days</source>
        <translation>van a peor o, con los días, se extienden más abajo por la pierna</translation>
    </message>
    <message>
        <source>the pain stops you doing your normal activities, sleeping or working</source>
        <translation>el dolor te impide hacer tus actividades normales, dormir o trabajar</translation>
    </message>
    <message>
        <source>you are finding it hard to cope with the pain</source>
        <translation>te cuesta sobrellevar el dolor</translation>
    </message>
    <message>
        <source>the same drill keeps hurting, or the morning after is worse twice in a row</source>
        <translation>el mismo ejercicio te sigue doliendo, o la mañana siguiente estás peor dos veces seguidas</translation>
    </message>
    <message>
        <source>Some warning signs need help the same day or at once, not an appointment: they are listed under Help &gt; Safety information, and the app asks about them whenever you press Stop: this hurts.</source>
        <translation>Algunas señales de alarma necesitan ayuda el mismo día o de inmediato, no una cita: están en Ayuda &gt; Información de seguridad, y la aplicación pregunta por ellas cada vez que pulsas Parar: me duele.</translation>
    </message>
    <message>
        <source>Position: {position}.</source>
        <translation>Posición: {position}.</translation>
    </message>
    <message>
        <source>Get ready: {drill}. {where}</source>
        <translation>Prepárate: {drill}. {where}</translation>
    </message>
    <message>
        <source>{side} only</source>
        <translation>solo {side}</translation>
    </message>
    <message>
        <source>lying face down</source>
        <translation>tumbado boca abajo</translation>
    </message>
    <message>
        <source>lying on your back</source>
        <translation>tumbado boca arriba</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>on hands and knees</source>
        <translation>a cuatro patas</translation>
    </message>
    <message>
        <source>lying on your side</source>
        <translation>tumbado de lado</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>{side} side</source>
        <translation>lado {side}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <comment>after a feminine noun</comment>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <comment>after a feminine noun</comment>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Switch sides: now your other side.</source>
        <translation>Cambia de lado: ahora el otro lado.</translation>
    </message>
    <message>
        <source>Switch sides: now the {side}.</source>
        <translation>Cambia de lado: ahora {side}.</translation>
    </message>
    <message>
        <source>Rest. Next: {drill}, set {set} of {sets}.</source>
        <translation>Descansa. Siguiente: {drill}, serie {set} de {sets}.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Sigue</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Muévete</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelve</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Drill {n} of {total}</source>
        <translation>Ejercicio {n} de {total}</translation>
    </message>
    <message>
        <source>Rep {n} of {total}</source>
        <translation>Repetición {n} de {total}</translation>
    </message>
    <message>
        <source>Hold the breath gently</source>
        <translation>Retén el aire con suavidad</translation>
    </message>
    <message>
        <source>Rest before the next breath</source>
        <translation>Descansa antes de la siguiente respiración</translation>
    </message>
    <message>
        <source>in {time}</source>
        <translation>inspira {time}</translation>
    </message>
    <message>
        <source>hold {time}</source>
        <translation>retén {time}</translation>
    </message>
    <message>
        <source>out {time}</source>
        <translation>espira {time}</translation>
    </message>
    <message numerus="yes">
        <source>{n} breath: {pattern}</source>
        <comment>{n} breaths: {pattern}</comment>
        <translation>
            <numerusform>{n} respiración: {pattern}</numerusform>
            <numerusform>{n} respiraciones: {pattern}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} hold of {time}</source>
        <comment>{n} holds of {time}</comment>
        <translation>
            <numerusform>{n} repetición de {time}</numerusform>
            <numerusform>{n} repeticiones de {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} rep</source>
        <comment>{n} reps</comment>
        <translation>
            <numerusform>{n} repetición</numerusform>
            <numerusform>{n} repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{sets} sets x {dose}</source>
        <translation>{sets} series x {dose}</translation>
    </message>
    <message>
        <source>{dose}, {time} hold</source>
        <translation>{dose}, mantener {time}</translation>
    </message>
    <message>
        <source>{dose}, {only}</source>
        <translation>{dose}, {only}</translation>
    </message>
    <message>
        <source>{dose} each side</source>
        <translation>{dose} por lado</translation>
    </message>
    <message>
        <source>{dose} each side, alternating</source>
        <translation>{dose} por lado, alternando</translation>
    </message>
    <message>
        <source>{dose} on the affected side (each side until the person says which)</source>
        <translation>{dose} en el lado afectado (en cada lado hasta que la persona diga cuál)</translation>
    </message>
    <message>
        <source>From the computer&apos;s settings</source>
        <translation>Según la configuración del ordenador</translation>
    </message>
    <message>
        <source>United Kingdom (999)</source>
        <translation>Reino Unido (999)</translation>
    </message>
    <message>
        <source>Spain (112)</source>
        <translation>España (112)</translation>
    </message>
    <message>
        <source>Another EU country (112)</source>
        <translation>Otro país de la UE (112)</translation>
    </message>
    <message>
        <source>Somewhere else (your local emergency number)</source>
        <translation>Otro lugar (tu número local de emergencias)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders cannot run; they stay off.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios no pueden funcionar; siguen desactivados.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>This routine does not say how often to do it, so it sets no reminder.</source>
        <translation>Esta rutina no dice con qué frecuencia hacerla, así que no pone ningún recordatorio.</translation>
    </message>
    <message>
        <source>This routine says how often in words (&quot;{words}&quot;), which set no reminder.</source>
        <translation>Esta rutina indica la frecuencia con palabras («{words}»), que no ponen ningún recordatorio.</translation>
    </message>
    <message>
        <source>Numbness around your genitals or bottom (where you would sit on a saddle)</source>
        <translation>Entumecimiento en los genitales o alrededor del ano (la zona que apoyarías en un sillín)</translation>
    </message>
    <message>
        <source>New trouble peeing, not being able to pee, or leaking urine</source>
        <translation>Dificultad nueva para orinar, no poder orinar o escapes de orina</translation>
    </message>
    <message>
        <source>New trouble controlling your bowels, or not feeling when you need to poo</source>
        <translation>Dificultad nueva para controlar el intestino, o no notar cuándo necesitas hacer de vientre</translation>
    </message>
    <message>
        <source>New numbness in your genitals, or new problems with erection or ejaculation</source>
        <translation>Entumecimiento nuevo en los genitales, o problemas nuevos de erección o eyaculación</translation>
    </message>
    <message>
        <source>Pain, numbness or tingling in both legs</source>
        <translation>Dolor, entumecimiento u hormigueo en ambas piernas</translation>
    </message>
    <message>
        <source>Weakness or numbness in both legs that is getting worse</source>
        <translation>Debilidad o entumecimiento en ambas piernas que va a peor</translation>
    </message>
    <message>
        <source>Face or arm suddenly numb or weak, a drooping face, or trouble speaking</source>
        <translation>Cara o brazo entumecidos o débiles de repente, boca torcida o dificultad para hablar</translation>
    </message>
    <message>
        <source>Severe back pain with sudden nausea (feeling sick)</source>
        <translation>Dolor de espalda intenso con náuseas repentinas (ganas de vomitar)</translation>
    </message>
    <message>
        <source>Back pain after a serious accident, such as a car crash or a fall from a height</source>
        <translation>Dolor de espalda tras un accidente grave, como uno de coche o una caída desde altura</translation>
    </message>
    <message>
        <source>One leg getting weaker, or a foot that drags or slaps down as you walk</source>
        <translation>Una pierna cada vez más débil, o un pie que se arrastra o golpea el suelo al caminar</translation>
    </message>
    <message>
        <source>A fever or feeling unwell with the back pain, more so if your immunity is low</source>
        <translation>Fiebre o malestar con el dolor de espalda, sobre todo si tienes las defensas bajas</translation>
    </message>
    <message>
        <source>Pain at night that does not ease, or weight loss you cannot explain</source>
        <translation>Dolor por la noche que no se alivia, o una pérdida de peso que no sabes explicar</translation>
    </message>
    <message>
        <source>New back pain with past cancer, weak bones, steroids, or age under 20 or over 50</source>
        <translation>Dolor de espalda nuevo con cáncer previo, huesos frágiles, corticoides, o menos de 20 o más de 50 años</translation>
    </message>
    <message>
        <source>saddle numbness</source>
        <translation>entumecimiento en la zona del sillín</translation>
    </message>
    <message>
        <source>new bladder problems</source>
        <translation>problemas nuevos de vejiga</translation>
    </message>
    <message>
        <source>new bowel problems</source>
        <translation>problemas nuevos de intestino</translation>
    </message>
    <message>
        <source>new sexual problems</source>
        <translation>problemas sexuales nuevos</translation>
    </message>
    <message>
        <source>symptoms in both legs</source>
        <translation>síntomas en ambas piernas</translation>
    </message>
    <message>
        <source>worsening weakness or numbness in both legs</source>
        <translation>debilidad o entumecimiento creciente en ambas piernas</translation>
    </message>
    <message>
        <source>sudden face or arm numbness, or trouble speaking</source>
        <translation>entumecimiento repentino de la cara o un brazo, o dificultad para hablar</translation>
    </message>
    <message>
        <source>severe back pain with sudden nausea</source>
        <translation>dolor de espalda intenso con náuseas repentinas</translation>
    </message>
    <message>
        <source>back pain after a serious accident</source>
        <translation>dolor de espalda tras un accidente grave</translation>
    </message>
    <message>
        <source>one leg getting weaker</source>
        <translation>una pierna cada vez más débil</translation>
    </message>
    <message>
        <source>fever or feeling unwell</source>
        <translation>fiebre o malestar general</translation>
    </message>
    <message>
        <source>night pain or unexplained weight loss</source>
        <translation>dolor nocturno o pérdida de peso sin explicación</translation>
    </message>
    <message>
        <source>cancer, weak bones, steroids or age</source>
        <translation>cáncer, huesos débiles, corticoides o edad</translation>
    </message>
    <message>
        <source>face, arm or stomach symptoms (older question)</source>
        <translation>síntomas en la cara, un brazo o el estómago (pregunta antigua)</translation>
    </message>
    <message>
        <source>sudden worse pain or loss of strength (older question)</source>
        <translation>empeoramiento repentino del dolor o pérdida de fuerza (pregunta antigua)</translation>
    </message>
    <message>
        <source>Do you notice any of these? Tick anything that is new or getting worse.</source>
        <translation>¿Notas algo de esto? Marca lo que sea nuevo o vaya a peor.</translation>
    </message>
    <message>
        <source>Call 999 or your local emergency number, or go to A&amp;E, if you have:</source>
        <translation>Llama al 999 o a tu número local de emergencias, o ve a urgencias (A&amp;E), si tienes:</translation>
    </message>
    <message>
        <source>Call 112 or go to a hospital emergency department (urgencias) if you have:</source>
        <translation>Llama al 112 o ve a urgencias de un hospital si tienes:</translation>
    </message>
    <message>
        <source>Call 112 or go to a hospital emergency department if you have:</source>
        <translation>Llama al 112 o ve a urgencias de un hospital si tienes:</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to a hospital emergency department if you have:</source>
        <translation>Llama a tu número local de emergencias o ve a urgencias de un hospital si tienes:</translation>
    </message>
    <message>
        <source>Get medical advice today (your GP or NHS 111) if you have:</source>
        <translation>Pide consejo médico hoy (a tu médico de cabecera o al NHS 111) si tienes:</translation>
    </message>
    <message>
        <source>Get medical advice today (your doctor at your health centre, the centro de salud) if you have:</source>
        <translation>Pide consejo médico hoy (a tu médico de cabecera en el centro de salud) si tienes:</translation>
    </message>
    <message>
        <source>Get medical advice today (your doctor or local urgent care) if you have:</source>
        <translation>Pide consejo médico hoy (a tu médico o a un servicio de atención urgente de tu zona) si tienes:</translation>
    </message>
    <message>
        <source>See a doctor soon if you have:</source>
        <translation>Consulta pronto con un médico si tienes:</translation>
    </message>
    <message>
        <source>Stop exercising now and get help straight away: call 999 or your local emergency number, or go to A&amp;E. Do not wait to see if it passes, and do not drive yourself.</source>
        <translation>Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 999 o a tu número local de emergencias, o ve a urgencias (A&amp;E). No esperes a ver si se pasa y no conduzcas tú.</translation>
    </message>
    <message>
        <source>Stop exercising now and get help straight away: call 112 or go to a hospital emergency department (urgencias). Do not wait to see if it passes, and do not drive yourself.</source>
        <translation>Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 112 o ve a urgencias de un hospital. No esperes a ver si se pasa y no conduzcas tú.</translation>
    </message>
    <message>
        <source>Stop exercising now and get help straight away: call 112 or go to a hospital emergency department. Do not wait to see if it passes, and do not drive yourself.</source>
        <translation>Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 112 o ve a urgencias de un hospital. No esperes a ver si se pasa y no conduzcas tú.</translation>
    </message>
    <message>
        <source>Stop exercising now and get help straight away: call your local emergency number or go to a hospital emergency department. Do not wait to see if it passes, and do not drive yourself.</source>
        <translation>Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama a tu número local de emergencias o ve a urgencias de un hospital. No esperes a ver si se pasa y no conduzcas tú.</translation>
    </message>
    <message>
        <source>Stop exercising for today and get medical advice today: call your GP surgery or NHS 111 (or your local urgent care service). If it gets worse quickly, call 999 or your local emergency number.</source>
        <translation>Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a la consulta de tu médico de cabecera (GP) o al NHS 111 (o al servicio de atención urgente de tu zona). Si empeora rápidamente, llama al 999 o a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Stop exercising for today and get medical advice today: call your health centre (centro de salud) and ask to be seen today. If it gets worse quickly, call 112.</source>
        <translation>Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a tu centro de salud y pide que te vean hoy. Si empeora rápidamente, llama al 112.</translation>
    </message>
    <message>
        <source>Stop exercising for today and get medical advice today: call your doctor or your local urgent care service. If it gets worse quickly, call 112.</source>
        <translation>Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a tu médico o al servicio de atención urgente de tu zona. Si empeora rápidamente, llama al 112.</translation>
    </message>
    <message>
        <source>Stop exercising for today and get medical advice today: call your doctor or your local urgent care service. If it gets worse quickly, call your local emergency number.</source>
        <translation>Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a tu médico o al servicio de atención urgente de tu zona. Si empeora rápidamente, llama a tu número local de emergencias.</translation>
    </message>
    <message>
        <source>Stop this session and arrange to see a doctor soon, within a few days. Tell them what you noticed. If it gets worse, or new signs appear, get advice sooner.</source>
        <translation>Termina esta sesión y pide cita con un médico pronto, en unos pocos días. Cuéntale lo que has notado. Si empeora o aparecen señales nuevas, pide consejo antes.</translation>
    </message>
    <message>
        <source>Then let your physio know: {contact}.</source>
        <translation>Después, avisa a tu fisioterapeuta: {contact}.</translation>
    </message>
    <message>
        <source>The app never diagnoses: if you are unsure, stop and ask your physio: {contact}.</source>
        <translation>La aplicación nunca diagnostica: si tienes dudas, para y pregunta a tu fisioterapeuta: {contact}.</translation>
    </message>
    <message>
        <source>The app never diagnoses: if you are unsure, stop and ask your physio.</source>
        <translation>La aplicación nunca diagnostica: si tienes dudas, para y pregunta a tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>numbness around your genitals or bottom; new bladder, bowel or sexual problems; pain, numbness or weakness in both legs; a face or arm suddenly numb or weak, or trouble speaking; severe back pain with sudden nausea; or back pain after a serious accident.</source>
        <translation>entumecimiento alrededor de los genitales o del ano; problemas nuevos de vejiga, intestino o sexuales; dolor, entumecimiento o debilidad en ambas piernas; la cara o un brazo entumecidos o débiles de repente, o dificultad para hablar; dolor de espalda intenso con náuseas repentinas; o dolor de espalda tras un accidente grave.</translation>
    </message>
    <message>
        <source>Call 999 or your local emergency number, or go to A&amp;E, for:</source>
        <translation>Llama al 999 o a tu número local de emergencias, o ve a urgencias (A&amp;E), si tienes:</translation>
    </message>
    <message>
        <source>Call 112 or go to a hospital emergency department (urgencias) for:</source>
        <translation>Llama al 112 o ve a urgencias de un hospital si tienes:</translation>
    </message>
    <message>
        <source>Call 112 or go to a hospital emergency department for:</source>
        <translation>Llama al 112 o ve a urgencias de un hospital si tienes:</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to a hospital emergency department for:</source>
        <translation>Llama a tu número local de emergencias o ve a urgencias de un hospital si tienes:</translation>
    </message>
    <message>
        <source>Get medical advice the same day for a leg getting weaker, or a fever or feeling unwell with back pain.</source>
        <translation>Pide consejo médico el mismo día si una pierna se debilita, o si tienes fiebre o malestar general con dolor de espalda.</translation>
    </message>
    <message>
        <source>Back only (or nowhere)</source>
        <translation>Solo la espalda (o ningún sitio)</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Por debajo de la rodilla</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Has it spread further down your leg since you started?</source>
        <translation>¿Se ha extendido más abajo por la pierna desde que empezaste?</translation>
    </message>
    <message>
        <source>Further down my leg</source>
        <translation>Más abajo por la pierna</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Moved up toward my back</source>
        <translation>Ha subido hacia la espalda</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Sharp or shooting</source>
        <translation>Agudo o punzante</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Dull ache</source>
        <translation>Dolor sordo</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Switch to {easier}</source>
        <translation>Cambiar a {easier}</translation>
    </message>
    <message>
        <source>Switch to the easier version</source>
        <translation>Cambiar a la versión más fácil</translation>
    </message>
    <message>
        <source>Skip this drill</source>
        <translation>Saltar este ejercicio</translation>
    </message>
    <message>
        <source>Carry on gently</source>
        <translation>Seguir con suavidad</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Next time it starts on {easier}.</source>
        <translation>La próxima vez empezará con {easier}.</translation>
    </message>
    <message>
        <source>Next time it starts on its easier version.</source>
        <translation>La próxima vez empezará con su versión más fácil.</translation>
    </message>
    <message>
        <source>{drill} will be left out next time: ask your physio what to do instead.</source>
        <translation>{drill} se dejará fuera la próxima vez: pregunta a tu fisioterapeuta qué hacer en su lugar.</translation>
    </message>
    <message>
        <source>{drill} stays as it is next time.</source>
        <translation>{drill} se mantiene igual la próxima vez.</translation>
    </message>
    <message>
        <source>End the session now.</source>
        <translation>Termina la sesión ahora.</translation>
    </message>
    <message>
        <source>Your symptoms have spread further down your leg since you started. That suggests this movement is not right for you at the moment.</source>
        <translation>Tus síntomas se han extendido más abajo por la pierna desde que empezaste. Eso sugiere que este movimiento no te conviene por ahora.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain is a sign to stop this movement.</source>
        <translation>Un dolor agudo o punzante es una señal para parar este movimiento.</translation>
    </message>
    <message>
        <source>New numbness, tingling or weakness is a sign to stop this movement.</source>
        <translation>Un entumecimiento, hormigueo o debilidad nuevos son una señal para parar este movimiento.</translation>
    </message>
    <message>
        <source>Pain of {pain} out of 10 is too high to keep going.</source>
        <translation>Un dolor de {pain} sobre 10 es demasiado alto para seguir.</translation>
    </message>
    <message>
        <source>{drill} should not hurt at all, and it hurts now ({pain} out of 10).</source>
        <translation>{drill} no debería doler nada, y ahora duele ({pain} sobre 10).</translation>
    </message>
    <message>
        <source>{drill} should ease your symptoms, but it seems to be making them worse.</source>
        <translation>{drill} debería aliviar tus síntomas, pero parece que los empeora.</translation>
    </message>
    <message>
        <source>Your symptoms have moved up toward your back. That is usually a good sign, even if your back hurts a little more while your leg eases.</source>
        <translation>Tus síntomas han subido hacia la espalda. Suele ser una buena señal, aunque la espalda duela un poco más mientras la pierna mejora.</translation>
    </message>
    <message>
        <source>Pain of {pain} out of 10 is in the middle zone: fine if it settles, but ease off.</source>
        <translation>Un dolor de {pain} sobre 10 está en la zona intermedia: no pasa nada si se calma, pero baja la intensidad.</translation>
    </message>
    <message>
        <source>Your pain is low ({pain} out of 10) and has not spread further down your leg.</source>
        <translation>Tu dolor es bajo ({pain} sobre 10) y no se ha extendido más abajo por la pierna.</translation>
    </message>
    <message>
        <source>Your pain is low ({pain} out of 10).</source>
        <translation>Tu dolor es bajo ({pain} sobre 10).</translation>
    </message>
    <message>
        <source>Pain of {pain} out of 10 is also too high to keep going.</source>
        <translation>Además, un dolor de {pain} sobre 10 es demasiado alto para seguir.</translation>
    </message>
    <message>
        <source>There is no easier version of this drill.</source>
        <translation>Este ejercicio no tiene una versión más fácil.</translation>
    </message>
    <message>
        <source>the easier version</source>
        <translation>la versión más fácil</translation>
    </message>
    <message>
        <source>Carry on gently with a smaller, slower movement, or skip it.</source>
        <translation>Sigue con suavidad, con un movimiento más corto y más lento, o sáltalo.</translation>
    </message>
    <message>
        <source>Carry on gently, within a comfortable range.</source>
        <translation>Sigue con suavidad, dentro de un recorrido cómodo.</translation>
    </message>
    <message>
        <source>Consider switching to {easier}, or carry on gently with a smaller movement.</source>
        <translation>Plantéate cambiar a {easier}, o sigue con suavidad con un movimiento más corto.</translation>
    </message>
    <message>
        <source>Stop this drill now. Consider switching to {easier}, or skip this drill.</source>
        <translation>Para este ejercicio ahora. Plantéate cambiar a {easier}, o salta este ejercicio.</translation>
    </message>
    <message>
        <source>Stop this drill and rest: skip it for now.</source>
        <translation>Para este ejercicio y descansa: sáltalo por ahora.</translation>
    </message>
    <message>
        <source>Stop this drill now.</source>
        <translation>Para este ejercicio ahora.</translation>
    </message>
    <message>
        <source>Consider skipping it.</source>
        <translation>Plantéate saltarlo.</translation>
    </message>
    <message>
        <source>should not hurt at all: any pain, tingling or numbness means stop</source>
        <translation>no debería doler nada: cualquier dolor, hormigueo o entumecimiento significa parar</translation>
    </message>
    <message>
        <source>should ease your symptoms: if they made them worse, stop and ask your physio</source>
        <translation>debería aliviar tus síntomas: si los ha empeorado, para y pregunta a tu fisioterapeuta</translation>
    </message>
    <message>
        <source>some discomfort, up to 5 out of 10, is acceptable if it settles by the next morning</source>
        <translation>se acepta algo de molestia, hasta 5 sobre 10, si se calma a la mañana siguiente</translation>
    </message>
    <message>
        <source>{drills}: {rule}.</source>
        <translation>{drills}: {rule}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} drill</source>
        <comment>{n} drills</comment>
        <translation>
            <numerusform>{n} ejercicio</numerusform>
            <numerusform>{n} ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>[instead of {base}]</source>
        <translation>[en lugar de {base}]</translation>
    </message>
    <message>
        <source>from the catalogue: {fields}</source>
        <translation>del catálogo: {fields}</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>if it hurts</source>
        <translation>si duele</translation>
    </message>
    <message>
        <source>stop note</source>
        <translation>nota al parar</translation>
    </message>
    <message>
        <source>rest {time}</source>
        <translation>descanso {time}</translation>
    </message>
    <message>
        <source>done at {time}</source>
        <translation>termina en {time}</translation>
    </message>
    <message>
        <source>Total: {clock} ({words})</source>
        <translation>Total: {clock} ({words})</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>the month, in full</comment>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>on {weekday}</source>
        <translation>el {weekday}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>el {date}</translation>
    </message>
    <message>
        <source>this drill</source>
        <translation>este ejercicio</translation>
    </message>
    <message>
        <source>Switched to {level} because {about} hurt.</source>
        <translation>Cambiado a {level} porque {about} dolía.</translation>
    </message>
    <message>
        <source>Starting on {level}: you chose to step up {when}.</source>
        <translation>Empieza con {level}: elegiste subir de nivel {when}.</translation>
    </message>
    <message>
        <source>Starting on {level}: your choice.</source>
        <translation>Empieza con {level}: lo elegiste tú.</translation>
    </message>
    <message>
        <source>Starting on {level} because {about} was stopped {when}.</source>
        <translation>Empieza con {level} porque {about} se paró {when}.</translation>
    </message>
    <message>
        <source>{about} is left out: it was stopped {when} and has no easier version. Please ask your physio about it.</source>
        <translation>{about} queda fuera: se paró {when} y no tiene una versión más fácil. Pregunta a tu fisioterapeuta por él.</translation>
    </message>
    <message>
        <source>{current} went calmly in your last three sessions. You could try {harder} next. Only if it feels right: you do not need to progress every session.</source>
        <translation>{current} fue bien en tus tres últimas sesiones. Podrías probar {harder} a continuación. Solo si te parece bien: no hace falta progresar en cada sesión.</translation>
    </message>
    <message>
        <source>You felt worse the morning after your last two sessions. Consider talking to your physio before carrying on with this routine.</source>
        <translation>Estuviste peor la mañana siguiente a tus dos últimas sesiones. Plantéate hablar con tu fisioterapeuta antes de seguir con esta rutina.</translation>
    </message>
    <message>
        <source>A drill</source>
        <translation>Un ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>{name} has been stopped {n} time in the last four weeks. Consider asking your physio about it before doing it again.</source>
        <comment>{name} has been stopped {n} times in the last four weeks. Consider asking your physio about it before doing it again.</comment>
        <translation>
            <numerusform>{name} se ha parado {n} vez en las últimas cuatro semanas. Plantéate preguntar a tu fisioterapeuta antes de volver a hacerlo.</numerusform>
            <numerusform>{name} se ha parado {n} veces en las últimas cuatro semanas. Plantéate preguntar a tu fisioterapeuta antes de volver a hacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>{n} time</source>
        <comment>{n} times</comment>
        <translation>
            <numerusform>{n} vez</numerusform>
            <numerusform>{n} veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when} you reported a warning sign: {signs}.</source>
        <comment>{when} you reported warning signs: {signs}.</comment>
        <translation>
            <numerusform>{when} indicaste una señal de alarma: {signs}.</numerusform>
            <numerusform>{when} indicaste señales de alarma: {signs}.</numerusform>
        </translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>El {date}</translation>
    </message>
    <message>
        <source>Full version</source>
        <translation>Versión completa</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Fuera</translation>
    </message>
    <message>
        <source>Every {low:g} to {high:g} hours</source>
        <translation>Cada {low:g} a {high:g} horas</translation>
    </message>
    <message numerus="yes">
        <source>Every hour</source>
        <comment>Every {n:g} hours</comment>
        <translation>
            <numerusform>Cada hora</numerusform>
            <numerusform>Cada {n:g} horas</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} while awake</source>
        <translation>{text} mientras estés despierto</translation>
    </message>
    <message numerus="yes">
        <source>Once a day</source>
        <comment>{n} times a day</comment>
        <translation>
            <numerusform>Una vez al día</numerusform>
            <numerusform>{n} veces al día</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, {n} days a week</source>
        <translation>{text}, {n} días a la semana</translation>
    </message>
    <message>
        <source>{routine} has drills for the side your sciatica is on, such as a stretch for that leg. Which side is it? If it is both, or you are not sure, each drill is done on both sides in turn. The app asks once; you can change it in Settings.</source>
        <translation>{routine} tiene ejercicios para el lado de tu ciática, como un estiramiento para esa pierna. ¿Qué lado es? Si son los dos, o no estás seguro, cada ejercicio se hace en ambos lados por turnos. La aplicación lo pregunta una vez; puedes cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>back only</source>
        <translation>solo la espalda</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>la nalga</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>el muslo</translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation>por debajo de la rodilla</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>el pie</translation>
    </message>
    <message>
        <source>the first two weeks</source>
        <translation>las dos primeras semanas</translation>
    </message>
    <message>
        <source>the last two</source>
        <translation>las dos últimas</translation>
    </message>
    <message>
        <source>the first {n} days</source>
        <translation>los {n} primeros días</translation>
    </message>
    <message>
        <source>the last {n}</source>
        <translation>los {n} últimos</translation>
    </message>
    <message>
        <source>No sessions were logged in this period.</source>
        <translation>No se registró ninguna sesión en este periodo.</translation>
    </message>
    <message>
        <source>Leg pain before sessions averaged {a} in {start} and {b} in {end} ({change}).</source>
        <translation>El dolor de pierna antes de las sesiones fue de {a} de media en {start} y de {b} en {end} ({change}).</translation>
    </message>
    <message>
        <source>Back pain before sessions averaged {a} in {start} and {b} in {end} ({change}).</source>
        <translation>El dolor de espalda antes de las sesiones fue de {a} de media en {start} y de {b} en {end} ({change}).</translation>
    </message>
    <message>
        <source>Before sessions, symptoms most often reached: {first} in {start}, {last} in {end}.</source>
        <translation>Antes de las sesiones, los síntomas llegaban casi siempre a: {first} en {start}, {last} en {end}.</translation>
    </message>
    <message>
        <source>The morning after, {better} felt better, {same} the same and {worse} worse.</source>
        <translation>Las mañanas siguientes: {better} mejor, {same} igual y {worse} peor.</translation>
    </message>
    <message numerus="yes">
        <source>{n} session ended with a warning sign and urgent-care advice.</source>
        <comment>{n} sessions ended with a warning sign and urgent-care advice.</comment>
        <translation>
            <numerusform>{n} sesión terminó con una señal de alarma y el consejo de buscar atención urgente.</numerusform>
            <numerusform>{n} sesiones terminaron con una señal de alarma y el consejo de buscar atención urgente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of {n} session was completed</source>
        <comment>{done} of {n} sessions were completed</comment>
        <translation>
            <numerusform>se completó {done} de {n} sesión</numerusform>
            <numerusform>se completaron {done} de {n} sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} stopped early</source>
        <comment>{n} stopped early</comment>
        <translation>
            <numerusform>{n} se paró antes de tiempo</numerusform>
            <numerusform>{n} se pararon antes de tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} interrupted</source>
        <comment>{n} interrupted</comment>
        <translation>
            <numerusform>{n} se interrumpió</numerusform>
            <numerusform>{n} se interrumpieron</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}.</source>
        <translation>{list}.</translation>
    </message>
    <message>
        <source>&quot;Stop: this hurts&quot; was used {times}.</source>
        <translation>«Parar: me duele» se usó {times}.</translation>
    </message>
    <message>
        <source>No pain scores in this period: the check-ins before and after were skipped.</source>
        <translation>No hay puntuaciones de dolor en este periodo: se saltaron los registros de antes y después.</translation>
    </message>
    <message>
        <source>Too soon for a trend: once your sessions span {n} days, this compares your pain at the start with the end.</source>
        <translation>Aún es pronto para ver una tendencia: cuando tus sesiones abarquen {n} días, aquí se comparará tu dolor al principio y al final.</translation>
    </message>
    <message>
        <source>Too few pain check-ins in this period to compare its start and end.</source>
        <translation>Hay muy pocos registros de dolor en este periodo para comparar el principio con el final.</translation>
    </message>
    <message>
        <source>leg pain {eased}</source>
        <translation>el dolor de pierna {eased}</translation>
    </message>
    <message>
        <source>back pain {eased}</source>
        <translation>el dolor de espalda {eased}</translation>
    </message>
    <message>
        <source>After a session, on average, {changed} than before it, and {same}.</source>
        <translation>Después de una sesión, de media, {changed} que antes, y {same}.</translation>
    </message>
    <message>
        <source>After a session, on average, {parts} than before it.</source>
        <translation>Después de una sesión, de media, {parts} que antes.</translation>
    </message>
    <message>
        <source>After a session, on average, {parts} as before it.</source>
        <translation>Después de una sesión, de media, {parts} que antes.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <source>{n} points lower</source>
        <translation>{n} puntos menos</translation>
    </message>
    <message>
        <source>{n} points higher</source>
        <translation>{n} puntos más</translation>
    </message>
    <message>
        <source>was the same</source>
        <translation>era igual</translation>
    </message>
    <message>
        <source>was {n} lower</source>
        <translation>era {n} más bajo</translation>
    </message>
    <message>
        <source>was {n} higher</source>
        <translation>era {n} más alto</translation>
    </message>
    <message>
        <source>Clinic demo (nothing is saved)</source>
        <translation>Demostración en consulta (no se guarda nada)</translation>
    </message>
    <message>
        <source>Main profile</source>
        <translation>Perfil principal</translation>
    </message>
    <message>
        <source>Before you start: how are you right now?</source>
        <translation>Antes de empezar: ¿cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>How are you now, after the session?</source>
        <translation>¿Cómo estás ahora, después de la sesión?</translation>
    </message>
    <message>
        <source>How did you feel the morning after your last session?</source>
        <translation>¿Cómo te sentiste la mañana siguiente a tu última sesión?</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Cómo estás</translation>
    </message>
    <message>
        <source>Back pain, 0 (none) to 10 (worst)</source>
        <translation>Dolor de espalda, de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <source>Leg pain, 0 (none) to 10 (worst)</source>
        <translation>Dolor de pierna, de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <source>How far down the leg do symptoms reach?</source>
        <translation>¿Hasta dónde bajan los síntomas por la pierna?</translation>
    </message>
    <message>
        <source>The morning after</source>
        <translation>La mañana siguiente</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Más o menos igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Answer what you can; anything can be left out.</source>
        <translation>Responde lo que puedas; puedes dejar cualquier cosa sin contestar.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Stop: this hurts</source>
        <translation>Parar: me duele</translation>
    </message>
    <message>
        <source>Paused. What do you feel during {drill}?</source>
        <translation>En pausa. ¿Qué notas durante {drill}?</translation>
    </message>
    <message>
        <source>Back pain now: 0 (none) to 10 (worst)</source>
        <translation>Dolor de espalda ahora: de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <source>Leg pain now: 0 (none) to 10 (worst)</source>
        <translation>Dolor de pierna ahora: de 0 (nada) a 10 (el peor)</translation>
    </message>
    <message>
        <source>How far down the leg does it reach now?</source>
        <translation>¿Hasta dónde baja ahora por la pierna?</translation>
    </message>
    <message>
        <source>What does it feel like? Tick any.</source>
        <translation>¿Cómo lo notas? Marca lo que corresponda.</translation>
    </message>
    <message>
        <source>Pressed by mistake</source>
        <translation>Lo pulsé sin querer</translation>
    </message>
    <message>
        <source>Back to the session, still paused</source>
        <translation>Volver a la sesión, aún en pausa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Yes: the ticked ones</source>
        <translation>Sí: las marcadas</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <source>What now?</source>
        <translation>¿Y ahora qué?</translation>
    </message>
    <message>
        <source>Your physio says: {note}</source>
        <translation>Tu fisioterapeuta dice: {note}</translation>
    </message>
    <message>
        <source>Please stop now</source>
        <translation>Para ahora, por favor</translation>
    </message>
    <message>
        <source>{action} (suggested)</source>
        <translation>{action} (recomendado)</translation>
    </message>
    <message>
        <source>Sessions are paused</source>
        <translation>Las sesiones están en pausa</translation>
    </message>
    <message>
        <source>Sessions are paused after a warning sign</source>
        <translation>Las sesiones están en pausa tras una señal de alarma</translation>
    </message>
    <message>
        <source>A doctor or physiotherapist has checked these symptoms since, and said I can exercise.</source>
        <translation>Desde entonces, un médico o un fisioterapeuta ha revisado estos síntomas y me ha dicho que puedo hacer ejercicio.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Sciatica Coach guides you through exercises that you or your physiotherapist have chosen. &lt;b&gt;It does not diagnose&lt;/b&gt;, and it cannot tell which exercises are right for you. Please see a clinician (a doctor or physiotherapist) before you start, and follow their advice over anything here.</source>
        <translation>Sciatica Coach te guía en los ejercicios que tú o tu fisioterapeuta habéis elegido. &lt;b&gt;No diagnostica&lt;/b&gt; y no puede saber qué ejercicios te convienen. Consulta a un profesional sanitario (un médico o un fisioterapeuta) antes de empezar y, ante cualquier duda, sigue sus indicaciones antes que lo que diga esta aplicación.</translation>
    </message>
    <message>
        <source>Move slowly and breathe. Stop an exercise if symptoms spread further down your leg, if you get new numbness, tingling or weakness, or if pain goes above 5 out of 10; drills that must not hurt at all, such as nerve glides, stop at any pain. Press &lt;b&gt;Stop: this hurts&lt;/b&gt; (or H) at any time: the app pauses at once and helps you choose an easier version.</source>
        <translation>Muévete despacio y respira. Para un ejercicio si los síntomas se extienden más abajo por la pierna, si notas entumecimiento, hormigueo o debilidad nuevos, o si el dolor pasa de 5 sobre 10; los ejercicios que no deben doler nada, como los deslizamientos neurales, se paran ante cualquier dolor. Pulsa &lt;b&gt;Parar: me duele&lt;/b&gt; (o H) en cualquier momento: la aplicación se pausa al instante y te ayuda a elegir una versión más fácil.</translation>
    </message>
    <message>
        <source>Everything you log stays on this computer. The app never connects to the internet.</source>
        <translation>Todo lo que registras se queda en este ordenador. La aplicación nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Safety information</source>
        <translation>Información de seguridad</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Sigue moviéndote</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation>Para quién es:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Dudas:</translation>
    </message>
    <message>
        <source>How often: {when}</source>
        <translation>Frecuencia: {when}</translation>
    </message>
    <message>
        <source>Sources: {names}.</source>
        <translation>Fuentes: {names}.</translation>
    </message>
    <message>
        <source>Stop if symptoms spread down the leg.</source>
        <translation>Para si los síntomas bajan por la pierna.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the routine as a PDF to print</source>
        <translation>Guardar la rutina como PDF para imprimirla</translation>
    </message>
    <message>
        <source>Handout (PDF)…</source>
        <translation>Hoja para el paciente (PDF)…</translation>
    </message>
    <message>
        <source>Save the handout to print</source>
        <translation>Guardar la hoja para imprimirla</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Copy and edit…</source>
        <translation>Copiar y editar…</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Empezar {title}</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar la hoja</translation>
    </message>
    <message>
        <source>Save the routine as PDF</source>
        <translation>Guardar la rutina como PDF</translation>
    </message>
    <message>
        <source>This routine file cannot be opened</source>
        <translation>No se puede abrir este archivo de rutina</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt; has {n} problem, so it was not opened. Nothing else was changed. Fix this line and open it again:</source>
        <comment>&lt;b&gt;{file}&lt;/b&gt; has {n} problems, so it was not opened. Nothing else was changed. Fix these lines and open it again:</comment>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; tiene {n} problema, así que no se ha abierto. No se ha cambiado nada más. Corrige esta línea y vuelve a abrirlo:</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; tiene {n} problemas, así que no se ha abierto. No se ha cambiado nada más. Corrige estas líneas y vuelve a abrirlo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Como el ordenador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Ask me when a routine needs it</source>
        <translation>Preguntarme cuando una rutina lo necesite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both, or not sure</source>
        <translation>Ambos, o no estoy seguro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Play sounds for each step</source>
        <translation>Reproducir sonidos en cada paso</translation>
    </message>
    <message>
        <source>Speak short prompts (&quot;Hold&quot;, &quot;Switch sides&quot;)</source>
        <translation>Decir indicaciones breves en voz alta («Mantén», «Cambia de lado»)</translation>
    </message>
    <message>
        <source>Count reps aloud</source>
        <translation>Contar las repeticiones en voz alta</translation>
    </message>
    <message>
        <source>Flash the screen with each sound</source>
        <translation>Destellar la pantalla con cada sonido</translation>
    </message>
    <message>
        <source>Reduce motion (still figures, movement in steps)</source>
        <translation>Reducir el movimiento (figuras quietas, movimiento a saltos)</translation>
    </message>
    <message>
        <source>Your computer is set to reduce motion, so the app moves less too.</source>
        <translation>Tu ordenador está configurado para reducir el movimiento, así que la aplicación también se mueve menos.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Text size (also Ctrl + and Ctrl -)</source>
        <translation>Tamaño del texto (también Ctrl + y Ctrl -)</translation>
    </message>
    <message>
        <source>Side of your sciatica</source>
        <translation>Lado de tu ciática</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>A new language is used the next time you open the app.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras la aplicación.</translation>
    </message>
    <message>
        <source>Country, for the emergency number</source>
        <translation>País, para el número de emergencias</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me to do my routine (from the system tray)</source>
        <translation>Recordarme hacer mi rutina (desde la bandeja del sistema)</translation>
    </message>
    <message>
        <source>Routine to be reminded of</source>
        <translation>Rutina que recordar</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Waking hours start</source>
        <translation>Inicio de las horas en que estás despierto</translation>
    </message>
    <message>
        <source>Waking hours end</source>
        <translation>Fin de las horas en que estás despierto</translation>
    </message>
    <message>
        <source>Awake from</source>
        <translation>Despierto desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Off unless you turn them on, and kept on this computer. Nudges come only during your waking hours, at the times the routine&apos;s frequency gives; each offers Snooze 15 minutes and Done for today. While they are on, closing the window keeps the app in the system tray.</source>
        <translation>Desactivados salvo que los actives, y se quedan en este ordenador. Los avisos llegan solo en tus horas de vigilia, a las horas que marca la frecuencia de la rutina; cada uno ofrece Posponer 15 minutos y Hecho por hoy. Mientras estén activos, al cerrar la ventana la aplicación sigue en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>None of your routines says how often to do it in a way a reminder can follow (every few hours, or times a day); a frequency in plain words sets no reminder. Your physio can add one to your routine file.</source>
        <translation>Ninguna de tus rutinas indica su frecuencia de forma que un recordatorio pueda seguirla (cada pocas horas, o veces al día); una frecuencia escrita con palabras no pone ningún recordatorio. Tu fisioterapeuta puede añadir una a tu archivo de rutina.</translation>
    </message>
    <message>
        <source>Waking hours must end after they start, before midnight.</source>
        <translation>Las horas de vigilia deben terminar después de empezar, antes de medianoche.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Hay una sesión en marcha</translation>
    </message>
    <message>
        <source>End the session first, then open the routine editor.</source>
        <translation>Termina primero la sesión y luego abre el editor de rutinas.</translation>
    </message>
    <message>
        <source>Cannot open the routine</source>
        <translation>No se puede abrir la rutina</translation>
    </message>
    <message>
        <source>{title}: edit</source>
        <translation>{title}: editar</translation>
    </message>
    <message>
        <source>{title}: make a copy to edit</source>
        <translation>{title}: hacer una copia para editarla</translation>
    </message>
    <message>
        <source>Edit a routine</source>
        <translation>Editar una rutina</translation>
    </message>
    <message>
        <source>Which routine? Shipped routines are copied first.</source>
        <translation>¿Qué rutina? Las rutinas incluidas con la aplicación se copian antes.</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Rutina no guardada</translation>
    </message>
    <message>
        <source>Export the routine file</source>
        <translation>Exportar el archivo de rutina</translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Archivos de rutina (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Rutina no exportada</translation>
    </message>
    <message>
        <source>Handout not written</source>
        <translation>Hoja no guardada</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The routine has changes that are not saved.</source>
        <translation>La rutina tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}. Nothing was changed there.</source>
        <translation>No se pudo escribir {path}: {why}. No se ha cambiado nada allí.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>predeterminado: {value}</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Cada pocas horas</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Con palabras</translation>
    </message>
    <message>
        <source>Every (hours, from)</source>
        <translation>Cada (horas, desde)</translation>
    </message>
    <message>
        <source>to (hours)</source>
        <translation>hasta (horas)</translation>
    </message>
    <message>
        <source>while awake</source>
        <translation>mientras estés despierto</translation>
    </message>
    <message>
        <source> times a day</source>
        <translation> veces al día</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> días a la semana</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Días a la semana</translation>
    </message>
    <message>
        <source>{what}, in words</source>
        <translation>{what}, con palabras</translation>
    </message>
    <message>
        <source>e.g. Every few hours while it helps</source>
        <translation>p. ej. Cada pocas horas mientras ayude</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Extension (bending back)</source>
        <translation>Extensión (inclinarse hacia atrás)</translation>
    </message>
    <message>
        <source>Flexion (bending forward)</source>
        <translation>Flexión (inclinarse hacia delante)</translation>
    </message>
    <message>
        <source>Nerve glides</source>
        <translation>Deslizamientos neurales</translation>
    </message>
    <message>
        <source>Sacroiliac joint</source>
        <translation>Articulación sacroilíaca</translation>
    </message>
    <message>
        <source>Muscle release</source>
        <translation>Liberación muscular</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Zona media</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Con tiempo</translation>
    </message>
    <message>
        <source>Nothing (a mat at most)</source>
        <translation>Nada (como mucho una esterilla)</translation>
    </message>
    <message>
        <source>No sides (both together)</source>
        <translation>Sin lados (ambos a la vez)</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Cada lado por turnos</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Alternando lados</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo el lado derecho</translation>
    </message>
    <message>
        <source>The affected side (asked once)</source>
        <translation>El lado afectado (se pregunta una vez)</translation>
    </message>
    <message>
        <source>Mixed (a clinician chose both directions)</source>
        <translation>Mixta (un profesional eligió ambas direcciones)</translation>
    </message>
    <message>
        <source>The routine</source>
        <translation>La rutina</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>For the patient</source>
        <translation>Para el paciente</translation>
    </message>
    <message>
        <source>← Routines</source>
        <translation>← Rutinas</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probarla</translation>
    </message>
    <message>
        <source>Run it fast in a window of its own; nothing is recorded</source>
        <translation>Ejecutarla rápido en su propia ventana; no se registra nada</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>Hoja para el paciente…</translation>
    </message>
    <message>
        <source>Handout (PDF)</source>
        <translation>Hoja para el paciente (PDF)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Add a drill…</source>
        <translation>Añadir un ejercicio…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Quitar el paso</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Total {time}</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Rutina nueva</translation>
    </message>
    <message>
        <source>The clinic demo keeps nothing: use Export…</source>
        <translation>La demostración en consulta no guarda nada: usa Exportar…</translation>
    </message>
    <message>
        <source>needs fixing</source>
        <translation>hay que corregirlo</translation>
    </message>
    <message>
        <source>No problems: `sciatica-coach validate` would accept this file.</source>
        <translation>Sin problemas: `sciatica-coach validate` aceptaría este archivo.</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message numerus="yes">
        <source>{n} problem to fix:</source>
        <comment>{n} problems to fix:</comment>
        <translation>
            <numerusform>{n} problema que corregir:</numerusform>
            <numerusform>{n} problemas que corregir:</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {position}; {dose}</source>
        <translation>{kind}, {position}; {dose}</translation>
    </message>
    <message>
        <source>Add a drill</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>Search: a name or a word, e.g. knee, nerve, chair</source>
        <translation>Buscar: un nombre o una palabra, p. ej. rodilla, nervio, silla</translation>
    </message>
    <message>
        <source>Search the drills</source>
        <translation>Buscar en los ejercicios</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Show easier and harder variants</source>
        <translation>Mostrar variantes más fáciles y más difíciles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add to the routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>{n} drills</source>
        <translation>{n} ejercicios</translation>
    </message>
    <message>
        <source>No drill matches: try fewer words</source>
        <translation>Ningún ejercicio coincide: prueba con menos palabras</translation>
    </message>
    <message>
        <source>Needs: {things}</source>
        <translation>Necesita: {things}</translation>
    </message>
    <message>
        <source>Only when you, the clinician, choose it for this person.</source>
        <translation>Solo cuando tú, como profesional, lo elijas para esta persona.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. J. D.&apos;s extension routine</source>
        <translation>p. ej. Rutina de extensión de J. D.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>The person&apos;s name or initials</source>
        <translation>El nombre o las iniciales de la persona</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <source>e.g. Sam (physio)</source>
        <translation>p. ej. Sam (fisioterapeuta)</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>e.g. 01234 567890</source>
        <translation>p. ej. 912 345 678</translation>
    </message>
    <message>
        <source>Cautions, one a line</source>
        <translation>Precauciones, una por línea</translation>
    </message>
    <message>
        <source>e.g. Stop and ring me if the tingling reaches your foot.</source>
        <translation>p. ej. Para y llámame si el hormigueo te llega al pie.</translation>
    </message>
    <message>
        <source>Worked out from the drills</source>
        <translation>Deducido de los ejercicios</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>One or two sentences: who it is for</source>
        <translation>Una o dos frases: para quién es</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Empezar con</translation>
    </message>
    <message>
        <source>I am this person&apos;s clinician and chose this drill for them</source>
        <translation>Soy el profesional que trata a esta persona y he elegido este ejercicio para ella</translation>
    </message>
    <message>
        <source>Clinician only</source>
        <translation>Solo el profesional</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Reps per side</source>
        <translation>Repeticiones por lado</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Move into it</source>
        <translation>Entrar en la posición</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>Hold, lungs full</source>
        <translation>Retener, pulmones llenos</translation>
    </message>
    <message>
        <source>Rest after breathing out</source>
        <translation>Descanso tras espirar</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Tempo (move, back)</source>
        <translation>Ritmo (ir, volver)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>If it hurts, offer</source>
        <translation>Si duele, ofrecer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Shown in the player, e.g. Keep your hips on the floor</source>
        <translation>Se muestra durante el ejercicio, p. ej. Mantén las caderas en el suelo</translation>
    </message>
    <message>
        <source>Stop note</source>
        <translation>Nota al parar</translation>
    </message>
    <message>
        <source>Shown when it hurts, as: Your physio says…</source>
        <translation>Se muestra cuando duele, como: Tu fisioterapeuta dice…</translation>
    </message>
    <message>
        <source>How often this drill</source>
        <translation>Frecuencia de este ejercicio</translation>
    </message>
    <message>
        <source>Back to the catalogue&apos;s dose</source>
        <translation>Volver a la dosis del catálogo</translation>
    </message>
    <message>
        <source>Add a drill to start.</source>
        <translation>Añade un ejercicio para empezar.</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {name}</source>
        <translation>Paso {n} de {total}: {name}</translation>
    </message>
    <message>
        <source>{name} (the drill itself)</source>
        <translation>{name} (el propio ejercicio)</translation>
    </message>
    <message>
        <source>As the catalogue says: {sides}</source>
        <translation>Como dice el catálogo: {sides}</translation>
    </message>
    <message>
        <source>The catalogue&apos;s first easier drill: {name}</source>
        <translation>El primer ejercicio más fácil del catálogo: {name}</translation>
    </message>
    <message>
        <source>No easier drill: skipping it is offered</source>
        <translation>No hay ejercicio más fácil: se ofrece saltarlo</translation>
    </message>
    <message>
        <source>Step {n}: {name}, {dose}</source>
        <translation>Paso {n}: {name}, {dose}</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation>Hay que corregirlo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Trying {title} at {speed:g} times the speed: nothing is recorded</source>
        <translation>Probando {title} a {speed:g} veces la velocidad: no se registra nada</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>{n} drills, about {time} in all</source>
        <translation>{n} ejercicios, unos {time} en total</translation>
    </message>
    <message>
        <source>Questions: {contact}</source>
        <translation>Dudas: {contact}</translation>
    </message>
    <message>
        <source>Your physio&apos;s cautions:</source>
        <translation>Precauciones de tu fisioterapeuta:</translation>
    </message>
    <message>
        <source>Position: {where}</source>
        <translation>Posición: {where}</translation>
    </message>
    <message>
        <source>Side: {side}</source>
        <translation>Lado: {side}</translation>
    </message>
    <message>
        <source>Rest {time} between sets</source>
        <translation>Descansa {time} entre series</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>If it hurts, the easier drill is: {name}</source>
        <translation>Si duele, el ejercicio más fácil es: {name}</translation>
    </message>
    <message>
        <source>This routine guides exercise; it does not diagnose.</source>
        <translation>Esta rutina guía el ejercicio; no diagnostica.</translation>
    </message>
    <message>
        <source>{title}: page {page} of {pages}. Made with Sciatica Coach.</source>
        <translation>{title}: página {page} de {pages}. Hecho con Sciatica Coach.</translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation>cada lado por turnos</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>alternando lados</translation>
    </message>
    <message>
        <source>the side your sciatica is on</source>
        <translation>el lado de tu ciática</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>Show the last 4 weeks</source>
        <translation>Mostrar las últimas 4 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>Show the last 3 months</source>
        <translation>Mostrar los últimos 3 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>Mostrar el último año</translation>
    </message>
    <message>
        <source>Since you started</source>
        <translation>Desde que empezaste</translation>
    </message>
    <message>
        <source>Show everything since your first session</source>
        <translation>Mostrar todo desde tu primera sesión</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltados</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parados</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Point at a plot to read its values.</source>
        <translation>Señala un gráfico para leer sus valores.</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Minutes practised each day</source>
        <translation>Minutos de práctica cada día</translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>Minutos de práctica</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>◀ Back to the session</source>
        <translation>◀ Volver a la sesión</translation>
    </message>
    <message>
        <source>◀ Routines</source>
        <translation>◀ Rutinas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Physio report (PDF)…</source>
        <translation>Informe para el fisioterapeuta (PDF)…</translation>
    </message>
    <message>
        <source>Export the whole history as a CSV table</source>
        <translation>Exportar todo el historial como tabla CSV</translation>
    </message>
    <message>
        <source>Export the whole history as JSON</source>
        <translation>Exportar todo el historial como JSON</translation>
    </message>
    <message>
        <source>Save a one-page report for your physio</source>
        <translation>Guardar un informe de una página para tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Your history can&apos;t be read right now.</source>
        <translation>Ahora mismo no se puede leer tu historial.</translation>
    </message>
    <message>
        <source>Minutes practised each week</source>
        <translation>Minutos de práctica cada semana</translation>
    </message>
    <message>
        <source>No sessions yet. After your first, your pain and practice are shown here.</source>
        <translation>Aún no hay sesiones. Después de la primera, aquí verás tu dolor y tu práctica.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Physio report</source>
        <translation>Informe para el fisioterapeuta</translation>
    </message>
    <message>
        <source>Could not save {file}: {why}.</source>
        <translation>No se pudo guardar {file}: {why}.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Guardado {file}.</translation>
    </message>
    <message>
        <source>Practice calendar</source>
        <translation>Calendario de práctica</translation>
    </message>
    <message numerus="yes">
        <source>Practice calendar, last {n} week</source>
        <comment>Practice calendar, last {n} weeks</comment>
        <translation>
            <numerusform>Calendario de práctica, última {n} semana</numerusform>
            <numerusform>Calendario de práctica, últimas {n} semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>session done</source>
        <comment>sessions done</comment>
        <translation>
            <numerusform>sesión hecha</numerusform>
            <numerusform>sesiones hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of {n} day practised</source>
        <comment>of {n} days practised</comment>
        <translation>
            <numerusform>de {n} día con práctica</numerusform>
            <numerusform>de {n} días con práctica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day in a row now</source>
        <comment>days in a row now</comment>
        <translation>
            <numerusform>día seguido hasta hoy</numerusform>
            <numerusform>días seguidos hasta hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute practised</source>
        <comment>minutes practised</comment>
        <translation>
            <numerusform>minuto de práctica</numerusform>
            <numerusform>minutos de práctica</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Extension bias</source>
        <translation>Enfoque en extensión</translation>
    </message>
    <message>
        <source>Flexion bias</source>
        <translation>Enfoque en flexión</translation>
    </message>
    <message>
        <source>Core strength</source>
        <translation>Fuerza de la zona media</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Muscle and SIJ</source>
        <translation>Músculo y sacroilíaca</translation>
    </message>
    <message>
        <source>SIJ</source>
        <translation>Sacroilíaca</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Includes extension</source>
        <translation>Incluye extensión</translation>
    </message>
    <message>
        <source>Includes flexion</source>
        <translation>Incluye flexión</translation>
    </message>
    <message>
        <source>Routine: {title}</source>
        <translation>Rutina: {title}</translation>
    </message>
    <message>
        <source>From your physio</source>
        <translation>De tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Added from a file</source>
        <translation>Añadida desde un archivo</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <source>Last done: {when}</source>
        <translation>Hecha por última vez: {when}</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no hecha</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview {title}</source>
        <translation>Vista previa de {title}</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Open a routine file…</source>
        <translation>Abrir un archivo de rutina…</translation>
    </message>
    <message>
        <source>Open a routine file</source>
        <translation>Abrir un archivo de rutina</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Rutina nueva…</translation>
    </message>
    <message>
        <source>Pick the routine your physio chose for you. Extension-bias and flexion-bias routines are opposite treatments: do not mix them without a clinician&apos;s advice.</source>
        <translation>Elige la rutina que te ha indicado tu fisioterapeuta. Las rutinas con enfoque en extensión y en flexión son tratamientos opuestos: no las mezcles sin el consejo de un profesional.</translation>
    </message>
    <message>
        <source>Loading routines…</source>
        <translation>Cargando rutinas…</translation>
    </message>
    <message>
        <source>Sciatica Coach is already open</source>
        <translation>Sciatica Coach ya está abierto</translation>
    </message>
    <message>
        <source>Sciatica Coach is already open with this history ({folder}). Only one window can use it at a time: switch to that window (it may be on another desktop or behind other windows).</source>
        <translation>Sciatica Coach ya está abierto con este historial ({folder}). Solo una ventana puede usarlo a la vez: cambia a esa ventana (puede estar en otro escritorio o detrás de otras ventanas).</translation>
    </message>
    <message>
        <source>Demo: nothing is written to anyone&apos;s history</source>
        <translation>Demostración: no se escribe nada en el historial de nadie</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Open a routine file…</source>
        <translation>A&amp;brir un archivo de rutina…</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>Rutina &amp;nueva…</translation>
    </message>
    <message>
        <source>E&amp;dit or copy a routine…</source>
        <translation>E&amp;ditar o copiar una rutina…</translation>
    </message>
    <message>
        <source>&amp;History and progress</source>
        <translation>&amp;Historial y progreso</translation>
    </message>
    <message>
        <source>&amp;Export my log…</source>
        <translation>E&amp;xportar mi registro…</translation>
    </message>
    <message>
        <source>Physio &amp;report (PDF)…</source>
        <translation>&amp;Informe para el fisioterapeuta (PDF)…</translation>
    </message>
    <message>
        <source>Switch &amp;profile…</source>
        <translation>Cambiar de &amp;perfil…</translation>
    </message>
    <message>
        <source>New pro&amp;file…</source>
        <translation>Perfil nue&amp;vo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausar / reanudar</translation>
    </message>
    <message>
        <source>&amp;Skip to the next drill</source>
        <translation>&amp;Saltar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>&amp;Back to the previous drill</source>
        <translation>&amp;Volver al ejercicio anterior</translation>
    </message>
    <message>
        <source>Rep &amp;done (my pace)</source>
        <translation>Repetición &amp;hecha (a mi ritmo)</translation>
    </message>
    <message>
        <source>&amp;Restart the set</source>
        <translation>&amp;Reiniciar la serie</translation>
    </message>
    <message>
        <source>Ten more &amp;seconds</source>
        <translation>Diez se&amp;gundos más</translation>
    </message>
    <message>
        <source>&amp;My pace (self-paced reps)</source>
        <translation>A &amp;mi ritmo (repeticiones a mi ritmo)</translation>
    </message>
    <message>
        <source>Stop: this &amp;hurts</source>
        <translation>Parar: &amp;me duele</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Safety information</source>
        <translation>&amp;Información de seguridad</translation>
    </message>
    <message>
        <source>&amp;When to see your GP or physio</source>
        <translation>&amp;Cuándo ver a tu médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Sciatica Coach</source>
        <translation>Acerca &amp;de Sciatica Coach</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>H or Esc</source>
        <translation>H o Esc</translation>
    </message>
    <message>
        <source>Skip to the next drill</source>
        <translation>Saltar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>the arrow key</comment>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Back to the previous drill</source>
        <translation>Volver al ejercicio anterior</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>the arrow key</comment>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Rep done (in &quot;my pace&quot; mode)</source>
        <translation>Repetición hecha (en el modo «a mi ritmo»)</translation>
    </message>
    <message>
        <source>My pace: confirm each rep yourself</source>
        <translation>A mi ritmo: confirma tú cada repetición</translation>
    </message>
    <message>
        <source>Restart the set</source>
        <translation>Reiniciar la serie</translation>
    </message>
    <message>
        <source>Ten more seconds on a hold or rest</source>
        <translation>Diez segundos más en un mantenimiento o un descanso</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Ctrl + / Ctrl - / Ctrl 0</source>
        <translation>Ctrl + / Ctrl - / Ctrl 0</translation>
    </message>
    <message>
        <source>Larger, smaller, normal text</source>
        <translation>Texto más grande, más pequeño, normal</translation>
    </message>
    <message>
        <source>Ctrl H</source>
        <translation>Ctrl H</translation>
    </message>
    <message>
        <source>History and progress</source>
        <translation>Historial y progreso</translation>
    </message>
    <message>
        <source>Ctrl E</source>
        <translation>Ctrl E</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>nowhere (demo mode)</source>
        <translation>en ningún sitio (modo demostración)</translation>
    </message>
    <message>
        <source>About Sciatica Coach</source>
        <translation>Acerca de Sciatica Coach</translation>
    </message>
    <message>
        <source>An offline coach for a home sciatica exercise routine. It guides exercise; it does not diagnose.</source>
        <translation>Un entrenador sin conexión para una rutina de ejercicios para la ciática en casa. Guía el ejercicio; no diagnostica.</translation>
    </message>
    <message>
        <source>Your log and settings are kept in:</source>
        <translation>Tu registro y tus ajustes se guardan en:</translation>
    </message>
    <message>
        <source>The app never connects to the internet and sends nothing anywhere.</source>
        <translation>La aplicación nunca se conecta a internet y no envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Export my log</source>
        <translation>Exportar mi registro</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo (CSV) (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Physio report (PDF)</source>
        <translation>Informe para el fisioterapeuta (PDF)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Under a minute left</source>
        <translation>Queda menos de un minuto</translation>
    </message>
    <message>
        <source>{n} min left</source>
        <translation>Quedan {n} min</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Previous drill</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>Saltar ▶</translation>
    </message>
    <message>
        <source>Next drill</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Restart set</source>
        <translation>Reiniciar serie</translation>
    </message>
    <message>
        <source>Restart this set</source>
        <translation>Reiniciar esta serie</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Add ten seconds</source>
        <translation>Añadir diez segundos</translation>
    </message>
    <message>
        <source>Ten more seconds</source>
        <translation>Diez segundos más</translation>
    </message>
    <message>
        <source>My pace</source>
        <translation>A mi ritmo</translation>
    </message>
    <message>
        <source>Self-paced reps</source>
        <translation>Repeticiones a mi ritmo</translation>
    </message>
    <message>
        <source>Press Enter after each rep instead of following the tempo</source>
        <translation>Pulsa Intro después de cada repetición en lugar de seguir el ritmo</translation>
    </message>
    <message>
        <source>Rep done ⏎</source>
        <translation>Repetición hecha ⏎</translation>
    </message>
    <message>
        <source>Rep done</source>
        <translation>Repetición hecha</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Contar una repetición</translation>
    </message>
    <message>
        <source>Pause at once and get an easier option (H or Esc)</source>
        <translation>Pausar al instante y ver una opción más fácil (H o Esc)</translation>
    </message>
    <message>
        <source>No sound: the words on screen carry on.</source>
        <translation>Sin sonido: los textos en pantalla siguen.</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Breath {n} of {total}</source>
        <translation>Respiración {n} de {total}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>Do the usual {drill} instead</source>
        <translation>Hacer el {drill} habitual en su lugar</translation>
    </message>
    <message>
        <source>in</source>
        <translation>inspira</translation>
    </message>
    <message>
        <source>out</source>
        <translation>espira</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>retén</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep, so that time was not counted. Press Space to carry on.</source>
        <translation>En pausa: el ordenador estaba en reposo, así que ese tiempo no se ha contado. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <source>Paused because it hurts.</source>
        <translation>En pausa porque duele.</translation>
    </message>
    <message>
        <source>Space or Resume to carry on</source>
        <translation>Espacio o Reanudar para seguir</translation>
    </message>
    <message>
        <source>easier version</source>
        <translation>versión más fácil</translation>
    </message>
    <message>
        <source>skipped the drill</source>
        <translation>saltó el ejercicio</translation>
    </message>
    <message>
        <source>carried on</source>
        <translation>siguió</translation>
    </message>
    <message>
        <source>ended the session</source>
        <translation>terminó la sesión</translation>
    </message>
    <message>
        <source>urgent care</source>
        <translation>atención urgente</translation>
    </message>
    <message>
        <source>Back before</source>
        <translation>Espalda antes</translation>
    </message>
    <message>
        <source>Back after</source>
        <translation>Espalda después</translation>
    </message>
    <message>
        <source>Leg before</source>
        <translation>Pierna antes</translation>
    </message>
    <message>
        <source>Leg after</source>
        <translation>Pierna después</translation>
    </message>
    <message numerus="yes">
        <source>{n} session</source>
        <comment>{n} sessions</comment>
        <translation>
            <numerusform>{n} sesión</numerusform>
            <numerusform>{n} sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain 0–10</source>
        <translation>Dolor 0–10</translation>
    </message>
    <message>
        <source>No pain scores in this period</source>
        <translation>No hay puntuaciones de dolor en este periodo</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>No hay sesiones en este periodo</translation>
    </message>
    <message>
        <source>{date}: no session</source>
        <translation>{date}: sin sesión</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>pierna</translation>
    </message>
    <message>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>sin registro</translation>
    </message>
    <message>
        <source>Week of {date} ({sessions}). Mean pain before → after: {pain}</source>
        <translation>Semana del {date} ({sessions}). Dolor medio antes → después: {pain}</translation>
    </message>
    <message>
        <source>{date}, {time}. Pain before → after: {pain}</source>
        <translation>{date}, {time}. Dolor antes → después: {pain}</translation>
    </message>
    <message>
        <source>; symptoms reached: {reach}</source>
        <translation>; los síntomas llegaban a: {reach}</translation>
    </message>
    <message>
        <source>. Stopped {drill}; the questions were not answered</source>
        <translation>. Se paró {drill}; no se respondieron las preguntas</translation>
    </message>
    <message>
        <source>. Stopped {drill} at pain {pain}; chose: {choice}</source>
        <translation>. Se paró {drill} con dolor {pain}; eligió: {choice}</translation>
    </message>
    <message>
        <source>{date}: no practice.</source>
        <translation>{date}: sin práctica.</translation>
    </message>
    <message>
        <source>{minutes} minutes in {sessions}</source>
        <translation>{minutes} minutos en {sessions}</translation>
    </message>
    <message>
        <source>Week of {date}: {minutes}.</source>
        <translation>Semana del {date}: {minutes}.</translation>
    </message>
    <message>
        <source>Warning sign: {signs}</source>
        <translation>Señal de alarma: {signs}</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Señal de alarma</translation>
    </message>
    <message>
        <source>&quot;This hurts&quot;</source>
        <translation>«Me duele»</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Each profile keeps its own history, routines and settings on this computer. Use one per person.</source>
        <translation>Cada perfil guarda su propio historial, rutinas y ajustes en este ordenador. Usa uno por persona.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. J. Dawson</source>
        <translation>p. ej. J. García</translation>
    </message>
    <message>
        <source>Make the profile</source>
        <translation>Crear el perfil</translation>
    </message>
    <message>
        <source>The profile&apos;s folder could not be made: {why}</source>
        <translation>No se pudo crear la carpeta del perfil: {why}</translation>
    </message>
    <message>
        <source>Who is exercising?</source>
        <translation>¿Quién va a hacer ejercicio?</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Elige un perfil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Perfil nuevo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>{name} (open now)</source>
        <translation>{name} (abierto ahora)</translation>
    </message>
    <message>
        <source>Ready for a step up?</source>
        <translation>¿Listo para subir de nivel?</translation>
    </message>
    <message>
        <source>Try {harder}</source>
        <translation>Probar {harder}</translation>
    </message>
    <message>
        <source>Carry on where you stopped?</source>
        <translation>¿Seguir donde lo dejaste?</translation>
    </message>
    <message>
        <source>Your last session of {routine} stopped unexpectedly. Everything up to then was saved. The routine has changed since (its file was updated), so it would start again from the first drill.</source>
        <translation>Tu última sesión de {routine} se detuvo inesperadamente. Se guardó todo hasta ese momento. La rutina ha cambiado desde entonces (se actualizó su archivo), así que empezaría de nuevo desde el primer ejercicio.</translation>
    </message>
    <message>
        <source>Start it from the beginning</source>
        <translation>Empezarla desde el principio</translation>
    </message>
    <message>
        <source>Your last session of {routine} stopped unexpectedly at drill {n} of {steps}. Everything up to then was saved.</source>
        <translation>Tu última sesión de {routine} se detuvo inesperadamente en el ejercicio {n} de {steps}. Se guardó todo hasta ese momento.</translation>
    </message>
    <message>
        <source>Resume at drill {n}</source>
        <translation>Seguir en el ejercicio {n}</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Preguntarme más tarde</translation>
    </message>
    <message>
        <source>Which side is your sciatica on?</source>
        <translation>¿En qué lado tienes la ciática?</translation>
    </message>
    <message>
        <source>Open Sciatica Coach</source>
        <translation>Abrir Sciatica Coach</translation>
    </message>
    <message>
        <source>Snooze 15 minutes</source>
        <translation>Posponer 15 minutos</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Hecho por hoy</translation>
    </message>
    <message>
        <source>Turn reminders off</source>
        <translation>Desactivar los recordatorios</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>Es hora de {routine}</translation>
    </message>
    <message>
        <source>{frequency}. Open Sciatica Coach when you are ready.</source>
        <translation>{frequency}. Abre Sciatica Coach cuando estés listo.</translation>
    </message>
    <message>
        <source>Reminders wait: sessions are paused until a clinician has seen you.</source>
        <translation>Los recordatorios esperan: las sesiones están en pausa hasta que te vea un profesional.</translation>
    </message>
    <message>
        <source>Reminders: choose a routine in Settings.</source>
        <translation>Recordatorios: elige una rutina en Ajustes.</translation>
    </message>
    <message>
        <source>Next reminder for {routine}: {when}</source>
        <translation>Próximo recordatorio de {routine}: {when}</translation>
    </message>
    <message>
        <source>No reminder is coming.</source>
        <translation>No hay ningún recordatorio pendiente.</translation>
    </message>
    <message>
        <source>Sciatica Coach keeps running</source>
        <translation>Sciatica Coach sigue funcionando</translation>
    </message>
    <message>
        <source>It stays in the system tray to remind you. To quit, choose Quit from its menu; to stop reminders, Turn reminders off.</source>
        <translation>Se queda en la bandeja del sistema para recordártelo. Para salir, elige Salir en su menú; para parar los recordatorios, Desactivar los recordatorios.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>agudo</translation>
    </message>
    <message>
        <source>numb/tingling</source>
        <translation>entumecimiento/hormigueo</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>debilidad</translation>
    </message>
    <message>
        <source>ache</source>
        <translation>dolor sordo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>move</source>
        <translation>movimiento</translation>
    </message>
    <message>
        <source>return</source>
        <translation>vuelta</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>switch side</source>
        <translation>cambio de lado</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspiración</translation>
    </message>
    <message>
        <source>breath held</source>
        <translation>aire retenido</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>espiración</translation>
    </message>
    <message>
        <source>timed</source>
        <translation>con tiempo</translation>
    </message>
    <message>
        <source>Sciatica Coach: exercise history</source>
        <translation>Sciatica Coach: historial de ejercicio</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Routine: {routines}</source>
        <comment>Routines: {routines}</comment>
        <translation>
            <numerusform>Rutina: {routines}</numerusform>
            <numerusform>Rutinas: {routines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated offline by Sciatica Coach on {day}. This summary does not diagnose.</source>
        <translation>Generado sin conexión por Sciatica Coach el {day}. Este resumen no diagnostica.</translation>
    </message>
    <message>
        <source>Each drill, and what it starts on next time</source>
        <translation>Cada ejercicio, y con qué empieza la próxima vez</translation>
    </message>
    <message>
        <source>&quot;Stop: this hurts&quot; reports</source>
        <translation>Avisos de «Parar: me duele»</translation>
    </message>
    <message>
        <source>&quot;Stop: this hurts&quot; reports ({n})</source>
        <translation>Avisos de «Parar: me duele» ({n})</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Ninguno en este periodo.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Set, side, rep</source>
        <translation>Serie, lado, repetición</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Showing the latest {shown} of {n}; the CSV export has them all.</source>
        <translation>Se muestran los {shown} más recientes de {n}; la exportación CSV los tiene todos.</translation>
    </message>
    <message numerus="yes">
        <source>{n} day</source>
        <comment>{n} days</comment>
        <translation>
            <numerusform>{n} día</numerusform>
            <numerusform>{n} días</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last} ({span})</source>
        <translation>Del {first} al {last} ({span})</translation>
    </message>
    <message numerus="yes">
        <source>Practised on {k} of {n} day</source>
        <comment>Practised on {k} of {n} days</comment>
        <translation>
            <numerusform>Practicó {k} de {n} día</numerusform>
            <numerusform>Practicó {k} de {n} días</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} in {days}</source>
        <translation>{sessions} en {days}</translation>
    </message>
    <message>
        <source>{n} sessions a week</source>
        <translation>{n} sesiones a la semana</translation>
    </message>
    <message>
        <source>Sessions done: {completed} completed of {started} started. {done} ({rate}), {minutes} in all.</source>
        <translation>Sesiones: {completed} completadas de {started} empezadas. {done} ({rate}), {minutes} en total.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>{n} minute</source>
        <comment>{n} minutes</comment>
        <translation>
            <numerusform>{n} minuto</numerusform>
            <numerusform>{n} minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>, warning sign: {signs}</source>
        <translation>, señal de alarma: {signs}</translation>
    </message>
    <message>
        <source>, warning sign</source>
        <translation>, señal de alarma</translation>
    </message>
    <message>
        <source>set {n}</source>
        <translation>serie {n}</translation>
    </message>
    <message>
        <source>rep {n}</source>
        <translation>repetición {n}</translation>
    </message>
    <message>
        <source>Opened, but not kept</source>
        <translation>Abierta, pero no guardada</translation>
    </message>
    <message>
        <source>{file} is open now, but a copy could not be kept for next time ({why}). Nothing half-written was kept either: open the file again next time, or free some space and open it again now.</source>
        <translation>{file} está abierta, pero no se pudo guardar una copia para la próxima vez ({why}). Tampoco se ha guardado nada a medias: vuelve a abrir el archivo la próxima vez, o libera espacio y ábrelo otra vez ahora.</translation>
    </message>
    <message>
        <source>Paused. Press Space (or Resume) to carry on when you are ready.</source>
        <translation>En pausa. Pulsa Espacio (o Reanudar) para seguir cuando estés listo.</translation>
    </message>
    <message>
        <source>Leave the session?</source>
        <translation>¿Salir de la sesión?</translation>
    </message>
    <message>
        <source>The session is still running. End it and go back to the routines?</source>
        <translation>La sesión sigue en marcha. ¿Terminarla y volver a las rutinas?</translation>
    </message>
    <message>
        <source>Sessions stay paused until a clinician has seen you.</source>
        <translation>Las sesiones siguen en pausa hasta que te vea un profesional.</translation>
    </message>
    <message>
        <source>Added {routine}: it is first in your routines.</source>
        <translation>Añadida {routine}: es la primera de tus rutinas.</translation>
    </message>
    <message>
        <source>Put {drill} back in my routines</source>
        <translation>Volver a poner {drill} en mis rutinas</translation>
    </message>
    <message>
        <source>the history file can&apos;t be written</source>
        <translation>no se puede escribir el archivo del historial</translation>
    </message>
    <message>
        <source>Not in your history yet: {reason}. It is kept while the app is open: please keep it open, or save a copy when you close it.</source>
        <translation>Aún no está en tu historial: {reason}. Se conserva mientras la aplicación esté abierta: mantenla abierta o guarda una copia al cerrarla.</translation>
    </message>
    <message>
        <source>Not in your history yet: {reason}. It is kept in {where} and will be added to your history when the app can write again, even after you close it.</source>
        <translation>Aún no está en tu historial: {reason}. Se guarda en {where} y se añadirá a tu historial cuando la aplicación pueda volver a escribir, aunque la cierres.</translation>
    </message>
    <message>
        <source>End the session and close?</source>
        <translation>¿Terminar la sesión y cerrar?</translation>
    </message>
    <message>
        <source>The session is still running. The drills you have done are kept.</source>
        <translation>La sesión sigue en marcha. Los ejercicios que has hecho se conservan.</translation>
    </message>
    <message>
        <source>End and close</source>
        <translation>Terminar y cerrar</translation>
    </message>
    <message>
        <source>Your history is not saved yet</source>
        <translation>Tu historial aún no está guardado</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Guardar una copia en otro sitio…</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Don&apos;t close</source>
        <translation>No cerrar</translation>
    </message>
    <message>
        <source>Save a copy of the unsaved history</source>
        <translation>Guardar una copia del historial sin guardar</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Líneas JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}.</source>
        <translation>No se pudo escribir {path}: {why}.</translation>
    </message>
    <message>
        <source>Spoken prompts need the optional voice package and a system voice; tones and captions work without them.</source>
        <translation>Las indicaciones habladas necesitan el paquete opcional de voz y una voz del sistema; los tonos y los subtítulos funcionan sin ellos.</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>Back {b0} → {b1}, leg {l0} → {l1}</source>
        <translation>Espalda {b0} → {b1}, pierna {l0} → {l1}</translation>
    </message>
    <message>
        <source>drills done</source>
        <translation>ejercicios hechos</translation>
    </message>
    <message>
        <source>exercising (pauses not counted)</source>
        <translation>haciendo ejercicio (sin contar pausas)</translation>
    </message>
    <message>
        <source>pain before and after, out of 10</source>
        <translation>dolor antes y después, sobre 10</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Repetir</translation>
    </message>
    <message numerus="yes">
        <source>Well done: the drill is done.</source>
        <comment>Well done: all {n} drills done.</comment>
        <translation>
            <numerusform>Muy bien: ejercicio hecho.</numerusform>
            <numerusform>Muy bien: los {n} ejercicios hechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Routine finished: {done} of {planned} drills done.</source>
        <translation>Rutina terminada: {done} de {planned} ejercicios hechos.</translation>
    </message>
    <message>
        <source>Session ended early: {done} of {planned} drills done.</source>
        <translation>Sesión terminada antes de tiempo: {done} de {planned} ejercicios hechos.</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Time taken: {wall}, of which {active} exercising.</source>
        <translation>Tiempo total: {wall}, de los que {active} haciendo ejercicio.</translation>
    </message>
    <message>
        <source>Run at {speed} times the normal speed: about {time} at the normal pace.</source>
        <translation>A {speed} veces la velocidad normal: unos {time} al ritmo normal.</translation>
    </message>
    <message>
        <source>Done: {drills}.</source>
        <translation>Hechos: {drills}.</translation>
    </message>
    <message>
        <source>{drill} (about {percent}%)</source>
        <translation>{drill} (alrededor del {percent} %)</translation>
    </message>
    <message>
        <source>Partly done: {drills}.</source>
        <translation>Hechos en parte: {drills}.</translation>
    </message>
    <message>
        <source>Skipped: {drills}.</source>
        <translation>Saltados: {drills}.</translation>
    </message>
    <message>
        <source>Stopped because it hurt: {drills}.</source>
        <translation>Parados porque dolían: {drills}.</translation>
    </message>
    <message>
        <source>Left out (no easier version; ask your physio): {drills}.</source>
        <translation>Dejados fuera (sin versión más fácil; pregunta a tu fisioterapeuta): {drills}.</translation>
    </message>
    <message numerus="yes">
        <source>Not reached: {n} drill (the session ended first).</source>
        <comment>Not reached: {n} drills (the session ended first).</comment>
        <translation>
            <numerusform>Sin llegar a hacer: {n} ejercicio (la sesión terminó antes).</numerusform>
            <numerusform>Sin llegar a hacer: {n} ejercicios (la sesión terminó antes).</numerusform>
        </translation>
    </message>
    <message>
        <source>You pressed &apos;Stop: this hurts&apos; {times}; each time is in your log.</source>
        <translation>Pulsaste «Parar: me duele» {times}; cada vez queda en tu registro.</translation>
    </message>
    <message>
        <source>What to watch for, drill by drill:</source>
        <translation>A qué prestar atención, ejercicio por ejercicio:</translation>
    </message>
    <message>
        <source>Next: rest. At your next start the app asks how the morning after felt.</source>
        <translation>Ahora: descansa. La próxima vez que empieces, la aplicación te preguntará cómo te sentiste la mañana siguiente.</translation>
    </message>
    <message>
        <source>If symptoms spread further down the leg, or you feel worse the morning after twice in a row, consider talking to your physio.</source>
        <translation>Si los síntomas se extienden más abajo por la pierna, o estás peor la mañana siguiente dos veces seguidas, plantéate hablar con tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>Exercise figure</source>
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <source>A figure showing {name}</source>
        <translation>Una figura que muestra {name}</translation>
    </message>
    <message>
        <source>{label}: {n} seconds left</source>
        <translation>{label}: quedan {n} segundos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alarma</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>{n} day practised from {first} to {last}</source>
        <comment>{n} days practised from {first} to {last}</comment>
        <translation>
            <numerusform>{n} día con práctica del {first} al {last}</numerusform>
            <numerusform>{n} días con práctica del {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>de {total}</translation>
    </message>
    <message>
        <source>Your pace: press Enter after each rep</source>
        <translation>A tu ritmo: pulsa Intro después de cada repetición</translation>
    </message>
    <message>
        <source>Sound is unavailable on this computer (no audio device found). The on-screen cues carry on.</source>
        <translation>El sonido no está disponible en este ordenador (no se ha encontrado ningún dispositivo de audio). Las indicaciones en pantalla siguen.</translation>
    </message>
    <message>
        <source>Sound is unavailable on this computer (no sound player program found). The on-screen cues carry on.</source>
        <translation>El sonido no está disponible en este ordenador (no se ha encontrado ningún programa reproductor de sonido). Las indicaciones en pantalla siguen.</translation>
    </message>
    <message>
        <source>Sound is unavailable on this computer (the sound player failed). The on-screen cues carry on.</source>
        <translation>El sonido no está disponible en este ordenador (ha fallado el reproductor de sonido). Las indicaciones en pantalla siguen.</translation>
    </message>
    <message>
        <source>Sound is unavailable on this computer (the sound player stopped responding). The on-screen cues carry on.</source>
        <translation>El sonido no está disponible en este ordenador (el reproductor de sonido ha dejado de responder). Las indicaciones en pantalla siguen.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>End the session, or save the routine you are writing, then switch.</source>
        <translation>Termina la sesión, o guarda la rutina que estás escribiendo, y después cambia.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
</TS>

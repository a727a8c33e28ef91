import type { chairScript as en } from '../en/chair-script';

/** El guion de la Presidencia: lo que dice y hace a continuación, como lo dice una Presidencia del Consejo de Administración. */
export const chairScript: Record<keyof typeof en, string> = {
  'chairScript.title': 'El guion de la Presidencia',
  'chairScript.forRecord': 'Para que conste en acta',
  'chairScript.now': 'Ahora',
  'chairScript.then': 'Después',
  'chairScript.press': 'Pulse «{button}».',
  'chairScript.pressOn': 'Pulse «{button}» para {object}.',
  'chairScript.decide':
    'Si no hay objeciones, pulse «{adopt}» para {object}, por consenso; si las hay, consigne la votación en la misma ventana, o pulse «{reject}».',
  'chairScript.floorAct': '{event, select, GIVE_FLOOR {Dar la palabra a {name}.} other {Cuando {name} haya terminado, cerrar su intervención.}}',
  'chairScript.notOffered': 'No se le ofrece ahora.',
  'chairScript.notPublished': 'Nada que decir por ahora: el proyecto de decisión no está publicado.',
  'chairScript.open': 'Pasamos ahora al proyecto de decisión que figura en el párrafo {paragraph} del documento {document}.',
  'chairScript.officeIntroduces': 'Doy la palabra a la Oficina para que presente el documento.',
  'chairScript.resume': 'Volvemos al proyecto de decisión que figura en el párrafo {paragraph} del documento {document}, cuyo examen se había aplazado.',
  'chairScript.giveFloor':
    '{category, select, office {{introduces, select, yes {Doy la palabra a {name}, de la Oficina, para que presente el documento.} other {Doy la palabra a {name}, de la Oficina.}}} employers {Doy la palabra al portavoz del Grupo de los Empleadores, {name}.} workers {Doy la palabra al portavoz del Grupo de los Trabajadores, {name}.} regional_group {Doy la palabra a {name}, que interviene en nombre del {group}.} government {Doy la palabra a {name}, del Gobierno de {country}.} observer {Doy la palabra a {name}, en calidad de observador.} other {Doy la palabra a {name}.}}',
  'chairScript.floorWith':
    '{category, select, office {{introduces, select, yes {Tiene la palabra {name}, de la Oficina, que presenta el documento.} other {Tiene la palabra {name}, de la Oficina.}}} employers {Tiene la palabra el portavoz del Grupo de los Empleadores, {name}.} workers {Tiene la palabra el portavoz del Grupo de los Trabajadores, {name}.} regional_group {Tiene la palabra {name}, que interviene en nombre del {group}.} government {Tiene la palabra {name}, del Gobierno de {country}.} observer {Tiene la palabra {name}, en calidad de observador.} other {Tiene la palabra {name}.}}',
  'chairScript.speakingTime':
    'Tiempo de intervención: {unit, select, minutes {{count, plural, one {# minuto} other {# minutos}}} other {{count, plural, one {# segundo} other {# segundos}}}}.',
  'chairScript.takeUpDraft':
    '{count, plural, =0 {No hay ninguna enmienda pendiente. Pasamos ahora a examinar el proyecto de decisión.} one {Pasamos ahora a examinar el proyecto de decisión y la enmienda presentada.} other {Pasamos ahora a examinar el proyecto de decisión, apartado por apartado, y las # enmiendas presentadas, en el orden de examen.}}',
  'chairScript.takeUp':
    'Pasamos ahora a examinar la {kind, select, sub {subenmienda} other {enmienda}} {number}, {credit}{seconder, select, government { y secundada por el Gobierno ({seconderCountry})} group { y secundada por el {seconderGroup}} other {}}.',
  'chairScript.change':
    '{op, select, replace {Sustituiría «{find}» por «{with}».} delete {Suprimiría «{find}».} insert {Insertaría «{text}» {side, select, after {después de} other {antes de}} «{anchor}».} at_end {Añadiría «{text}» al final del apartado {clause}.} replace_clause {Sustituiría el apartado {clause} por: «{text}».} add_clause {Añadiría un nuevo apartado {after, select, end {al final} other {después del apartado {after}}}: «{text}».} delete_clause {Suprimiría el apartado {clause}.} other {}}',
  'chairScript.late': 'Se presentó fuera de plazo: se examina con la autorización del Consejo de Administración.',
  'chairScript.falls':
    'Si se adopta, {number} decae ({reason, select, same_words {mismas palabras} clause_replaced {su apartado se sustituye} clause_deleted {su apartado se suprime} other {}}).',
  'chairScript.reread':
    'Si se adopta, habrá que releer {number} ({reason, select, occurrence_moves {sus palabras se desplazan} words_beside_change {cambian las palabras contiguas} other {}}).',
  'chairScript.objection': '¿Hay alguna objeción?',
  'chairScript.objectionTo': '¿Hay alguna objeción a la {kind, select, sub {subenmienda} other {enmienda}} {number}?',
  'chairScript.notSeconded': 'La {kind, select, sub {subenmienda} other {enmienda}} {number}, {credit}, no ha sido secundada: caduca.',
  'chairScript.notCirculated':
    'La {kind, select, sub {subenmienda} other {enmienda}} {number} aún no se ha distribuido: la secretaría la distribuye antes de que pueda examinarse.',
  'chairScript.takeDecision': 'Pasamos ahora al proyecto de decisión{amended, select, yes { en su forma enmendada} other {}}.',
  'chairScript.decided':
    'Queda {state, select, adopted {adoptada} other {rechazada}} la {kind, select, sub {subenmienda} other {enmienda}} {number}{method, select, vote {, por {for, plural, one {# voto} other {# votos}} a favor, {against} en contra y {abstentions, plural, =0 {ninguna abstención} one {# abstención} other {# abstenciones}}} other {}}.',
  'chairScript.closed':
    'La {kind, select, sub {subenmienda} other {enmienda}} {number} {state, select, withdrawn {queda retirada} moot {queda sin objeto: la enmienda que modifica ya no está en examen} not_seconded {caduca, al no haber sido secundada} other {caduca}}.',
  'chairScript.stale': 'La {kind, select, sub {subenmienda} other {enmienda}} {number} ya no se aplica: las palabras «{quote}» han cambiado.',
  'chairScript.fell':
    'La {kind, select, sub {subenmienda} other {enmienda}} {number} decae, al haberse adoptado la {byKind, select, sub {subenmienda} other {enmienda}} {by} ({reason, select, same_words {mismas palabras} clause_replaced {se sustituyó su apartado} clause_deleted {se suprimió su apartado} other {}}).',
  'chairScript.decisionOutcome':
    '{state, select, adopted {{method, select, vote {Queda adoptada la decisión, por {for, plural, one {# voto} other {# votos}} a favor, {against} en contra y {abstentions, plural, =0 {ninguna abstención} one {# abstención} other {# abstenciones}}.} other {No hay objeciones. Queda adoptada la decisión.}}} adopted_as_amended {{method, select, vote {Queda adoptada la decisión en su forma enmendada, por {for, plural, one {# voto} other {# votos}} a favor, {against} en contra y {abstentions, plural, =0 {ninguna abstención} one {# abstención} other {# abstenciones}}.} other {No hay objeciones. Queda adoptada la decisión en su forma enmendada.}}} not_adopted {{method, select, vote {No se adopta el proyecto de decisión: {for, plural, one {# voto} other {# votos}} a favor, {against} en contra y {abstentions, plural, =0 {ninguna abstención} one {# abstención} other {# abstenciones}}.} other {No se adopta el proyecto de decisión.}}} withdrawn {La Oficina ha retirado el proyecto de decisión.} superseded {Un documento revisado sustituye a este proyecto de decisión: lo pendiente pasa a su revisión.} other {}}',
  'chairScript.closing': 'Con esto concluye nuestro examen de este punto.',
};

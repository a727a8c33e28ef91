import type { room as en } from '../en/room';

export const room: Record<keyof typeof en, string> = {
  'room.floor': 'El uso de la palabra',
  'room.nobodySpeaking': 'Nadie tiene la palabra.',
  'room.next': 'A continuación',
  'room.speaker': '{name} ({for})',
  'room.timeLeft': 'Tiempo restante: {time}',
  'room.timeUp': 'El tiempo de uso de la palabra ha terminado.',
  'room.more': '{count, plural, one {y # orador más en la lista} other {y # oradores más en la lista}}',
  'room.underConsideration': 'En examen',
  'room.noneUnderConsideration': 'No hay ninguna enmienda en examen.',
  'room.amendment': '{sub, select, yes {Subenmienda} other {Enmienda}} {number}',
  'room.onClause': 'Apartado {label}',
  'room.lastOutcome': 'Última decisión',
  'room.noOutcome': 'Aún no se ha decidido nada.',
  'room.outcome.amendment':
    '{sub, select, yes {Subenmienda} other {Enmienda}} {number} {result, select, adopted {adoptada} adopted_as_subamended {adoptada en su forma subenmendada} other {rechazada}} {method}.',
  'room.outcome.decision':
    '{result, select, adopted {Decisión adoptada} adopted_as_amended {Decisión adoptada en su forma enmendada} other {Proyecto de decisión no adoptado}} {method}.',
  'room.outcome.fell': '{number} decae.',
  'room.takenUp': '{sub, select, yes {Subenmienda} other {Enmienda}} {number} en examen.',
  'room.floorGiven': 'Se concede la palabra a {speaker}.',
  'room.asItStands': 'La decisión en su estado actual',
  'room.needsLink': 'Esta pantalla muestra a la sala un punto del Consejo de Administración. Se abre con el enlace de pantalla que expide la secretaría.',
  'room.linkRefused': 'Este enlace de pantalla ya no funciona: la secretaría puede expedir uno nuevo.',
  'room.missing': 'El enlace de pantalla no designa ninguna decisión: la secretaría puede expedir uno nuevo.',
  'room.issue': 'Enlace de pantalla pública, párrafo {paragraph}',
  'room.linkTitle': 'El enlace de pantalla pública del párrafo {paragraph}',
  'room.linkWarning':
    'Cópielo ahora: solo se muestra esta vez. Abre la pantalla, solo en lectura; para detenerlo, desactive su cuenta «Public screen» en la página de miembros.',
  'room.copyLink': 'Copiar el enlace',
};

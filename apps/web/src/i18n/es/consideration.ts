import type { consideration as en } from '../en/consideration';

export const consideration: Record<keyof typeof en, string> = {
  'consideration.source':
    '{chair, select, yes {En el orden fijado por la presidencia.} other {En el orden propuesto según las reglas: apartado por apartado, las enmiendas concurrentes juntas, la más alejada del texto primero.}}',
  'consideration.falls':
    'Si se adopta, {number} decae ({reason, select, same_words {mismas palabras} clause_replaced {su apartado se sustituye} clause_deleted {su apartado se suprime} other {}})',
  'consideration.reread':
    'Si se adopta, {number} debe releerse ({reason, select, occurrence_moves {sus palabras se desplazan} words_beside_change {cambian las palabras contiguas} other {}})',
  'consideration.fell':
    'Decayó: se adoptó {number} ({reason, select, same_words {mismas palabras} clause_replaced {se sustituyó su apartado} clause_deleted {se suprimió su apartado} other {}})',
  'consideration.group': 'En concurrencia sobre las mismas palabras: {numbers}',
  'consideration.entails': 'Lo que supone adoptar {number}',
  'consideration.up': 'Subir',
  'consideration.down': 'Bajar',
  'consideration.upNamed': 'Subir: {number}',
  'consideration.downNamed': 'Bajar: {number}',
  'consideration.moved': '{number} es ahora la {place}.ª de {count}.',
  'consideration.unsaved': 'Este orden aún no está fijado.',
  'consideration.record': 'Fijar este orden',
  'consideration.reset': 'Volver al orden leído',
  'consideration.recorded': 'Orden fijado.',
};

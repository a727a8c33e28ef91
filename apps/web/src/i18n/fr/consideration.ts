import type { consideration as en } from '../en/consideration';

export const consideration: Record<keyof typeof en, string> = {
  'consideration.source':
    '{chair, select, yes {Dans l’ordre arrêté par la présidence.} other {Dans l’ordre proposé selon les règles : alinéa par alinéa, les amendements concurrents ensemble, le plus éloigné du texte d’abord.}}',
  'consideration.falls':
    'S’il est adopté, {number} tombe ({reason, select, same_words {mêmes mots} clause_replaced {son alinéa est remplacé} clause_deleted {son alinéa est supprimé} other {}})',
  'consideration.reread':
    'S’il est adopté, {number} doit être relu ({reason, select, occurrence_moves {ses mots se déplacent} words_beside_change {les mots voisins changent} other {}})',
  'consideration.fell':
    'Tombé : {number} a été adopté ({reason, select, same_words {mêmes mots} clause_replaced {son alinéa a été remplacé} clause_deleted {son alinéa a été supprimé} other {}})',
  'consideration.group': 'En concurrence sur les mêmes mots : {numbers}',
  'consideration.entails': 'Ce qu’entraîne l’adoption de {number}',
  'consideration.up': 'Monter',
  'consideration.down': 'Descendre',
  'consideration.upNamed': 'Monter : {number}',
  'consideration.downNamed': 'Descendre : {number}',
  'consideration.moved': '{number} est maintenant {place, selectordinal, one {#er} other {#e}} sur {count}.',
  'consideration.unsaved': 'Cet ordre n’est pas encore arrêté.',
  'consideration.record': 'Arrêter cet ordre',
  'consideration.reset': 'Revenir à l’ordre lu',
  'consideration.recorded': 'Ordre arrêté.',
};

import type { room as en } from '../en/room';

export const room: Record<keyof typeof en, string> = {
  'room.floor': 'La parole',
  'room.nobodySpeaking': 'Personne n’a la parole.',
  'room.next': 'Ensuite',
  'room.speaker': '{name} ({for})',
  'room.timeLeft': 'Temps restant : {time}',
  'room.timeUp': 'Le temps de parole est écoulé.',
  'room.more': '{count, plural, one {et # autre orateur inscrit} other {et # autres orateurs inscrits}}',
  'room.underConsideration': 'En examen',
  'room.noneUnderConsideration': 'Aucun amendement n’est en examen.',
  'room.amendment': '{sub, select, yes {Sous-amendement} other {Amendement}} {number}',
  'room.onClause': 'Alinéa {label}',
  'room.lastOutcome': 'Dernière décision',
  'room.noOutcome': 'Rien n’est encore décidé.',
  'room.outcome.amendment':
    '{sub, select, yes {Sous-amendement} other {Amendement}} {number} {result, select, adopted {adopté} adopted_as_subamended {adopté tel que sous-amendé} other {rejeté}} {method}.',
  'room.outcome.decision':
    '{result, select, adopted {Décision adoptée} adopted_as_amended {Décision adoptée telle qu’amendée} other {Projet de décision non adopté}} {method}.',
  'room.outcome.fell': '{number} tombe.',
  'room.takenUp': '{sub, select, yes {Sous-amendement} other {Amendement}} {number} mis en examen.',
  'room.floorGiven': 'La parole est donnée à {speaker}.',
  'room.asItStands': 'La décision en l’état',
  'room.needsLink': 'Cet écran montre à la salle une question du Conseil d’administration. Il s’ouvre avec le lien d’écran que délivre le secrétariat.',
  'room.linkRefused': 'Ce lien d’écran ne fonctionne plus : le secrétariat peut en délivrer un nouveau.',
  'room.missing': 'Le lien d’écran ne désigne aucune décision : le secrétariat peut en délivrer un nouveau.',
  'room.issue': 'Lien d’écran public, paragraphe {paragraph}',
  'room.linkTitle': 'Le lien d’écran public du paragraphe {paragraph}',
  'room.linkWarning':
    'Copiez-le maintenant : il n’est montré que cette fois. Il ouvre l’écran, en lecture seule ; pour l’arrêter, désactivez son compte « Public screen » sur la page des membres.',
  'room.copyLink': 'Copier le lien',
};

import type { statements as en } from '../en/statements';

export const statements: Record<keyof typeof en, string> = {
  'statement.give': 'Donner des orientations',
  'statement.body': 'Déclaration du {group}',
  'statement.stance': 'Position',
  'statement.noStance': 'Sans position',
  'statement.submit': 'Faire la déclaration',
  'statement.byGroup': 'Déclarations du {group}',
  'stance.support': 'appuie',
  'stance.oppose': 's’oppose',
  'stance.reservation': 'réserve',
  'stance.neutral': 'neutre',
};

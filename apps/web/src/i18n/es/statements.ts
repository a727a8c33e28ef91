import type { statements as en } from '../en/statements';

export const statements: Record<keyof typeof en, string> = {
  'statement.give': 'Dar orientaciones',
  'statement.body': 'Declaración del {group}',
  'statement.stance': 'Posición',
  'statement.noStance': 'Sin posición',
  'statement.submit': 'Hacer la declaración',
  'statement.byGroup': 'Declaraciones del {group}',
  'stance.support': 'apoya',
  'stance.oppose': 'se opone',
  'stance.reservation': 'reserva',
  'stance.neutral': 'neutral',
};

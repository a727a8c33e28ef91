/** Statements and stances. */
export const statements = {
  'statement.give': 'Give guidance',
  'statement.body': 'Statement of the {group}',
  'statement.stance': 'Stance',
  'statement.noStance': 'No stance',
  'statement.submit': 'Make the statement',
  'statement.byGroup': 'Statements of the {group}',
  'stance.support': 'supports',
  'stance.oppose': 'opposes',
  'stance.reservation': 'reservation',
  'stance.neutral': 'neutral',
};

/** The order of consideration on the Chair's desk (issue #23): what each adoption entails, the Chair's order, what fell. */
export const consideration = {
  'consideration.source':
    '{chair, select, yes {In the order the Chair recorded.} other {In the order proposed from the rules: clause by clause, competing amendments together, the furthest from the text first.}}',
  'consideration.falls':
    'If adopted, {number} falls ({reason, select, same_words {same words} clause_replaced {its clause is replaced} clause_deleted {its clause is deleted} other {}})',
  'consideration.reread':
    'If adopted, {number} must be re-read ({reason, select, occurrence_moves {its words move} words_beside_change {the words beside it change} other {}})',
  'consideration.fell':
    'Fell: {number} was adopted ({reason, select, same_words {same words} clause_replaced {its clause was replaced} clause_deleted {its clause was deleted} other {}})',
  'consideration.group': 'Competing for the same words: {numbers}',
  'consideration.entails': 'What adopting {number} entails',
  'consideration.up': 'Move up',
  'consideration.down': 'Move down',
  'consideration.upNamed': 'Move up: {number}',
  'consideration.downNamed': 'Move down: {number}',
  'consideration.moved': '{number} is now {place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} of {count}.',
  'consideration.unsaved': 'This order is not recorded yet.',
  'consideration.record': 'Record this order',
  'consideration.reset': 'Back to the order as read',
  'consideration.recorded': 'Order recorded.',
};

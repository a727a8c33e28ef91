import { defineErrors } from '@gbdw/common';

/** Refusals of the list of speakers besides its entries' workflow (docs/speakers.md). */
export const SPEAKER_ERRORS = defineErrors('SPEAKER', {
  NOT_YOUR_GROUP: ['forbidden', 'A member asks for the floor for their own group or their own government only; the secretariat adds anyone.'],
  NOT_YOURS_TO_ASK: ['forbidden', 'The Chair gives the floor and does not ask for it; an observer asks as an observer.'],
  UNKNOWN_GROUP: ['unprocessable', 'No group with the code given.'],
  GROUP_MISMATCH: [
    'unprocessable',
    'The group does not match the category: the Employers’ and Workers’ groups speak as such, a regional group as a group, a government through a government group; the Office and observers name no group.',
  ],
  COUNTRY_MISMATCH: ['unprocessable', 'A government’s entry names its country (ISO 3166 alpha-3); no other entry does.'],
  ALREADY_WAITING: ['conflict', 'The same group or government is already waiting on the list: withdraw that entry or let it speak first.'],
  LIST_FULL: ['conflict', 'The list of speakers holds as many entries as one item may.'],
  STATEMENT_NOT_LINKABLE: ['unprocessable', 'The statement was not given by the group the entry speaks for (or does not exist).'],
  ITEM_CLOSED: ['conflict', 'The decision is closed: the item’s list of speakers takes no more changes.'],
  LIST_VERSION_CONFLICT: ['conflict', 'The version of the list sent is stale: another change to the list came first. Reload it and move again.'],
  NOT_WAITING: ['unprocessable', 'The order must name every waiting entry of the list, each once, and nothing else.'],
});

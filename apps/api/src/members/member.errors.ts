import { defineErrors } from '@gbdw/common';

export const MEMBER_ERRORS = defineErrors('MEMBER', {
  NOT_FOUND: ['not_found', 'No principal with this id.'],
  GROUP_REQUIRED: ['invalid', 'A member belongs to exactly one group: give groupCode.'],
  GROUP_NOT_ALLOWED: ['invalid', 'Only members belong to a group.'],
  UNKNOWN_GROUP: ['unprocessable', 'No group with the code given.'],
  STANDING_NOT_ALLOWED: ['invalid', 'Only members are titular, deputy or advisers.'],
  COUNTRY_NOT_ALLOWED: ['invalid', 'Only a member of the Government group or a regional group has a country.'],
  EMAIL_TAKEN: ['conflict', 'Another principal has this e-mail address.'],
  IMPORT_REFUSED: [
    'unprocessable',
    'The list of participants was refused and nothing imported; details.problems names each bad line and field (the first ones, when there are many), details.total counts them all.',
  ],
  NO_EMAIL: ['unprocessable', 'The principal has no e-mail address to send an invitation to.'],
  CANNOT_DISABLE_SELF: ['conflict', 'A secretariat principal cannot disable itself.'],
});

import { defineErrors } from '@gbdw/common';

export const MEMBER_ERRORS = defineErrors('MEMBER', {
  NOT_FOUND: ['not_found', 'No principal with this id.'],
  GROUP_REQUIRED: ['invalid', 'A member belongs to exactly one group: give groupCode.'],
  GROUP_NOT_ALLOWED: ['invalid', 'Only members belong to a group.'],
  UNKNOWN_GROUP: ['unprocessable', 'No group with the code given.'],
  STANDING_NOT_ALLOWED: ['invalid', 'Only members are titular, deputy or advisers.'],
  COUNTRY_NOT_ALLOWED: ['invalid', 'Only a member of the Government group or a regional group has a country.'],
  CANNOT_DISABLE_SELF: ['conflict', 'A secretariat principal cannot disable itself.'],
});

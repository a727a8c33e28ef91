import { defineErrors } from '@gbdw/common';

export const INVITATION_ERRORS = defineErrors('INVITATION', {
  TOO_MANY: ['rate_limited', 'This person was invited five times in the last hour: wait before inviting them again.'],
});

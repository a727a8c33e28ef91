import { defineErrors } from '@gbdw/common';

export const GB_DOCUMENT_ERRORS = defineErrors('DOCUMENT', {
  UNPARSEABLE: ['unprocessable', 'The text is not a complete GB document; each problem is listed with its line.'],
});

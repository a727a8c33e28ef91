import { defineErrors } from '@gbdw/common';

export const DOCUMENT_ERRORS = defineErrors('DOCUMENT', {
  NOT_FOUND: ['not_found', 'No document with this id or symbol.'],
  ALREADY_IMPORTED: ['conflict', 'A document with this symbol is already imported.'],
  OLDER_REVISION: ['conflict', 'A newer revision of this document is already imported.'],
});

export const SESSION_ERRORS = defineErrors('SESSION', {
  NOT_FOUND: ['not_found', 'No session with this number.'],
});

/** Refusals of a document's version in another language (its structure is checked by libs/gb-document, 422 line by line). */
export const DOCUMENT_VERSION_ERRORS = defineErrors('DOCUMENT_VERSION', {
  ORIGINAL_LANGUAGE: ['unprocessable', 'The document is written in the language named: a version is in another language.'],
});

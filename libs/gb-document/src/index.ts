export { DOCUMENT_LIMITS } from './document-checks.js';
export * from './gb-document.errors.js';
export * from './inline.js';
export * from './language-version.js';
export * from './parse-gb-document.js';
export * from './references.js';
export * from './types.js';
export { DOCUMENT_LANGUAGES, type DocumentLanguage } from './vocabulary.js';

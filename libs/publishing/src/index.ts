// Server-only: the final decision rendered as text, Akoma Ntoso, HTML and DOCX with tracked changes.

export * from './countries.js';
export * from './country-names.js';
export * from './credit.js';
export * from './group-names.js';
export * from './render-akn.js';
export * from './render-docx.js';
export * from './render-formats.js';
export * from './render-text.js';
export * from './subamended-words.js';
export * from './track-changes.js';
export * from './words.js';

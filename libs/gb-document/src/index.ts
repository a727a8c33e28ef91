export * from './types.js';
export * from './references.js';
export * from './parse-gb-document.js';
export * from './inline.js';
export * from './gb-document.errors.js';

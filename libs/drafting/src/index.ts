export * from './operations.js';
export * from './clauses.js';
export * from './render-text.js';
export * from './render-formats.js';
export * from './track-changes.js';
export * from './render-docx.js';

export * from './operations.js';
export * from './clauses.js';
export * from './render-text.js';

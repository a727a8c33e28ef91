// The text engine the browser shares with the server: operations, seams, instructions and clause rules.

export * from './clause-text.js';
export * from './clauses.js';
export * from './consequences.js';
export * from './consideration-order.js';
export * from './drafting.errors.js';
export * from './instructions.js';
export * from './languages.js';
export * from './operations.js';
export * from './quotes.js';
export * from './seams.js';

export * from './actor.js';
export * from './engine.js';
export * from './decision.machine.js';
export * from './amendment.machine.js';
export * from './plan-point.machine.js';
export * from './adjustment.machine.js';

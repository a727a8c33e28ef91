import type { FastifyInstance } from 'fastify';
import { REQUEST_ERRORS } from '../common/request.errors.js';

/** Deeper JSON than any body of this API: refused before it is parsed, so no validator recurses into it. */
const MAX_JSON_DEPTH = 32;
/** More names in one object than any body of this API has (class-transformer's work grows with their square). */
const MAX_JSON_KEYS = 64;
/** More values in one body than any body of this API has (class-transformer walks every one before the validation refuses). */
const MAX_JSON_VALUES = 10_000;

/** JSON bodies through Fastify's own parser, after a one-pass check of their shape; every string in NFC. */
export function parseJsonBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const shape = jsonShape(body as string);
    if (shape.depth > MAX_JSON_DEPTH) {
      done(REQUEST_ERRORS.TOO_DEEP.error(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels; no body of this API does`), undefined);
      return;
    }
    if (shape.keys > MAX_JSON_KEYS) {
      done(REQUEST_ERRORS.TOO_MANY_FIELDS.error(`An object in the JSON body has more than ${MAX_JSON_KEYS} fields; no body of this API has`), undefined);
      return;
    }
    if (shape.values > MAX_JSON_VALUES) {
      done(REQUEST_ERRORS.TOO_MANY_VALUES.error(`The JSON body holds more than ${MAX_JSON_VALUES} values; no body of this API does`), undefined);
      return;
    }
    parseJson(req, body as string, (err, value) => {
      const inherited = err ? [] : inheritedNames(value);
      if (!inherited.length) return done(err, err ? value : toNfc(value));
      const fields = Object.fromEntries(inherited.map((f) => [f, [`property ${f.split('.').pop()} should not exist`]]));
      done(REQUEST_ERRORS.VALIDATION_FAILED.error(`Invalid field(s): ${inherited.join(', ')}`, { fields }), undefined);
    });
  });
}

/**
 * How deep arrays and objects nest in a JSON text, the most names one object has and how many
 * values it holds (strings skipped: a comma separates two values); stops counting past any limit.
 * One pass over the text, before it is parsed.
 */
function jsonShape(text: string): { depth: number; keys: number; values: number } {
  // Per open bracket: the names counted so far in that object, or -1 for an array.
  const open: number[] = [];
  let depth = 0;
  let keys = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length && depth <= MAX_JSON_DEPTH && keys <= MAX_JSON_KEYS && values <= MAX_JSON_VALUES; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      open.push(c === 123 ? 0 : -1);
      depth = Math.max(depth, open.length);
    } else if (c === 93 || c === 125) open.pop();
    else if (c === 58 && open.length && open[open.length - 1] >= 0)
      keys = Math.max(keys, ++open[open.length - 1]); // a colon ends a name
    else if (c === 44) values++;
  }
  return { depth, keys, values };
}

/** Every string of a body in NFC: texts are stored, quoted and compared in one normalization, so "é" typed either way is the same word. */
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)]));
  return value;
}

/**
 * Names that objects inherit (constructor, toString, …): class-transformer skips them, so the
 * whitelist never sees them and they would pass as stray fields. No body of this API uses one.
 */
function inheritedNames(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const field = path ? `${path}.${k}` : k;
    return [...(!Array.isArray(value) && k in Object.prototype ? [field] : []), ...inheritedNames(v, field)];
  });
}

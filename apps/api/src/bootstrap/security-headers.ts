import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers of every answer: no page of ours runs a script it did not load from us, and none may be framed
 * (a frame on another port of the same host could dress our buttons as its own: SameSite does not stop it).
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Our stylesheets, and the one <style> react-aria's usePress adds (touch-action), allowed by its hash: a browser
  // test fails on any other (a CSP violation is a console error), so an upgrade that changes it is seen.
  styleSrc: ["'self'", "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Served over plain HTTP on a laptop as well as behind TLS: the upgrade is the proxy's to ask.
  upgradeInsecureRequests: null,
};
const SECURITY_HEADERS: HelmetOptions = {
  contentSecurityPolicy: { directives: CSP },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * The headers helmet gives every answer, computed once by helmet itself: none depends on the request. Run per
 * request (as @fastify/helmet does) its middlewares cost ~50 µs an answer, halving the cached text route's rate.
 */
function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let called = false;
  helmet(options)({} as never, res as never, () => (called = true));
  if (!called) throw new Error('helmet did not answer synchronously: its headers could not be computed once');
  return [...headers];
}
export const SECURITY_HEADER_LIST = helmetHeaders(SECURITY_HEADERS);
/** Swagger UI's page carries its styles inline; its scripts are still files of ours. */
export const DOCS_CSP = Object.entries({ ...CSP, styleSrc: ["'self'", "'unsafe-inline'"] })
  .filter(([, v]) => v !== null)
  .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${(v as string[]).join(' ')}`)
  .join(';');

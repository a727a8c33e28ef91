/**
 * Where the sign-in page sends a reader afterwards: a path of this app as the browser would read it
 * (so `/\\evil`, `/<tab>/evil` or `//evil` are not), never the sign-in page itself; else home.
 */
export function returnPath(next: string | null, origin = window.location.origin): string {
  if (!next?.startsWith('/')) return '/';
  const url = URL.parse(next, origin);
  if (!url || url.origin !== origin || url.pathname.toLowerCase().startsWith('/sign-in')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering the page asked for while signed out. */
export function signInPath(at: { pathname: string; search: string; hash: string }): string {
  const next = `${at.pathname}${at.search}${at.hash}`;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

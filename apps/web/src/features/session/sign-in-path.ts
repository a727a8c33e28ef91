/** Where the sign-in page sends a reader afterwards: only a path of this app (never `//elsewhere`), else home. */
export function returnPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

/** The sign-in page, remembering the page asked for while signed out. */
export function signInPath(at: { pathname: string; search: string; hash: string }): string {
  const next = `${at.pathname}${at.search}${at.hash}`;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

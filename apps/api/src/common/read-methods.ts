/** Methods that change nothing: not rate-limited, and they leave the caches alone. */
export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

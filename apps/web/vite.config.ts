import path from 'node:path';
import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
// Every API path: `npm run dev` proxies them to `npm start`'s server; pages are Vite's.
const API_PREFIXES = [
  '/auth',
  '/me',
  '/groups',
  '/members',
  '/sessions',
  '/documents',
  '/decisions',
  '/amendments',
  '/adjustments',
  '/plan',
  '/statements',
  '/audit',
  '/events',
  '/health',
  '/docs',
];

export default defineConfig({
  root,
  plugins: [react()],
  // The browser shares the text engine only (dependency-cruiser keeps it so).
  resolve: {
    alias: { '@gbdw/drafting': path.resolve(root, '../../libs/drafting/src/index.ts'), '@gbdw/common': path.resolve(root, '../../libs/common/src/index.ts') },
  },
  // npm start serves dist/web; the tests build into their own folder (GBDW_BUILD_DIR), so a running npm start is never touched.
  build: { outDir: path.resolve(root, '../..', process.env.GBDW_BUILD_DIR ?? 'dist', 'web'), emptyOutDir: true, sourcemap: false },
  // Vite's and Vitest's caches stay out of the sources (build-if-stale.mjs would take them for changes).
  cacheDir: path.resolve(root, '../../node_modules/.vite-web'),
  // libs/drafting is shared with the server: the preview applies amendments with the same code.
  server: { fs: { allow: [path.resolve(root, '../..')] }, proxy: Object.fromEntries(API_PREFIXES.map((p) => [p, { target: api, changeOrigin: false }])) },
  test: { environment: 'happy-dom', include: ['src/**/*.test.tsx', 'src/**/*.test.ts'], root },
});

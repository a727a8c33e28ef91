import path from 'node:path';
import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
// Every API path: `npm run dev` proxies them to `npm start`'s server; pages are Vite's.
const API_PREFIXES = ['/auth', '/me', '/groups', '/members', '/sessions', '/documents', '/decisions', '/amendments', '/adjustments', '/plan', '/statements', '/audit', '/events', '/health', '/docs'];

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: path.resolve(root, '../../dist/web'), emptyOutDir: true, sourcemap: true },
  // libs/drafting is shared with the server: the preview applies amendments with the same code.
  server: { fs: { allow: [path.resolve(root, '../..')] }, proxy: Object.fromEntries(API_PREFIXES.map((p) => [p, { target: api, changeOrigin: false }])) },
  test: { environment: 'happy-dom', include: ['src/**/*.test.tsx', 'src/**/*.test.ts'], root },
});

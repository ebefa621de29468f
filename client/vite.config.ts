import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Libraries change less often than our code: separate chunks stay cached across deploys.
const VENDOR_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
  // Not @mantine/charts: it brings recharts, wanted only by the lazily loaded assessment result.
  { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](core|hooks)|@floating-ui)[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
];

// The gateway serves dist/ at / with an SPA fallback, so every URL stays root-relative.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // @zjtx/domain is built as CommonJS for Node; bundle its TypeScript source (tsconfig.json has the same path).
    alias: { '@zjtx/domain': fileURLToPath(new URL('../packages/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    // `npm run dev` talks to the gateway started by `npm start` at the repo root.
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
});

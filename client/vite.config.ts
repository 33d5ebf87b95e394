import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

/**
 * react-router's production build. Its package exports only its development build (warnings on), which Vite would
 * otherwise put in production bundles too; the two differ only in that switch.
 */
const reactRouterProduction = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', 'production', 'index.mjs');

/**
 * The client is built to client/dist, which the Express server serves next to
 * the API. In development Vite serves the client and forwards /api to the
 * server on port 3000.
 */
export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    // Each script and stylesheet also as .br (brotli at quality 11) and .gz, which the server sends as they are
    // (server/src/app.ts): compressing them per request cost the server more than the rest of opening an article.
    // Not index.html: the server writes each page from it.
    compression({
      include: /\.(js|css|svg|json)$/,
      algorithms: [defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm('gzip', { level: 9 })],
      logLevel: 'silent',
    }),
  ],
  resolve: {
    // Radix's scroll lock adds inline <style> elements, which the CSP blocks; this adds the same rules as a constructed stylesheet.
    alias: [
      { find: 'react-style-singleton', replacement: fileURLToPath(new URL('./src/lib/csp-style-singleton.ts', import.meta.url)) },
      // zod with its jitless setting (see the module): every `zod` import gets it, and zod loads only with the first schema used.
      { find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-config.ts', import.meta.url)) },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each entry pulls in, for the bundle-size benchmark (bench/client.ts).
    manifest: true,
    // The server's CSP allows fonts and styles from 'self' only, so nothing may be inlined as a data: URL.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // zod with its jitless setting in one chunk, which every chunk defining a schema imports: the setting runs
              // before any schema is defined (zod probes `new Function`, a CSP violation, when a schema is defined without it).
              name: 'zod',
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]client[\\/]src[\\/]lib[\\/]zod-config\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
}));

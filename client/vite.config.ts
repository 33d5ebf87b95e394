import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The client is built to client/dist, which the Express server serves next to
 * the API. In development Vite serves the client and forwards /api to the
 * server on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // zod (the shared schemas) is most of the bundle; one chunk is fine for an internal tool.
    chunkSizeWarningLimit: 800,
    // The server's CSP allows fonts and styles from 'self' only, so nothing may be inlined as a data: URL.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});

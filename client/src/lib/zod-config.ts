import { config } from 'zod/v4/core';

/**
 * The client's `zod`: the bundler resolves every `import … from 'zod'` (the
 * shared schemas' too) to this module (client/vite.config.ts), so the
 * setting below runs before any schema is defined, in whichever chunk first
 * loads zod (the first form or parsed event, not the first page).
 *
 * zod compiles a fast parser with `new Function` when it can, and finds out
 * whether it can by trying once. Under the server's CSP (no 'unsafe-eval')
 * that probe is blocked and reported as a policy violation on every page that
 * defines a schema. Jitless parsing is plenty fast for forms and never calls
 * `new Function`.
 */
config({ jitless: true });

export * from 'zod/v4';

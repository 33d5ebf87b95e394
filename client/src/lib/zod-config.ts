import { config } from 'zod';

/**
 * zod compiles a fast parser with `new Function` when it can, and finds out
 * whether it can by trying once. Under the server's CSP (no 'unsafe-eval')
 * that probe is blocked and reported as a policy violation on every page that
 * defines a schema. Jitless parsing is plenty fast for forms and never calls
 * `new Function`. Imported first by main.tsx, before any schema is defined.
 */
config({ jitless: true });

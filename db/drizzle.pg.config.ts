import { defineConfig } from 'drizzle-kit';

/** drizzle-kit for the PostgreSQL schema (the SQLite one is drizzle.config.ts). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema-pg/index.ts',
  out: './migrations-pg',
});

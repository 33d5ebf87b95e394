import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** People who use Sanad; `password_hash` is scrypt and never leaves the server. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  role: text('role', { enum: ['reviewer', 'editor', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** The user's interface language; null follows the organisation's `default_language`. */
  language: text('language', { enum: ['ar', 'en'] }),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/** Server-side sessions; `id` is the SHA-256 of the cookie's token, so a copy of the table opens no session. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

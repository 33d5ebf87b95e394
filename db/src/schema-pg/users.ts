import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { isoTimestamp, serialId } from './columns.ts';

/** People who use Sanad (PostgreSQL twin of db/src/schema/users.ts). */
export const users = pgTable(
  'users',
  {
    id: serialId('id'),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ['reviewer', 'editor', 'admin'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    language: text('language', { enum: ['ar', 'en'] }),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  // A unique index, not a UNIQUE constraint: the same object SQLite's `.unique()` creates.
  (table) => [uniqueIndex('users_email_unique').on(table.email)],
);

/** Server-side sessions. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: isoTimestamp('created_at').notNull(),
    lastSeenAt: isoTimestamp('last_seen_at').notNull(),
    expiresAt: isoTimestamp('expires_at').notNull(),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

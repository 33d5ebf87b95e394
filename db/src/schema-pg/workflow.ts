import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { articles } from './articles.ts';
import { claims } from './claims.ts';
import { isoTimestamp, serialId } from './columns.ts';
import { users } from './users.ts';

/** Reviewers assigned to an article (PostgreSQL twin of db/src/schema/workflow.ts). */
export const articleAssignees = pgTable(
  'article_assignees',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedAt: isoTimestamp('assigned_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] }), index('article_assignees_user_idx').on(table.userId)],
);

/** A claim's discussion thread. */
export const comments = pgTable(
  'comments',
  {
    id: serialId('id'),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    resolved: boolean('resolved').notNull().default(false),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('comments_claim_idx').on(table.claimId)],
);

/**
 * Append-only record of every change: a trigger refuses UPDATE, DELETE and
 * TRUNCATE (custom migration `audit_append_only` in db/migrations-pg).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serialId('id'),
    at: isoTimestamp('at').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    articleId: integer('article_id'),
    claimId: integer('claim_id'),
    before: text('before'),
    after: text('after'),
  },
  (table) => [index('audit_log_claim_idx').on(table.claimId), index('audit_log_article_idx').on(table.articleId)],
);

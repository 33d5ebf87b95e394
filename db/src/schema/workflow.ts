import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.ts';
import { claims } from './claims.ts';
import { users } from './users.ts';

/** Reviewers assigned to an article. */
export const articleAssignees = sqliteTable(
  'article_assignees',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedAt: text('assigned_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] }), index('article_assignees_user_idx').on(table.userId)],
);

/** A claim's discussion thread. */
export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    resolved: integer('resolved', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('comments_claim_idx').on(table.claimId)],
);

/**
 * Append-only record of every change (triggers refuse UPDATE and DELETE; see
 * migration 0003). No foreign keys: entries outlive what they describe.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
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

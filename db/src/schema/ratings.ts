import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { claims } from './claims.ts';
import { users } from './users.ts';

/**
 * Blind double rating (issue #16, ADR 034): a claim that needs a second,
 * independent rating has a row here. The first rating is the claim's verdict;
 * the second is kept here, hidden from the first rater (and the first from the
 * second) until both are in. Then the pair is recorded (who rated what, and
 * whether they agreed) for the agreement figures, and a disagreement waits
 * for an editor's resolution.
 */
export const secondRatings = sqliteTable(
  'second_ratings',
  {
    claimId: integer('claim_id')
      .primaryKey()
      .references(() => claims.id, { onDelete: 'cascade' }),
    /** Whether the claim still needs the second rating (false once an editor lifts the requirement after one was given). */
    required: integer('required', { mode: 'boolean' }).notNull().default(true),
    /** The reviewer an editor asked for the second rating; null: anyone but the first rater may give it. */
    assignedTo: integer('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    /** The second rating: null until it is given. */
    raterId: integer('rater_id').references(() => users.id, { onDelete: 'set null' }),
    rating: text('rating'),
    rationale: text('rationale'),
    confidence: text('confidence', { enum: ['high', 'medium', 'low'] }),
    ratedAt: text('rated_at'),
    /** Set when both ratings are in: the pair as it stood then (what the agreement figures count). */
    firstRaterId: integer('first_rater_id'),
    firstRating: text('first_rating'),
    secondRaterId: integer('second_rater_id'),
    completedAt: text('completed_at'),
    agreed: integer('agreed', { mode: 'boolean' }),
    /** An editor's resolution of a disagreement: first | second | other, with a note. */
    resolution: text('resolution', { enum: ['first', 'second', 'other'] }),
    resolutionNote: text('resolution_note'),
    resolvedBy: integer('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: text('resolved_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  // The agreement figures read completed pairs by date; the queue reads open requirements.
  (table) => [index('second_ratings_completed_idx').on(table.completedAt), index('second_ratings_assigned_idx').on(table.assignedTo)],
);

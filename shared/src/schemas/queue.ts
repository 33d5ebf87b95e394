import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { RatingKeySchema } from './verdict.ts';
import { UserRefSchema } from './user.ts';
import { ClaimStatusSchema } from './workflow.ts';

/** One claim in a queue, with what is needed to act on it from the list. */
export const QueueItemSchema = z.object({
  claimId: IdSchema,
  articleId: IdSchema,
  articleTitle: z.string(),
  language: z.string(),
  quote: z.string(),
  status: ClaimStatusSchema,
  statusNote: z.string().nullable(),
  rating: RatingKeySchema.nullable(),
  rationale: z.string().nullable(),
  /** The day the verdict is due to be checked again (YYYY-MM-DD), if any. */
  recheckOn: z.string().nullable(),
  /** When the claim was first published, if it was. */
  publishedAt: TimestampSchema.nullable(),
  verdictSetBy: UserRefSchema.nullable(),
  assignee: UserRefSchema.nullable(),
  updatedAt: TimestampSchema,
  /** The claim's version, for `If-Match` when acting from the queue. */
  version: z.number().int().positive(),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

/**
 * `GET /api/queue`: for reviewers, their assigned work that is not approved
 * (claims assigned to them, and claims of articles assigned to them), changes
 * requested first; for editors and admins also `awaitingApproval`, every
 * submitted claim, oldest first; and `recheckDue`.
 */
export const QueueSchema = z.object({
  mine: z.array(QueueItemSchema),
  awaitingApproval: z.array(QueueItemSchema),
  /** Verdicts whose re-check day has come (every one for editors, their own for reviewers), longest overdue first. */
  recheckDue: z.array(QueueItemSchema),
  /** Claims waiting for a second, independent rating the user may give, oldest first; without the first rating, its rationale or its rater (ADR 034). */
  secondRatingDue: z.array(QueueItemSchema),
});
export type Queue = z.infer<typeof QueueSchema>;

/** A change pushed over `GET /api/articles/:id/events` (server-sent events, event name `change`). */
export const ArticleEventSchema = z.object({
  /** What changed (`snapshot`: a snapshot of a page one of the article's claims cites started or ended; `suggestion`: a suggestion was dismissed). */
  type: z.enum(['article', 'claim', 'verdict', 'source', 'comment', 'status', 'revision', 'assignment', 'publication', 'snapshot', 'suggestion']),
  /** The article. */
  articleId: IdSchema,
  /** The claim concerned, if any. */
  claimId: IdSchema.nullable(),
  /** created, updated or deleted. */
  change: z.enum(['created', 'updated', 'deleted']),
  /** Who did it. */
  actor: UserRefSchema.nullable(),
  at: TimestampSchema,
});
export type ArticleEvent = z.infer<typeof ArticleEventSchema>;

/** Who has the article open, pushed as event `presence` on the same stream. */
export const PresenceSchema = z.object({ articleId: IdSchema, viewers: z.array(UserRefSchema) });
export type Presence = z.infer<typeof PresenceSchema>;

/**
 * Pushed as event `refetch` when the stream may have missed changes: the
 * client refetches everything it shows of the article.
 */
export const ArticleRefetchSchema = z.object({
  /** The article. */
  articleId: IdSchema,
  /** `reconnected`: the server's link to the other servers was down for a while; `missed`: a change too large to relay. */
  reason: z.enum(['reconnected', 'missed']),
});
export type ArticleRefetch = z.infer<typeof ArticleRefetchSchema>;

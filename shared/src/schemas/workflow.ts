import { z } from 'zod';
import type { Action } from '../permissions.ts';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { UserRefSchema } from './user.ts';

/**
 * A claim's review status: `draft` → `submitted` (the reviewer asks for review)
 * → `approved` or `changes_requested` (an editor, with a note) → back to
 * `submitted` after changes; an editor reopens an approved claim to `draft`.
 */
export const CLAIM_STATUSES = ['draft', 'submitted', 'approved', 'changes_requested'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** Each allowed move, the action it needs, and whether a note is required. */
export const TRANSITIONS: readonly { from: ClaimStatus; to: ClaimStatus; action: Action; noteRequired: boolean }[] = [
  { from: 'draft', to: 'submitted', action: 'claim.submit', noteRequired: false },
  { from: 'changes_requested', to: 'submitted', action: 'claim.submit', noteRequired: false },
  { from: 'submitted', to: 'draft', action: 'claim.submit', noteRequired: false },
  { from: 'submitted', to: 'approved', action: 'claim.approve', noteRequired: false },
  { from: 'submitted', to: 'changes_requested', action: 'claim.request_changes', noteRequired: true },
  { from: 'approved', to: 'draft', action: 'claim.reopen', noteRequired: true },
];

/** The transition from one status to another, if allowed. */
export function transitionFor(from: ClaimStatus, to: ClaimStatus) {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

/** `POST /api/claims/:id/transitions` body. */
export const TransitionInputSchema = z.strictObject({
  /** The status to move to. */
  to: ClaimStatusSchema,
  /** Note for the reviewer (required to request changes) or reason (required to reopen). */
  note: z.string().trim().max(5000).optional(),
});
export type TransitionInput = z.infer<typeof TransitionInputSchema>;

/** A comment in a claim's discussion thread. */
export const CommentSchema = z.object({
  id: IdSchema,
  claimId: IdSchema,
  /** Who wrote it. */
  author: UserRefSchema,
  /** The text, shown as plain text. */
  body: z.string(),
  /** True once the thread it starts is marked resolved. */
  resolved: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
});
export type Comment = z.infer<typeof CommentSchema>;

/** `GET /api/claims/:id/comments` response, oldest first. */
export const CommentListSchema = z.object({
  comments: z.array(CommentSchema),
  /** Comments held back from this viewer until both ratings of a blind double rating are in (ADR 034). */
  hidden: z.number().int().nonnegative(),
});
export type CommentList = z.infer<typeof CommentListSchema>;

/** `POST /api/claims/:id/comments` body. */
export const CreateCommentInputSchema = z.strictObject({
  body: z.string().trim().min(1, 'Write a comment.').max(10_000),
});
export type CreateCommentInput = z.infer<typeof CreateCommentInputSchema>;

/** `PATCH /api/comments/:id` body: edit the text (author only) and/or resolve or reopen. */
export const UpdateCommentInputSchema = z
  .strictObject({
    body: z.string().trim().min(1).max(10_000).optional(),
    resolved: z.boolean().optional(),
  })
  .refine((input) => input.body !== undefined || input.resolved !== undefined, 'Change at least one field.');
export type UpdateCommentInput = z.infer<typeof UpdateCommentInputSchema>;

/** One entry of the append-only audit log. */
export const AuditEntrySchema = z.object({
  id: IdSchema,
  /** When it happened. */
  at: TimestampSchema,
  /** Who did it (null for the system, e.g. the seed). */
  actor: UserRefSchema.nullable(),
  /** What was done, e.g. `claim.create`, `verdict.set`, `claim.transition`. */
  action: z.string(),
  /** The kind of thing changed. */
  entityType: z.enum(['article', 'claim', 'verdict', 'source_link', 'claim_link', 'comment', 'user', 'assignment', 'organisation']),
  /** Its id. */
  entityId: IdSchema,
  /** The state before (null on create). */
  before: z.unknown().nullable(),
  /** The state after (null on delete). */
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `GET /api/claims/:id/history` response, oldest first. */
export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditList = z.infer<typeof AuditListSchema>;

/** `PUT /api/articles/:id/assignees` body: the reviewers assigned to the article. */
export const AssigneesInputSchema = z.strictObject({ userIds: z.array(IdSchema).max(50) });
export type AssigneesInput = z.infer<typeof AssigneesInputSchema>;

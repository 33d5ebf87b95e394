import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.ts';
import { ClaimSourceSchema } from './source.ts';
import { VerdictSchema } from './verdict.ts';
import { DoubleRatingSchema, DoubleRatingStateSchema } from './double-rating.ts';
import { UserRefSchema } from './user.ts';
import { ClaimStatusSchema } from './workflow.ts';
import { SPELLING_DIFFERENCES } from '../text/spelling.ts';
import { CLAIM_KINDS, type ClaimKind } from '../claim-kinds.ts';

export { CLAIM_KINDS, type ClaimKind };
/** What a claim is (shared/src/claim-kinds.ts). */
export const ClaimKindSchema = z.enum(CLAIM_KINDS);
/** The kinds that cannot get a truth rating (a rating with a numeric value). */
export const UNRATABLE_KINDS: readonly ClaimKind[] = ['prediction', 'opinion'];
/**
 * How a claim was found in the article's current revision:
 * - `anchored`: its exact quote, at its offsets (possibly moved by an edit elsewhere);
 * - `modified`: an edit changed characters inside the quote; `quote` is the new text,
 *   `previousQuote` the old, and a reviewer must confirm it;
 * - `normalised`: found again only after Arabic normalisation (harakat, tatweel,
 *   letter variants or digit forms changed); `spelling` names the changes that can
 *   change a word (hamza and alef forms, ta marbuta, alef maqsura, other letters),
 *   and is empty when only harakat or tatweel changed;
 * - `fuzzy`: only an approximate match was found; it is a `suggestion`, not attached,
 *   until a reviewer confirms it or selects text;
 * - `orphaned`: not found; the claim keeps its quote, verdict and sources and waits
 *   to be re-attached by selecting text.
 */
export const ANCHOR_STATUSES = ['anchored', 'modified', 'normalised', 'fuzzy', 'orphaned'] as const;
export const AnchorStatusSchema = z.enum(ANCHOR_STATUSES);
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>;

/** Statuses that a reviewer must resolve (confirm or re-attach) before the claim can be approved. */
export const ANCHOR_STATUSES_NEEDING_REVIEW: readonly AnchorStatus[] = ['modified', 'fuzzy', 'orphaned'];

/** Where and how a claim is anchored in the current revision. */
export const ClaimAnchorSchema = z.object({
  /** How the claim was found in the current revision. */
  status: AnchorStatusSchema,
  /** The article revision the claim was last anchored against. */
  revision: z.number().int().positive(),
  /** For `modified` and `normalised`: the quote as it read before the edit. */
  previousQuote: z.string().nullable(),
  /**
   * For `normalised`: what changed that can change a word (hamza/alef forms,
   * ta marbuta, alef maqsura, other letters); empty when only harakat or tatweel did.
   */
  spelling: z.array(z.enum(SPELLING_DIFFERENCES)),
  /** For `fuzzy`: the approximate match offered to the reviewer. */
  suggestion: z
    .object({
      /** UTF-16 offset of the suggested start in the current text. */
      start: z.number().int().nonnegative(),
      /** UTF-16 offset just past the suggested end. */
      end: z.number().int().nonnegative(),
      /** The suggested text. */
      quote: z.string(),
    })
    .nullable(),
});
export type ClaimAnchor = z.infer<typeof ClaimAnchorSchema>;

/** A claim an opinion rests on: its id, its quote and its verdict's rating (null while unrated). */
export const RestsOnClaimSchema = z.object({ claimId: IdSchema, quote: z.string(), rating: z.string().nullable() });
export type RestsOnClaim = z.infer<typeof RestsOnClaimSchema>;

/** `POST /api/claims/:id/rests-on` body: the claim of the same article the opinion rests on. */
export const AddRestsOnInputSchema = z.strictObject({ claimId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export type AddRestsOnInput = z.infer<typeof AddRestsOnInputSchema>;

/** `/api/claims/:id/rests-on/:restsOnId` path parameters. */
export const RestsOnParamsSchema = z.object({ id: IdSchema, restsOnId: IdSchema });

/** `GET /api/articles/:id/claims/rests-on`: every link of the article's opinions, for the claim list's flag. */
export const ArticleRestsOnSchema = z.object({ links: z.array(z.object({ opinionClaimId: IdSchema, restsOnClaimId: IdSchema })) });
export type ArticleRestsOn = z.infer<typeof ArticleRestsOnSchema>;

/**
 * A check-worthy claim marked in an article's text.
 * `start` and `end` are UTF-16 code-unit offsets into the article's
 * NFC-normalised text (end exclusive), as JavaScript strings and DOM ranges
 * count; `quote`, `prefix` and `suffix` form a W3C TextQuoteSelector.
 */
export const ClaimSchema = z.object({
  /** Claim id. */
  id: IdSchema,
  /** The article the claim is marked in. */
  articleId: IdSchema,
  /**
   * UTF-16 code-unit offset of the claim's first character in the NFC text of the
   * current revision; null while the claim is not attached (`fuzzy`, `orphaned`).
   */
  start: z.number().int().nonnegative().nullable(),
  /** UTF-16 code-unit offset just past the claim's last character (exclusive); null when not attached. */
  end: z.number().int().nonnegative().nullable(),
  /** The exact text between `start` and `end` (for an unattached claim, its last known text). */
  quote: z.string(),
  /** Up to 32 characters before the quote, computed by the server. */
  prefix: z.string(),
  /** Up to 32 characters after the quote, computed by the server. */
  suffix: z.string(),
  /** Who made the claim (a person or outlet quoted in the article), when known. */
  claimant: z.string().nullable(),
  /** What kind of claim it is; predictions and opinions get no truth rating. */
  kind: ClaimKindSchema,
  /** How the claim is anchored in the article's current revision. */
  anchor: ClaimAnchorSchema,
  /** Review status: draft, submitted, approved or changes_requested. */
  status: ClaimStatusSchema,
  /** The note (changes requested) or reason (reopened) of the last move, if any. */
  statusNote: z.string().nullable(),
  /** Who made the last move and when. */
  statusChangedBy: UserRefSchema.nullable(),
  statusChangedAt: TimestampSchema.nullable(),
  /** When the claim was first published; a published claim changes only through a reopen, which records a correction. */
  publishedAt: TimestampSchema.nullable(),
  /** Who marked the claim. */
  createdBy: UserRefSchema.nullable(),
  /** The reviewer the claim is assigned to, when assigned singly. */
  assignee: UserRefSchema.nullable(),
  /** The verdict, or null while the claim is unrated (or while it is hidden from the viewer: see `doubleRating.blind`). */
  verdict: VerdictSchema.nullable(),
  /** Sources attached to the claim, in the order they were attached (none shown while the verdict is hidden from the viewer). */
  sources: z.array(ClaimSourceSchema),
  /** Its blind double rating, when it needs or had one; null otherwise (ADR 034). */
  doubleRating: DoubleRatingSchema.nullable(),
  /** For an opinion: the claims of the same article it rests on, in the order they were linked (empty for other kinds; ADR 033). */
  restsOn: z.array(RestsOnClaimSchema),
  /** True when any claim the opinion rests on is rated on the false or misleading side of the scale (shared `restsOnFalse`). */
  restsOnFalse: z.boolean(),
  /** When the claim was marked. */
  createdAt: TimestampSchema,
  /** When the claim last changed. */
  updatedAt: TimestampSchema,
  /** Optimistic-concurrency version. */
  version: VersionSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

/** `GET /api/articles/:id/claims` response: attached claims in reading order (start, then end), then unattached ones. */
export const ClaimListSchema = z.object({ claims: z.array(ClaimSchema) });
export type ClaimList = z.infer<typeof ClaimListSchema>;

const offset = z.number().int('Offsets are whole numbers.').nonnegative('Offsets are not negative.').max(10_000_000);

/** `POST /api/articles/:id/claims` body. The server computes prefix and suffix. */
export const CreateClaimInputSchema = z.strictObject({
  /** UTF-16 offset of the first character in the NFC article text. */
  start: offset,
  /** UTF-16 offset just past the last character. */
  end: offset,
  /** The exact text between the offsets. */
  quote: z.string().min(1, 'The quote is empty.').max(20_000),
  /** Who made the claim, optional. */
  claimant: z.string().trim().max(200).nullable().optional(),
  /** What kind of claim it is (factual when left out). */
  kind: ClaimKindSchema.optional(),
});
export type CreateClaimInput = z.infer<typeof CreateClaimInputSchema>;

/** `PATCH /api/claims/:id` body: move the span (all three together) and/or change the claimant. */
export const UpdateClaimInputSchema = z
  .strictObject({
    start: offset.optional(),
    end: offset.optional(),
    quote: z.string().min(1).max(20_000).optional(),
    claimant: z.string().trim().max(200).nullable().optional(),
    /** What kind of claim it is. */
    kind: ClaimKindSchema.optional(),
    /** Assign the claim to one reviewer (editors), or null to unassign. */
    assigneeId: IdSchema.nullable().optional(),
  })
  .refine(
    (input) => {
      const span = [input.start, input.end, input.quote].filter((value) => value !== undefined).length;
      return span === 0 || span === 3;
    },
    { message: 'Give start, end and quote together to move a claim.', path: ['quote'] },
  )
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdateClaimInput = z.infer<typeof UpdateClaimInputSchema>;

/** `POST /api/claims/:id/anchor/confirm` body: accept a `modified` claim's new text or a `fuzzy` suggestion. */
export const ConfirmAnchorInputSchema = z.strictObject({
  /** The status the reviewer saw; a different current status answers 409 (someone else resolved it). */
  status: z.enum(['modified', 'fuzzy']),
});
export type ConfirmAnchorInput = z.infer<typeof ConfirmAnchorInputSchema>;

/** A sparse column: `[index, value]` pairs for the few claims that have a value. */
const sparse = <T extends z.ZodType>(value: T) => z.array(z.tuple([z.number().int().nonnegative(), value]));

/**
 * `GET /api/articles/:id/claims/index` response: the compact claim index, what the article page needs to
 * paint every highlight and to list, count, filter and step through every claim, in a few tens of bytes a
 * claim (issue #15). What only the claim panel shows (rationale, sources, people, history) comes from
 * `GET /api/claims/:id` when a claim is opened or seen in the list.
 *
 * Column-oriented: entry `i` of every column is the `i`-th claim in reading order (as
 * `GET /api/articles/:id/claims`). Enumerations are small numbers into the dictionaries sent with the
 * columns; the quote is not sent when it is the article text between the claim's offsets, nor a fuzzy
 * claim's suggested text (the client has the text). Decode with `decodeClaimIndex` (shared/src/claim-index.ts),
 * the one reader, which the server's encoder mirrors.
 */
export const ClaimIndexSchema = z
  .object({
    /** The article. */
    articleId: IdSchema,
    /** The article revision whose text the offsets count in (and the omitted quotes are taken from). */
    revision: z.number().int().positive(),
    /** Dictionary of review statuses the `status` column points into. */
    statuses: z.array(ClaimStatusSchema),
    /** Dictionary of anchoring states the `anchor` column points into. */
    anchors: z.array(AnchorStatusSchema),
    /** Dictionary of rating keys; `rating` 0 means unrated, `k` means `ratings[k - 1]`. */
    ratings: z.array(z.string()),
    /**
     * Claim ids, each as its difference from the previous entry's id (the first from 0): ids marked in reading order
     * become runs of 1, which compress to almost nothing (a column of 5,000 four-digit ids was 10 of the index's 10.7 kB
     * in brotli, ADR 035). The decoded ids are positive.
     */
    id: z.array(z.number().int().safe()),
    /** Start offset minus the previous attached claim's start (reading order makes it ≥ 0); null for an unattached claim. */
    start: z.array(z.number().int().nonnegative().nullable()),
    /** `end - start` in UTF-16 code units; null for an unattached claim. */
    length: z.array(z.number().int().nonnegative().nullable()),
    /** Index into `statuses`. */
    status: z.array(z.number().int().nonnegative()),
    /** Index into `anchors`. */
    anchor: z.array(z.number().int().nonnegative()),
    /** 0 for unrated, else 1 + index into `ratings`. */
    rating: z.array(z.number().int().nonnegative()),
    /** The claim's version (for If-Match on a write from the list, and to tell a changed claim). */
    version: z.array(VersionSchema),
    /** Number of attached sources. */
    sources: z.array(z.number().int().nonnegative()),
    /** Of which supporting. */
    supports: z.array(z.number().int().nonnegative()),
    /** Of which contradicting. */
    contradicts: z.array(z.number().int().nonnegative()),
    /** The claimant of the claims that have one. */
    claimant: sparse(z.string()),
    /** The kind of the claims that are not factual assertions (the default). */
    kind: sparse(ClaimKindSchema),
    /** The quote of claims whose quote is not the text between their offsets (unattached, or modified). */
    quote: sparse(z.string()),
    /** A fuzzy claim's suggested span `[start, end]` in the current text. */
    suggestion: sparse(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
    /** A normalised claim's quote before the edit, where the spelling changed in a way that can change a word (issue #19). */
    previousQuote: sparse(z.string()),
    /** Where the blind double rating stands, for the claims that need or had one (ADR 034). */
    doubleRating: sparse(DoubleRatingStateSchema),
  })
  .superRefine((index, context) => {
    const count = index.id.length;
    let id = 0;
    for (const [at, step] of index.id.entries()) {
      id += step;
      if (id <= 0 || !Number.isSafeInteger(id)) {
        context.addIssue({ code: 'custom', path: ['id', at], message: 'The ids, summed in order, are positive safe integers.' });
        break;
      }
    }
    for (const column of ['start', 'length', 'status', 'anchor', 'rating', 'version', 'sources', 'supports', 'contradicts'] as const) {
      if (index[column].length !== count) context.addIssue({ code: 'custom', path: [column], message: `Every column has one entry per claim (${count}).` });
    }
  });
export type ClaimIndex = z.infer<typeof ClaimIndexSchema>;

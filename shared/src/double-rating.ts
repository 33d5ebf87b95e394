import { can, type Role } from './permissions.ts';
import type { DoubleRatingState } from './schemas/double-rating.ts';

/**
 * Who may see which rating of a claim that needs two (issue #16, ADR 034):
 * the one rule the server applies to every answer and the client reflects.
 */

/** The facts the rule decides on (user ids; null when nobody). */
export interface DoubleRatingFacts {
  /** Whether the claim needs a second rating. */
  required: boolean;
  /** Who set the verdict (the first rating); null while there is none. */
  firstRaterId: number | null;
  /** Who gave the second rating; null while there is none. */
  secondRaterId: number | null;
  /** The reviewer asked for the second rating, if any. */
  assignedTo: number | null;
  /** Whether both ratings are in (and the pair recorded). */
  complete: boolean;
}

interface Viewer {
  id: number;
  role: Role;
}

/** An editor who is not one of the raters sees both ratings as they come in (they resolve disagreements). */
function overseer(viewer: Viewer, facts: DoubleRatingFacts): boolean {
  return can(viewer.role, 'claim.approve') && viewer.id !== facts.secondRaterId && viewer.id !== facts.assignedTo && viewer.id !== facts.firstRaterId;
}

/** Whether the claim's verdict, its rationale and its sources are shown to the viewer. */
export function seesFirstRating(viewer: Viewer, facts: DoubleRatingFacts): boolean {
  if (!facts.required || facts.complete) return true;
  if (facts.firstRaterId === null) return true;
  return facts.firstRaterId === viewer.id || overseer(viewer, facts);
}

/** Whether the claim's second rating is shown to the viewer. */
export function seesSecondRating(viewer: Viewer, facts: DoubleRatingFacts): boolean {
  if (facts.secondRaterId === null) return false;
  if (facts.complete) return true;
  return facts.secondRaterId === viewer.id || overseer(viewer, facts);
}

/**
 * Whether a comment on the claim is shown to the viewer: while a required second rating is not
 * in, a rater could write their rating in the discussion, so each person sees their own comments
 * and those of editors who oversee the claim (not rating it); overseeing editors see every comment.
 * Once both ratings are in, everyone sees the whole thread.
 */
export function seesComment(viewer: Viewer, facts: DoubleRatingFacts, author: Viewer): boolean {
  if (!facts.required || facts.complete) return true;
  return author.id === viewer.id || overseer(viewer, facts) || overseer(author, facts);
}

/**
 * Whether the viewer may give the second rating: they may change claims, the
 * claim needs one and does not have both, they did not set the verdict, and,
 * when an editor asked someone, they are that person.
 */
export function mayGiveSecondRating(viewer: Viewer, facts: DoubleRatingFacts): boolean {
  if (!can(viewer.role, 'claim.edit') || !facts.required || facts.complete) return false;
  if (facts.firstRaterId === viewer.id) return false;
  if (facts.secondRaterId !== null) return facts.secondRaterId === viewer.id;
  return facts.assignedTo === null || facts.assignedTo === viewer.id;
}

/** Where a double rating stands, from what is in. */
export function doubleRatingState(facts: { firstIn: boolean; secondIn: boolean; agreed: boolean | null; resolved: boolean }): DoubleRatingState {
  if (facts.agreed === true) return 'agreed';
  if (facts.agreed === false) return facts.resolved ? 'resolved' : 'disagreed';
  if (facts.firstIn) return facts.secondIn ? 'agreed' : 'awaiting_second';
  return facts.secondIn ? 'awaiting_first' : 'awaiting_both';
}

/** States in which a claim that needs two ratings cannot be approved. */
export const STATES_BLOCKING_APPROVAL: readonly DoubleRatingState[] = ['awaiting_both', 'awaiting_second', 'awaiting_first', 'disagreed'];

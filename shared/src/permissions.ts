/**
 * Who may do what: the one table the server enforces and the client reflects
 * (buttons a user may not use are not offered). Rules that depend on the
 * resource (separation of duties, locked approved claims, comment authorship)
 * are applied by the services on top of this table.
 */
export const ROLES = ['reviewer', 'editor', 'admin'] as const;
/** A user's one role. */
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  /** Add an article. */
  'article.create',
  /** Change an article's title, language or text. */
  'article.edit',
  /** Delete an article with its claims. */
  'article.delete',
  /** Assign an article or a claim to reviewers. */
  'article.assign',
  /** Mark, move or delete claims; set verdicts; attach sources (a reviewer: only claims they may change, see `mayChangeClaim`). */
  'claim.edit',
  /** Change any claim of the desk, whoever marked it or is assigned to it. */
  'claim.edit_any',
  /** Ask for review: draft or changes_requested → submitted; withdraw: submitted → draft. */
  'claim.submit',
  /** Approve a submitted claim. */
  'claim.approve',
  /** Send a submitted claim back with a note. */
  'claim.request_changes',
  /** Reopen an approved claim with a reason. */
  'claim.reopen',
  /** Write comments, edit one's own, resolve and reopen threads. */
  'comment.write',
  /** See the queue of awaiting approvals. */
  'queue.approvals',
  /** Publish an article's fact-check report (approved claims), locking the claims it includes. */
  'report.publish',
  /** Create users, change roles, deactivate. */
  'user.manage',
  /** Edit the organisation's settings and the rating scale. */
  'settings.manage',
] as const;
/** Something a user may be allowed to do. */
export type Action = (typeof ACTIONS)[number];

const REVIEWER: readonly Action[] = ['article.create', 'article.edit', 'claim.edit', 'claim.submit', 'comment.write'];
const EDITOR: readonly Action[] = [
  ...REVIEWER,
  'article.delete',
  'article.assign',
  'claim.edit_any',
  'claim.approve',
  'claim.request_changes',
  'claim.reopen',
  'queue.approvals',
  'report.publish',
];

/** The permission table: each role with the actions it may take. */
export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  reviewer: new Set(REVIEWER),
  editor: new Set(EDITOR),
  admin: new Set<Action>([...EDITOR, 'user.manage', 'settings.manage']),
};

/** True when `role` may take `action`. */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}

/** Who stands behind a claim: the facts `mayChangeClaim` decides on (user ids; null when nobody). */
export interface ClaimOwnership {
  /** Who marked the claim. */
  createdBy: number | null;
  /** The reviewer the claim is assigned to. */
  assigneeId: number | null;
  /** The reviewers assigned to the claim's article. */
  articleAssigneeIds: readonly number[];
  /** Who last set the claim's verdict (null when it has none). */
  verdictSetBy: number | null;
}

/**
 * True when `actor` may change this claim (move or delete it, set its verdict,
 * attach sources, confirm its anchor, submit or withdraw it). Editors and
 * admins may change any claim. A reviewer may change a claim they marked, one
 * assigned to them, or any claim of an article assigned to them. Work nobody
 * is assigned to (neither the claim nor its article) stays open to the whole
 * desk, except that a reviewer may not overwrite a verdict another person set.
 * The server enforces this inside each write; the client uses it to offer
 * only controls that will work.
 */
export function mayChangeClaim(actor: { id: number; role: Role }, facts: ClaimOwnership): boolean {
  if (!can(actor.role, 'claim.edit')) return false;
  if (can(actor.role, 'claim.edit_any')) return true;
  if (facts.createdBy === actor.id || facts.assigneeId === actor.id || facts.articleAssigneeIds.includes(actor.id)) return true;
  const unassigned = facts.assigneeId === null && facts.articleAssigneeIds.length === 0;
  return unassigned && (facts.verdictSetBy === null || facts.verdictSetBy === actor.id);
}

/** The names behind a claim, for saying whose it is when a change is refused. */
export interface ClaimOwnerNames {
  createdBy: string | null;
  assignee: string | null;
  articleAssignees: readonly string[];
  verdictSetBy: string | null;
}

/**
 * One sentence saying whose claim it is and how to get access, shown when a
 * reviewer may not change it (the server's 403 message and the panel's note).
 */
export function claimOwnershipNote(names: ClaimOwnerNames): string {
  let whose: string;
  let owners: readonly string[];
  if (names.assignee !== null) [whose, owners] = [`This claim is assigned to ${names.assignee}`, [names.assignee]];
  else if (names.articleAssignees.length > 0) [whose, owners] = [`This article is assigned to ${listNames(names.articleAssignees)}`, names.articleAssignees];
  else if (names.verdictSetBy !== null) [whose, owners] = [`${names.verdictSetBy} set this claim's verdict`, [names.verdictSetBy]];
  else [whose, owners] = ['This claim belongs to another reviewer', []];
  const marked = names.createdBy !== null && !owners.includes(names.createdBy) ? ` (marked by ${names.createdBy})` : '';
  return `${whose}${marked}. Ask an editor to assign you to the claim or its article to change it.`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

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
  /** Mark, move or delete claims; set verdicts; attach sources. */
  'claim.edit',
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

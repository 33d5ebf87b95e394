/** Fields that change with every write and say nothing to a reader. */
const NOISE = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'id',
  'claimId',
  'articleId',
  'prefix',
  'suffix',
  'statusChangedAt',
  'statusChangedBy',
  'createdBy',
  'setBy',
  'anchorRevision',
  'suggestedStart',
  'suggestedEnd',
]);

/** Readable names of the fields an audit entry may carry. */
const FIELD_NAMES: Record<string, string> = {
  rating: 'rating',
  rationale: 'rationale',
  claimant: 'claimant',
  quote: 'quote',
  status: 'status',
  statusNote: 'note',
  assignee: 'assignee',
  assignees: 'assignees',
  body: 'comment',
  resolved: 'resolved',
  stance: 'stance',
  excerpt: 'excerpt',
  start: 'start',
  end: 'end',
  title: 'title',
  verdict: 'verdict',
  role: 'role',
  active: 'active',
};

/** A value in a few words: names for people, ratings and statuses as they are, text shortened. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 117)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(describeValue).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string') return record.name;
    if (typeof record.rating === 'string') return `${record.rating}${typeof record.rationale === 'string' ? `: ${describeValue(record.rationale)}` : ''}`;
    if (typeof record.title === 'string') return record.title;
    return Object.entries(record)
      .filter(([key]) => !NOISE.has(key))
      .map(([key, inner]) => `${FIELD_NAMES[key] ?? key} ${describeValue(inner)}`)
      .join('; ');
  }
  return typeof value === 'bigint' ? value.toString() : '—';
}

/** One changed field of an audit entry. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * What an audit entry changed, field by field: for an update the fields whose
 * values differ (bookkeeping fields left out); for a create or a delete the
 * meaningful fields of the new or removed state.
 */
export function summarizeChange(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  if (!old && !now) return [];
  const keys = new Set([...Object.keys(old ?? {}), ...Object.keys(now ?? {})]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (NOISE.has(key)) continue;
    const a = old?.[key];
    const b = now?.[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    // On a create or a delete, empty fields say nothing.
    if ((!old || !now) && (a ?? b) === null) continue;
    if (old && now && typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && !Array.isArray(a)) {
      // A nested object (e.g. the anchor): report its changed fields under the parent's name.
      for (const inner of summarizeChange(a, b)) changes.push({ ...inner, field: `${FIELD_NAMES[key] ?? key} ${inner.field}` });
      continue;
    }
    changes.push({ field: FIELD_NAMES[key] ?? key, before: describeValue(a), after: describeValue(b) });
  }
  return changes;
}

/** An audit action such as `verdict.set` or `claim.transition` in words. */
export function describeAction(action: string, entityType: string): string {
  const known: Record<string, string> = {
    'claim.create': 'marked the claim',
    'claim.update': 'changed the claim',
    'claim.delete': 'deleted the claim',
    'claim.transition': 'changed the status',
    'claim.anchor_confirm': 'confirmed the new text',
    'verdict.set': 'set the verdict',
    'verdict.delete': 'removed the verdict',
    'source_link.create': 'attached a source',
    'source_link.update': 'changed a source',
    'source_link.delete': 'removed a source',
    'comment.create': 'commented',
    'comment.update': 'edited a comment',
    'assignment.set': 'changed the assignment',
  };
  return known[action] ?? `${action.replace(/[._]/g, ' ')} (${entityType.replace('_', ' ')})`;
}

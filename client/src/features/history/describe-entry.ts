import type { Claim } from '@sanad/shared/schemas/claim';
import { STANCE_LABELS, type Stance } from '@sanad/shared/schemas/source';
import type { AuditEntry } from '@sanad/shared/schemas/workflow';
import { shortenText } from '@sanad/shared/text/shorten';

/**
 * A piece of a history sentence: plain words of ours, or text people wrote
 * (a quote, a title, a note, a name) that the list isolates for bidi (`<bdi>`)
 * and, when `quoted`, sets in quotation marks.
 */
export type Part = string | { text: string; quoted?: boolean };

/** One meaningful field of an entry, before and after (null when absent). */
export interface FieldChange {
  label: string;
  before: string | null;
  after: string | null;
}

/** An audit entry as a newsroom reader sees it. */
export interface DescribedEntry {
  /** True when the sentence reads after the actor's name ("Rana Reviewer set the verdict to False"). */
  byActor: boolean;
  /** The sentence (after the name when `byActor`). */
  parts: Part[];
  /** The meaningful fields before and after, for "Show details". */
  details: FieldChange[];
}

/** What the entries themselves do not say: names of people and sources by id. */
export interface HistoryContext {
  people: Map<number, string>;
  sources: Map<number, { title: string; url: string }>;
  /** English labels of the live scale's ratings by key (retired ones included). */
  ratings: ReadonlyMap<string, string>;
}

type Row = Record<string, unknown>;

const STATUS_WORDS: Record<string, string> = {
  draft: 'draft',
  submitted: 'submitted',
  approved: 'approved',
  changes_requested: 'changes requested',
};

const ANCHOR_WORDS: Record<string, string> = {
  anchored: 'anchored',
  modified: 'modified',
  normalised: 'normalised',
  fuzzy: 'suggested match',
  orphaned: 'orphaned',
};

const STANCE_WORDS: Record<Stance, string> = { supports: 'a supporting', contradicts: 'a contradicting', context: 'a context' };

function row(value: unknown): Row | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : null;
}

function text(record: Row | null, key: string): string | null {
  const value = record?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function num(record: Row | null, key: string): number | null {
  const value = record?.[key];
  return typeof value === 'number' ? value : null;
}

/** Longest text (in characters, with the ellipsis) a sentence quotes; the details show it whole. */
const QUOTE_LIMIT = 140;

// Cut between words or at least between graphemes, so a harakah never loses its letter.
const quoted = (value: string): Part => ({ text: shortenText(value, QUOTE_LIMIT + 1), quoted: true });
const named = (value: string): Part => ({ text: value });

function ratingLabel(value: unknown, context: HistoryContext): string {
  if (typeof value !== 'string' || value === '') return 'Unrated';
  // A rating deleted from the scale since (only possible once no verdict used it) shows by its key.
  return context.ratings.get(value) ?? value.replaceAll('_', ' ');
}

function isStance(value: unknown): value is Stance {
  return value === 'supports' || value === 'contradicts' || value === 'context';
}

function stanceWord(value: unknown): string {
  return isStance(value) ? STANCE_LABELS[value].en.toLowerCase() : 'unknown';
}

/** "un.org" from "https://www.un.org/press/1". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function personName(context: HistoryContext, id: number | null): Part {
  if (id === null) return 'nobody';
  const name = context.people.get(id);
  return name ? named(name) : 'another user';
}

/** The source of a link row: its embedded copy (attach entries) or the one known by id. */
function sourceOf(link: Row | null, context: HistoryContext): { title: string; url: string } | null {
  const embedded = row(link?.source);
  const title = text(embedded, 'title');
  const url = text(embedded, 'url');
  if (title && url) return { title, url };
  const id = num(link, 'sourceId');
  return id === null ? null : (context.sources.get(id) ?? null);
}

function sourceName(source: { title: string; url: string } | null): Part[] {
  return source ? [named(source.title), ` (${hostOf(source.url)})`] : ['a source'];
}

/** "the source UN press release (un.org)", or "a source" when it cannot be named. */
function theSource(source: { title: string; url: string } | null): Part[] {
  return source ? ['the source ', ...sourceName(source)] : ['a source'];
}

/** "a, b and c" from clauses. */
function joinClauses(clauses: Part[][]): Part[] {
  const parts: Part[] = [];
  clauses.forEach((clause, index) => {
    if (index > 0) parts.push(index === clauses.length - 1 ? ' and ' : ', ');
    parts.push(...clause);
  });
  return parts;
}

function changed(before: Row | null, after: Row | null, key: string): boolean {
  return JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null);
}

function claimClauses(before: Row | null, after: Row | null, context: HistoryContext): Part[][] {
  const clauses: Part[][] = [];
  const oldQuote = text(before, 'quote');
  const newQuote = text(after, 'quote');
  if (changed(before, after, 'quote') && newQuote) {
    clauses.push(oldQuote ? ['changed the quote from ', quoted(oldQuote), ' to ', quoted(newQuote)] : ['set the quote to ', quoted(newQuote)]);
  } else if (changed(before, after, 'start') || changed(before, after, 'end')) {
    clauses.push(['moved the claim to another place with the same words']);
  }
  if (changed(before, after, 'claimant')) {
    const was = text(before, 'claimant');
    const now = text(after, 'claimant');
    if (was && now) clauses.push(['changed the claimant from ', named(was), ' to ', named(now)]);
    else if (now) clauses.push(['set the claimant to ', named(now)]);
    else if (was) clauses.push(['removed the claimant ', named(was)]);
  }
  if (changed(before, after, 'assigneeId')) {
    const was = num(before, 'assigneeId');
    const now = num(after, 'assigneeId');
    if (now !== null && was !== null) clauses.push(['reassigned the claim from ', personName(context, was), ' to ', personName(context, now)]);
    else if (now !== null) clauses.push(['assigned the claim to ', personName(context, now)]);
    else if (was !== null) clauses.push(['unassigned the claim from ', personName(context, was)]);
  }
  return clauses;
}

function sourceClauses(before: Row | null, after: Row | null, context: HistoryContext): Part[][] {
  const was = sourceOf(before, context);
  const now = sourceOf(after, context) ?? was;
  const name = sourceName(was ?? now);
  const clauses: Part[][] = [];
  // A new address relinks to another source: its fields are that source's, not edits of the old one.
  const pointed = changed(before, after, 'sourceId') && now !== null && was !== null;
  if (pointed) clauses.push(['pointed ', ...sourceName(was), ' to ', ...sourceName(now)]);
  if (changed(before, after, 'stance')) clauses.push(['changed the stance of ', ...name, ` from ${stanceWord(before?.stance)} to ${stanceWord(after?.stance)}`]);
  if (changed(before, after, 'excerpt')) {
    const excerpt = text(after, 'excerpt');
    clauses.push(excerpt ? ['changed the excerpt of ', ...name, ' to ', quoted(excerpt)] : ['removed the excerpt of ', ...name]);
  }
  // Source fields, when an entry carries the source before and after.
  const oldSource = row(before?.source);
  const newSource = row(after?.source);
  if (oldSource && newSource && !pointed) {
    for (const [key, label] of [
      ['title', 'title'],
      ['publisher', 'publisher'],
      ['url', 'address'],
    ] as const) {
      const value = text(newSource, key);
      if (changed(oldSource, newSource, key) && value) clauses.push([`changed the ${label} of `, ...name, ' to ', quoted(value)]);
    }
  }
  return clauses.length > 0 ? clauses : [['edited ', ...theSource(was ?? now)]];
}

/** The sentence of one entry, by action. */
function sentence(entry: AuditEntry, context: HistoryContext): { byActor: boolean; parts: Part[] } {
  const before = row(entry.before);
  const after = row(entry.after);
  const actor = entry.actor?.name ?? 'the system';
  switch (entry.action) {
    case 'claim.create': {
      const quote = text(after, 'quote');
      return { byActor: true, parts: quote ? ['marked the claim ', quoted(quote)] : ['marked the claim'] };
    }
    case 'claim.update':
    case 'claim.assign': {
      const clauses = claimClauses(before, after, context);
      return { byActor: true, parts: clauses.length > 0 ? joinClauses(clauses) : ['changed the claim'] };
    }
    case 'claim.delete':
      return { byActor: true, parts: ['deleted the claim'] };
    case 'claim.anchor.confirm': {
      const quote = text(after, 'quote');
      const wasFuzzy = text(before, 'anchorStatus') === 'fuzzy';
      const verb = wasFuzzy ? 'accepted the suggested match' : 'confirmed the claim’s new text';
      return { byActor: true, parts: quote ? [verb, ' ', quoted(quote)] : [verb] };
    }
    case 'claim.reanchor': {
      const revision = num(after, 'revision');
      const status = text(after, 'anchorStatus') ?? 'anchored';
      const parts: Part[] = [`Re-anchored after revision ${revision ?? '?'}`, ' (text edited by ', named(actor), `): ${ANCHOR_WORDS[status] ?? status}`];
      const oldQuote = text(before, 'quote');
      const newQuote = text(after, 'quote');
      if (oldQuote && newQuote && oldQuote !== newQuote) parts.push('; the quote changed from ', quoted(oldQuote), ' to ', quoted(newQuote));
      return { byActor: false, parts };
    }
    case 'claim.transition': {
      const from = text(before, 'status');
      const to = text(after, 'status');
      const note = text(after, 'statusNote');
      const parts: Part[] = [`moved the claim from ${STATUS_WORDS[from ?? ''] ?? from ?? 'unknown'} to ${STATUS_WORDS[to ?? ''] ?? to ?? 'unknown'}`];
      if (note && changed(before, after, 'statusNote')) parts.push(': ', quoted(note));
      return { byActor: true, parts };
    }
    case 'verdict.set': {
      const rating = ratingLabel(after?.rating, context);
      const rationale = text(after, 'rationale');
      const tail: Part[] = rationale ? [': ', quoted(rationale)] : [];
      if (!before) return { byActor: true, parts: [`set the verdict to ${rating}`, ...tail] };
      if (changed(before, after, 'rating')) return { byActor: true, parts: [`changed the verdict from ${ratingLabel(before.rating, context)} to ${rating}`, ...tail] };
      if (changed(before, after, 'rationale')) return { byActor: true, parts: [`rewrote the rationale of the ${rating} verdict`, ...tail] };
      return { byActor: true, parts: [`saved the verdict (${rating}) unchanged`] };
    }
    case 'verdict.delete':
      return { byActor: true, parts: [`removed the verdict (${ratingLabel(before?.rating, context)})`] };
    case 'source.attach': {
      const stance = after?.stance;
      return { byActor: true, parts: [`attached ${isStance(stance) ? STANCE_WORDS[stance] : 'a'} source: `, ...sourceName(sourceOf(after, context))] };
    }
    case 'source.update':
      return { byActor: true, parts: joinClauses(sourceClauses(before, after, context)) };
    case 'source.detach':
      return { byActor: true, parts: ['removed ', ...theSource(sourceOf(before, context))] };
    case 'comment.create': {
      const body = text(after, 'body');
      return { byActor: true, parts: body ? ['commented: ', quoted(body)] : ['commented'] };
    }
    case 'comment.edit': {
      const body = text(after, 'body');
      return { byActor: true, parts: body ? ['edited a comment: ', quoted(body)] : ['edited a comment'] };
    }
    case 'comment.resolve':
      return { byActor: true, parts: ['resolved the discussion'] };
    case 'comment.reopen':
      return { byActor: true, parts: ['reopened the discussion'] };
    default:
      return { byActor: true, parts: [`${entry.action.replace(/[._]/g, ' ')} (${entry.entityType.replace('_', ' ')})`] };
  }
}

/** The fields a reader may want to compare, in order, with their labels and how to show their values. */
const DETAIL_FIELDS: {
  key: string;
  label: string;
  show?: (value: unknown, context: HistoryContext) => string | null;
  /** Shown only when it changes (a new comment is always unresolved). */
  changesOnly?: boolean;
}[] = [
  { key: 'quote', label: 'Quote' },
  { key: 'claimant', label: 'Claimant' },
  { key: 'rating', label: 'Rating', show: (value, context) => (value === null || value === undefined ? null : ratingLabel(value, context)) },
  { key: 'rationale', label: 'Rationale' },
  { key: 'status', label: 'Status', show: (value) => (typeof value === 'string' ? (STATUS_WORDS[value] ?? value) : null) },
  { key: 'statusNote', label: 'Note' },
  {
    key: 'assigneeId',
    label: 'Assigned to',
    show: (value, context) => (typeof value === 'number' ? (context.people.get(value) ?? 'another user') : null),
  },
  { key: 'anchorStatus', label: 'Anchor', show: (value) => (typeof value === 'string' ? (ANCHOR_WORDS[value] ?? value) : null) },
  { key: 'revision', label: 'Revision' },
  { key: 'title', label: 'Title' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'url', label: 'URL' },
  { key: 'publishedAt', label: 'Published' },
  { key: 'sourceId', label: 'Source', show: (value, context) => (typeof value === 'number' ? (context.sources.get(value)?.title ?? null) : null) },
  { key: 'stance', label: 'Stance', show: (value) => (isStance(value) ? STANCE_LABELS[value].en : null) },
  { key: 'excerpt', label: 'Excerpt' },
  { key: 'body', label: 'Comment' },
  { key: 'resolved', label: 'Resolved', show: (value) => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : null), changesOnly: true },
];

/** A row's fields with its embedded source's fields lifted beside them (source links). */
function flatten(record: Row | null): Row | null {
  if (!record) return null;
  const source = row(record.source);
  if (!source) return record;
  // The embedded source names itself; its id would only repeat the title.
  const { sourceId: _sourceId, ...rest } = record;
  return { ...rest, title: source.title, publisher: source.publisher, url: source.url, publishedAt: source.publishedAt };
}

function showDetail(field: (typeof DETAIL_FIELDS)[number], record: Row | null, context: HistoryContext): string | null {
  if (!record || !(field.key in record)) return null;
  const value = record[field.key];
  if (field.show) return field.show(value, context);
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** The meaningful fields of an entry: those that differ on an update, those with a value on a create or delete. */
export function detailsOf(entry: AuditEntry, context: HistoryContext): FieldChange[] {
  const before = flatten(row(entry.before));
  const after = flatten(row(entry.after));
  const changes: FieldChange[] = [];
  for (const field of DETAIL_FIELDS) {
    if (field.changesOnly && !(before && after)) continue;
    const was = showDetail(field, before, context);
    const now = showDetail(field, after, context);
    if (was === now) {
      // Unchanged on an update says nothing; on a create or delete the value is the point.
      if ((before && after) || was === null) continue;
    }
    changes.push({ label: field.label, before: before ? was : null, after: after ? now : null });
  }
  return changes;
}

/**
 * Names the entries need: people from the entries' actors and the claim's
 * references, sources from attach entries and the claim's current links.
 */
export function historyContext(entries: readonly AuditEntry[], claim?: Claim, ratings: readonly { key: string; labelEn: string }[] = []): HistoryContext {
  const people = new Map<number, string>();
  const sources = new Map<number, { title: string; url: string }>();
  for (const entry of entries) {
    if (entry.actor) people.set(entry.actor.id, entry.actor.name);
    for (const state of [entry.before, entry.after]) {
      const source = row(row(state)?.source);
      const id = num(source, 'id');
      const title = text(source, 'title');
      const url = text(source, 'url');
      if (id !== null && title && url) sources.set(id, { title, url });
    }
  }
  if (claim) {
    for (const ref of [claim.assignee, claim.createdBy, claim.statusChangedBy, claim.verdict?.setBy]) if (ref) people.set(ref.id, ref.name);
    // The current title wins: it is what the reader sees in the sources list now.
    for (const link of claim.sources) sources.set(link.source.id, { title: link.source.title, url: link.source.url });
  }
  return { people, sources, ratings: new Map(ratings.map((rating) => [rating.key, rating.labelEn])) };
}

/** One audit entry in words, with its meaningful fields for "Show details". */
export function describeEntry(entry: AuditEntry, context: HistoryContext): DescribedEntry {
  return { ...sentence(entry, context), details: detailsOf(entry, context) };
}

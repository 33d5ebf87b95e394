import type { Claim } from '@sanad/shared/schemas/claim';
import type { Stance } from '@sanad/shared/schemas/source';
import type { AuditEntry } from '@sanad/shared/schemas/workflow';
import { shortenText } from '@sanad/shared/text/shorten';
import type { Formatters } from '../../i18n/format.ts';
import type { MessageId, Translate } from '../../i18n/use-t.ts';

/** The start and end of people's words (a quote, a title, a name) inside a sentence: Unicode's first-strong isolate and its pop. */
export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/**
 * Text people wrote, isolated for bidi inside a sentence of ours, so Arabic
 * and English never reorder each other. The list renders each isolated run
 * as a `<bdi>` (the marks themselves never reach the page).
 */
export function isolate(value: string): string {
  return `${ISOLATE_START}${value}${ISOLATE_END}`;
}

/** A sentence cut into our words (strings) and people's words (`{ text }`), as the list renders it. */
export function splitIsolates(sentence: string): (string | { text: string })[] {
  const pieces: (string | { text: string })[] = [];
  const pattern = new RegExp(`${ISOLATE_START}([^${ISOLATE_END}]*)${ISOLATE_END}`, 'gu');
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    if (match.index > last) pieces.push(sentence.slice(last, match.index));
    pieces.push({ text: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) pieces.push(sentence.slice(last));
  return pieces;
}

/** One meaningful field of an entry, before and after (null when absent). */
export interface FieldChange {
  label: string;
  before: string | null;
  after: string | null;
}

/** An audit entry as a newsroom reader sees it. */
export interface DescribedEntry {
  /**
   * The whole sentence, one catalogue message per kind of entry ("Rana
   * Reviewer set the verdict to False: “…”"), people's words isolated
   * (`isolate`).
   */
  sentence: string;
  /** The actor's name as it appears in the sentence (shown in bold), or null when the sentence names nobody first. */
  actor: string | null;
  /** The meaningful fields before and after, for "Show details". */
  details: FieldChange[];
}

function isConfidence(value: string | null): value is 'high' | 'medium' | 'low' {
  return value === 'high' || value === 'medium' || value === 'low';
}

/** What the entries themselves do not say: names of people and sources by id. */
export interface HistoryContext {
  people: Map<number, string>;
  sources: Map<number, { title: string; url: string }>;
  /** Labels of the live scale's ratings by key (retired ones included), in the interface language. */
  ratings: ReadonlyMap<string, string>;
}

/** What a sentence needs from the interface language: its messages and its list and number formats. */
export interface HistoryText {
  t: Translate;
  f: Pick<Formatters, 'list' | 'number' | 'day'>;
}

type Row = Record<string, unknown>;

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
const quoted = (value: string): string => isolate(shortenText(value, QUOTE_LIMIT + 1));

/** "yes"/"no" for an optional part of a message (`{hasQuote, select, yes {…} other {}}`). */
const has = (value: unknown): 'yes' | 'no' => (value ? 'yes' : 'no');

function ratingLabel(value: unknown, context: HistoryContext, t: Translate): string {
  if (typeof value !== 'string' || value === '') return t('history.unrated');
  // A rating deleted from the scale since (only possible once no verdict used it) shows by its key.
  return context.ratings.get(value) ?? value.replaceAll('_', ' ');
}

function isStance(value: unknown): value is Stance {
  return value === 'supports' || value === 'contradicts' || value === 'context';
}

function stanceWord(value: unknown, t: Translate): string {
  return t('history.stanceWord', { stance: isStance(value) ? value : 'unknown' });
}

function statusWord(value: string | null, t: Translate): string {
  return value === null ? t('history.unknown') : t('history.statusWord', { status: value });
}

/** "un.org" from "https://www.un.org/press/1". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function personName(context: HistoryContext, id: number | null, t: Translate): string {
  if (id === null) return t('history.nobody');
  const name = context.people.get(id);
  return name ? isolate(name) : t('history.anotherUser');
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

/** "UN press release (un.org)", or "a source" when it cannot be named. */
function sourceName(source: { title: string; url: string } | null, t: Translate): string {
  return source ? t('history.sourceName', { title: isolate(source.title), host: isolate(hostOf(source.url)) }) : t('history.aSource');
}

function changed(before: Row | null, after: Row | null, key: string): boolean {
  return JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null);
}

function claimClauses(before: Row | null, after: Row | null, context: HistoryContext, t: Translate): string[] {
  const clauses: string[] = [];
  const oldQuote = text(before, 'quote');
  const newQuote = text(after, 'quote');
  if (changed(before, after, 'quote') && newQuote) {
    clauses.push(oldQuote ? t('history.clause.quoteChanged', { from: quoted(oldQuote), to: quoted(newQuote) }) : t('history.clause.quoteSet', { to: quoted(newQuote) }));
  } else if (changed(before, after, 'start') || changed(before, after, 'end')) {
    clauses.push(t('history.clause.moved'));
  }
  if (changed(before, after, 'claimant')) {
    const was = text(before, 'claimant');
    const now = text(after, 'claimant');
    if (was && now) clauses.push(t('history.clause.claimantChanged', { from: isolate(was), to: isolate(now) }));
    else if (now) clauses.push(t('history.clause.claimantSet', { to: isolate(now) }));
    else if (was) clauses.push(t('history.clause.claimantRemoved', { from: isolate(was) }));
  }
  if (changed(before, after, 'assigneeId')) {
    const was = num(before, 'assigneeId');
    const now = num(after, 'assigneeId');
    if (now !== null && was !== null) clauses.push(t('history.clause.reassigned', { from: personName(context, was, t), to: personName(context, now, t) }));
    else if (now !== null) clauses.push(t('history.clause.assigned', { to: personName(context, now, t) }));
    else if (was !== null) clauses.push(t('history.clause.unassigned', { from: personName(context, was, t) }));
  }
  return clauses;
}

function sourceClauses(before: Row | null, after: Row | null, context: HistoryContext, t: Translate): string[] {
  const was = sourceOf(before, context);
  const now = sourceOf(after, context) ?? was;
  const name = sourceName(was ?? now, t);
  const clauses: string[] = [];
  // A new address relinks to another source: its fields are that source's, not edits of the old one.
  const pointed = changed(before, after, 'sourceId') && now !== null && was !== null;
  if (pointed) clauses.push(t('history.clause.pointed', { from: sourceName(was, t), to: sourceName(now, t) }));
  if (changed(before, after, 'stance')) {
    clauses.push(t('history.clause.stanceChanged', { source: name, from: stanceWord(before?.stance, t), to: stanceWord(after?.stance, t) }));
  }
  if (changed(before, after, 'excerpt')) {
    const excerpt = text(after, 'excerpt');
    clauses.push(excerpt ? t('history.clause.excerptChanged', { source: name, excerpt: quoted(excerpt) }) : t('history.clause.excerptRemoved', { source: name }));
  }
  // Source fields, when an entry carries the source before and after.
  const oldSource = row(before?.source);
  const newSource = row(after?.source);
  if (oldSource && newSource && !pointed) {
    for (const key of ['title', 'publisher', 'url'] as const) {
      const value = text(newSource, key);
      if (changed(oldSource, newSource, key) && value) clauses.push(t('history.clause.sourceField', { field: key, source: name, value: quoted(value) }));
    }
  }
  const source = was ?? now;
  return clauses.length > 0 ? clauses : [t('history.clause.sourceEdited', { known: has(source), source: sourceName(source, t) })];
}

/** The sentence of one entry, by action: one whole message per kind of entry, with the actor inside it. */
function sentence(entry: AuditEntry, context: HistoryContext, { t, f }: HistoryText): { sentence: string; actor: string | null } {
  const before = row(entry.before);
  const after = row(entry.after);
  const name = entry.actor?.name ?? null;
  // The actor opening the sentence: their name, isolated, or "The system".
  const actor = name === null ? t('history.theSystemStart') : isolate(name);
  const byActor = (value: string) => ({ sentence: value, actor: name });
  switch (entry.action) {
    case 'claim.create': {
      const quote = text(after, 'quote');
      return byActor(t('history.claimCreated', { actor, hasQuote: has(quote), quote: quote ? quoted(quote) : '' }));
    }
    case 'claim.update':
    case 'claim.assign': {
      const clauses = claimClauses(before, after, context, t);
      return byActor(clauses.length > 0 ? t('history.changes', { actor, changes: f.list(clauses) }) : t('history.claimChanged', { actor }));
    }
    case 'claim.delete':
      return byActor(t('history.claimDeleted', { actor }));
    case 'claim.anchor.confirm': {
      const quote = text(after, 'quote');
      const fuzzy = has(text(before, 'anchorStatus') === 'fuzzy');
      return byActor(t('history.anchorConfirmed', { actor, fuzzy, hasQuote: has(quote), quote: quote ? quoted(quote) : '' }));
    }
    case 'claim.reanchor': {
      const revision = num(after, 'revision');
      const status = text(after, 'anchorStatus') ?? 'anchored';
      const oldQuote = text(before, 'quote');
      const newQuote = text(after, 'quote');
      const quoteChanged = oldQuote !== null && newQuote !== null && oldQuote !== newQuote;
      return {
        sentence: t('history.reanchored', {
          revision: revision === null ? '?' : f.number(revision),
          editor: name === null ? t('history.theSystem') : isolate(name),
          status: t('history.anchorWord', { status }),
          quoteChanged: has(quoteChanged),
          from: oldQuote ? quoted(oldQuote) : '',
          to: newQuote ? quoted(newQuote) : '',
        }),
        actor: null,
      };
    }
    case 'claim.transition': {
      const note = text(after, 'statusNote');
      const withNote = note !== null && changed(before, after, 'statusNote');
      return byActor(
        t('history.transition', {
          actor,
          from: statusWord(text(before, 'status'), t),
          to: statusWord(text(after, 'status'), t),
          hasNote: has(withNote),
          note: withNote ? quoted(note) : '',
        }),
      );
    }
    case 'verdict.set': {
      const rating = ratingLabel(after?.rating, context, t);
      const rationale = text(after, 'rationale');
      const tail = { hasRationale: has(rationale), rationale: rationale ? quoted(rationale) : '' };
      if (!before) return byActor(t('history.verdictSet', { actor, rating, ...tail }));
      if (changed(before, after, 'rating')) return byActor(t('history.verdictChanged', { actor, from: ratingLabel(before.rating, context, t), rating, ...tail }));
      if (changed(before, after, 'rationale')) return byActor(t('history.rationaleRewritten', { actor, rating, ...tail }));
      if (changed(before, after, 'confidence')) {
        const confidence = text(after, 'confidence');
        return byActor(t('history.confidenceChanged', { actor, rating, confidence: isConfidence(confidence) ? confidence : 'none' }));
      }
      if (changed(before, after, 'recheckOn')) {
        const day = text(after, 'recheckOn');
        return byActor(t('history.recheckChanged', { actor, rating, hasDate: has(day), date: day ? f.day(day) : '' }));
      }
      return byActor(t('history.verdictUnchanged', { actor, rating }));
    }
    case 'verdict.delete':
      return byActor(t('history.verdictRemoved', { actor, rating: ratingLabel(before?.rating, context, t) }));
    case 'source.attach': {
      const stance = after?.stance;
      return byActor(t('history.sourceAttached', { actor, stance: isStance(stance) ? stance : 'unknown', source: sourceName(sourceOf(after, context), t) }));
    }
    case 'source.update':
      return byActor(t('history.changes', { actor, changes: f.list(sourceClauses(before, after, context, t)) }));
    case 'source.detach': {
      const source = sourceOf(before, context);
      return byActor(t('history.sourceRemoved', { actor, known: has(source), source: sourceName(source, t) }));
    }
    case 'claim.rests_on':
    case 'claim.rests_on_removed': {
      const quote = text(entry.action === 'claim.rests_on' ? after : before, 'quote');
      const values = { actor, known: has(quote), quote: quote ? quoted(quote) : '' };
      return byActor(entry.action === 'claim.rests_on' ? t('history.restsOnAdded', values) : t('history.restsOnRemoved', values));
    }
    case 'verdict.outdated': {
      const note = text(after, 'outdatedNote');
      return byActor(t('history.verdictOutdated', { actor, note: note ? quoted(note) : '' }));
    }
    case 'verdict.current':
      return byActor(t('history.verdictCurrent', { actor }));
    case 'double_rating.require':
      return byActor(t('history.doubleRatingRequired', { actor }));
    case 'double_rating.lift':
      return byActor(t('history.doubleRatingLifted', { actor }));
    case 'second_rating.set':
      return byActor(t('history.secondRatingGiven', { actor, rating: ratingLabel(after?.rating, context, t) }));
    case 'double_rating.complete': {
      const agreed = after?.agreed === true;
      return byActor(
        t('history.doubleRatingComplete', { agreed: agreed ? 'yes' : 'no', first: ratingLabel(after?.firstRating, context, t), second: ratingLabel(after?.secondRating, context, t) }),
      );
    }
    case 'double_rating.resolve': {
      const note = text(after, 'note');
      const choice = text(after, 'resolution');
      return byActor(t('history.disagreementResolved', { actor, choice: choice === 'first' || choice === 'second' ? choice : 'other', note: note ? quoted(note) : '' }));
    }
    case 'article.double_rating':
      return byActor(t('history.articleDoubleRating', { actor, on: after?.doubleRating === true ? 'true' : 'false' }));
    case 'comment.create': {
      const body = text(after, 'body');
      return byActor(t('history.commented', { actor, hasBody: has(body), body: body ? quoted(body) : '' }));
    }
    case 'comment.edit': {
      const body = text(after, 'body');
      return byActor(t('history.commentEdited', { actor, hasBody: has(body), body: body ? quoted(body) : '' }));
    }
    case 'comment.resolve':
      return byActor(t('history.discussionResolved', { actor }));
    case 'comment.reopen':
      return byActor(t('history.discussionReopened', { actor }));
    default:
      // An action this list has no sentence for yet: its code in words, so nothing is hidden.
      return byActor(t('history.otherAction', { actor, action: entry.action.replace(/[._]/g, ' '), entity: entry.entityType.replace('_', ' ') }));
  }
}

/** The fields a reader may want to compare, in order, with their labels and how to show their values. */
const DETAIL_FIELDS: {
  key: string;
  label: MessageId;
  show?: (value: unknown, context: HistoryContext, t: Translate) => string | null;
  /** Shown only when it changes (a new comment is always unresolved). */
  changesOnly?: boolean;
}[] = [
  { key: 'quote', label: 'history.field.quote' },
  { key: 'claimant', label: 'history.field.claimant' },
  { key: 'rating', label: 'history.field.rating', show: (value, context, t) => (value === null || value === undefined ? null : ratingLabel(value, context, t)) },
  { key: 'rationale', label: 'history.field.rationale' },
  { key: 'status', label: 'history.field.status', show: (value, _context, t) => (typeof value === 'string' ? statusWord(value, t) : null) },
  { key: 'statusNote', label: 'history.field.note' },
  {
    key: 'assigneeId',
    label: 'history.field.assignee',
    show: (value, context, t) => (typeof value === 'number' ? (context.people.get(value) ?? t('history.anotherUser')) : null),
  },
  { key: 'anchorStatus', label: 'history.field.anchor', show: (value, _context, t) => (typeof value === 'string' ? t('history.anchorWord', { status: value }) : null) },
  { key: 'revision', label: 'history.field.revision' },
  { key: 'title', label: 'history.field.title' },
  { key: 'publisher', label: 'history.field.publisher' },
  { key: 'url', label: 'history.field.url' },
  { key: 'publishedAt', label: 'history.field.published' },
  { key: 'sourceId', label: 'history.field.source', show: (value, context) => (typeof value === 'number' ? (context.sources.get(value)?.title ?? null) : null) },
  { key: 'stance', label: 'history.field.stance', show: (value, _context, t) => (isStance(value) ? t(`common.stance.${value}`) : null) },
  { key: 'excerpt', label: 'history.field.excerpt' },
  { key: 'body', label: 'history.field.comment' },
  {
    key: 'resolved',
    label: 'history.field.resolved',
    show: (value, _context, t) => (typeof value === 'boolean' ? (value ? t('history.yes') : t('history.no')) : null),
    changesOnly: true,
  },
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

function showDetail(field: (typeof DETAIL_FIELDS)[number], record: Row | null, context: HistoryContext, t: Translate): string | null {
  if (!record || !(field.key in record)) return null;
  const value = record[field.key];
  if (field.show) return field.show(value, context, t);
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** The meaningful fields of an entry: those that differ on an update, those with a value on a create or delete. */
export function detailsOf(entry: AuditEntry, context: HistoryContext, t: Translate): FieldChange[] {
  const before = flatten(row(entry.before));
  const after = flatten(row(entry.after));
  const changes: FieldChange[] = [];
  for (const field of DETAIL_FIELDS) {
    if (field.changesOnly && !(before && after)) continue;
    const was = showDetail(field, before, context, t);
    const now = showDetail(field, after, context, t);
    if (was === now) {
      // Unchanged on an update says nothing; on a create or delete the value is the point.
      if ((before && after) || was === null) continue;
    }
    changes.push({ label: t(field.label), before: before ? was : null, after: after ? now : null });
  }
  return changes;
}

/**
 * Names the entries need: people from the entries' actors and the claim's
 * references, sources from attach entries and the claim's current links.
 */
export function historyContext(
  entries: readonly AuditEntry[],
  claim?: Claim,
  ratings: readonly { key: string; labelEn: string; labelAr?: string }[] = [],
  language = 'en',
): HistoryContext {
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
  const label = (rating: (typeof ratings)[number]) => (language === 'ar' && rating.labelAr ? rating.labelAr : rating.labelEn);
  return { people, sources, ratings: new Map(ratings.map((rating) => [rating.key, label(rating)])) };
}

/** One audit entry in words, in the interface language, with its meaningful fields for "Show details". */
export function describeEntry(entry: AuditEntry, context: HistoryContext, text: HistoryText): DescribedEntry {
  return { ...sentence(entry, context, text), details: detailsOf(entry, context, text.t) };
}

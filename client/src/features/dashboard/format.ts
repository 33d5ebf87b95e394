import type { Summary } from '@sanad/shared/schemas/summary';
import type { ClaimStatus } from '@sanad/shared/schemas/workflow';
import { type RatingScale, tallyStyles, useRatingScale } from '../../lib/rating-scale.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

const languageNameCache = new Map<string, string>();

/** The English name of a language tag ("Arabic"), falling back to the tag itself. Cached: a table asks for the same few tags on every row. */
export function languageName(tag: string): string {
  let name = languageNameCache.get(tag);
  if (name === undefined) {
    name = tag === 'und' ? 'Undetermined' : lookUpLanguageName(tag);
    languageNameCache.set(tag, name);
  }
  return name;
}

function lookUpLanguageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const fullDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday": a past timestamp relative to `now`. */
export function relativeTime(value: string, now: number = Date.now()): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  let amount = (time - now) / 1000;
  if (Math.abs(amount) < 45) return 'just now';
  for (const [unit, size] of STEPS) {
    // Compared once rounded: 59.6 seconds reads "1 minute ago", not "60 seconds ago".
    if (Math.abs(Math.round(amount)) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return relative.format(Math.round(amount), 'year');
}

/** "Monday 3 March 2025 at 14:05": the full local date for a tooltip. */
export function fullTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : fullDate.format(date);
}

/** "3 Mar 2025". */
export function shortDay(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : shortDate.format(date);
}

/** Short words for each status in dense cells and charts. */
export const STATUS_WORDS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

/** Colours of the statuses in charts (each meets 3:1 against white as a graphic). */
export const STATUS_COLORS: Record<ClaimStatus, string> = {
  draft: '#6b7785',
  submitted: '#1d4ed8',
  approved: '#1b7a3d',
  changes_requested: '#8a5f00',
};

export const STATUS_ORDER: readonly ClaimStatus[] = ['draft', 'submitted', 'changes_requested', 'approved'];

export type VerdictKey = keyof Summary['totals']['verdicts'];

/** One verdict of the tally with its label and colours: the scale in order, then Unrated. */
export interface VerdictStyle {
  key: VerdictKey;
  label: string;
  labelAr: string;
  color: string;
}

/** The verdicts of these tallies with labels and colours: the live scale in order, then Unrated. */
export function verdictStyles(scale: RatingScale, ...tallies: Summary['totals']['verdicts'][]): VerdictStyle[] {
  return tallyStyles(scale, ...tallies).map((style) => ({ key: style.key, label: style.labelEn, labelAr: style.labelAr, color: style.color }));
}

/** `verdictStyles` of the live scale. */
export function useVerdictStyles(...tallies: Summary['totals']['verdicts'][]): VerdictStyle[] {
  return verdictStyles(useRatingScale(), ...tallies);
}

/** "1,234" with grouping, for tabular figures. */
const numbers = new Intl.NumberFormat('en-GB');
export function formatCount(value: number): string {
  // Whole numbers under 1,000 have no grouping to add: skip Intl for them (most cells of a table).
  return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numbers.format(value);
}

/** "3 claims" / "1 claim". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

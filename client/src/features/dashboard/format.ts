import type { Summary } from '@sanad/shared/schemas/summary';
import type { ClaimStatus } from '@sanad/shared/schemas/workflow';
import type { MessageId } from '../../i18n/use-t.ts';
import { type RatingScale, tallyStyles, useRatingScale } from '../../lib/rating-scale.ts';

const languageNames = new Map<string, Intl.DisplayNames>();
const languageNameCache = new Map<string, string>();

/**
 * The name of a language tag in the interface's locale ("Arabic", "العربية"),
 * `undetermined` for `und`, falling back to the tag itself. Cached: a table
 * asks for the same few tags on every row.
 */
export function languageName(tag: string, locale = 'en-GB', undetermined = 'Undetermined'): string {
  if (tag === 'und') return undetermined;
  const key = `${locale}\u0000${tag}`;
  let name = languageNameCache.get(key);
  if (name === undefined) {
    name = lookUpLanguageName(tag, locale);
    languageNameCache.set(key, name);
  }
  return name;
}

function lookUpLanguageName(tag: string, locale: string): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language' });
      languageNames.set(locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const dateFormats = new Map<string, { full: Intl.DateTimeFormat; short: Intl.DateTimeFormat }>();

function dateFormatsFor(locale: string) {
  let formats = dateFormats.get(locale);
  if (!formats) {
    formats = {
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }),
      short: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
    };
    dateFormats.set(locale, formats);
  }
  return formats;
}

/** "Monday 3 March 2025 at 14:05": the full local date for a tooltip, in `locale`. */
export function fullTime(value: string, locale = 'en-GB'): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormatsFor(locale).full.format(date);
}

/** "3 Mar 2025" (local day), in `locale`. */
export function shortDay(value: string, locale = 'en-GB'): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormatsFor(locale).short.format(date);
}

/** Short words for each status in narrow column headings (the full words are in `STATUS_MESSAGES`). */
export const STATUS_SHORT = {
  draft: 'dashboard.statusShort.draft',
  submitted: 'dashboard.statusShort.submitted',
  changes_requested: 'dashboard.statusShort.changesRequested',
  approved: 'dashboard.statusShort.approved',
} as const satisfies Record<ClaimStatus, MessageId>;

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

/** A verdict's label in the interface language (the scale carries English and Arabic labels). */
export function verdictLabel(style: Pick<VerdictStyle, 'label' | 'labelAr'>, language: string): string {
  return language === 'ar' ? style.labelAr : style.label;
}

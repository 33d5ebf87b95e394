import { useLingui } from '@lingui/react';
import { useMemo } from 'react';

/** Formatters for the interface language and the organisation's digits, built with `Intl`. */
export interface Formatters {
  /** A number, e.g. "1,234" or "١٬٢٣٤". */
  number(value: number): string;
  /** A percentage from a fraction (0.25 → "25%"). */
  percent(value: number): string;
  /** A coefficient to two decimal places, e.g. "0.67", "-0.10" or "٠٫٦٧" (agreement statistics). */
  coefficient(value: number): string;
  /** A server timestamp as a short local date and time, e.g. "3 Mar 2025, 14:05"; an unreadable value is shown as it is. */
  dateTime(value: string): string;
  /** A calendar date (YYYY-MM-DD) in words, the same in every time zone, e.g. "27 January 2014". */
  day(value: string): string;
  /** How long ago (or until) a timestamp is, relative to `now`: "5 minutes ago", "قبل ٥ دقائق". */
  relative(value: string, now?: Date): string;
  /** A list joined for the language: "A, B and C", "أ و ب و ج". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** The formatters built so far, by locale: `Intl` formatters are slow to build, and every list entry asks for them. */
const formattersByLocale = new Map<string, Formatters>();

/** The formatters for one locale (`ar-u-nu-arab`, `en-GB`, …), built once per locale. */
export function formattersFor(locale: string): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    formatters = buildFormatters(locale);
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

function buildFormatters(locale: string): Formatters {
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const coefficientFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const timeFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  };
  return {
    number: (value) => numberFormat.format(value),
    percent: (value) => percentFormat.format(value),
    coefficient: (value) => coefficientFormat.format(value),
    dateTime(value) {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : timeFormat.format(date);
    },
    day(value) {
      const date = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
    },
    relative(value, now = new Date()) {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      let amount = (date.getTime() - now.getTime()) / 1000;
      for (const [unit, size] of RELATIVE_STEPS) {
        if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit);
        amount /= size;
      }
      return relativeFormat.format(Math.round(amount), 'year');
    },
    list: (items, type = 'conjunction') => lists[type].format(items),
  };
}

/** The locale `Intl` formats with: the interface language with the organisation's digits (`ar-u-nu-arab`, `en-GB`). */
export function useLocale(): string {
  const { i18n } = useLingui();
  const locale = i18n.locales?.[0] ?? i18n.locale;
  return typeof locale === 'string' && locale ? locale : 'en-GB';
}

/** The formatters of the active language and digits; a new set when either changes. */
export function useFormat(): Formatters {
  const locale = useLocale();
  return useMemo(() => formattersFor(locale), [locale]);
}

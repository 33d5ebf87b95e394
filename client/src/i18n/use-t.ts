import { useLingui } from '@lingui/react';
import type { EnglishCatalogue } from './messages/en/source.ts';

/** The id of a message: a key of the English catalogue, which the Arabic one must match (a type error otherwise). */
export type MessageId = keyof EnglishCatalogue;

/** Values for a message's ICU arguments (`{count}`, `{name}`). */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** Looks up and formats one message in the interface language. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/**
 * The translate function of the active language. Its identity changes with
 * the language, so memoised values that depend on it recompute. Plain
 * functions that build text (history sentences, report labels) take a
 * `Translate` as their first argument rather than reading a global.
 */
export function useT(): Translate {
  const { _ } = useLingui();
  return _;
}

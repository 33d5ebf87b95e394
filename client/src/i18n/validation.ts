import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import { validation } from './messages/en/validation.ts';
import type { MessageId, Translate } from './use-t.ts';

/** A validation message's id, by its English text as the shared schemas write it (`validation.*` in the catalogue). */
const BY_TEXT: ReadonlyMap<string, MessageId> = new Map(
  (Object.entries(validation) as [MessageId, string][]).filter(([, text]) => !text.includes('{')).map(([id, text]) => [text, id]),
);

type Pattern = readonly [RegExp, (match: RegExpExecArray, t: Translate) => string];

/**
 * Messages with a number or a name inside (the shared schemas' password
 * lengths and logo type) and zod's own English messages for generic issues
 * (too_small, too_big, invalid_type, invalid_value, invalid_format…), which
 * the client and the server's `details` both carry.
 */
const PATTERNS: readonly Pattern[] = [
  [/^Use at least (\d+) characters \((\d+) or more is better\)\.$/, (m, t) => t('validation.passwordTooShort', { min: Number(m[1]), recommended: Number(m[2]) })],
  [/^Use at most (\d+) characters\.$/, (m, t) => t('validation.passwordTooLong', { max: Number(m[1]) })],
  [/^The file is not a (\w+) image\.$/, (m, t) => t('validation.logoNotImage', { type: m[1] })],
  [/^Too small: expected string to have >=?(\d+) characters$/, (m, t) => t('validation.tooShort', { min: Number(m[1]) })],
  [/^Too big: expected string to have <=?(\d+) characters$/, (m, t) => t('validation.tooLong', { max: Number(m[1]) })],
  [/^Too small: expected (?:array|set) to have >=?(\d+) items$/, (m, t) => t('validation.tooFew', { min: Number(m[1]) })],
  [/^Too big: expected (?:array|set) to have <=?(\d+) items$/, (m, t) => t('validation.tooMany', { max: Number(m[1]) })],
  [/^Too small: expected \w+ to be >=?(-?[\d.]+)$/, (m, t) => t('validation.tooSmall', { min: Number(m[1]) })],
  [/^Too big: expected \w+ to be <=?(-?[\d.]+)$/, (m, t) => t('validation.tooBig', { max: Number(m[1]) })],
  [/^Invalid input: expected \w+, received \w+$/, (_m, t) => t('validation.invalidType')],
  [/^Invalid (?:option|input): expected /, (_m, t) => t('validation.invalidOption')],
  [/^Invalid (?:string: must|[A-Za-z0-9 .-]+$)/, (_m, t) => t('validation.invalidFormat')],
  [/^(?:Invalid|Unrecognized)/, (_m, t) => t('validation.invalid')],
];

/**
 * A validation message (from a shared zod schema, zod itself, or the API's
 * `details`) in the interface language. In English the text is shown as it
 * is (it often says more than a generic message); in Arabic each known
 * message has its translation, and zod's generic issues a generic Arabic
 * message. Anything else (a message the client already translated) passes
 * unchanged.
 */
export function localiseValidation(t: Translate, locale: string, message: string): string {
  if (locale === 'en' || locale === '') return message;
  const id = BY_TEXT.get(message);
  if (id) return t(id);
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(match, t);
  }
  return message;
}

/** `localiseValidation` bound to the interface language; its identity changes with the language. */
export function useValidationMessage(): (message: string) => string {
  const { i18n, _ } = useLingui();
  const locale = i18n.locale;
  return useCallback((message: string) => localiseValidation(_, locale, message), [_, locale]);
}

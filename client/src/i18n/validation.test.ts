import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LogoSchema } from '@sanad/shared/schemas/organisation';
import { PasswordSchema } from '@sanad/shared/schemas/user';
import { z } from 'zod';
import { arabic } from './messages/ar/source.ts';
import { english } from './messages/en/source.ts';
import type { MessageId } from './use-t.ts';
import { localiseValidation } from './validation.ts';

const inArabic = (id: MessageId, values?: Record<string, unknown>) => `${arabic[id]}${values ? JSON.stringify(values) : ''}`;
const inEnglish = (id: MessageId) => english[id];
const hasArabic = (text: string) => /\p{Script=Arabic}/u.test(text);

/** Every fixed message the shared schemas write: the string arguments of min/max/regex/refine/email/date and `message:` properties. */
function schemaMessages(): string[] {
  const folder = fileURLToPath(new URL('../../../shared/src/schemas/', import.meta.url));
  const found = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const source = readFileSync(folder + file, 'utf8');
    for (const match of source.matchAll(/(?:\.(?:min|max|regex|refine|email|date|int|nonnegative)\([^'`]*?|message:\s*)'([A-Z][^']*)'/g)) found.add(match[1] as string);
  }
  // A message is a sentence; a bare word such as a normalisation form ('NFC') is an argument, not a message.
  return [...found].filter((text) => text.includes(' ')).sort();
}

describe(localiseValidation.name, () => {
  it('finds the messages of the shared schemas', () => {
    expect(schemaMessages()).toContain('Give the article a title.');
    expect(schemaMessages().length).toBeGreaterThan(25);
  });

  it.each(schemaMessages())('has an Arabic translation of "%s"', (message) => {
    const shown = localiseValidation(inArabic, 'ar', message);
    expect(shown).not.toBe(message);
    expect(hasArabic(shown)).toBe(true);
  });

  it('translates the messages with numbers and names inside', () => {
    const short = PasswordSchema.safeParse('abc');
    const long = PasswordSchema.safeParse('x'.repeat(500));
    const logo = LogoSchema.safeParse('data:image/png;base64,AAAA');
    const messages = [short, long, logo].map((result) => result.error?.issues[0]?.message ?? '');
    for (const message of messages) {
      expect(message).not.toBe('');
      expect(hasArabic(localiseValidation(inArabic, 'ar', message))).toBe(true);
    }
    expect(localiseValidation(inArabic, 'ar', messages[0] as string)).toContain('"min":8');
  });

  it("gives zod's generic issues a generic Arabic message", () => {
    const schema = z.object({ a: z.string().min(3), b: z.string().max(2), c: z.number().min(1), d: z.string(), e: z.enum(['x', 'y']), f: z.email() });
    const result = schema.safeParse({ a: '', b: 'long', c: 0, d: 5, e: 'z', f: 'nope' });
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(6);
    for (const issue of issues) expect({ message: issue.message, arabic: hasArabic(localiseValidation(inArabic, 'ar', issue.message)) }).toEqual({ message: issue.message, arabic: true });
  });

  it('shows messages as they are in English, and leaves unknown text alone', () => {
    expect(localiseValidation(inEnglish, 'en', 'Give the article a title.')).toBe('Give the article a title.');
    expect(localiseValidation(inArabic, 'ar', 'اكتب عنوانًا.')).toBe('اكتب عنوانًا.');
  });
});

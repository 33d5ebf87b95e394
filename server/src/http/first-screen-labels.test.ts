import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '@sanad/shared/interface-language';
import { FIRST_SCREEN_LABELS, type FirstScreenLabels } from './first-screen-labels.ts';

/** The client's messages of one language, read as text (the server does not import the client): id -> message. */
function clientMessages(language: InterfaceLanguage): Map<string, string> {
  const folder = join(import.meta.dirname, '../../../client/src/i18n/messages', language);
  const messages = new Map<string, string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/^\s*'([a-zA-Z0-9.]+)':\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)) {
      messages.set(match[1]!, match[2]!.replace(/\\'/g, "'"));
    }
  }
  return messages;
}

/** Each plain label and the id of the client's message it copies. */
const PLAIN: [keyof FirstScreenLabels, string][] = [
  ['allArticles', 'workspace.allArticles'],
  ['showHighlights', 'workspace.showHighlights'],
  ['suggestions', 'suggestions.toggle'],
  ['find', 'find.open'],
  ['history', 'workspace.history'],
  ['editText', 'workspace.editText'],
  ['details', 'workspace.details'],
  ['reportPreview', 'workspace.reportPreview'],
  ['assigned', 'users.assigned'],
  ['nobody', 'users.nobody'],
  ['assign', 'users.assign'],
  ['doubleRatingLabel', 'doubleRating.articleLabel'],
  ['doubleRatingOn', 'doubleRating.articleOn'],
  ['searchPlaceholder', 'search.placeholder'],
  ['search', 'common.search'],
  ['account', 'shell.account'],
  ['logOut', 'shell.logOut'],
];

describe('FIRST_SCREEN_LABELS', () => {
  for (const language of INTERFACE_LANGUAGES) {
    it(`are the client's own ${language} messages`, () => {
      const messages = clientMessages(language);
      const labels = FIRST_SCREEN_LABELS[language];
      for (const [field, id] of PLAIN) expect(labels[field], id).toBe(messages.get(id));
      for (const [field, id] of Object.entries({ dashboard: 'dashboard', articles: 'articles', queue: 'queue', approvals: 'approvals', methodology: 'methodology', admin: 'admin' })) {
        expect(labels.nav[field as keyof FirstScreenLabels['nav']]).toBe(messages.get(`shell.nav.${id}`));
      }
      for (const role of ['reviewer', 'editor', 'admin'] as const) expect(labels.roles[role]).toBe(messages.get(`common.role.${role}`));
      expect(labels.otherLanguage).toBe(messages.get(`common.language.${language === 'ar' ? 'en' : 'ar'}`));
      // The keyboard help: its keys put back into the message's tags <0>…</0> to <5>…</5>.
      const help = labels.keyboardHelp.map((part, index) => (index % 2 === 1 ? `<${(index - 1) / 2}>${part}</${(index - 1) / 2}>` : part)).join('');
      expect(help).toBe(messages.get('workspace.keyboardHelp'));
      // The toolbar's line while the claims load: the message with the language, each direction and `loading: yes`.
      const meta = messages.get('workspace.meta')!;
      const select = (key: string) => new RegExp(`\\{${key}, select, (\\w+) \\{([^{}]*)\\} other \\{`).exec(meta)!;
      const [, rtlKey, rtl] = select('direction');
      const [, yesKey, loading] = select('loading');
      expect([rtlKey, yesKey]).toEqual(['rtl', 'yes']);
      const ltr = /\{direction, select, rtl \{[^{}]*\} other \{([^{}]*)\}\}/.exec(meta)![1];
      expect(labels.meta('L', 'rtl')).toBe(`L · ${rtl} · ${loading}`);
      expect(labels.meta('L', 'ltr')).toBe(`L · ${ltr} · ${loading}`);
    });
  }
});

import { type Token, parse } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@sanad/shared/errors';
import { arabic } from './messages/ar/source.ts';
import { english } from './messages/en/source.ts';

/** The arguments a message uses, and the plural categories of each plural argument. */
function shape(message: string): { args: Set<string>; plurals: Map<string, Set<string>> } {
  const args = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') args.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        args.add(token.arg);
        if (token.type === 'plural') plurals.set(token.arg, new Set(token.cases.map((c) => c.key)));
        for (const c of token.cases) walk(c.tokens);
      }
    }
  };
  walk(parse(message));
  return { args, plurals };
}

const ids = Object.keys(english) as (keyof typeof english)[];

describe('the interface catalogues', () => {
  it('have the same ids in Arabic and English', () => {
    expect(Object.keys(arabic).sort()).toEqual([...ids].sort());
  });

  it('start every id with its namespace, so ids never collide across files', () => {
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z]+\.[\w.]+$/);
  });

  it.each(ids)('%s parses and uses the same arguments in both languages', (id) => {
    const en = shape(english[id]);
    const ar = shape(arabic[id]);
    expect([...ar.args].sort()).toEqual([...en.args].sort());
  });

  it('give every Arabic plural the six forms of Arabic (zero, one, two, few, many, other)', () => {
    for (const id of ids) {
      for (const [arg, cases] of shape(arabic[id]).plurals) {
        const categories = [...cases].filter((key) => !key.startsWith('='));
        expect({ id, arg, categories: categories.sort() }).toEqual({ id, arg, categories: ['few', 'many', 'one', 'other', 'two', 'zero'] });
      }
    }
  });

  it('give every English plural one and other', () => {
    for (const id of ids) {
      for (const [arg, cases] of shape(english[id]).plurals) {
        expect({ id, arg, has: ['one', 'other'].every((key) => cases.has(key)) }).toEqual({ id, arg, has: true });
      }
    }
  });

  it('have a message for every API error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(english).toHaveProperty([`errors.${code}`]);
      expect(arabic).toHaveProperty([`errors.${code}`]);
    }
  });

  it('hold Arabic text in the Arabic catalogue, not English left untranslated', () => {
    // Names that stay in Latin letters in Arabic text too.
    const allowed = new Set<string>(['common.language.en']);
    const untranslated = ids.filter((id) => {
      const words = english[id].replace(/\{\s*\w+\s*\}/g, '');
      return !allowed.has(id) && /\p{L}/u.test(words) && !/\p{Script=Arabic}/u.test(arabic[id]);
    });
    expect(untranslated).toEqual([]);
  });
});

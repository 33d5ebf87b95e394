import { describe, expect, it } from 'vitest';
import { readableContext } from './context.ts';
import { spanContext } from './quote.ts';

describe('readableContext', () => {
  const text = 'تداولتها وكالات الأنباء ووسائط الاتصال الإلكتروني في سوريا وخارجها، خاصة في العواصم الدولية والعربية المؤثرة، تؤكد وجود صلة مباشرة بين نظام بشار الأسد وتنظيم «داعش» دولة العراق والشام.';

  it('drops the word a 32-character prefix or suffix cuts in half', () => {
    const quote = 'والعربية المؤثرة';
    const start = text.indexOf(quote);
    const { prefix, suffix } = spanContext(text, start, start + quote.length);
    const context = readableContext(prefix, suffix, start);
    // Every word shown is a whole word of the text.
    for (const word of `${context.before} ${context.after}`.split(/\s+/u).filter(Boolean)) {
      expect(text.split(/[\s،.]+/u)).toContain(word.replace(/[،.]$/u, ''));
    }
    expect(context.before.endsWith('الدولية ')).toBe(true);
    expect(context.moreBefore).toBe(true);
    expect(context.moreAfter).toBe(true);
    expect(text.includes(`${context.before}${quote}${context.after}`)).toBe(true);
  });

  it('keeps the whole prefix at the start of the text and the whole suffix at its end', () => {
    const short = 'قال الوزير إن الاتفاق تم.';
    const quote = 'الوزير';
    const start = short.indexOf(quote);
    const { prefix, suffix } = spanContext(short, start, start + quote.length);
    expect(readableContext(prefix, suffix, start)).toEqual({ before: 'قال ', after: ' إن الاتفاق تم.', moreBefore: false, moreAfter: false });
  });

  it('shows no half word when the context is one long word', () => {
    const context = readableContext('x'.repeat(32), 'y'.repeat(32), 100);
    expect(context).toEqual({ before: '', after: '', moreBefore: true, moreAfter: true });
  });
});

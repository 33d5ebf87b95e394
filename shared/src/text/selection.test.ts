import { describe, expect, it } from 'vitest';
import { snapSelection } from './selection.ts';

function select(text: string, part: string, extraBefore = 0, extraAfter = 0) {
  const start = text.indexOf(part);
  return snapSelection(text, start - extraBefore, start + part.length + extraAfter);
}

describe('snapSelection', () => {
  it('trims surrounding spaces and sentence punctuation', () => {
    const text = 'قال الوزير: إن البطالة انخفضت.  ثم غادر';
    const snapped = select(text, ' إن البطالة انخفضت.  ');
    expect(snapped?.quote).toBe('إن البطالة انخفضت');
  });

  it('extends an edge that cut a letter from its harakat', () => {
    const text = 'عقد جلستَيْن منفصلتَيْن';
    const fatha = text.indexOf('\u064E');
    const snapped = snapSelection(text, 4, fatha);
    expect(snapped?.quote).toBe('جلستَ');
    const fromMark = snapSelection(text, fatha, text.indexOf(' منفصل'));
    expect(fromMark?.start).toBe(fatha - 1);
  });

  it('keeps a surrogate pair whole', () => {
    const text = 'wow 😀 yes';
    const emoji = text.indexOf('😀');
    expect(snapSelection(text, 0, emoji + 1)?.quote).toBe('wow 😀');
  });

  it('drops an unbalanced guillemet but keeps a balanced pair', () => {
    const text = 'استأنف مؤتمر «جنيف2» أعماله';
    expect(select(text, '«جنيف2')?.quote).toBe('جنيف2');
    expect(select(text, 'جنيف2» أعماله')?.quote).toBe('جنيف2» أعماله');
    expect(select(text, '«جنيف2»')?.quote).toBe('«جنيف2»');
    expect(select(text, 'مؤتمر «جنيف2»')?.quote).toBe('مؤتمر «جنيف2»');
  });

  it('trims a closing guillemet whose opener lies outside the selection', () => {
    const text = 'تؤكد «الشراكة والانصهار» بين';
    expect(select(text, 'الشراكة والانصهار»')?.quote).toBe('الشراكة والانصهار');
  });

  it('keeps a percent sign and Latin digits inside Arabic', () => {
    const text = 'انخفضت البطالة إلى 3.5% في 2023.';
    expect(select(text, 'إلى 3.5% ')?.quote).toBe('إلى 3.5%');
    expect(select(text, 'في 2023.')?.quote).toBe('في 2023');
  });

  it('returns null when only spaces and punctuation are selected', () => {
    expect(snapSelection('a , . b', 1, 5)).toBeNull();
    expect(snapSelection('abc', 1, 1)).toBeNull();
  });

  it('accepts a backwards selection', () => {
    const text = 'one two three';
    expect(snapSelection(text, 7, 4)?.quote).toBe('two');
  });
});

import { describe, expect, it } from 'vitest';
import { changedWords, spellingDifferences } from './spelling.ts';

describe('spellingDifferences', () => {
  it('is empty when only harakat or tatweel changed', () => {
    expect(spellingDifferences('أدّى إلى', 'أدى إلىً')).toEqual([]);
    expect(spellingDifferences('جلستَيْن', 'جلـستين')).toEqual([]);
  });

  it('names a hamza or alef form that changes the word', () => {
    expect(spellingDifferences('قال إن الوزير', 'قال أن الوزير')).toEqual(['hamza']);
    expect(spellingDifferences('أكثر', 'اكثر')).toEqual(['hamza']);
  });

  it('names ta marbuta and alef maqsura, together with harakat', () => {
    expect(spellingDifferences('المدينةُ', 'المدينه')).toEqual(['ta_marbuta']);
    expect(spellingDifferences('مستشفى إلى', 'مستشفي الي')).toEqual(['hamza', 'alef_maqsura']);
  });

  it('names other folded letters, and any text that differs beyond them', () => {
    expect(spellingDifferences('عام ٢٠١٣', 'عام 2013')).toEqual(['letters']);
    expect(spellingDifferences('UN', 'un')).toEqual(['letters']);
    expect(spellingDifferences('سوق العمل', 'سوق النفط')).toEqual(['letters']);
  });
});

describe('changedWords', () => {
  it('pairs the words whose letters changed, not those whose harakat did', () => {
    expect(changedWords('قال إنَّ الوزيرَ', 'قال أن الوزير')).toEqual([['إنَّ', 'أن']]);
  });

  it('gives nothing when the word count changed', () => {
    expect(changedWords('قال إن', 'قال إن الوزير')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ReanchorCounts } from '@sanad/shared/schemas/revision';
import { setupI18n } from '@lingui/core';
import { compileCatalogue } from '../i18n/compile.ts';
import { english } from '../i18n/messages/en/source.ts';
import { arabic } from '../i18n/messages/ar/source.ts';
import type { Translate } from '../i18n/use-t.ts';
import { describeReanchor as describeIn } from './reanchor-summary.ts';

const i18n = setupI18n({ locale: 'en', messages: { en: compileCatalogue(english), ar: compileCatalogue(arabic) } });
const translate: Translate = (id, values) => i18n._(id, values);
const describeReanchor = (value: ReanchorCounts) => describeIn(translate, 'en-GB', value);

const counts = (overrides: Partial<ReanchorCounts>): ReanchorCounts => ({ anchored: 0, moved: 0, modified: 0, normalised: 0, fuzzy: 0, orphaned: 0, ...overrides });

describe('describeReanchor', () => {
  it('says there was nothing to re-anchor', () => {
    expect(describeReanchor(counts({}))).toBe('No claims to re-anchor.');
  });

  it('says one claim or all claims stayed in place', () => {
    expect(describeReanchor(counts({ anchored: 1 }))).toBe('The claim stayed in place.');
    expect(describeReanchor(counts({ anchored: 4 }))).toBe('All 4 claims stayed in place.');
  });

  it('lists moved, modified and normalised claims, then the unchanged ones', () => {
    expect(describeReanchor(counts({ anchored: 5, moved: 3, modified: 1, normalised: 2 }))).toBe('3 claims moved, 1 modified, 2 matched after normalisation, 2 unchanged');
    expect(describeReanchor(counts({ anchored: 1, moved: 1 }))).toBe('1 claim moved');
  });

  it('counts fuzzy and orphaned claims together as needing re-anchoring', () => {
    expect(describeReanchor(counts({ fuzzy: 1 }))).toBe('1 needs re-anchoring');
    expect(describeReanchor(counts({ anchored: 2, fuzzy: 1, orphaned: 2 }))).toBe('3 need re-anchoring, 2 unchanged');
  });

  it('says it in Arabic with Arabic plurals and list', () => {
    i18n.activate('ar', ['ar-u-nu-latn']);
    try {
      expect(describeIn(translate, 'ar-u-nu-latn', counts({ anchored: 2, moved: 2, fuzzy: 1 }))).toBe('نُقل ادعاءان وادعاء واحد يحتاج إلى إعادة التثبيت');
    } finally {
      i18n.activate('en');
    }
  });
});

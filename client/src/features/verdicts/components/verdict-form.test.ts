import { describe, expect, it } from 'vitest';
import { setupI18n } from '@lingui/core';
import { compileCatalogue } from '../../../i18n/compile.ts';
import { english } from '../../../i18n/messages/en/source.ts';
import type { Translate } from '../../../i18n/use-t.ts';
import { draftComment as draftIn } from './verdict-form.tsx';

const i18n = setupI18n({ locale: 'en', messages: { en: compileCatalogue(english) } });
const t: Translate = (id, values) => i18n._(id, values);
const draftComment = (rating: string | null, rationale: string) => draftIn(t, rating, rationale);

describe('draftComment', () => {
  it('turns a kept draft into a comment with its rating and rationale', () => {
    expect(draftComment('False', 'الرقم الرسمي ٩٪ وليس ٧٪.')).toBe('My unsaved draft verdict:\nRating: False\n\nالرقم الرسمي ٩٪ وليس ٧٪.');
  });

  it('trims the rationale but keeps its inner line breaks', () => {
    expect(draftComment('Misleading', '\n  First point.\n\nSecond point.  \n')).toBe('My unsaved draft verdict:\nRating: Misleading\n\nFirst point.\n\nSecond point.');
  });

  it('leaves out a rating that was not chosen and a rationale that is blank', () => {
    expect(draftComment(null, 'Only reasoning.')).toBe('My unsaved draft verdict:\n\nOnly reasoning.');
    expect(draftComment('True', '   \n ')).toBe('My unsaved draft verdict:\nRating: True');
    expect(draftComment(null, '')).toBe('My unsaved draft verdict:');
  });
});

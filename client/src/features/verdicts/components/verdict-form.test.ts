import { describe, expect, it } from 'vitest';
import { draftComment } from './verdict-form.tsx';

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

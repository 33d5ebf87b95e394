import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@sanad/shared/schemas/workflow';
import { isGraphemeBoundary } from '@sanad/shared/text/graphemes';
import { codePointLength } from '@sanad/shared/text/shorten';
import { setupI18n } from '@lingui/core';
import { compileCatalogue } from '../../i18n/compile.ts';
import { formattersFor } from '../../i18n/format.ts';
import { arabic } from '../../i18n/messages/ar/source.ts';
import { english } from '../../i18n/messages/en/source.ts';
import type { Translate } from '../../i18n/use-t.ts';
import {
  type DescribedEntry,
  type HistoryContext,
  type HistoryText,
  describeEntry,
  detailsOf,
  historyContext,
  hostOf,
  isolate,
  splitIsolates,
} from './describe-entry.ts';
import { aClaim } from '../../test/claim.ts';

/** The translate function and formatters of one interface language, built from its catalogue as the app builds them. */
function textIn(language: 'en' | 'ar'): HistoryText {
  const i18n = setupI18n();
  i18n.load(language, compileCatalogue(language === 'en' ? english : arabic));
  const locale = language === 'en' ? 'en-GB' : 'ar-u-nu-latn';
  i18n.activate(language, [locale]);
  const t: Translate = (id, values) => i18n._(id, values);
  return { t, f: formattersFor(locale) };
}

const en = textIn('en');
const t = en.t;

const rana = { id: 1, name: 'Rana Reviewer', role: 'reviewer' as const };
const omar = { id: 2, name: 'Omar Editor', role: 'editor' as const };

const un = { id: 10, url: 'https://www.un.org/press/1', title: 'UN press release', publisher: 'United Nations', publishedAt: '2024-05-01', origin: null };
const who = { id: 11, url: 'https://who.int/report', title: 'WHO report', publisher: 'WHO', publishedAt: null, origin: null };

const context: HistoryContext = {
  people: new Map([
    [rana.id, rana.name],
    [omar.id, omar.name],
  ]),
  sources: new Map([[un.id, { title: un.title, url: un.url }]]),
  ratings: new Map([
    ['false', 'False'],
    ['mostly_true', 'Mostly true'],
    ['misleading_old', 'Misleading (retired)'],
  ]),
};

let nextId = 1;
function entry(action: string, entityType: AuditEntry['entityType'], before: unknown, after: unknown, actor: AuditEntry['actor'] = rana): AuditEntry {
  nextId += 1;
  return { id: nextId, at: '2025-03-10T12:00:00.000Z', actor, action, entityType, entityId: 5, before, after };
}

/** The sentence as a reader sees it (the bidi isolates are invisible). */
function read(sentence: string): string {
  return splitIsolates(sentence)
    .map((piece) => (typeof piece === 'string' ? piece : piece.text))
    .join('');
}

/** The sentence after the actor's name ("set the verdict to False"), as most cases here compare it. */
function sentence(value: AuditEntry, ctx: HistoryContext = context, text: HistoryText = en): string {
  const described = describeEntry(value, ctx, text);
  const whole = read(described.sentence);
  return described.actor !== null && whole.startsWith(`${described.actor} `) ? whole.slice(described.actor.length + 1) : whole;
}

/** The people's words of a sentence other than the actor's name (quotes, titles, names), in order. */
function isolated(described: DescribedEntry): string[] {
  return splitIsolates(described.sentence)
    .filter((piece): piece is { text: string } => typeof piece !== 'string')
    .map((piece) => piece.text)
    .filter((text, index) => !(index === 0 && text === described.actor));
}

const arabicQuote = 'قال الوزير إنَّ نسبة البطالة انخفضت إلى ٧٪ هذا العام';

describe('describeEntry', () => {
  describe('claims', () => {
    it('reads a new claim with its Arabic quote as quoted, isolated text', () => {
      const described = describeEntry(entry('claim.create', 'claim', null, { quote: arabicQuote, status: 'draft' }), context, en);
      expect(described.actor).toBe('Rana Reviewer');
      expect(described.sentence).toBe(`${isolate('Rana Reviewer')} marked the claim “${isolate(arabicQuote)}”`);
    });

    it('collapses line breaks and runs of spaces inside a quote', () => {
      expect(sentence(entry('claim.create', 'claim', null, { quote: '  قال الوزير\n\nإن   الاتفاق  ' }))).toBe('marked the claim “قال الوزير إن الاتفاق”');
    });

    it('reads a new claim without a quote as a bare sentence', () => {
      expect(sentence(entry('claim.create', 'claim', null, { quote: '' }))).toBe('marked the claim');
    });

    it('reads a quote change from the old words to the new', () => {
      expect(sentence(entry('claim.update', 'claim', { quote: 'البطالة ٧٪', start: 4, end: 14 }, { quote: 'البطالة ٩٪', start: 4, end: 14 }))).toBe(
        'changed the quote from “البطالة ٧٪” to “البطالة ٩٪”',
      );
    });

    it('says a claim moved when only its offsets changed', () => {
      expect(sentence(entry('claim.update', 'claim', { quote: 'same', start: 4, end: 8 }, { quote: 'same', start: 40, end: 44 }))).toBe(
        'moved the claim to another place with the same words',
      );
    });

    it('reads claimant changes: set, changed and removed', () => {
      expect(sentence(entry('claim.update', 'claim', { claimant: null }, { claimant: 'وزير المالية' }))).toBe('set the claimant to وزير المالية');
      expect(sentence(entry('claim.update', 'claim', { claimant: 'A' }, { claimant: 'B' }))).toBe('changed the claimant from A to B');
      expect(sentence(entry('claim.update', 'claim', { claimant: 'وزير المالية' }, { claimant: null }))).toBe('removed the claimant وزير المالية');
    });

    it('isolates a claimant name without quoting it', () => {
      const described = describeEntry(entry('claim.update', 'claim', { claimant: null }, { claimant: 'وزير المالية' }), context, en);
      expect(described.sentence).toBe(`${isolate('Rana Reviewer')} set the claimant to ${isolate('وزير المالية')}`);
    });

    it('joins several changes into one sentence with commas and "and"', () => {
      const value = entry('claim.update', 'claim', { quote: 'a', claimant: null, assigneeId: null }, { quote: 'b', claimant: 'X', assigneeId: 1 });
      expect(sentence(value)).toBe('changed the quote from “a” to “b”, set the claimant to X and assigned the claim to Rana Reviewer');
    });

    it('reads an update that changed nothing it knows as "changed the claim"', () => {
      expect(sentence(entry('claim.update', 'claim', { quote: 'a', version: 1 }, { quote: 'a', version: 2 }))).toBe('changed the claim');
    });

    it('reads assignments by name, and someone it cannot name as "another user"', () => {
      expect(sentence(entry('claim.assign', 'claim', { assigneeId: null }, { assigneeId: 1 }))).toBe('assigned the claim to Rana Reviewer');
      expect(sentence(entry('claim.assign', 'claim', { assigneeId: 1 }, { assigneeId: 99 }))).toBe('reassigned the claim from Rana Reviewer to another user');
      expect(sentence(entry('claim.assign', 'claim', { assigneeId: 2 }, { assigneeId: null }))).toBe('unassigned the claim from Omar Editor');
    });

    it('reads a deletion', () => {
      expect(sentence(entry('claim.delete', 'claim', { quote: 'x' }, null))).toBe('deleted the claim');
    });

    it('tells an accepted suggestion from a confirmed edit', () => {
      expect(sentence(entry('claim.anchor.confirm', 'claim', { anchorStatus: 'fuzzy' }, { anchorStatus: 'anchored', quote: 'نص مقترح' }))).toBe(
        'accepted the suggested match “نص مقترح”',
      );
      expect(sentence(entry('claim.anchor.confirm', 'claim', { anchorStatus: 'modified' }, { anchorStatus: 'anchored', quote: 'نص جديد' }))).toBe(
        'confirmed the claim’s new text “نص جديد”',
      );
      expect(sentence(entry('claim.anchor.confirm', 'claim', { anchorStatus: 'fuzzy' }, null))).toBe('accepted the suggested match');
    });

    it('reads a re-anchoring as the system’s doing, naming who edited the text', () => {
      const described = describeEntry(
        entry(
          'claim.reanchor',
          'claim',
          { revision: 2, quote: 'البطالة ٧٪', anchorStatus: 'anchored' },
          { revision: 3, quote: 'البطالة ٩٪', anchorStatus: 'modified' },
          omar,
        ),
        context,
        en,
      );
      expect(described.actor).toBeNull();
      expect(read(described.sentence)).toBe('Re-anchored after revision 3 (text edited by Omar Editor): modified; the quote changed from “البطالة ٧٪” to “البطالة ٩٪”');
    });

    it('reads a re-anchoring with the same words, a fuzzy status, an unknown status and no actor', () => {
      expect(sentence(entry('claim.reanchor', 'claim', { quote: 'a' }, { revision: 4, quote: 'a', anchorStatus: 'fuzzy' }, omar))).toBe(
        'Re-anchored after revision 4 (text edited by Omar Editor): suggested match',
      );
      expect(sentence(entry('claim.reanchor', 'claim', { quote: 'a' }, { revision: 4, quote: 'a', anchorStatus: 'drifted' }, null))).toBe(
        'Re-anchored after revision 4 (text edited by the system): drifted',
      );
    });

    it('reads a workflow move with its note, in newsroom words', () => {
      const value = entry('claim.transition', 'claim', { status: 'submitted', statusNote: null }, { status: 'changes_requested', statusNote: 'أضف مصدراً رسمياً' });
      expect(sentence(value)).toBe('moved the claim from submitted to changes requested: “أضف مصدراً رسمياً”');
    });

    it('leaves out a note the move did not change, and names unknown or missing statuses', () => {
      expect(sentence(entry('claim.transition', 'claim', { status: 'changes_requested', statusNote: 'old' }, { status: 'submitted', statusNote: 'old' }))).toBe(
        'moved the claim from changes requested to submitted',
      );
      expect(sentence(entry('claim.transition', 'claim', { status: 'archived' }, {}))).toBe('moved the claim from archived to unknown');
    });
  });

  describe('verdicts', () => {
    it('reads a first verdict with its rationale', () => {
      expect(sentence(entry('verdict.set', 'verdict', null, { rating: 'false', rationale: 'الأرقام الرسمية تقول ٩٪' }))).toBe(
        'set the verdict to False: “الأرقام الرسمية تقول ٩٪”',
      );
    });

    it('reads a change of rating from the old label to the new', () => {
      expect(sentence(entry('verdict.set', 'verdict', { rating: 'mostly_true', rationale: 'r' }, { rating: 'false', rationale: 'r' }))).toBe(
        'changed the verdict from Mostly true to False: “r”',
      );
    });

    it('reads a rewritten rationale and an unchanged save', () => {
      expect(sentence(entry('verdict.set', 'verdict', { rating: 'false', rationale: 'old' }, { rating: 'false', rationale: 'new' }))).toBe(
        'rewrote the rationale of the False verdict: “new”',
      );
      expect(sentence(entry('verdict.set', 'verdict', { rating: 'false', rationale: 'same' }, { rating: 'false', rationale: 'same' }))).toBe(
        'saved the verdict (False) unchanged',
      );
    });

    it('reads a changed confidence and a re-check day set or removed', () => {
      const before = { rating: 'false', rationale: 'same', confidence: null, recheckOn: null };
      expect(sentence(entry('verdict.set', 'verdict', before, { ...before, confidence: 'low' }))).toBe('marked the False verdict as held with low confidence');
      expect(sentence(entry('verdict.set', 'verdict', { ...before, confidence: 'high' }, before))).toBe('left the confidence of the False verdict unstated');
      expect(sentence(entry('verdict.set', 'verdict', before, { ...before, recheckOn: '2027-03-01' }))).toBe('set the False verdict to be checked again on 1 March 2027');
      expect(sentence(entry('verdict.set', 'verdict', { ...before, recheckOn: '2027-03-01' }, before))).toBe('removed the re-check date of the False verdict');
    });

    it('names a retired rating by its label and a rating no longer on the scale by its key', () => {
      expect(sentence(entry('verdict.set', 'verdict', null, { rating: 'misleading_old', rationale: '' }))).toBe('set the verdict to Misleading (retired)');
      expect(sentence(entry('verdict.delete', 'verdict', { rating: 'half_true_legacy' }, null))).toBe('removed the verdict (half true legacy)');
    });

    it('reads a missing rating as Unrated', () => {
      expect(sentence(entry('verdict.set', 'verdict', { rating: '' }, { rating: 'false', rationale: '' }))).toBe('changed the verdict from Unrated to False');
      expect(sentence(entry('verdict.delete', 'verdict', null, null))).toBe('removed the verdict (Unrated)');
    });
  });

  describe('sources', () => {
    const link = { id: 7, claimId: 5, sourceId: un.id, stance: 'contradicts', excerpt: null };

    it('reads an opinion linked to and unlinked from a claim it rests on (ADR 033), in English and Arabic', () => {
      const link = { opinionClaimId: 5, restsOnClaimId: 4, quote: 'عقد جلستين منفصلتين' };
      expect(sentence(entry('claim.rests_on', 'claim_link', null, link))).toBe('noted that this opinion rests on the claim “عقد جلستين منفصلتين”');
      expect(sentence(entry('claim.rests_on_removed', 'claim_link', link, null))).toBe('noted that this opinion no longer rests on the claim “عقد جلستين منفصلتين”');
      expect(sentence(entry('claim.rests_on_removed', 'claim_link', { ...link, quote: null }, null))).toBe('noted that this opinion no longer rests on a claim');
      expect(sentence(entry('claim.rests_on', 'claim_link', null, link), context, textIn('ar'))).toBe('أشار إلى أن هذا الرأي يستند إلى الادعاء «عقد جلستين منفصلتين»');
    });

    it('reads an attached source with its stance, title and host', () => {
      const described = describeEntry(entry('source.attach', 'source_link', null, { ...link, source: un }), context, en);
      expect(read(described.sentence)).toBe('Rana Reviewer attached a contradicting source: UN press release (un.org)');
      // The title is people's text: isolated for bidi, not quoted.
      expect(isolated(described)).toEqual(['UN press release', 'un.org']);
    });

    it('reads an attach without a known stance, and falls back to the source known by id', () => {
      expect(sentence(entry('source.attach', 'source_link', null, { ...link, stance: 'rumour' }))).toBe('attached a source: UN press release (un.org)');
    });

    it('calls a source it cannot name "a source"', () => {
      expect(sentence(entry('source.attach', 'source_link', null, { ...link, stance: 'supports', sourceId: 404 }))).toBe('attached a supporting source: a source');
      expect(sentence(entry('source.update', 'source_link', { ...link, sourceId: 404 }, { ...link, sourceId: 404, stance: 'context' }))).toBe(
        'changed the stance of a source from contradicting to context',
      );
    });

    it('reads stance and excerpt changes', () => {
      const before = { ...link, source: un };
      expect(sentence(entry('source.update', 'source_link', before, { ...before, stance: 'supports' }))).toBe(
        'changed the stance of UN press release (un.org) from contradicting to supporting',
      );
      expect(sentence(entry('source.update', 'source_link', before, { ...before, excerpt: 'نص من التقرير' }))).toBe(
        'changed the excerpt of UN press release (un.org) to “نص من التقرير”',
      );
      expect(sentence(entry('source.update', 'source_link', { ...before, excerpt: 'x' }, { ...before, excerpt: null }))).toBe(
        'removed the excerpt of UN press release (un.org)',
      );
    });

    it('names a source by its title before the edit when its title changes', () => {
      const value = entry('source.update', 'source_link', { ...link, source: un }, { ...link, source: { ...un, title: 'UN statement', publisher: 'UN' } });
      expect(sentence(value)).toBe('changed the title of UN press release (un.org) to “UN statement” and changed the publisher of UN press release (un.org) to “UN”');
    });

    it('reads a new address as the link pointed at another source, not as edits of the old one', () => {
      const value = entry('source.update', 'source_link', { ...link, source: un }, { ...link, sourceId: who.id, source: who });
      expect(sentence(value)).toBe('pointed UN press release (un.org) to WHO report (who.int)');
      const withStance = entry('source.update', 'source_link', { ...link, source: un }, { ...link, stance: 'supports', sourceId: who.id, source: who });
      expect(sentence(withStance)).toBe(
        'pointed UN press release (un.org) to WHO report (who.int) and changed the stance of UN press release (un.org) from contradicting to supporting',
      );
    });

    it('reads an update with nothing to say as an edit of the named source', () => {
      expect(sentence(entry('source.update', 'source_link', { ...link, source: un }, { ...link, source: un, version: 3 }))).toBe(
        'edited the source UN press release (un.org)',
      );
    });

    it('reads a detach by the source’s name, or "a source" when it cannot be named', () => {
      expect(sentence(entry('source.detach', 'source_link', { ...link, sourceId: who.id, source: who }, null))).toBe('removed the source WHO report (who.int)');
      expect(sentence(entry('source.detach', 'source_link', { ...link, sourceId: 404, source: null }, null))).toBe('removed a source');
      expect(sentence(entry('source.update', 'source_link', { ...link, sourceId: 404 }, { ...link, sourceId: 404 }))).toBe('edited a source');
    });
  });

  describe('comments and other actions', () => {
    it('reads comments with their Arabic body quoted', () => {
      expect(sentence(entry('comment.create', 'comment', null, { body: 'هل راجعت الرقم؟', resolved: false }))).toBe('commented: “هل راجعت الرقم؟”');
      expect(sentence(entry('comment.edit', 'comment', { body: 'a' }, { body: 'هل راجعت الرقم؟' }))).toBe('edited a comment: “هل راجعت الرقم؟”');
      expect(sentence(entry('comment.create', 'comment', null, {}))).toBe('commented');
      expect(sentence(entry('comment.edit', 'comment', {}, { body: '' }))).toBe('edited a comment');
    });

    it('reads resolving and reopening a discussion', () => {
      expect(sentence(entry('comment.resolve', 'comment', { resolved: false }, { resolved: true }))).toBe('resolved the discussion');
      expect(sentence(entry('comment.reopen', 'comment', { resolved: true }, { resolved: false }))).toBe('reopened the discussion');
    });

    it('spells out an action it has no sentence for', () => {
      expect(sentence(entry('article.text', 'article', null, null))).toBe('article text (article)');
      expect(sentence(entry('link.archive_all', 'source_link', null, null))).toBe('link archive all (source link)');
    });

    it('survives states that are not objects', () => {
      expect(sentence(entry('claim.update', 'claim', 'garbage', [1, 2]))).toBe('changed the claim');
      expect(sentence(entry('verdict.set', 'verdict', null, 42))).toBe('set the verdict to Unrated');
    });
  });

  describe('long text', () => {
    const words = Array.from({ length: 60 }, (_, index) => `كلمة${index}`).join(' ');

    it('shortens a long quote to at most 140 characters with an ellipsis, keeping it whole in the details', () => {
      const described: DescribedEntry = describeEntry(entry('claim.create', 'claim', null, { quote: words }), context, en);
      const [quoted] = isolated(described);
      if (quoted === undefined) throw new Error('expected the quote');
      expect(codePointLength(quoted)).toBeLessThanOrEqual(140);
      expect(quoted.endsWith('…')).toBe(true);
      expect(words.startsWith(quoted.slice(0, -1))).toBe(true);
      // Cut between words, not inside one.
      expect(words[quoted.length - 1]).toBe(' ');
      expect(described.details).toContainEqual({ label: 'Quote', before: null, after: words });
    });

    it('keeps a quote of exactly 140 characters whole', () => {
      const exact = 'ب'.repeat(140);
      expect(sentence(entry('claim.create', 'claim', null, { quote: exact }))).toBe(`marked the claim “${exact}”`);
    });

    it('never cuts an Arabic letter from its harakah, or an emoji in half', () => {
      for (const unit of ['بَ', 'شُّ', '😀', 'a']) {
        for (let pad = 0; pad < 4; pad += 1) {
          const long = 'x'.repeat(pad) + unit.repeat(200);
          const [body] = isolated(describeEntry(entry('comment.create', 'comment', null, { body: long }), context, en));
          if (body === undefined) throw new Error('expected the body');
          const kept = body.slice(0, -1);
          expect(body.endsWith('…')).toBe(true);
          expect(long.startsWith(kept)).toBe(true);
          expect(isGraphemeBoundary(long, kept.length)).toBe(true);
        }
      }
    });
  });
});

describe('hostOf', () => {
  it('drops the scheme, path and a leading www', () => {
    expect(hostOf('https://www.un.org/press/1')).toBe('un.org');
    expect(hostOf('http://WWW.Example.COM:8080/a?b#c')).toBe('example.com');
  });

  it('keeps other subdomains, including ones that merely start with www', () => {
    expect(hostOf('https://news.bbc.co.uk/x')).toBe('news.bbc.co.uk');
    expect(hostOf('https://www2.example.org')).toBe('www2.example.org');
  });

  it('returns what is not a URL unchanged', () => {
    expect(hostOf('not a url')).toBe('not a url');
    expect(hostOf('')).toBe('');
  });
});

describe('detailsOf', () => {
  it('lists only the fields an update changed, with labels', () => {
    const value = entry('verdict.set', 'verdict', { rating: 'mostly_true', rationale: 'same' }, { rating: 'false', rationale: 'same' });
    expect(detailsOf(value, context, t)).toEqual([{ label: 'Rating', before: 'Mostly true', after: 'False' }]);
  });

  it('lists the values of a create, leaving empty fields out', () => {
    const value = entry('claim.create', 'claim', null, { quote: arabicQuote, claimant: null, status: 'changes_requested', statusNote: '', anchorStatus: 'fuzzy', assigneeId: 99 });
    expect(detailsOf(value, context, t)).toEqual([
      { label: 'Quote', before: null, after: arabicQuote },
      { label: 'Status', before: null, after: 'changes requested' },
      { label: 'Assigned to', before: null, after: 'another user' },
      { label: 'Anchor', before: null, after: 'suggested match' },
    ]);
  });

  it('lists the values of a delete as before only', () => {
    const value = entry('verdict.delete', 'verdict', { rating: 'half_true_legacy', rationale: 'R' }, null);
    expect(detailsOf(value, context, t)).toEqual([
      { label: 'Rating', before: 'half true legacy', after: null },
      { label: 'Rationale', before: 'R', after: null },
    ]);
  });

  it('shows resolved only when it changes, never on a new comment', () => {
    expect(detailsOf(entry('comment.create', 'comment', null, { body: 'hi', resolved: false }), context, t)).toEqual([{ label: 'Comment', before: null, after: 'hi' }]);
    expect(detailsOf(entry('comment.resolve', 'comment', { body: 'hi', resolved: false }, { body: 'hi', resolved: true }), context, t)).toEqual([
      { label: 'Resolved', before: 'no', after: 'yes' },
    ]);
  });

  it('lifts an embedded source’s fields beside the link’s and drops its id', () => {
    const value = entry('source.attach', 'source_link', null, { id: 7, claimId: 5, sourceId: un.id, stance: 'supports', excerpt: null, source: un });
    expect(detailsOf(value, context, t)).toEqual([
      { label: 'Title', before: null, after: 'UN press release' },
      { label: 'Publisher', before: null, after: 'United Nations' },
      { label: 'URL', before: null, after: 'https://www.un.org/press/1' },
      { label: 'Published', before: null, after: '2024-05-01' },
      { label: 'Stance', before: null, after: 'Supporting' },
    ]);
  });

  it('names a source by id from the context, and leaves out one it does not know', () => {
    const value = entry('source.update', 'source_link', { sourceId: un.id, stance: 'context' }, { sourceId: 404, stance: 'rumour' });
    expect(detailsOf(value, context, t)).toEqual([
      { label: 'Source', before: 'UN press release', after: null },
      { label: 'Stance', before: 'Context', after: null },
    ]);
  });

  it('shows numbers, and ignores values that are not text, numbers or booleans', () => {
    const value = entry('claim.reanchor', 'claim', { revision: 2, quote: { odd: true } }, { revision: 3, quote: ['x'] });
    expect(detailsOf(value, context, t)).toEqual([{ label: 'Revision', before: '2', after: '3' }]);
  });
});



describe('historyContext', () => {
  it('collects actors, and sources embedded in entries with an id, title and URL', () => {
    const built = historyContext([
      entry('source.attach', 'source_link', null, { sourceId: un.id, source: un }, rana),
      entry('source.detach', 'source_link', { sourceId: 12, source: { id: 12, title: '', url: 'https://x.org' } }, null, omar),
      entry('claim.delete', 'claim', {}, null, null),
    ]);
    expect([...built.people]).toEqual([
      [1, 'Rana Reviewer'],
      [2, 'Omar Editor'],
    ]);
    expect([...built.sources]).toEqual([[un.id, { title: un.title, url: un.url }]]);
    expect(built.ratings.size).toBe(0);
  });

  it('adds the people the claim refers to and prefers its current source titles', () => {
    const sam = { id: 3, name: 'Sam Editor', role: 'editor' as const };
    const lina = { id: 4, name: 'لينا', role: 'reviewer' as const };
    const claim = aClaim({
      assignee: lina,
      createdBy: sam,
      verdict: { rating: 'false', rationale: 'r', setBy: rana, confidence: null, recheckOn: null, outdated: null, createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z', version: 1 },
      sources: [
        {
          id: 7,
          claimId: 5,
          stance: 'supports',
          excerpt: null,
          source: { ...un, title: 'UN press release (corrected)' },
          createdAt: '2025-03-01T10:00:00.000Z',
          updatedAt: '2025-03-01T10:00:00.000Z',
          version: 1,
        },
      ],
    });
    const built = historyContext([entry('source.attach', 'source_link', null, { sourceId: un.id, source: un }, omar)], claim);
    expect(built.people.get(3)).toBe('Sam Editor');
    expect(built.people.get(4)).toBe('لينا');
    expect(built.people.get(1)).toBe('Rana Reviewer');
    expect(built.sources.get(un.id)).toEqual({ title: 'UN press release (corrected)', url: un.url });
  });

  it('maps rating keys to their English labels, so history sentences use them', () => {
    const built = historyContext([], undefined, [
      { key: 'false', labelEn: 'False' },
      { key: 'misleading', labelEn: 'Misleading' },
    ]);
    expect(built.ratings.get('misleading')).toBe('Misleading');
    expect(sentence(entry('verdict.delete', 'verdict', { rating: 'misleading' }, null), built)).toBe('removed the verdict (Misleading)');
  });
});

describe('describeEntry in Arabic', () => {
  const ar = textIn('ar');
  const lina = { id: 4, name: 'لينا المراجِعة', role: 'reviewer' as const };
  const arContext = historyContext([], undefined, [{ key: 'false', labelEn: 'False', labelAr: 'زائف' }, { key: 'true', labelEn: 'True', labelAr: 'صحيح' }], 'ar');
  arContext.people.set(lina.id, lina.name);
  arContext.people.set(rana.id, rana.name);
  const whole = (value: AuditEntry) => read(describeEntry(value, arContext, ar).sentence);

  it('writes each kind of entry as one Arabic sentence with the actor, Arabic quotation marks and rating labels', () => {
    expect(whole(entry('claim.create', 'claim', null, { quote: arabicQuote }, lina))).toBe(`لينا المراجِعة علّم الادعاء «${arabicQuote}»`);
    expect(whole(entry('verdict.set', 'verdict', null, { rating: 'false', rationale: 'الأرقام الرسمية تقول ٩٪' }, lina))).toBe(
      'لينا المراجِعة جعل الحكم «زائف»: «الأرقام الرسمية تقول ٩٪»',
    );
    expect(whole(entry('verdict.set', 'verdict', { rating: 'false', rationale: 'r' }, { rating: 'true', rationale: 'r' }, lina))).toBe(
      'لينا المراجِعة غيّر الحكم من «زائف» إلى «صحيح»: «r»',
    );
    expect(whole(entry('claim.transition', 'claim', { status: 'submitted' }, { status: 'changes_requested', statusNote: 'أضف مصدرًا' }, rana))).toBe(
      'Rana Reviewer نقل الادعاء من «بانتظار الاعتماد» إلى «أُعيد للتعديل»: «أضف مصدرًا»',
    );
    expect(whole(entry('comment.resolve', 'comment', { resolved: false }, { resolved: true }, null))).toBe('النظام أغلق النقاش');
  });

  it('joins several changes with the Arabic “و”', () => {
    const value = entry('claim.update', 'claim', { claimant: null, assigneeId: null }, { claimant: 'وزير المالية', assigneeId: lina.id }, rana);
    expect(whole(value)).toBe('Rana Reviewer جعل صاحب الادعاء وزير المالية وأسند الادعاء إلى لينا المراجِعة');
  });

  it('labels the details in Arabic', () => {
    expect(detailsOf(entry('comment.resolve', 'comment', { body: 'hi', resolved: false }, { body: 'hi', resolved: true }), arContext, ar.t)).toEqual([
      { label: 'مُغلق', before: 'لا', after: 'نعم' },
    ]);
  });
});

describe('describeEntry in English, whole sentences', () => {
  it('opens with the actor’s name, or "The system" when nobody acted', () => {
    expect(read(describeEntry(entry('claim.delete', 'claim', { quote: 'x' }, null), context, en).sentence)).toBe('Rana Reviewer deleted the claim');
    const bySystem = describeEntry(entry('claim.delete', 'claim', { quote: 'x' }, null, null), context, en);
    expect(bySystem.sentence).toBe('The system deleted the claim');
    expect(bySystem.actor).toBeNull();
  });
});

import type { Snippet } from '@sanad/shared/schemas/search';
import { snapBackward, snapForward } from '@sanad/shared/text/graphemes';
import { findAll, searchForm, toSearchForm } from '@sanad/shared/text/search-form';
import { AppError } from '../../lib/app-error.ts';
import { seesFirstRating } from '@sanad/shared/double-rating';
import type { SecondRatingsRepository } from '../claims/second-ratings.repository.ts';
import type { Actor } from '../../lib/actor.ts';
import type { HitText, SearchHit, SearchRepository } from './search.repository.ts';

/** Characters of context on each side of the first match in a snippet. */
const CONTEXT = 70;
/** FTS5 operators, which only act when written in capitals. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

/**
 * Turns a user's query into a safe FTS5 query: the words of its search form,
 * each quoted (so `"`, `*`, `:`, `^`, parentheses and column filters are never
 * syntax), all required. Returns null when no words remain.
 */
export function toFtsQuery(query: string): { fts: string; words: string[] } | null {
  const words: string[] = [];
  for (const match of query.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (OPERATORS.has(match[0])) continue;
    for (const word of searchForm(match[0]).match(/[\p{L}\p{N}]+/gu) ?? []) words.push(word);
  }
  if (words.length === 0) return null;
  return { fts: words.map((word) => `"${word}"`).join(' '), words };
}

/** The first match in context, with every match inside the window marked. */
export function snippetFor(text: string, query: string, words: string[]): { snippet: Snippet; first: number } | null {
  const form = toSearchForm(text);
  let matches = findAll(form, query, 200);
  if (matches.length === 0) matches = words.flatMap((word) => findAll(form, word, 200)).sort((a, b) => a.start - b.start);
  const first = matches[0];
  if (!first) return null;
  let from = snapBackward(text, Math.max(0, first.start - CONTEXT));
  let to = snapForward(text, Math.min(text.length, first.end + CONTEXT));
  // Start and end on white space where one is near, so words are not cut.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < first.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first.end) to = space;
  }
  const highlights = matches
    .filter((match) => match.start >= from && match.end <= to)
    .map((match) => ({ start: match.start - from, end: match.end - from }));
  return {
    snippet: { text: text.slice(from, to), highlights, truncatedStart: from > 0, truncatedEnd: to < text.length },
    first: first.start,
  };
}

/** One hit with its field's text and the snippet of its first match. */
export interface Finding {
  hit: SearchHit;
  text: HitText;
  snippet: Snippet;
  /** Offset of the first match in the field's text. */
  first: number;
}

/** What a search found, per kind, best first. */
export interface SearchFindings {
  query: string;
  articles: Finding[];
  claims: Finding[];
  sources: Finding[];
}

/** Search over articles, claims and sources, in Arabic-normalised form. */
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly seconds: Pick<SecondRatingsRepository, 'factsFor'>,
  ) {}

  /** Results grouped by kind, ranked by BM25, each with its match in context. */
  async find(actor: Actor, query: string, limit: number): Promise<SearchFindings> {
    const parsed = toFtsQuery(query);
    if (!parsed) {
      throw new AppError('query_has_no_words', 400, 'The query has no words to search for (search operators and punctuation alone are ignored).', [
        { path: ['query', 'q'], message: 'Type at least one word or number.' },
      ]);
    }
    const groups = await Promise.all(
      (['article', 'claim', 'source'] as const).map(async (kind) => {
        // Several fields of one item may match; fetch extra and keep the best per item.
        const hits = await this.search.match(parsed.fts, kind, limit * 3);
        const seen = new Set<number>();
        const best: SearchHit[] = [];
        for (const hit of hits) {
          if (seen.has(hit.refId)) continue;
          seen.add(hit.refId);
          best.push(hit);
          if (best.length >= limit) break;
        }
        return best;
      }),
    );
    // A claim waiting for its blind second rating is not found by its rationale or its sources by one from whom they are hidden (ADR 034).
    const facts = await this.seconds.factsFor(groups.flat().flatMap((hit) => (hit.claimId === null ? [] : [hit.claimId])));
    const hidden = (hit: SearchHit) => {
      const fact = hit.claimId === null ? undefined : facts.get(hit.claimId);
      return fact !== undefined && (hit.kind === 'source' || hit.field === 'rationale') && !seesFirstRating(actor, fact);
    };
    for (const [i, group] of groups.entries()) groups[i] = group.filter((hit) => !hidden(hit));
    const texts = await this.search.texts(groups.flat());
    const found = (list: SearchHit[] = []): Finding[] =>
      list.flatMap((hit) => {
        const text = texts.get(hit);
        const shown = text ? snippetFor(text.text, query, parsed.words) : null;
        return text && shown ? [{ hit, text, snippet: shown.snippet, first: shown.first }] : [];
      });
    const [articleHits, claimHits, sourceHits] = groups;
    return { query, articles: found(articleHits), claims: found(claimHits), sources: found(sourceHits) };
  }
}

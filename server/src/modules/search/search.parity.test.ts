import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgTestTier } from '@sanad/db/pg/test-database';
import type { Article } from '@sanad/shared/schemas/article';
import type { SearchResponse, SearchResult } from '@sanad/shared/schemas/search';
import { buildArticle, buildClaim, buildSource } from '../../test/factories.ts';
import { type TestServer, startTestServer } from '../../test/test-server.ts';

/**
 * Search parity (issue #14): the same corpus, loaded over HTTP into a fresh
 * SQLite and a fresh PostgreSQL database, answers the same queries with the
 * same hits, the same best hit and snippets marking the same characters. It
 * runs wherever PostgreSQL answers, so in both test tiers.
 */
const onPostgres = await pgTestTier('server/src/modules/search/search.parity.test.ts');

const GENEVA = readFileSync(new URL('../../../../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').normalize('NFC');

/** The corpus: the sample opinion piece and made-up texts that exercise each fold of the search form. */
const ARTICLES: { title: string; text: string; language: string }[] = [
  { title: 'جنيف2: مقال رأي', text: GENEVA, language: 'ar' },
  {
    title: 'مؤتمر السلام بالتشكيل',
    text: 'عُقِدَ مُؤْتَمَرُ السَّلَامِ فِي جِنِيفَ يَوْمَ الأَرْبِعَاءِ، وَحَضَرَهُ مَبْعُوثُ الأُمَمِ المُتَّحِدَةِ وَوُفُودٌ مِنْ ثَلَاثِينَ دَوْلَةً.',
    language: 'ar',
  },
  {
    title: 'بيان صحفـــي',
    text: 'قالت المتحـــدثة باسم الأمـم المتحدة إن جلسة جنيف٢ ستُعقد في آذار، وإن آلاف اللاجئين ينتظرون نتائجها.',
    language: 'ar',
  },
  {
    title: 'أخبار المدرسة',
    text: 'افتتحت مدرسة جديدة قرب مستشفى المدينة، وقال إبراهيم إن المبنى يتسع لنحو 1.5 ألف طالب. التفاصيل على www.example.org/news/2014 أو عبر press@example.org، ومساحتها 12.5 دونم.',
    language: 'ar',
  },
  {
    title: 'Envoy briefing',
    text:
      'The Envoy briefed the Security Council on Tuesday. Envoys from both delegations met in Geneva on 2014-01-24; ' +
      'turnout was 12.5% according to un.org figures. The UN-backed talks (Geneva-2) resumed after a pause, and observers ' +
      'from several capitals followed the sessions closely while the delegations exchanged written proposals.',
    language: 'en',
  },
  {
    title: 'Talks resume',
    text: 'Delegations returned to GENEVA for a second round. The envoy said the envoy team would brief the press. Version v1.2.3 of the agenda was shared.',
    language: 'en',
  },
];

/**
 * Per query: article titles that must be among the hits (so an empty answer on
 * both backends cannot pass). `nearTie`: FTS5's bm25() scores the two best
 * articles within a hair of each other, so PostgreSQL's ts_rank may put either
 * first; its best hit must then be one of SQLite's best two.
 */
const QUERIES: { q: string; articles: string[]; claims?: number; sources?: number; nearTie?: true }[] = [
  // Harakat in the text, in the query, in both.
  { q: 'جلستين', articles: ['جنيف2: مقال رأي'] },
  { q: 'جَلَسَاتُ', articles: ['جنيف2: مقال رأي'] },
  { q: 'مؤتمر السلام', articles: ['مؤتمر السلام بالتشكيل'], claims: 1 },
  { q: 'مُؤْتَمَرُ', articles: ['مؤتمر السلام بالتشكيل', 'جنيف2: مقال رأي'], claims: 1 },
  // Hamza forms (أ إ آ ا) both ways.
  { q: 'الامم المتحدة', articles: ['جنيف2: مقال رأي', 'مؤتمر السلام بالتشكيل', 'بيان صحفـــي'], claims: 1, sources: 1 },
  { q: 'الأمم المتحدة', articles: ['جنيف2: مقال رأي', 'مؤتمر السلام بالتشكيل', 'بيان صحفـــي'], claims: 1, sources: 1 },
  { q: 'ابراهيم', articles: ['أخبار المدرسة'] },
  { q: 'أبراهيم', articles: ['أخبار المدرسة'] },
  { q: 'الإبراهيمي', articles: ['جنيف2: مقال رأي'] },
  { q: 'الاف', articles: ['بيان صحفـــي', 'جنيف2: مقال رأي'] },
  { q: 'اذار', articles: ['بيان صحفـــي'] },
  // Ta marbuta and alef maqsura.
  { q: 'مدرسه', articles: ['أخبار المدرسة'] },
  { q: 'مدرسة', articles: ['أخبار المدرسة'] },
  { q: 'مستشفي', articles: ['أخبار المدرسة'] },
  { q: 'دوله', articles: ['مؤتمر السلام بالتشكيل', 'جنيف2: مقال رأي'] },
  // Latin and Arabic-Indic digits inside Arabic words.
  { q: 'جنيف2', articles: ['جنيف2: مقال رأي', 'بيان صحفـــي'] },
  { q: 'جنيف٢', articles: ['جنيف2: مقال رأي', 'بيان صحفـــي'] },
  // Tatweel in the text and in the query.
  { q: 'المتحدثة', articles: ['بيان صحفـــي'] },
  { q: 'المتحـــدة', articles: ['جنيف2: مقال رأي', 'مؤتمر السلام بالتشكيل', 'بيان صحفـــي'], claims: 1, sources: 1 },
  { q: 'صحفي', articles: ['بيان صحفـــي'], sources: 1 },
  // English: case, no stemming on either backend.
  { q: 'envoy', articles: ['Envoy briefing', 'Talks resume'] },
  { q: 'ENVOY', articles: ['Envoy briefing', 'Talks resume'] },
  { q: 'envoys', articles: ['Envoy briefing'], claims: 1 },
  { q: 'Geneva', articles: ['Envoy briefing', 'Talks resume'], claims: 1 },
  // Both texts hold each word; "Envoy briefing" has Geneva twice (and "Geneva-2") in a text twice as long:
  // bm25 gives the two about 2.86 each, ts_rank puts the one with more occurrences first.
  { q: 'geneva 2', articles: ['Envoy briefing', 'Talks resume'], nearTie: true },
  // Numbers, addresses and versions: FTS5 splits them into words, so the PostgreSQL index must too.
  { q: '1.5', articles: ['أخبار المدرسة'] },
  { q: '12.5', articles: ['أخبار المدرسة', 'Envoy briefing'] },
  { q: 'example', articles: ['أخبار المدرسة'] },
  { q: 'press', articles: ['أخبار المدرسة', 'Talks resume'], sources: 1 },
  { q: 'un', articles: ['Envoy briefing'], sources: 1 },
  { q: '2014', articles: ['أخبار المدرسة', 'Envoy briefing'] },
  { q: '24', articles: ['Envoy briefing'] },
  { q: 'v1', articles: ['Talks resume'] },
  { q: 'backed', articles: ['Envoy briefing'] },
];

let sqlite: TestServer;
let postgres: TestServer;

/** Loads the corpus, with claims, verdicts and sources, through the API. */
async function load(server: TestServer): Promise<void> {
  const articles = new Map<string, Article>();
  for (const article of ARTICLES) articles.set(article.title, await buildArticle(server, article));
  const peace = articles.get('مؤتمر السلام بالتشكيل')!;
  const claim = await buildClaim(server, peace, 'مُؤْتَمَرُ السَّلَامِ');
  await server.request('PUT', `/api/claims/${claim.id}/verdict`, { rating: 'false', rationale: 'لم يُعقد المؤتمر في جنيف بحسب بيان الأمم المتحدة.' });
  await buildSource(server, claim, { url: 'https://www.un.org/ar/press', title: 'بيان صحفي للأمم المتحدة', publisher: 'الأمم المتحدة', excerpt: 'عُقد الاجتماع في لوزان' });
  const briefing = articles.get('Envoy briefing')!;
  const english = await buildClaim(server, briefing, 'Envoys from both delegations met in Geneva');
  await buildSource(server, english, { url: 'https://un.org/geneva', title: 'UN press release', publisher: 'United Nations', excerpt: 'The delegations met separately.' });
}

beforeAll(async () => {
  if (!onPostgres) return;
  [sqlite, postgres] = await Promise.all([startTestServer({ backend: 'sqlite' }), startTestServer({ backend: 'postgres' })]);
  await load(sqlite);
  await load(postgres);
}, 60_000);
afterAll(async () => {
  await Promise.all([sqlite?.close(), postgres?.close()]);
});

async function search(server: TestServer, q: string): Promise<SearchResponse> {
  const response = await server.request<SearchResponse>('GET', `/api/search?q=${encodeURIComponent(q)}`);
  expect(response.status, `${server.dialect}: ${q}`).toBe(200);
  return response.body;
}

/** What a user sees of one result, without the database's ids. */
function seen(result: SearchResult) {
  const marked = result.snippet.highlights.map((span) => result.snippet.text.slice(span.start, span.end));
  return { key: `${result.kind} ${result.articleTitle} ${result.field}`, offset: result.offset, snippet: result.snippet, marked };
}

describe.skipIf(!onPostgres)('search parity between SQLite and PostgreSQL', () => {
  it.each(QUERIES)('answers "$q" with the same hits, best hit and snippets on both', async ({ q, articles, claims = 0, sources = 0, nearTie }) => {
    const [onSqlite, onPg] = await Promise.all([search(sqlite, q), search(postgres, q)]);
    // What the query must find, checked on SQLite (the reference backend).
    expect(onSqlite.articles.map((result) => result.articleTitle).sort(), q).toEqual([...articles].sort());
    expect(onSqlite.claims, q).toHaveLength(claims);
    expect(onSqlite.sources, q).toHaveLength(sources);
    for (const group of ['articles', 'claims', 'sources'] as const) {
      const lite = onSqlite[group].map(seen);
      const pg = onPg[group].map(seen);
      // The same set, each with the same snippet and marks...
      expect(
        [...pg].sort((a, b) => a.key.localeCompare(b.key)),
        `${q}: ${group}`,
      ).toEqual([...lite].sort((a, b) => a.key.localeCompare(b.key)));
      // ...and the same best hit.
      if (nearTie && group === 'articles') expect(lite.slice(0, 2).map((hit) => hit.key), `${q}: best of ${group}`).toContain(pg[0]?.key);
      else expect(pg[0]?.key, `${q}: best of ${group}`).toBe(lite[0]?.key);
    }
  });
});

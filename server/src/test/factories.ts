import { sql } from 'drizzle-orm';
import { rawRows } from '@sanad/db/backend';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { AttachSourceInput } from '@sanad/shared/schemas/source';
import type { TestServer } from './test-server.ts';

/** The opening of the sample Arabic article, with harakat, «» and a Latin digit inside a word. */
export const ARABIC_TEXT =
  'استأنف مؤتمر «جنيف2» أعماله في قصر الأمم المتحدة بجنيف. وكالعادة، عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع وفد الائتلاف الوطني السوري ووفد النظام السوري.\n' +
  'قبل بدء جلسات المؤتمر تكشفت معلومات مهمة، تداولتها وكالات الأنباء.';

/** Creates an article over HTTP. */
export async function buildArticle(server: Pick<TestServer, 'request'>, overrides: Partial<{ title: string; text: string; language: string }> = {}): Promise<Article> {
  const response = await server.request<Article>('POST', '/api/articles', {
    title: 'مؤتمر جنيف',
    text: ARABIC_TEXT,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`buildArticle: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Marks the first occurrence of `phrase` in the article as a claim. */
export async function buildClaim(server: Pick<TestServer, 'request'>, article: Article, phrase: string): Promise<Claim> {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`buildClaim: "${phrase}" is not in the article`);
  const response = await server.request<Claim>('POST', `/api/articles/${article.id}/claims`, {
    start,
    end: start + phrase.length,
    quote: phrase,
  });
  if (response.status !== 201) throw new Error(`buildClaim: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Attaches a source to a claim. */
export async function buildSource(server: Pick<TestServer, 'request'>, claim: Claim, overrides: Partial<AttachSourceInput> = {}): Promise<Claim> {
  const response = await server.request<Claim>('POST', `/api/claims/${claim.id}/sources`, {
    url: 'https://www.un.org/press/geneva-ii',
    title: 'Geneva II conference',
    publisher: 'United Nations',
    stance: 'context',
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`buildSource: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Row counts of every table, to prove a failed request left nothing behind (on either backend). */
export async function tableCounts(server: TestServer): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['articles', 'claims', 'verdicts', 'sources', 'claim_sources', 'second_ratings']) {
    // Cast: count(*) is a bigint, which PostgreSQL's driver returns as a string.
    const [row] = await rawRows<{ n: number }>(server.handle.db, sql.raw(`select cast(count(*) as integer) as n from ${table}`));
    counts[table] = Number(row!.n);
  }
  return counts;
}

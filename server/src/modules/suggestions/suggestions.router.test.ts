import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@sanad/shared/schemas/article';
import type { Suggestion, SuggestionList } from '@sanad/shared/schemas/suggestion';
import { buildArticle, buildClaim } from '../../test/factories.ts';
import { type TestClient, type TestServer, startTestServer } from '../../test/test-server.ts';

/** Three check-worthy sentences around an opinion (Arabic, with harakat on one). */
const TEXT =
  'قالَ وزير الصحة إن عدد الإصابات ارتفع إلى ١٢٠٠ حالة في كانون الثاني.\n' +
  'أعتقد أن علينا أن نصبر.\n' +
  'وأعلنت وزارة المالية أن العجز بلغ ٧٫٥٪ من الناتج المحلي العام الماضي.\n' +
  'وبحسب الأمم المتحدة، نزح أكثر من ٣٠ ألف شخص بسبب الفيضانات.';

let server: TestServer;
let reviewer: TestClient;
let article: Article;
beforeEach(async () => {
  server = await startTestServer();
  reviewer = await server.as('reviewer');
  article = await buildArticle(reviewer, { text: TEXT, language: 'ar' });
});
afterEach(async () => {
  await server.close();
});

async function suggestions(client: TestClient = reviewer): Promise<SuggestionList> {
  const response = await client.request<SuggestionList>('GET', `/api/articles/${article.id}/suggestions`);
  expect(response.status).toBe(200);
  return response.body;
}

function quotes(list: SuggestionList): string[] {
  return list.suggestions.map((s) => s.quote);
}

describe('suggestions', () => {
  it('suggests the check-worthy sentences with their features, and not the opinion', async () => {
    const list = await suggestions();
    expect(list.revision).toBe(1);
    expect(list.threshold).toBe(0.5);
    expect(quotes(list)).toHaveLength(3);
    expect(quotes(list).some((q) => q.includes('أعتقد'))).toBe(false);
    const first = list.suggestions[0]!;
    expect(TEXT.slice(first.start, first.end)).toBe(first.quote);
    expect(first.quote).toBe('قالَ وزير الصحة إن عدد الإصابات ارتفع إلى ١٢٠٠ حالة في كانون الثاني.');
    const kinds = first.features.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['attribution', 'entity', 'comparison', 'number', 'date']));
    const attribution = first.features.find((f) => f.kind === 'attribution')!;
    expect(attribution.text).toBe('قالَ');
    expect(TEXT.slice(attribution.start, attribution.end)).toBe('قالَ');
    const percentage = list.suggestions[1]!.features.find((f) => f.kind === 'percentage')!;
    expect(percentage.text).toBe('٧٫٥٪');
  });

  it('accepting is creating a claim with the suggested span; the sentence is then no longer suggested', async () => {
    const [first] = (await suggestions()).suggestions as [Suggestion];
    const created = await reviewer.request('POST', `/api/articles/${article.id}/claims`, { start: first.start, end: first.end, quote: first.quote });
    expect(created.status).toBe(201);
    expect(quotes(await suggestions())).not.toContain(first.quote);
  });

  it('leaves out a sentence overlapping a claim marked on part of it', async () => {
    await buildClaim(reviewer, article, 'نزح أكثر من ٣٠ ألف شخص');
    expect(quotes(await suggestions()).some((q) => q.includes('نزح'))).toBe(false);
    expect(quotes(await suggestions())).toHaveLength(2);
  });

  it('keeps a dismissal for every user, through an edit elsewhere in the text', async () => {
    const list = await suggestions();
    const target = list.suggestions[2]!;
    const dismissed = await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: target.start, end: target.end, quote: target.quote });
    expect(dismissed.status).toBe(204);
    const again = await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: target.start, end: target.end, quote: target.quote });
    expect(again.status).toBe(204);
    expect(quotes(await suggestions())).not.toContain(target.quote);
    expect(quotes(await suggestions(await server.as('editor')))).not.toContain(target.quote);

    const revised = await reviewer.request('PUT', `/api/articles/${article.id}/text`, { text: `مقدمة قصيرة.\n${TEXT}` });
    expect(revised.status).toBe(200);
    const after = await suggestions();
    expect(after.revision).toBe(2);
    expect(quotes(after)).toHaveLength(2);
    expect(quotes(after)).not.toContain(target.quote);
    const rows = await server.query<{ quote: string; dismissed_by: number }>('select quote, dismissed_by from suggestion_dismissals');
    expect(rows).toEqual([{ quote: target.quote, dismissed_by: server.users.reviewer.id }]);
  });

  it('audits a dismissal once and pushes it on the article’s live stream, so other viewers drop the suggestion', async () => {
    const heard: unknown[] = [];
    const stop = server.services.events.subscribe(article.id, (message) => heard.push(message));
    const target = (await suggestions()).suggestions[0]!;
    const body = { start: target.start, end: target.end, quote: target.quote };
    expect((await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, body)).status).toBe(204);
    expect((await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, body)).status).toBe(204);
    stop();
    expect(heard).toEqual([
      { name: 'change', data: { type: 'suggestion', articleId: article.id, claimId: null, change: 'deleted', actor: expect.objectContaining({ id: server.users.reviewer.id }), at: expect.any(String) } },
    ]);
    const audited = await server.query<{ actor_id: number; entity_type: string; article_id: number; claim_id: number | null; after: string }>(
      "select actor_id, entity_type, article_id, claim_id, after from audit_log where action = 'suggestion.dismiss'",
    );
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actor_id: server.users.reviewer.id, entity_type: 'suggestion', article_id: article.id, claim_id: null });
    expect(JSON.parse(audited[0]!.after)).toMatchObject({ quote: target.quote, start: target.start, end: target.end });
  });

  it('refuses a dismissal whose quote is not the text at its offsets, or malformed, with the error envelope', async () => {
    const [first] = (await suggestions()).suggestions as [Suggestion];
    const mismatch = await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: first.start, end: first.end, quote: 'نص آخر' });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.code).toBe('quote_mismatch');
    const reversed = await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: 10, end: 5, quote: 'x' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['body', 'end'] })]));
    const missing = await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: 0 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('validation_failed');
    const extra = await reviewer.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: first.start, end: first.end, quote: first.quote, score: 1 });
    expect(extra.status).toBe(400);
    expect(quotes(await suggestions())).toContain(first.quote);
  });

  it('answers 404 for an unknown article and 401 without a session', async () => {
    expect((await reviewer.request('GET', '/api/articles/9999/suggestions')).status).toBe(404);
    expect((await reviewer.request('POST', '/api/articles/9999/suggestions/dismiss', { start: 0, end: 3, quote: 'abc' })).status).toBe(404);
    expect((await server.anonymous.request('GET', `/api/articles/${article.id}/suggestions`)).status).toBe(401);
    expect((await server.anonymous.request('POST', `/api/articles/${article.id}/suggestions/dismiss`, { start: 0, end: 3, quote: 'قال' })).status).toBe(401);
  });
});

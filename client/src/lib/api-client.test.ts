import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { reportEndpoints } from '@sanad/shared/api/reports';
import { searchEndpoints } from '@sanad/shared/api/search';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { ApiError, callApi, downloadApi, forgetReads, setUnauthenticatedHandler } from './api-client.ts';

/** Answers every fetch with `response` and records the calls. */
function answer(response: () => Response) {
  const fetch = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
const envelope = (code: string, message: string, extra: object = {}) => ({ error: { code, message, details: [], requestId: 'req-1', ...extra } });

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(null);
  forgetReads();
});

describe(callApi.name, () => {
  it('sends the endpoint’s method and path with its params, the JSON body and If-Match, and resolves with the reply', async () => {
    const fetch = answer(() => json({ id: 7, version: 4 }));
    const claim = await callApi(claimEndpoints.update, { params: { id: 7 }, body: { claimant: 'The minister' }, ifMatch: 3 });
    expect(claim).toEqual({ id: 7, version: 4 });
    expect(fetch).toHaveBeenCalledWith('/api/claims/7', {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'If-Match': '"v3"' },
      body: '{"claimant":"The minister"}',
      signal: undefined,
    });
  });

  it('writes the query string from the endpoint’s query', async () => {
    const fetch = answer(() => json({ articles: [], claims: [], sources: [] }));
    await callApi(searchEndpoints.search, { query: { q: 'الأمم المتحدة', limit: 20 } });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/search?q=%D8%A7%D9%84%D8%A3%D9%85%D9%85+%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9&limit=20');
  });

  it('resolves with undefined for 204', async () => {
    answer(() => new Response(null, { status: 204 }));
    await expect(callApi(claimEndpoints.remove, { params: { id: 7 }, ifMatch: 2 })).resolves.toBeUndefined();
  });

  it('rejects with the envelope’s code, details and current state', async () => {
    const current = { id: 7, version: 5 };
    answer(() => json(envelope('precondition_failed', 'Someone changed this claim.', { current }), { status: 412 }));
    const error = await callApi(claimEndpoints.setVerdict, { params: { id: 7 }, body: { rating: 'false', rationale: 'No.' }, ifMatch: 4 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, code: 'precondition_failed', message: 'Someone changed this claim.', requestId: 'req-1', current, isStale: true });
  });

  it('reads the wait of a 429 from Retry-After', async () => {
    answer(() => json(envelope('rate_limited', 'Too many attempts.'), { status: 429, headers: { 'Retry-After': '42' } }));
    const error = await callApi(sessionEndpoints.login, { body: { email: 'a@b.test', password: 'x' } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 42 });
  });

  it('calls the 401 handler, unless the call expects a 401', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    answer(() => json(envelope('unauthenticated', 'Log in first.'), { status: 401 }));
    await expect(callApi(sessionEndpoints.get, { redirectOnUnauthenticated: false })).rejects.toMatchObject({ status: 401 });
    expect(handler).not.toHaveBeenCalled();
    await expect(callApi(claimEndpoints.get, { params: { id: 1 } })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('rejects with status 0 when the server cannot be reached, and passes an abort through', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(callApi(claimEndpoints.get, { params: { id: 1 } })).rejects.toMatchObject({ status: 0, code: 'network_error' });
    vi.stubGlobal('fetch', () => Promise.reject(new DOMException('Aborted', 'AbortError')));
    await expect(callApi(claimEndpoints.get, { params: { id: 1 } })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says what the server answered when there is no envelope', async () => {
    answer(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(callApi(claimEndpoints.get, { params: { id: 1 } })).rejects.toMatchObject({ status: 502, code: 'internal_error', message: 'The server answered 502 Bad Gateway.' });
  });
});

describe(downloadApi.name, () => {
  it('fetches a report from the same URL as its link and refuses with the envelope’s details', async () => {
    const details = [{ path: ['claims', 0], message: 'A ClaimReview needs a rating.' }];
    const fetch = answer(() => json(envelope('claimreview_invalid', 'ClaimReview cannot be exported.', { details }), { status: 422 }));
    const error = await downloadApi(reportEndpoints.download, { params: { id: 3 }, query: { format: 'claimreview', kind: 'published' } }).catch((caught: unknown) => caught);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/articles/3/report?format=claimreview&kind=published');
    expect(error).toMatchObject({ status: 422, details });
  });
});

describe('conditional reads', () => {
  it('sends back the ETag of the last answer to the same read and reuses that answer on 304', async () => {
    const list = { claims: [{ id: 1, quote: 'جلستَيْن منفصلتَيْن' }] };
    let calls = 0;
    const fetch = answer(() => (calls++ === 0 ? json(list, { headers: { ETag: '"abc"' } }) : new Response(null, { status: 304, headers: { ETag: '"abc"' } })));
    const first = await callApi(claimEndpoints.list, { params: { id: 3 } });
    expect(first).toEqual(list);
    expect(fetch.mock.calls[0]?.[1].headers).not.toHaveProperty('If-None-Match');
    const second = await callApi(claimEndpoints.list, { params: { id: 3 } });
    expect(fetch.mock.calls[1]?.[1].headers).toMatchObject({ 'If-None-Match': '"abc"' });
    expect(second).toEqual(list);
  });

  it('holds nothing after the session ends, and never sends If-None-Match with a write', async () => {
    const fetch = answer(() => json({ id: 7, version: 2 }, { headers: { ETag: '"v2"' } }));
    await callApi(claimEndpoints.get, { params: { id: 7 } });
    forgetReads();
    await callApi(claimEndpoints.get, { params: { id: 7 } });
    expect(fetch.mock.calls[1]?.[1].headers).not.toHaveProperty('If-None-Match');
    await callApi(claimEndpoints.update, { params: { id: 7 }, body: { claimant: 'x' }, ifMatch: 2 });
    expect(fetch.mock.calls[2]?.[1].headers).not.toHaveProperty('If-None-Match');
  });
});

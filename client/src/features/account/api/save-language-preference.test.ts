import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveLanguagePreference } from './save-language-preference.ts';

const session = (version: number, language: 'ar' | 'en' | null) => ({ user: { id: 1, version }, language, effectiveLanguage: language ?? 'en', digits: 'latn' });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe(saveLanguagePreference.name, () => {
  it('sends the choice on the version seen, and once more on the current version when another tab changed the account (412)', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response()));
    fetch
      .mockResolvedValueOnce(json(412, { error: { code: 'precondition_failed', message: 'Changed.', details: [], requestId: 'r', current: session(5, 'en') } }))
      .mockResolvedValueOnce(json(200, session(6, 'ar')));
    vi.stubGlobal('fetch', fetch);
    const saved = await saveLanguagePreference('ar', 4);
    expect(saved).toMatchObject({ language: 'ar', user: { version: 6 } });
    expect(fetch.mock.calls.map(([url, init]) => [url, init.method, (init.headers as Record<string, string>)['If-Match'], init.body])).toEqual([
      ['/api/session/preferences', 'PATCH', '"v4"', '{"language":"ar"}'],
      ['/api/session/preferences', 'PATCH', '"v5"', '{"language":"ar"}'],
    ]);
  });

  it('passes any other refusal on as it is', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(json(400, { error: { code: 'validation_failed', message: 'Bad language.', details: [], requestId: 'r' } }))));
    await expect(saveLanguagePreference('ar', 4)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
  });
});

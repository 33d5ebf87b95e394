import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { createLogger } from './lib/logger.ts';
import { start } from './start.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sanad-start-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('start', () => {
  it('migrates and seeds a new file, and keeps the data across a restart', async () => {
    const config = { ...readConfig({ DATABASE_PATH: join(dir, 'sanad.db'), PORT: '0' }), clientDir: join(dir, 'no-client') };
    const logger = createLogger('silent');
    let running = await start(config, logger);
    expect(running.demoAccounts.map((account) => account.email)).toEqual(['reviewer@sanad.test', 'editor@sanad.test', 'admin@sanad.test']);
    const login = async () => {
      const response = await fetch(`${running.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'reviewer@sanad.test', password: 'sanad-demo' }),
      });
      expect(response.status).toBe(200);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    };
    let cookie = await login();
    const listed = (await (await fetch(`${running.url}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: number; language: string }[] };
    expect(listed.articles).toHaveLength(1);
    expect(listed.articles[0]?.language).toBe('ar');
    const created = await fetch(`${running.url}/api/articles/${listed.articles[0]?.id}/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ start: 0, end: 6, quote: 'استأنف' }),
    });
    expect(created.status).toBe(201);
    await running.stop();

    running = await start(config, logger);
    // Sessions are stored server-side, so they survive a restart too.
    const again = (await (await fetch(`${running.url}/api/articles`, { headers: { cookie } })).json()) as { articles: { claimCount: number }[] };
    cookie = await login();
    expect(again.articles).toHaveLength(1);
    expect(again.articles[0]?.claimCount).toBe(1);
    const shell = await fetch(`${running.url}/articles/1`);
    expect(shell.status).toBe(503);
    expect(await shell.text()).toMatch(/npm run build/);
    await running.stop();
  });
});

describe('readConfig', () => {
  it('defaults to port 3000 on 127.0.0.1 in demo mode and data/sanad.db under the repository', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', seedSample: true, demo: true });
    expect(config.databasePath.endsWith(join('data', 'sanad.db'))).toBe(true);
  });

  it('never runs demo mode in production, and listens on 127.0.0.1 only in demo mode', () => {
    expect(readConfig({ NODE_ENV: 'production', HOST: '0.0.0.0' })).toMatchObject({ demo: false, host: '0.0.0.0' });
    expect(readConfig({ HOST: '0.0.0.0' })).toMatchObject({ demo: true, host: '127.0.0.1' });
    expect(readConfig({ DEMO: 'false', HOST: '0.0.0.0' })).toMatchObject({ demo: false, host: '0.0.0.0' });
  });

  it('refuses a bad port or log level', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

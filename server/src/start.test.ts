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
    const listed = (await (await fetch(`${running.url}/api/articles`)).json()) as { articles: { id: number; language: string }[] };
    expect(listed.articles).toHaveLength(1);
    expect(listed.articles[0]?.language).toBe('ar');
    const created = await fetch(`${running.url}/api/articles/${listed.articles[0]?.id}/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: 0, end: 6, quote: 'استأنف' }),
    });
    expect(created.status).toBe(201);
    await running.stop();

    running = await start(config, logger);
    const again = (await (await fetch(`${running.url}/api/articles`)).json()) as { articles: { claimCount: number }[] };
    expect(again.articles).toHaveLength(1);
    expect(again.articles[0]?.claimCount).toBe(1);
    const shell = await fetch(`${running.url}/articles/1`);
    expect(shell.status).toBe(503);
    expect(await shell.text()).toMatch(/npm run build/);
    await running.stop();
  });
});

describe('readConfig', () => {
  it('defaults to port 3000 on 127.0.0.1 and data/sanad.db under the repository', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', seedSample: true });
    expect(config.databasePath.endsWith(join('data', 'sanad.db'))).toBe(true);
  });

  it('refuses a bad port or log level', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

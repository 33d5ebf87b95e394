import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, loginCookie, startChild, stopChild } from './child-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'sanad-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a server killed with SIGKILL while writing', () => {
  it('keeps every acknowledged write, round after round, and the file stays intact', async () => {
    const databasePath = join(dir, 'sanad.db');
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      const server = await startChild(databasePath, await freePort());
      const cookie = await loginCookie(server.url);
      // Check the writes of earlier rounds survived the kill.
      const listed = (await (await fetch(`${server.url}/api/articles`, { headers: { cookie } })).json()) as { articles: { title: string }[] };
      const titles = new Set(listed.articles.map((article) => article.title));
      expect(acknowledged.filter((title) => !titles.has(title)), `round ${round}: acknowledged but missing`).toEqual([]);

      let stop = false;
      const writer = (async () => {
        for (let i = 0; !stop; i += 1) {
          const title = `round ${round} write ${i}`;
          try {
            const response = await fetch(`${server.url}/api/articles`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie },
              body: JSON.stringify({ title, text: `نص الكتابة رقم ${i}` }),
            });
            if (response.status === 201) acknowledged.push(title);
            else if (response.status >= 500) throw new Error(`server error ${response.status}`);
          } catch (error) {
            if (!stop && !(error instanceof TypeError)) throw error;
            return;
          }
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 600));
      await stopChild(server, 'SIGKILL');
      stop = true;
      await writer;
    }
    expect(acknowledged.length).toBeGreaterThan(10);
    const server = await startChild(databasePath, await freePort());
    const cookie = await loginCookie(server.url);
    const listed = (await (await fetch(`${server.url}/api/articles`, { headers: { cookie } })).json()) as { articles: { title: string }[] };
    const titles = new Set(listed.articles.map((article) => article.title));
    expect(acknowledged.filter((title) => !titles.has(title))).toEqual([]);
    await stopChild(server, 'SIGTERM');
    const db = new Database(databasePath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 120_000);
});

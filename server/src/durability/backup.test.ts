import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, freePort, loginCookie, startChild, stopChild } from './child-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'sanad-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command-line script in its own process without blocking this one (the writer keeps writing). */
function runCli(script: string, args: string[], databasePath: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      // DATABASE_URL blank: the SQLite file, whatever the environment running the tests says.
      env: { ...process.env, DATABASE_PATH: databasePath, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

describe('npm run backup / npm run restore', () => {
  it('backs up while the app takes writes, and the restore serves the API', async () => {
    const live = join(dir, 'live', 'sanad.db');
    const server = await startChild(live, await freePort());
    const cookie = await loginCookie(server.url);
    const written: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i += 1) {
        const response = await fetch(`${server.url}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ title: `backup write ${i}`, text: `نص رقم ${i}` }),
        });
        expect(response.status).toBe(201);
        written.push(`backup write ${i}`);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = written.length;
    // The backup runs in its own process, a second connection, while the server writes.
    const backupFile = join(dir, 'sanad-backup.db');
    const backup = await runCli('db/src/cli/backup.ts', [backupFile], live);
    const during = written.length - before;
    stop = true;
    await writer;
    await stopChild(server, 'SIGTERM');
    expect(backup.status, backup.output).toBe(0);
    expect(backup.output).toMatch(/integrity ok/);
    expect(during, 'writes acknowledged while the backup ran').toBeGreaterThan(0);

    const restored = join(dir, 'restored', 'sanad.db');
    const restore = await runCli('db/src/cli/restore.ts', [backupFile], restored);
    expect(restore.status, restore.output).toBe(0);
    const check = new Database(restored, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const again = await startChild(restored, await freePort());
    const restoredCookie = await loginCookie(again.url);
    const listed = (await (await fetch(`${again.url}/api/articles`, { headers: { cookie: restoredCookie } })).json()) as { articles: { title: string }[] };
    const titles = new Set(listed.articles.map((article) => article.title));
    // Everything acknowledged before the backup started is in it.
    expect(written.slice(0, before).filter((title) => !titles.has(title))).toEqual([]);
    const created = await fetch(`${again.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: restoredCookie },
      body: JSON.stringify({ title: 'after restore', text: 'يعمل' }),
    });
    expect(created.status).toBe(201);
    await stopChild(again, 'SIGTERM');
  }, 120_000);

  it('refuses to restore a missing file or one that is not a sound database, touching nothing', async () => {
    const target = join(dir, 'never', 'sanad.db');
    const missing = await runCli('db/src/cli/restore.ts', [join(dir, 'no-such-file.db')], target);
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/No backup/);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not an SQLite database, just text that looks nothing like one'.repeat(100));
    const corrupt = await runCli('db/src/cli/restore.ts', [junk], target);
    expect(corrupt.status).toBe(1);
    expect(corrupt.output).toMatch(/not a sound SQLite database|integrity check/);
    expect(() => new Database(target, { fileMustExist: true })).toThrow();
  });

  it('say to use pg_dump, pg_restore or point-in-time recovery when DATABASE_URL selects PostgreSQL, and touch nothing', async () => {
    const target = join(dir, 'pg-never', 'sanad.db');
    const backupFile = join(dir, 'pg-never-backup.db');
    writeFileSync(join(dir, 'some-backup.db'), '');
    const env = { DATABASE_URL: 'postgres://sanad:s3cret-pw@127.0.0.1:1/sanad' };
    for (const [script, args] of [
      ['db/src/cli/backup.ts', [backupFile]],
      ['db/src/cli/restore.ts', [join(dir, 'some-backup.db')]],
      ['db/src/cli/backup.ts', []],
    ] as const) {
      const run = await runCli(script, [...args], target, env);
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(/works on the SQLite file only, and DATABASE_URL selects PostgreSQL \(postgres:\/\/sanad:\*\*\*@127\.0\.0\.1:1\/sanad\)/);
      expect(run.output).toMatch(/pg_dump --format=custom/);
      expect(run.output).toMatch(/pg_restore /);
      expect(run.output).toMatch(/point-in-time recovery/);
      expect(run.output).not.toContain('s3cret-pw');
    }
    expect(existsSync(backupFile)).toBe(false);
    expect(existsSync(join(dir, 'pg-never'))).toBe(false);
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where the server is started from. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A server running in its own process, as `npm start` runs it. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** The database a child server runs on: the path of an SQLite file, or a PostgreSQL URL (`DATABASE_URL`). */
export type ChildDatabase = string | { databaseUrl: string };

/**
 * Starts `server/src/index.ts` on the given database and port (demo mode, no
 * sample article unless `env` says otherwise), and waits until it answers.
 */
export async function startChild(database: ChildDatabase, port: number, env: Record<string, string> = {}): Promise<ChildServer> {
  // DATABASE_URL is set only for PostgreSQL: an SQLite child ignores whatever the environment running the tests says.
  const where = typeof database === 'string' ? { DATABASE_PATH: database, DATABASE_URL: '' } : { DATABASE_URL: database.databaseUrl };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), ...where, LOG_LEVEL: 'warn', SEED_SAMPLE: 'false', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a loaded machine tsx's start-up alone can take seconds.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${output}`);
}

/** Stops a child server, by SIGKILL (a crash) or SIGTERM (a clean stop), and waits for it. */
export async function stopChild(server: ChildServer, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill(signal);
  await exited;
}

/** Logs in as a demo account and returns the session cookie. */
export async function loginCookie(url: string, email = 'reviewer@sanad.test'): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'sanad-demo' }),
  });
  if (!response.ok) throw new Error(`login: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A free port on the loopback address. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { healthEndpoints } from '@sanad/shared/api/health';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A Sanad server this spec started itself, as a real process. */
export interface SpawnedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server entry (`server/src/index.ts`, serving the built
 * client) on `port` with `env` (DATABASE_URL for PostgreSQL), in demo mode so
 * the demo accounts exist, and waits until it answers its health check.
 */
export async function spawnServer(port: number, env: Record<string, string>): Promise<SpawnedServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server on port ${port} exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${url}${endpointUrl(healthEndpoints.get)}`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The server on port ${port} did not start within 60 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

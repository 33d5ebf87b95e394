import { spawnSync } from 'node:child_process';
import { maintenanceUrl, pgAvailable } from '../pg/test-database.ts';

/**
 * `npm run test:postgres`: the API test suite (every route test, on its own fresh
 * database) again with PostgreSQL as the backend (issue #14). In CI the tier is
 * required: an unreachable PostgreSQL fails the run. Elsewhere it prints one line
 * saying the tier did not run and why, and succeeds.
 */
const check = await pgAvailable();
if (!check.available) {
  const line = `PostgreSQL tier did not run: cannot reach ${maintenanceUrl()} (${check.reason}). Start PostgreSQL 15 or set TEST_PG_URL.`;
  if (process.env.CI) {
    console.error(`PostgreSQL tier required in CI: ${line}`);
    process.exit(1);
  }
  console.warn(line);
  process.exit(0);
}
const run = spawnSync('npx', ['vitest', 'run', '--project', 'server'], { stdio: 'inherit', env: { ...process.env, TEST_BACKEND: 'postgres' } });
process.exit(run.status ?? 1);

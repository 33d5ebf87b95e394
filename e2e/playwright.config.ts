import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, chromium } from '@playwright/test';
import { endpointUrl } from '@sanad/shared/api/endpoint';
import { healthEndpoints } from '@sanad/shared/api/health';
import { POSTGRES_SPECS, postgresSpecsRun } from './tests/support/database.ts';

/**
 * Browser tests run against the production build served by the real server,
 * on a fresh SQLite file per run. Chromium: Playwright's own build when it is
 * installed, else Debian's /usr/bin/chromium (or PLAYWRIGHT_CHROMIUM_PATH).
 */
function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const port = Number(process.env.E2E_PORT ?? 3417);
/** The specs on several servers need PostgreSQL: required in CI, left out with one line elsewhere. */
const postgres = await postgresSpecsRun();
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'sanad-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
/** The demo reviewer's session, saved by the global setup; every test starts logged in as them unless it says otherwise. */
export const REVIEWER_STATE = join(dataDir, 'reviewer-state.json');

export default defineConfig({
  testDir: './tests',
  testIgnore: postgres ? [] : POSTGRES_SPECS,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Runs after the web server is up: logs in as the demo reviewer and saves the session.
  globalSetup: './global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    storageState: REVIEWER_STATE,
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'npm run start -w @sanad/server',
    cwd: '..',
    url: `http://127.0.0.1:${port}${endpointUrl(healthEndpoints.get)}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dataDir, 'sanad.db'),
      LOG_LEVEL: 'warn',
      // The import specs serve saved news pages from 127.0.0.1; only this test-only setting lets the fetcher reach it.
      FETCH_ALLOW_LOOPBACK_FOR_TESTS: 'true',
    },
  },
});

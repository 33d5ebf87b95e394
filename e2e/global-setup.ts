import { join } from 'node:path';
import { request, type FullConfig } from '@playwright/test';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi } from './tests/support/api.ts';
import { DEMO_USERS } from './tests/support/users.ts';

/**
 * Logs in as the demo reviewer through the API and saves the session cookie
 * as the storage state every test starts with (see playwright.config.ts).
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL ?? process.env.E2E_BASE_URL;
  const dataDir = process.env.E2E_DATA_DIR;
  if (!baseURL || !dataDir) throw new Error('playwright.config.ts sets the base URL and E2E_DATA_DIR.');
  const context = await request.newContext({ baseURL });
  const response = await callApi(context, sessionEndpoints.login, { body: DEMO_USERS.reviewer });
  if (response.status !== 200) throw new Error(`Logging in as the demo reviewer failed: ${response.status} ${response.text}`);
  await context.storageState({ path: join(dataDir, 'reviewer-state.json') });
  await context.dispose();
}

import { expect, test, type Browser, type Page } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { callApi } from './support/api.ts';
import { articleReady, dragSelect } from './support/article-page.ts';
import { freshPostgresDatabase } from './support/database.ts';
import { type SpawnedServer, spawnServer } from './support/servers.ts';
import { DEMO_USERS, type Credentials } from './support/users.ts';

const TEXT = 'قال المتحدث إن مؤتمر «جنيف2» سيُعقَد في موعده المحدَّد، وإن الوفدين سيلتقيان في جلستَيْن منفصلتَيْن.';
const PHRASE = 'الوفدين سيلتقيان في جلستَيْن منفصلتَيْن';

/** A browser of its own logged in through the login page of `server`. */
async function logIn(browser: Browser, server: SpawnedServer, who: Credentials): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ baseURL: server.url, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return { page, close: () => context.close() };
}

test('Reviewer on one server and editor on another share one PostgreSQL: mark, rate, submit and approve, each seeing the other live', async ({ browser }) => {
  test.setTimeout(180_000);
  // The config runs this spec only where PostgreSQL answers (POSTGRES_SPECS).
  const database = await freshPostgresDatabase('e2e_two_servers');
  const base = Number(process.env.E2E_PORT ?? 3417) + 100;
  const servers: SpawnedServer[] = [];
  try {
    // A migrates the empty database and seeds the demo desk; B starts on it as it is.
    servers.push(await spawnServer(base, { DATABASE_URL: database.url }));
    servers.push(await spawnServer(base + 1, { DATABASE_URL: database.url }));
    const [a, b] = servers as [SpawnedServer, SpawnedServer];

    const reviewer = await logIn(browser, a, DEMO_USERS.reviewer);
    const created = await callApi(reviewer.page.request, articleEndpoints.create, { body: { title: 'جنيف2: خادمان', text: TEXT, language: 'ar' } });
    expect(created.status, created.text).toBe(201);
    const { id } = JSON.parse(created.text) as { id: number };

    // The editor opens the article on server B before the claim exists.
    const editor = await logIn(browser, b, DEMO_USERS.editor);
    await editor.page.goto(`/articles/${id}`);
    await articleReady(editor.page);
    await expect(editor.page.getByTestId('claim-entry')).toHaveCount(0);

    // The reviewer, on server A, marks the claim with the mouse, rates it and submits it.
    await reviewer.page.goto(`/articles/${id}`);
    await articleReady(reviewer.page);
    await expect(reviewer.page.getByTestId('also-viewing')).toBeVisible();
    await dragSelect(reviewer.page, PHRASE);
    await reviewer.page.getByRole('button', { name: /Mark as claim/ }).click();
    const panel = reviewer.page.getByTestId('claim-panel');
    await expect(panel.locator('blockquote')).toHaveText(PHRASE);
    await panel.getByRole('radio', { name: /^False/ }).check();
    await panel.getByLabel('Rationale').fill('The UN said both delegations met in one room.');
    await panel.getByRole('button', { name: 'Save verdict' }).click();
    await expect(panel.getByRole('button', { name: 'Update verdict' })).toBeVisible();
    await panel.getByRole('button', { name: 'Submit for review' }).click();

    // The editor, on server B, sees it arrive without reloading and approves it.
    const entry = editor.page.getByTestId('claim-entry').filter({ hasText: PHRASE });
    await expect(entry).toBeVisible();
    await expect(entry.getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');
    await entry.click();
    const editorPanel = editor.page.getByTestId('claim-panel');
    await editorPanel.getByRole('button', { name: 'Approve' }).click();
    await expect(editorPanel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');

    // The reviewer, on server A, sees the approval live: the claim is locked.
    await expect(panel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
    await expect(panel.getByTestId('locked-message')).toBeVisible();
    await reviewer.close();
    await editor.close();
  } finally {
    for (const server of servers) await server.stop();
    await database.drop();
  }
});

import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { RatingKey } from '@sanad/shared/rating-scale';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { bodyOf, callApi, readApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';
import { browserAs, DEMO_USERS } from './support/users.ts';

const AR_TEXT = [
  'قال الوزير إن معدل البطالة انخفض إلى أربعة في المئة العام الماضي.',
  'وأضاف أن الجسر الجديد سيفتتح في الربيع قبل موعده المحدد.',
].join('\n');
const AR_FALSE = 'معدل البطالة انخفض إلى أربعة في المئة';
const AR_TRUE = 'الجسر الجديد سيفتتح في الربيع';

const EN_TEXT = [
  'The mayor said crime fell by half in two years across the city.',
  'She also said the new library opened on time and under budget.',
].join('\n');
const EN_FALSE = 'crime fell by half in two years';
const EN_TRUE = 'the new library opened on time';

/** Rates a claim through the API and, unless told otherwise, submits it for review; returns the claim as it now is. */
async function rateAndSubmit(request: APIRequestContext, claim: Claim, rating: RatingKey, rationale: string, submit = true): Promise<Claim> {
  const rated = await callApi(request, claimEndpoints.setVerdict, { params: { id: claim.id }, body: { rating, rationale }, ifMatch: claim.version });
  expect(rated.status, rated.text).toBe(200);
  const withVerdict = bodyOf(rated);
  if (!submit) return withVerdict;
  const submitted = await callApi(request, claimEndpoints.transition, {
    params: { id: claim.id },
    body: { to: 'submitted' },
    ifMatch: withVerdict.version,
  });
  expect(submitted.status, submitted.text).toBe(200);
  return bodyOf(submitted);
}

/** The dashboard row of an article. */
function rowOf(page: Page, article: Article): Locator {
  return page.locator(`[data-testid="dashboard-row"][data-article-id="${article.id}"]`);
}

async function approvedTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('status-totals').locator('tr[data-key="approved"]').getByTestId('tally-count').textContent();
  return Number((text ?? '').replace(/,/g, ''));
}

/** The claim id of the queue item that has the keyboard focus, if any. */
function focusedQueueClaim(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const item = document.activeElement?.closest<HTMLElement>('[data-queue-claim]');
    return item ? Number(item.dataset.queueClaim) : null;
  });
}

test('Editor filters to Arabic articles with False claims, approves one from the queue with the keyboard, and sees the counts change', async ({ request, browser }, testInfo) => {
  const stamp = Date.now();
  // The reviewer prepares an Arabic and an English article, rates their claims and submits them.
  const english = await createArticle(request, { title: `Mayor on crime ${stamp}`, text: EN_TEXT, language: 'en' });
  const enFalse = await rateAndSubmit(request, await createClaim(request, english, EN_FALSE), 'false', 'Police figures show a 12 percent fall.');
  await rateAndSubmit(request, await createClaim(request, english, EN_TRUE), 'true', 'The council minutes confirm the date and the cost.');
  const arabic = await createArticle(request, { title: `تصريحات الوزير ${stamp}`, text: AR_TEXT, language: 'ar' });
  const arFalse = await rateAndSubmit(request, await createClaim(request, arabic, AR_FALSE), 'false', 'تظهر أرقام مكتب الإحصاء أن المعدل 6.1 في المئة.');
  await rateAndSubmit(request, await createClaim(request, arabic, AR_TRUE), 'true', 'أكدت وزارة النقل الموعد.');

  // The editor's home page is the dashboard.
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(rowOf(page, english)).toBeVisible();
  await expect(rowOf(page, arabic)).toBeVisible();

  // Filter to Arabic articles with False claims: the URL and the table follow.
  const filters = page.getByRole('form', { name: 'Filter the dashboard' });
  await filters.getByLabel('Language').selectOption('ar');
  await expect(page).toHaveURL(/[?&]language=ar(&|$)/);
  await filters.getByLabel('Verdict').selectOption('false');
  await expect(page).toHaveURL(/[?&]verdict=false(&|$)/);
  await expect(rowOf(page, english)).toHaveCount(0);
  const row = rowOf(page, arabic);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('claim-count')).toHaveText('1');
  await expect(row.getByTestId('progress')).toHaveAttribute('data-approved', '0');
  await expect(row.getByTestId('verdict-counts')).toHaveText('Verdicts: 1 False.');
  for (const language of await page.locator('[data-testid="dashboard-row"] .dash-lang').allTextContents()) expect(language).toBe('ar');

  // Sorting by a column sets aria-sort and the URL.
  const table = page.getByTestId('dashboard-table');
  await table.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Article', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=title&order=asc/);

  const approvedBefore = await approvedTotal(page);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // Keyboard only: j moves down the queue to the Arabic False claim, k moves back, a approves.
  const queue = page.getByTestId('approval-queue');
  await expect(queue.locator(`[data-queue-claim="${arFalse.id}"]`)).toBeVisible();
  const ids = (await queue.getByTestId('approval-item').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.queueClaim))));
  const index = ids.indexOf(arFalse.id);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i <= index; i += 1) await page.keyboard.press('j');
  expect(await focusedQueueClaim(page)).toBe(arFalse.id);
  if (index < ids.length - 1) {
    await page.keyboard.press('j');
    expect(await focusedQueueClaim(page)).toBe(ids[index + 1]);
    await page.keyboard.press('k');
  } else if (index > 0) {
    await page.keyboard.press('k');
    expect(await focusedQueueClaim(page)).toBe(ids[index - 1]);
    await page.keyboard.press('j');
  }
  expect(await focusedQueueClaim(page)).toBe(arFalse.id);
  await page.keyboard.press('a');
  await expect(page.getByTestId('toast').filter({ hasText: 'Claim approved.' })).toBeVisible();
  await expect(queue.locator(`[data-queue-claim="${arFalse.id}"]`)).toHaveCount(0);

  // The counts change without a reload.
  await expect(row.getByTestId('progress')).toHaveAttribute('data-approved', '1');
  await expect(row.getByTestId('progress')).toContainText('approved');
  await expect.poll(() => approvedTotal(page)).toBe(approvedBefore + 1);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  const stored = await readApi(request, claimEndpoints.get, { params: { id: arFalse.id } });
  expect(stored.status).toBe('approved');

  // r asks for changes with a note on the English False claim; typing j in the note does not move the queue.
  await queue.locator(`[data-queue-claim="${enFalse.id}"]`).focus();
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: 'Request changes' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('What needs to change').fill('');
  await page.keyboard.type('Cite the police report and say which years are compared (j k a).');
  await dialog.getByRole('button', { name: 'Send back for changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(queue.locator(`[data-queue-claim="${enFalse.id}"]`)).toHaveCount(0);
  const sentBack = await readApi(request, claimEndpoints.get, { params: { id: enFalse.id } });
  expect(sentBack.status).toBe('changes_requested');

  // o opens the focused claim in its article.
  const next = queue.getByTestId('approval-item').first();
  const nextId = Number(await next.getAttribute('data-queue-claim'));
  await next.focus();
  await page.keyboard.press('o');
  await expect(page).toHaveURL(new RegExp(`/articles/\\d+\\?claim=${nextId}$`));

  await context.close();
});

test('Editor reads the fact-check report preview of an article and opens a claim from it', async ({ request, browser }, testInfo) => {
  const article = await createArticle(request, { title: `Report preview ${Date.now()}`, text: EN_TEXT, language: 'en' });
  // Marked in the opposite order to the text: the report lists them in reading order.
  const second = await rateAndSubmit(request, await createClaim(request, article, EN_TRUE), 'true', 'The council minutes confirm the date.\nThe audit confirms the cost.', false);
  const first = await createClaim(request, article, EN_FALSE);
  const rated = await rateAndSubmit(request, first, 'false', 'Police figures show a 12 percent fall, not a half.');
  for (const [stance, title] of [
    ['contradicts', 'Police annual report'],
    ['contradicts', 'Statistics office release'],
    ['context', 'City council briefing'],
  ] as const) {
    const response = await callApi(request, claimEndpoints.attachSource, {
      params: { id: first.id },
      body: { url: `https://example.org/${encodeURIComponent(title)}`, title, publisher: 'Example', stance },
    });
    expect(response.status, response.text).toBe(201);
  }

  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await page.goto('/');
  const row = rowOf(page, article);
  // The table's links open their pages inside the app: a marker left on the page survives (no document load).
  await page.evaluate(() => Object.assign(globalThis, { sanadSamePage: true }));
  // From the keyboard: Enter on the article's title opens the article.
  await row.getByRole('link', { name: article.title, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  await page.goBack();
  await row.getByRole('link', { name: /^Report preview of/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/summary$`));
  expect(await page.evaluate(() => 'sanadSamePage' in globalThis)).toBe(true);
  await expect(page.getByText('Fact-check report preview')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();

  const distribution = page.getByTestId('report-distribution');
  await expect(distribution.locator('[data-rating="false"]')).toContainText('1 False');
  await expect(distribution.locator('[data-rating="true"]')).toContainText('1 True');

  const claims = page.getByTestId('report-claim');
  await expect(claims).toHaveCount(2);
  await expect(claims.nth(0)).toHaveAttribute('data-claim-id', String(rated.id));
  await expect(claims.nth(1)).toHaveAttribute('data-claim-id', String(second.id));
  await expect(claims.nth(0).locator('blockquote')).toHaveText(EN_FALSE);
  await expect(claims.nth(0).locator('blockquote')).toHaveAttribute('lang', 'en');
  await expect(claims.nth(0).locator('[data-rating]')).toHaveAttribute('data-rating', 'false');
  await expect(claims.nth(0)).toContainText('Police figures show a 12 percent fall');
  await expect(claims.nth(0).locator('[data-stance="contradicts"]')).toHaveText('2 contradicting');
  await expect(claims.nth(0).locator('[data-stance="context"]')).toHaveText('1 context');
  await expect(claims.nth(0).locator('[data-stance="supports"]')).toHaveText('0 supporting');
  await expect(claims.nth(0).getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');
  await expect(claims.nth(0)).toContainText('Reviewer: ');
  await expect(claims.nth(1).getByTestId('status-badge')).toHaveAttribute('data-status', 'draft');
  await expect(claims.nth(1)).toContainText('No sources yet');

  // A click on the entry opens the claim in the article view.
  await claims.nth(1).getByTestId('status-badge').click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${second.id}$`));
  await expect(page.getByTestId('claim-panel').locator('blockquote')).toHaveText(EN_TRUE);

  await context.close();
});

test('Editor sees what to do when the filters match nothing or are not valid', async ({ browser }, testInfo) => {
  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await page.goto('/?from=2099-01-01&verdict=false');
  const noMatch = page.getByTestId('dashboard-no-match');
  await expect(noMatch.getByRole('heading', { name: 'No articles match these filters' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filter the dashboard' });
  await expect(filters.getByLabel('Verdict')).toHaveValue('false');
  await expect(filters.getByLabel('Added from')).toHaveValue('2099-01-01');
  await noMatch.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('dashboard-table')).toBeVisible();
  await expect(filters.getByLabel('Verdict')).toHaveValue('');

  // A reversed date range typed with the keyboard is answered by the server, and the page names the filter.
  await filters.getByLabel('Added until').focus();
  await page.keyboard.type('01012020');
  await expect(page).toHaveURL(/to=2020-01-01/);
  await filters.getByLabel('Added from').focus();
  await page.keyboard.type('02022020');
  await expect(page).toHaveURL(/from=2020-02-02/);
  const error = page.getByTestId('dashboard-error');
  await expect(error).toContainText('The “added until” date filter is not valid.');
  await expect(error).toContainText('The date range ends before it starts.');
  await error.getByRole('button', { name: 'Remove that filter' }).click();
  await expect(page).not.toHaveURL(/to=/);
  await expect(page.getByTestId('dashboard-error')).toHaveCount(0);

  await context.close();
});

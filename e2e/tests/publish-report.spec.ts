import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { Report } from '@sanad/shared/schemas/report';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { bodyOf, callApi, readApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';
import { DEMO_USERS, apiAs, browserAs } from './support/users.ts';

const TEXT = 'قال المتحدث إن مؤتمر جنيف 2 سيُعقَد في موعده المحدَّد. وأضاف أن نسبة المشاركة بلغت 40 بالمئة من الوفود المدعوّة.';

async function rateAndSubmit(request: APIRequestContext, claim: Claim, rating: string, rationale: string): Promise<Claim> {
  const rated = await callApi(request, claimEndpoints.setVerdict, { params: { id: claim.id }, body: { rating, rationale }, ifMatch: claim.version });
  expect(rated.status, rated.text).toBe(200);
  const current = bodyOf(rated);
  const submitted = await callApi(request, claimEndpoints.transition, { params: { id: claim.id }, body: { to: 'submitted' }, ifMatch: current.version });
  expect(submitted.status, submitted.text).toBe(200);
  return bodyOf(submitted);
}

async function approve(editorApi: APIRequestContext, claim: Claim): Promise<Claim> {
  const response = await callApi(editorApi, claimEndpoints.transition, { params: { id: claim.id }, body: { to: 'approved' }, ifMatch: claim.version });
  expect(response.status, response.text).toBe(200);
  return bodyOf(response);
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Clicks the Publish button and confirms in the dialog with the keyboard (focus starts on Cancel). */
async function publishWithDialog(page: Page, button: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('An editor publishes the approved claims, which lock; a reopen becomes a dated correction in the next publication', async ({ browser, request }, testInfo) => {
  const admin = await apiAs(testInfo, DEMO_USERS.admin);
  const organisation = await readApi(admin, organisationEndpoints.get);
  const settings = await callApi(admin, organisationEndpoints.update, {
    body: { name: 'Sanad Demo Desk', url: 'https://sanad.example', publishBaseUrl: 'https://sanad.example/fact-checks/', reportLanguage: 'en' },
    ifMatch: organisation.version,
  });
  expect(settings.status, settings.text).toBe(200);
  await admin.dispose();

  const created = await createArticle(request, { title: `جنيف 2: تصريحات ${Date.now()}`, text: TEXT, language: 'ar' });
  const details = await callApi(request, articleEndpoints.update, {
    params: { id: created.id },
    body: { outlet: 'الأخبار', author: 'سامي كليب', publishedOn: '2014-01-20', url: 'https://al-akhbar.example/geneva2' },
    ifMatch: created.version,
  });
  expect(details.status, details.text).toBe(200);
  const article = { ...created, ...bodyOf(details) };
  const editorApi = await apiAs(testInfo, DEMO_USERS.editor);
  const meeting = await approve(editorApi, await rateAndSubmit(request, await createClaim(request, article, 'سيُعقَد في موعده المحدَّد'), 'false', 'تأجل المؤتمر مرتين.'));
  await rateAndSubmit(request, await createClaim(request, article, 'بلغت 40 بالمئة'), 'mostly_false', 'The list shows 24 of 40 delegations.');

  const { context, page } = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await page.goto(`/articles/${article.id}/summary`);
  // The preview names the article under review.
  await expect(page.getByTestId('article-meta')).toContainText('الأخبار');
  await expect(page.getByTestId('article-meta')).toContainText('سامي كليب');
  const panel = page.getByTestId('publication-panel');
  await expect(panel.getByTestId('publication-state')).toHaveText('Not published');
  await publishWithDialog(page, 'Publish 1 approved claim');
  await expect(panel.getByTestId('publication-state')).toHaveText('Published · publication 1');
  await expect(panel.getByRole('button', { name: 'Publish update' })).toBeDisabled();

  // Only the approved claim went out, without the DRAFT mark.
  const json = await download(page, 'download-published-json');
  expect(json.name).toBe(`sanad-article-${article.id}-published.json`);
  const published = JSON.parse(json.text) as Report;
  expect(published.claims.map((claim) => claim.quote)).toEqual(['سيُعقَد في موعده المحدَّد']);
  const html = await download(page, 'download-published-html');
  expect(html.text).not.toContain('class="mark draft"');
  expect(html.text).toContain('<blockquote lang="ar" dir="rtl">سيُعقَد في موعده المحدَّد</blockquote>');
  expect(html.text).toContain('<dt>Outlet</dt><dd><bdi dir="rtl">الأخبار</bdi></dd>');
  const reviews = JSON.parse((await download(page, 'download-published-claimreview')).text) as Record<string, unknown>[];
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'سيُعقَد في موعده المحدَّد', reviewRating: { alternateName: 'False', ratingValue: '1' } });
  expect(reviews[0]!.url).toBe(`https://sanad.example/fact-checks/articles/${article.id}#claim-${meeting.id}`);

  // The claim is locked and says it is published.
  await page.goto(`/articles/${article.id}?claim=${meeting.id}`);
  await expect(page.getByTestId('approved-read-only')).toBeVisible();
  await expect(page.getByTestId('published-note')).toContainText('Reopening it records a correction');
  await page.getByRole('button', { name: 'Reopen' }).click();
  await page.getByLabel(/Correction: what is wrong and why/).fill('The ministry confirmed the date on 12 January; the meeting was held as planned.');
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByTestId('published-note')).toContainText('A correction is recorded');

  // The reviewer corrects the verdict; another editor approves it (the editor did not set it, so may approve).
  const reopened = await readApi(request, claimEndpoints.get, { params: { id: meeting.id } });
  await approve(editorApi, await rateAndSubmit(request, reopened, 'true', 'The meeting was held on the date set.'));
  await editorApi.dispose();

  await page.goto(`/articles/${article.id}/summary`);
  await expect(panel.getByText('1 correction is not published yet.')).toBeVisible();
  const pending = panel.getByTestId('correction');
  await expect(pending).toContainText('Pending: goes out with the next publication');
  await publishWithDialog(page, 'Publish update');
  await expect(panel.getByTestId('publication-state')).toHaveText('Published · publication 2');
  await expect(pending).toContainText('Published');
  await expect(pending).toContainText('The ministry confirmed the date on 12 January');

  const markdown = (await download(page, 'download-published-md')).text;
  expect(markdown).toContain('## Corrections');
  expect(markdown).toMatch(/False → True\\?\. The ministry confirmed the date on 12 January/);
  const [review] = JSON.parse((await download(page, 'download-published-claimreview')).text) as Record<string, string>[];
  expect(review!.dateModified).toBeTruthy();
  expect(review!.dateModified! > review!.datePublished!).toBe(true);
  await context.close();
});

test('A reviewer sees the publication state but is not offered Publish', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Unpublished ${Date.now()}`, text: 'The minister said turnout reached 40 per cent.', language: 'en' });
  await page.goto(`/articles/${article.id}/summary`);
  await expect(page.getByTestId('publication-state')).toHaveText('Not published');
  await expect(page.getByRole('button', { name: /Publish/ })).toHaveCount(0);
  await expect(page.getByTestId('download-published-json')).toHaveCount(0);
});

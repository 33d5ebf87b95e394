import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { bodyOf, callApi } from './support/api.ts';
import { createArticle, createClaim } from './support/article-page.ts';

test('Reviewer previews the draft fact-check report and downloads it in every format', async ({ page, request }) => {
  const article = await createArticle(request, {
    title: `تقرير جنيف ${Date.now()}`,
    text: 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع الوفدين في قصر الأمم المتحدة بجنيف.',
    language: 'ar',
  });
  const claim = await createClaim(request, article, 'جلستَيْن منفصلتَيْن');
  const rated = await callApi(request, claimEndpoints.setVerdict, {
    params: { id: claim.id },
    body: { rating: 'false', rationale: 'عُقدت جلسة مشتركة واحدة بحسب بيان الأمم المتحدة.' },
    ifMatch: claim.version,
  });
  expect(rated.status).toBe(200);
  const withSource = await callApi(request, claimEndpoints.attachSource, {
    params: { id: claim.id },
    body: { url: 'https://www.un.org/press/geneva-ii', title: 'UN press release', publisher: 'United Nations', stance: 'contradicts' },
  });
  expect(bodyOf(withSource).sources).toHaveLength(1);

  await page.goto(`/articles/${article.id}`);
  await page.getByRole('link', { name: 'Report preview' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}/summary$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.getByText('جلستَيْن منفصلتَيْن').first()).toBeVisible();

  const downloads = page.getByRole('navigation', { name: 'Download the draft report' });
  const expectations: Record<string, (bytes: Buffer) => void> = {
    pdf: (bytes) => expect(bytes.subarray(0, 5).toString()).toBe('%PDF-'),
    html: (bytes) => {
      const html = bytes.toString('utf8');
      expect(html).toContain('<blockquote lang="ar" dir="rtl">جلستَيْن منفصلتَيْن</blockquote>');
      expect(html).toContain('DRAFT');
    },
    md: (bytes) => expect(bytes.toString('utf8')).toContain('**Verdict: False (خاطئ)**'),
    csv: (bytes) => {
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain('جلستَيْن منفصلتَيْن');
    },
    json: (bytes) => expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ schemaVersion: 1, claims: [{ quote: 'جلستَيْن منفصلتَيْن' }] }),
    w3c: (bytes) => expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 }),
  };
  for (const [format, check] of Object.entries(expectations)) {
    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByTestId(`download-${format}`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^sanad-article-${article.id}-draft\\.`));
    check(readFileSync(await download.path()));
  }
});

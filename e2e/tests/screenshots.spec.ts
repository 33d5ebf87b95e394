import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import type { Claim } from '@sanad/shared/schemas/claim';
import { bodyOf, callApi } from './support/api.ts';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';
import { browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

/** The article's title: its own, so specs that look for the seeded sample («جنيف2…») never find this copy. */
const TITLE = 'صفقة واشنطن وموسكو في سوريا';

/** The sample article the desk starts with (db/seed). */
const SAMPLE = readFileSync(new URL('../../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').trim();

/**
 * Where the README's screenshots are written when SCREENSHOTS_DIR is set
 * (`cd e2e && SCREENSHOTS_DIR=$PWD/../docs/screenshots npx playwright test screenshots`, after `npm run build`);
 * otherwise they stay with the test's output.
 */
function keep(page: Page, name: string, outputPath: string): Promise<void> {
  return page.screenshot({ path: outputPath }).then(() => {
    const dir = process.env.SCREENSHOTS_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      copyFileSync(outputPath, join(dir, name));
    }
  });
}

test('The article workspace and the dashboard mirror in Arabic: the claim panel and navigation change sides, the article keeps its own direction', async ({ browser, request }, testInfo) => {
  test.setTimeout(120_000);
  const article = await createArticle(request, { title: TITLE, text: SAMPLE, language: 'ar' });
  const rate = async (claim: Claim, rating: string, rationale: string) => {
    const rated = await callApi(request, claimEndpoints.setVerdict, { params: { id: claim.id }, body: { rating, rationale }, ifMatch: claim.version });
    expect(rated.status, rated.text).toBe(200);
    return bodyOf(rated);
  };
  const first = await createClaim(request, article, 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
  await rate(first, 'false', 'The UN envoy met both delegations together in one room on 25 January, according to the UN press office.');
  await rate(await createClaim(request, article, 'استأنف مؤتمر «جنيف2» أعماله'), 'true', 'تؤكد بيانات الأمم المتحدة استئناف الجلسات في ذلك اليوم.');
  await createClaim(request, article, 'تنظيم «داعش»');

  const boxes: Record<string, { panel: number; text: number; nav: number }> = {};
  for (const language of ['en', 'ar'] as const) {
    const { credentials } = await createUser(testInfo, { name: language === 'ar' ? 'ليلى حداد' : 'Laila Haddad', role: 'editor' });
    const { context, page } = await browserAs(browser, testInfo, credentials);
    await setInterfaceLanguage(context.request, language);
    await page.goto(`/articles/${article.id}?claim=${first.id}`);
    await articleReady(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', language);
    await expect(html).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    // The Arabic article is right to left in both interfaces.
    await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'rtl');
    const panel = page.getByTestId('claim-panel');
    await expect(panel.locator('blockquote')).toHaveText('عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن');
    const centre = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error('not laid out');
      return box.x + box.width / 2;
    };
    boxes[language] = { panel: await centre(panel), text: await centre(page.getByTestId('article-text')), nav: await centre(page.getByRole('navigation').first()) };
    await keep(page, `article-view.${language}.png`, testInfo.outputPath(`article-view.${language}.png`));

    // The editor's dashboard: the article the desk is checking, with its verdicts counted.
    await page.goto('/');
    await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
    await keep(page, `dashboard.${language}.png`, testInfo.outputPath(`dashboard.${language}.png`));
    await context.close();
  }
  // The claim panel and the navigation sit on opposite sides in the two languages.
  const en = boxes.en!;
  const ar = boxes.ar!;
  expect(Math.sign(en.panel - en.text)).toBe(-Math.sign(ar.panel - ar.text));
  expect(Math.sign(en.nav - 700)).toBe(-Math.sign(ar.nav - 700));
});

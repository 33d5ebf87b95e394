import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';
import { DEMO_USERS, apiAs, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

/** The app's pages an admin can open, each with what shows it has rendered. */
const PAGES: { path: (articleId: number) => string; ready: (page: Page) => Promise<void> }[] = [
  { path: () => '/articles', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: (id) => `/articles/${id}`, ready: articleReady },
  { path: (id) => `/articles/${id}/summary`, ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/queue', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/approvals', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/search?q=%D8%AC%D9%86%D9%8A%D9%81', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/account', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/admin/users', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/admin/organisation', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/admin/scale', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/methodology', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
  { path: () => '/no-such-page', ready: (page) => expect(page.getByRole('main')).toBeVisible() },
];

/** The serious and critical WCAG 2 A/AA violations axe finds on the page, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const language of ['en', 'ar'] as const) {
  test(`Every page has no serious or critical accessibility violation with the interface in ${language === 'ar' ? 'Arabic' : 'English'}`, async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const reviewerApi = await apiAs(testInfo, DEMO_USERS.reviewer);
    const article = await createArticle(reviewerApi, { title: `مقال لفحص الإتاحة ${Date.now()}`, text: 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن مع الوفدين في «جنيف2».' });
    await createClaim(reviewerApi, article, 'جلستَيْن منفصلتَيْن');
    await reviewerApi.dispose();
    const { credentials } = await createUser(testInfo, { name: `Accessibility ${language}`, role: 'admin' });
    const { context, page } = await browserAs(browser, testInfo, credentials);
    await setInterfaceLanguage(context.request, language);

    // The login page, before anyone has logged in.
    const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
    const loginPage = await visitor.newPage();
    await loginPage.addInitScript((value) => localStorage.setItem('sanad.language', value), language);
    await loginPage.goto('/login');
    await expect(loginPage.locator('html')).toHaveAttribute('lang', language);
    expect(await seriousViolations(loginPage), '/login').toEqual([]);
    await visitor.close();

    for (const entry of PAGES) {
      const path = entry.path(article.id);
      await page.goto(path);
      await entry.ready(page);
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
      expect(await seriousViolations(page), path).toEqual([]);
    }
    // The check itself can fail: a button with no name is a critical violation.
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { className: 'axe-probe' })));
    expect((await seriousViolations(page)).join('\n')).toContain('button-name');
    await context.close();
  });
}

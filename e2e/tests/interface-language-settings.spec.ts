import { expect, test } from '@playwright/test';
import { organisationEndpoints } from '@sanad/shared/api/organisation';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { callApi, readApi } from './support/api.ts';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';
import { DEMO_USERS, apiAs, browserAs, createUser } from './support/users.ts';

const TEXT = 'قال المتحدث إن الوفدين سيلتقيان غدًا، وإن الجلسة ستدوم ثلاث ساعات، وإن البيان سيصدر مساءً.';

test('A reviewer picks Arabic on the Account page: it is stored with the account, the next login opens in it, and the organisation’s Arabic-Indic digits show', async ({ browser }, testInfo) => {
  const { credentials } = await createUser(testInfo, { name: 'سلمى الأرقام', role: 'reviewer' });
  const { context, page } = await browserAs(browser, testInfo, credentials);
  const article = await createArticle(context.request, { title: `أرقام الواجهة ${Date.now()}`, text: TEXT, language: 'ar' });
  for (const quote of ['الوفدين سيلتقيان غدًا', 'الجلسة ستدوم ثلاث ساعات', 'البيان سيصدر مساءً']) await createClaim(context.request, article, quote);

  await page.goto('/account');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('interface-language').getByText('العربية').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'لغة الواجهة' })).toBeVisible();
  await expect.poll(async () => (await readApi(context.request, sessionEndpoints.get)).language).toBe('ar');
  await context.close();

  // A browser that asks for English: the login page is English, the account's Arabic wins once logged in.
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'en-GB', storageState: { cookies: [], origins: [] } });
  const again = await fresh.newPage();
  await again.goto('/login');
  await expect(again.locator('html')).toHaveAttribute('lang', 'en');
  await again.getByLabel('Email').fill(credentials.email);
  await again.getByLabel('Password').fill(credentials.password);
  await again.getByRole('button', { name: 'Log in' }).click();
  await expect(again.locator('html')).toHaveAttribute('lang', 'ar');

  // The organisation writes Arabic numbers with Arabic-Indic digits: the article's claim count reads «٣ ادعاءات».
  const admin = await apiAs(testInfo, DEMO_USERS.admin);
  const original = await readApi(admin, organisationEndpoints.get);
  try {
    const saved = await callApi(admin, organisationEndpoints.update, { body: { digits: 'arab' }, ifMatch: original.version });
    expect(saved.status, saved.text).toBe(200);
    await again.goto(`/articles/${article.id}`);
    await articleReady(again);
    await expect(again.getByText(/٣ ادعاءات/).first()).toBeVisible();
  } finally {
    const now = await readApi(admin, organisationEndpoints.get);
    await callApi(admin, organisationEndpoints.update, { body: { digits: original.digits }, ifMatch: now.version });
    await admin.dispose();
    await fresh.close();
  }
});

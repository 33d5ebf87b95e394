import { expect, test } from '@playwright/test';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { readApi } from './support/api.ts';
import { createArticle, createClaim, openClaim } from './support/article-page.ts';
import { apiAs, browserAs, createUser } from './support/users.ts';

const TEXT = 'The minister told parliament that unemployment fell to 4 percent last year, the lowest in a decade.';
const PHRASE = 'unemployment fell to 4 percent last year';
const HALF = 'The statistics office puts last year at 6.1 per';

test('A reviewer switches the interface to Arabic and back from the header while writing a rationale, and keeps what they typed', async ({ browser }, testInfo) => {
  const { credentials } = await createUser(testInfo, { name: 'Rania Switch', role: 'reviewer' });
  const { context, page } = await browserAs(browser, testInfo, credentials);
  const article = await createArticle(context.request, { title: `Minister on jobs ${Date.now()}`, text: TEXT, language: 'en' });
  const claim = await createClaim(context.request, article, PHRASE);
  await openClaim([page], article, claim);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');

  // Half a rationale, typed and not saved.
  const panel = page.getByTestId('claim-panel');
  await panel.getByRole('radio', { name: /^Misleading/ }).check();
  await panel.getByLabel('Rationale').click();
  await page.keyboard.type(HALF);

  // The switch in the signed-in user's menu: Arabic, without a reload.
  await page.evaluate(() => {
    (window as unknown as { sanadNotReloaded: boolean }).sanadNotReloaded = true;
  });
  const userMenu = page.getByRole('group', { name: 'Your account' });
  const languages = userMenu.getByRole('group', { name: 'Interface language' });
  // The switch offers the other language only, named in that language.
  await expect(languages.getByRole('button')).toHaveCount(1);
  await languages.getByRole('button', { name: 'العربية' }).click();

  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('group', { name: 'حسابك' }).getByRole('group', { name: 'لغة الواجهة' }).getByRole('button')).toHaveText('English');
  await expect(panel.getByRole('button', { name: 'حفظ الحكم' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'إضافة مصدر' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'الادعاءات' })).toBeVisible();
  const rationale = panel.getByLabel('التعليل');
  await expect(rationale).toHaveValue(HALF);
  await expect(panel.getByRole('radio', { name: /^مضلِّل/ })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { sanadNotReloaded?: boolean }).sanadNotReloaded)).toBe(true);
  // The choice is stored with the account, as the Account page stores it.
  const api = await apiAs(testInfo, credentials);
  await expect.poll(async () => (await readApi(api, sessionEndpoints.get)).language).toBe('ar');

  // Typing goes on where it stopped; then back to English.
  await rationale.press('End');
  await page.keyboard.type('cent');
  await expect(rationale).toHaveValue(`${HALF}cent`);
  await page.getByRole('group', { name: 'حسابك' }).getByRole('button', { name: 'English' }).click();

  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(panel.getByRole('button', { name: 'Save verdict' })).toBeVisible();
  await expect(panel.getByLabel('Rationale')).toHaveValue(`${HALF}cent`);
  await expect(panel.getByRole('radio', { name: /^Misleading/ })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { sanadNotReloaded?: boolean }).sanadNotReloaded)).toBe(true);
  await expect.poll(async () => (await readApi(api, sessionEndpoints.get)).language).toBe('en');

  await api.dispose();
  await context.close();
});

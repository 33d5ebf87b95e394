import { expect, test } from '@playwright/test';
import { ratingFor } from '@sanad/shared/rating-scale';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { ratingScaleEndpoints } from '@sanad/shared/api/rating-scale';
import { callApi, readApi } from './support/api.ts';
import { articleReady, createArticle, createClaim, openClaim } from './support/article-page.ts';
import { DEMO_USERS, apiAs, browserAs } from './support/users.ts';

const NEW_LABEL_AR = 'غير قابل للتحقق';
const NEW_COLOR = '#36414c';

test('Admin edits a rating and adds one; the reviewer is offered it until it is retired, and the methodology shows the change', async ({
  browser,
  page,
  request,
}, testInfo) => {
  const original = ratingFor('unverifiable');
  // A claim rated False, so that rating is in use.
  const article = await createArticle(request, { title: `Scale ${Date.now()}`, text: 'قال المتحدث إن المحادثات استمرت ثلاث ساعات دون نتيجة.', language: 'ar' });
  const claim = await createClaim(request, article, 'المحادثات استمرت ثلاث ساعات');
  const rated = await callApi(request, claimEndpoints.setVerdict, {
    params: { id: claim.id },
    body: { rating: 'false', rationale: 'استمرت المحادثات ساعة واحدة.' },
    ifMatch: claim.version,
  });
  expect(rated.status).toBe(200);
  const { context, page: admin } = await browserAs(browser, testInfo, DEMO_USERS.admin);
  try {
    await admin.goto('/');
    const nav = admin.getByRole('navigation', { name: 'Main' });
    // The admin pages sit behind one button; open it with the keyboard.
    await nav.getByRole('button', { name: 'Admin' }).focus();
    await admin.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Rating scale' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Rating scale' })).toBeVisible();
    const rows = admin.getByTestId('rating-row');
    await expect(rows).toHaveCount(7);

    // Edit Unverifiable: a new Arabic label and a colour too light for white text, which the server refuses by field.
    const row = admin.locator('[data-testid="rating-row"][data-key="unverifiable"]');
    await row.getByRole('button', { name: 'Edit Unverifiable' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Edit “Unverifiable”' });
    await expect(dialog).toBeVisible();
    const labelAr = dialog.getByLabel('Arabic label');
    await expect(labelAr).toHaveAttribute('dir', 'rtl');
    await labelAr.click();
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type(NEW_LABEL_AR);
    await expect(dialog.getByTestId('preview-badge')).toContainText(NEW_LABEL_AR);

    const colour = dialog.getByRole('textbox', { name: 'Colour', exact: true });
    await colour.click();
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type('#9aa5b1');
    await expect(dialog.locator('[data-field="color"]')).toContainText(/Too low.*White text on the colour: 2\.\d\d:1 \(needs 4\.5:1\)/);
    await dialog.getByRole('button', { name: 'Save rating' }).click();
    await expect(colour).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText(/White text on the colour #9aa5b1 has contrast 2\.\d\d:1; it needs at least 4\.5:1/)).toBeVisible();

    await colour.click();
    await admin.keyboard.press('ControlOrMeta+A');
    await admin.keyboard.type(NEW_COLOR);
    await expect(dialog.locator('[data-field="color"]')).toContainText('Passes');
    await expect(dialog.getByTestId('preview-badge')).toHaveCSS('background-color', 'rgb(54, 65, 76)');
    await admin.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(row).toContainText(NEW_LABEL_AR);
    await expect(row).toContainText(NEW_COLOR);

    // Add a rating with the mouse and keyboard.
    await admin.getByRole('button', { name: 'Add rating' }).click();
    const add = admin.getByRole('dialog', { name: 'Add a rating' });
    await add.getByLabel('Key').fill('disputed');
    await add.getByLabel('English label').fill('Disputed');
    await add.getByLabel('Arabic label').fill('متنازع عليه');
    await add.getByLabel('English definition').fill('Credible sources disagree and the evidence does not settle the question.');
    await add.getByLabel('Arabic definition').fill('تختلف المصادر الموثوقة ولا تحسم الأدلة المسألة.');
    await add.getByRole('textbox', { name: 'Colour', exact: true }).fill('#6d28d9');
    await add.getByRole('textbox', { name: 'Tint', exact: true }).fill('#ede4ff');
    await expect(add.getByTestId('contrast-checks').getByText('Passes')).toHaveCount(2);
    await add.getByRole('button', { name: 'Add rating' }).click();
    await expect(add).toBeHidden();
    await expect(rows).toHaveCount(8);
    await expect(rows.last()).toHaveAttribute('data-key', 'disputed');

    // The reviewer (another browser) sees the new rating and the new Arabic label in a claim's verdict form.
    await openClaim([page], article, claim);
    const panel = page.getByTestId('claim-panel');
    await expect(panel.getByRole('radio', { name: /^Disputed/ })).toBeVisible();
    await expect(panel.getByRole('radio', { name: /^Unverifiable/ })).toHaveAccessibleName(new RegExp(NEW_LABEL_AR));

    // Retired: kept on the scale page, gone from the reviewer's form.
    const disputed = admin.locator('[data-testid="rating-row"][data-key="disputed"]');
    await disputed.getByRole('button', { name: 'Retire Disputed' }).click();
    await expect(disputed).toContainText('Retired');
    await expect(disputed.getByRole('button', { name: 'Restore Disputed' })).toBeVisible();
    await page.reload();
    await articleReady(page);
    await expect(panel.getByRole('radio', { name: /^Unverifiable/ })).toBeVisible();
    await expect(panel.getByRole('radio', { name: /^Disputed/ })).toHaveCount(0);

    // The methodology page publishes the active scale with the edited label.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
    const ratings = page.getByTestId('methodology-ratings').getByRole('listitem');
    await expect(ratings).toHaveCount(7);
    await expect(ratings.last()).toContainText(NEW_LABEL_AR);
    await expect(ratings.last()).toContainText(original.definitionAr);
    await expect(page.getByTestId('methodology-ratings')).not.toContainText('Disputed');

    // Only an unused rating can be deleted, after confirming.
    const inUse = admin.locator('[data-testid="rating-row"][data-key="false"]');
    await expect(inUse).toContainText(/[1-9]\d* verdicts?/);
    await expect(inUse.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    await disputed.getByRole('button', { name: 'Delete Disputed' }).click();
    const confirm = admin.getByRole('alertdialog', { name: 'Delete “Disputed”?' });
    await confirm.getByRole('button', { name: 'Delete rating' }).click();
    await expect(disputed).toHaveCount(0);
    await expect(rows).toHaveCount(7);
  } finally {
    // Later tests expect the default scale.
    const api = await apiAs(testInfo, DEMO_USERS.admin);
    const current = await readApi(api, ratingScaleEndpoints.get, { params: { key: 'unverifiable' } });
    await callApi(api, ratingScaleEndpoints.update, {
      params: { key: 'unverifiable' },
      body: { labelAr: original.labelAr, color: original.color },
      ifMatch: current.version,
    });
    const extra = await callApi(api, ratingScaleEndpoints.get, { params: { key: 'disputed' } });
    if (extra.ok) {
      await callApi(api, ratingScaleEndpoints.remove, { params: { key: 'disputed' }, ifMatch: extra.body.version });
    }
    await api.dispose();
    await context.close();
  }
});

import { expect, test } from '@playwright/test';
import { articleReady, highlightTexts } from './support/article-page.ts';
import { expectMarkButtonClearOfText } from './support/mark-button.ts';

const TEXT = [
  'The city council approved a budget of 12 million dollars for the new tram line on Monday.',
  'The mayor said the line would carry 40,000 passengers a day by 2027.',
].join('\n');

test('Reviewer pastes an English article and marks a claim with the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  const title = `Tram budget ${Date.now()}`;
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Text').fill(TEXT);
  await expect(dialog.getByText('this looks like “en”')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add article' }).click();

  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await articleReady(page);
  const text = page.getByTestId('article-text');
  await expect(text).toHaveAttribute('lang', 'en');
  await expect(text).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Put the caret at the start of the text and select "The city council" with Shift+ArrowRight.
  await text.focus();
  await page.keyboard.press('Control+Home');
  const wanted = 'The city council';
  for (let i = 0; i < wanted.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(wanted);
  await expect(page.getByRole('button', { name: /Mark as claim/ })).toBeVisible();
  await expectMarkButtonClearOfText(page);
  await page.keyboard.press('m');

  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(wanted);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toEqual([wanted]);
  await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="article-text"]')?.textContent)).toBe(TEXT.replace('\n', ''));

  // Move the claim to other words: "Select different text", select with the keyboard, press m.
  await panel.getByRole('button', { name: 'Select different text' }).click();
  await expect(page.getByTestId('reattach-banner')).toBeVisible();
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'The city council approved a budget of '.length; i += 1) await page.keyboard.press('ArrowRight');
  const moved = '12 million dollars';
  for (let i = 0; i < moved.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(moved);
  await page.keyboard.press('m');
  await expect(panel.locator('blockquote')).toHaveText(moved);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toEqual([moved]);
  await expect(page.getByTestId('reattach-banner')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('claim-entry')).toHaveCount(1);
  await expect(page.getByTestId('claim-entry').first()).toBeFocused();
  await expect(page.getByTestId('claim-entry').first()).toContainText(moved);
  await expect(page.getByTestId('claim-entry').first()).toContainText('Unrated');
});

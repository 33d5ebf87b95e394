import { expect, test } from '@playwright/test';
import { articleReady, createArticle, dragSelect } from './support/article-page.ts';
import { browserAs, DEMO_USERS } from './support/users.ts';

const TEXT = [
  'The minister told parliament that unemployment fell to 4 percent last year.',
  'Officials said the new bridge will open in the spring, ahead of schedule.',
].join('\n');
const PHRASE = 'unemployment fell to 4 percent last year';

test('Reviewer submits a claim, the editor sends it back live, and approves the resubmission', async ({ page, request, browser }, testInfo) => {
  const article = await createArticle(request, { title: `Minister on jobs ${Date.now()}`, text: TEXT, language: 'en' });

  // The editor already has the article open in their own browser.
  const editor = await browserAs(browser, testInfo, DEMO_USERS.editor);
  await editor.page.goto(`/articles/${article.id}`);
  await articleReady(editor.page);
  await expect(editor.page.getByTestId('claim-entry')).toHaveCount(0);

  // The reviewer marks the claim with the mouse, rates it and submits it.
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.getByTestId('also-viewing')).toBeVisible();
  await dragSelect(page, PHRASE);
  await page.getByRole('button', { name: /Mark as claim/ }).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote')).toHaveText(PHRASE);
  await panel.getByRole('radio', { name: /^False/ }).check();
  await panel.getByLabel('Rationale').fill('The statistics office reports 6.1 percent for last year.');
  await panel.getByRole('button', { name: 'Save verdict' }).click();
  await expect(panel.getByRole('button', { name: 'Update verdict' })).toBeVisible();
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');

  // The editor sees it arrive without reloading, and requests changes with a note.
  const entry = editor.page.getByTestId('claim-entry').filter({ hasText: PHRASE });
  await expect(entry).toBeVisible();
  await expect(entry.getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');
  await entry.click();
  const editorPanel = editor.page.getByTestId('claim-panel');
  await editorPanel.getByRole('button', { name: 'Request changes' }).click();
  const note = 'Cite the statistics office release and say which quarter the 6.1 figure covers.';
  await editorPanel.getByLabel('What needs to change').fill(note);
  await editorPanel.getByRole('button', { name: 'Send back for changes' }).click();
  await expect(editorPanel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'changes_requested');

  // The reviewer sees the note, changes the verdict and resubmits.
  const statusNote = panel.getByTestId('status-note');
  await expect(statusNote).toContainText('Changes requested by');
  await expect(statusNote).toContainText(note);
  await panel.getByRole('radio', { name: /^Misleading/ }).check();
  await panel.getByLabel('Rationale').fill('The statistics office release of 14 February puts unemployment at 6.1 percent for the fourth quarter.');
  await panel.getByRole('button', { name: 'Update verdict' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'misleading');
  await panel.getByRole('button', { name: 'Resubmit for review' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');

  // The editor sees the resubmission live and approves it.
  await expect(editorPanel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'submitted');
  await expect(editorPanel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'misleading');
  await editorPanel.getByRole('button', { name: 'Approve' }).click();
  await expect(editorPanel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
  await expect(editorPanel.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // The reviewer can no longer edit it.
  await expect(panel.getByRole('heading', { name: /Claim/ }).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
  await expect(panel.getByTestId('locked-message')).toBeVisible();
  await expect(panel.getByRole('radio')).toHaveCount(0);
  await expect(panel.getByLabel('Rationale')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /verdict/ })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Reopen' })).toHaveCount(0);
  await expect(panel.getByTestId('read-only-rationale')).toContainText('14 February');

  await editor.context.close();
});

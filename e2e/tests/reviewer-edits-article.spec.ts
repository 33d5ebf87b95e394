import { expect, test, type Page } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { readApi } from './support/api.ts';
import { articleReady, createArticle, dragSelect, highlightTexts, markWithMouse, scrollPhraseIntoView } from './support/article-page.ts';

// Three claims in the sample text, and the edits made around them.
const MOVED = 'عقد الأخضر الإبراهيمي جلستَيْن منفصلتَيْن';
const WORD_BEFORE_MOVED = { from: 'وكالعادة', to: 'وكما جرت العادة' };
const MODIFIED_BEFORE = 'وأطلقه منذ أعوام للعمل في العراق';
const MODIFIED_AFTER = 'وأطلقه منذ سنوات للعمل في العراق';
const ORPHANED = 'نشرت المعارضة السورية «الائتلاف الوطني السوري» العديد من الوثائق';
const ORPHANED_SENTENCE = ' وقد نشرت المعارضة السورية «الائتلاف الوطني السوري» العديد من الوثائق التي تؤكد «الشراكة والانصهار بين نظام بشار وتنظيم داعش».';
const NEW_PLACE = 'وثائق المعارضة السورية';


/** Selects `from` in the editor's textarea and types `to` over it with the keyboard (Backspace when `to` is empty). */
async function typeOver(page: Page, from: string, to: string): Promise<void> {
  const editor = page.getByTestId('article-editor');
  await editor.evaluate((element, wanted) => {
    const textarea = element as HTMLTextAreaElement;
    const at = textarea.value.indexOf(wanted);
    if (at < 0) throw new Error(`Not in the editor: ${wanted}`);
    textarea.focus();
    textarea.setSelectionRange(at, at + wanted.length);
  }, from);
  if (to === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(to);
}

test('Reviewer edits the sample article and sees claims move, change and wait for re-anchoring', async ({ page, request }) => {
  // A fresh copy of the seeded sample, so the shared sample stays as other tests expect it.
  const list = await readApi(request, articleEndpoints.list);
  const sampleItem = list.articles.find((article) => article.language === 'ar' && article.title.includes('جنيف2'));
  expect(sampleItem, 'the seeded Geneva 2 article exists').toBeDefined();
  const sample = await readApi(request, articleEndpoints.get, { params: { id: sampleItem!.id } });
  const article = await createArticle(request, { title: 'نسخة للتحرير: جنيف2', text: sample.text, language: 'ar' });
  expect(article.text).toContain(ORPHANED_SENTENCE);

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  for (const phrase of [MOVED, MODIFIED_BEFORE, ORPHANED]) await markWithMouse(page, phrase);
  await page.getByRole('button', { name: 'Back to all claims' }).click();
  const before = await readApi(request, claimEndpoints.list, { params: { id: article.id } });
  const movedBefore = before.claims.find((claim) => claim.quote === MOVED)!;

  // Edit: a word before the first claim, a word inside the second, and the third claim's whole sentence.
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByTestId('article-editor');
  await expect(editor).toHaveAttribute('dir', 'rtl');
  await expect(editor).toHaveAttribute('lang', 'ar');
  await typeOver(page, WORD_BEFORE_MOVED.from, WORD_BEFORE_MOVED.to);
  await typeOver(page, 'منذ أعوام', 'منذ سنوات');
  await typeOver(page, ORPHANED_SENTENCE, '');
  await expect(editor).not.toHaveValue(new RegExp(ORPHANED.slice(0, 20)));
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const summary = page.getByTestId('save-summary');
  await expect(summary).toContainText('Saved revision 2.');
  await expect(summary).toContainText('1 claim moved');
  await expect(summary).toContainText('1 modified');
  await expect(summary).toContainText('1 needs re-anchoring');

  // The first claim is still highlighted, at its new place.
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(MOVED);
  const after = await readApi(request, claimEndpoints.list, { params: { id: article.id } });
  const movedAfter = after.claims.find((claim) => claim.id === movedBefore.id)!;
  expect(movedAfter.anchor.status).toBe('anchored');
  expect(movedAfter.start).toBe(movedBefore.start! + WORD_BEFORE_MOVED.to.length - WORD_BEFORE_MOVED.from.length);

  // The second is labelled modified, shows before → after, and can be confirmed.
  const modifiedEntry = page.getByTestId('claim-entry').filter({ hasText: MODIFIED_AFTER });
  await expect(modifiedEntry.locator('[data-anchor-status]')).toHaveAttribute('data-anchor-status', 'modified');
  await modifiedEntry.click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByTestId('previous-quote')).toHaveText(MODIFIED_BEFORE);
  await expect(panel.getByTestId('current-quote')).toHaveText(MODIFIED_AFTER);
  await panel.getByRole('button', { name: 'Confirm new text' }).click();
  await expect(panel.getByTestId('anchor-review')).toBeHidden();
  await expect(panel.locator('[data-anchor-status]')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Back to all claims' }).click();

  // The third waits under "Needs re-anchoring", unhighlighted; the reviewer re-attaches it with the mouse.
  const loose = page.getByTestId('needs-reanchoring');
  await expect(loose.getByTestId('claim-entry')).toHaveCount(1);
  await expect(loose.getByTestId('claim-entry')).toContainText(ORPHANED);
  await expect(loose.locator('[data-anchor-status]')).toHaveAttribute('data-anchor-status', /orphaned|fuzzy/);
  expect(await highlightTexts(page, 'sanad-unrated')).not.toContain(ORPHANED);
  await loose.getByRole('button', { name: /Re-attach/ }).click();
  const banner = page.getByTestId('reattach-banner');
  await expect(banner).toContainText('Select the new text for:');
  await expect(banner).toContainText(ORPHANED);
  await scrollPhraseIntoView(page, NEW_PLACE);
  await dragSelect(page, NEW_PLACE);
  await page.getByRole('button', { name: /Attach here/ }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('claim-panel').locator('blockquote')).toHaveText(NEW_PLACE);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(NEW_PLACE);
  await page.getByRole('button', { name: 'Back to all claims' }).click();
  await expect(page.getByTestId('needs-reanchoring')).toBeHidden();

  // History lists both revisions and shows the word diff between them.
  await page.getByRole('button', { name: /History/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Revision history' });
  await expect(dialog.getByTestId('revision-row')).toHaveCount(2);
  await expect(dialog.getByTestId('revision-row').first()).toContainText('1 claim moved, 1 modified, 1 needs re-anchoring');
  await dialog.getByRole('button', { name: 'Show changes' }).click();
  const diff = page.getByTestId('diff-text');
  await expect(diff).toHaveAttribute('dir', 'rtl');
  await expect(diff.locator('ins').filter({ hasText: 'سنوات' })).toHaveCount(1);
  await expect(diff.locator('del').filter({ hasText: 'أعوام' })).toHaveCount(1);
  await expect(diff.locator('del').filter({ hasText: 'الانصهار' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Changes from revision 1 to revision 2' })).toBeVisible();

  // An earlier revision opens read-only, without highlights, and the way back restores the claims.
  await page.getByRole('button', { name: /History/ }).click();
  await dialog.getByRole('button', { name: 'View revision 1' }).click();
  await expect(page.getByRole('heading', { name: 'Revision 1 of 2 — read only' })).toBeVisible();
  await expect(page.getByTestId('article-text')).toContainText(ORPHANED);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toEqual([]);
  await page.getByRole('button', { name: 'Back to the current text' }).click();
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(MOVED);
});

import { expect, test } from '@playwright/test';
import { articleReady, createArticle, markWithMouse, openClaim, requireDoubleRating } from './support/article-page.ts';
import { recordResponses } from './support/responses.ts';
import { apiAs, assignArticle, browserAs, createUser } from './support/users.ts';

const TEXT = ['قال المبعوث الأممي إن الجولة الثانية من المفاوضات ستبدأ في جنيف الشهر المقبل.', 'وأكد المتحدث أن الوفدين وافقا على جدول الأعمال.'].join('\n');
const CLAIM = 'الجولة الثانية من المفاوضات ستبدأ في جنيف';
const FIRST_RATIONALE = 'FIRST-RATER-RATIONALE: the UN schedule shows the round opened on 10 February.';
const SECOND_RATIONALE = 'The round was announced for 10 February but opened on the 11th.';

test('An editor asks for two ratings; the second reviewer rates blind, never receiving the first rating; the editor resolves their disagreement before approving', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const first = await createUser(testInfo, { name: 'Amal First', role: 'reviewer' });
  const second = await createUser(testInfo, { name: 'Omar Second', role: 'reviewer' });
  const editorUser = await createUser(testInfo, { name: 'Eve Editor', role: 'editor' });
  const api = await apiAs(testInfo, first.credentials);
  const article = await createArticle(api, { title: `Geneva round ${Date.now()}`, text: TEXT, language: 'ar' });
  await api.dispose();
  await assignArticle(testInfo, article.id, [first.credentials, second.credentials]);

  // The editor turns on two independent ratings for the whole article, from its header.
  const editor = await browserAs(browser, testInfo, editorUser.credentials);
  await requireDoubleRating(editor.page, article.id);

  // The first reviewer marks the claim with a mouse drag and rates it False in its panel.
  const one = await browserAs(browser, testInfo, first.credentials);
  await one.page.goto(`/articles/${article.id}`);
  await articleReady(one.page);
  await markWithMouse(one.page, CLAIM);
  const claim = { id: Number(new URL(one.page.url()).searchParams.get('claim')) };
  expect(claim.id).toBeGreaterThan(0);
  const firstPanel = one.page.getByTestId('claim-panel');
  await expect(firstPanel.getByTestId('double-rating-state')).toHaveText('Waiting for both ratings');
  await firstPanel.getByRole('radio', { name: /^False/ }).check();
  await firstPanel.getByLabel('Rationale').click();
  await one.page.keyboard.type(FIRST_RATIONALE);
  await firstPanel.getByRole('button', { name: 'Save verdict' }).click();
  await expect(firstPanel.getByTestId('double-rating-waiting')).toBeVisible();
  await firstPanel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(firstPanel.getByTestId('double-rating-state')).toHaveText('Waiting for the second rating');

  // Until the second rating is in, the dashboard counts the claim as unrated, for everyone.
  await editor.page.goto('/');
  const dashboardRow = editor.page.locator(`[data-testid="dashboard-row"][data-article-id="${article.id}"]`);
  await expect(dashboardRow.getByTestId('verdict-counts')).toHaveText('Verdicts: 1 Unrated.');
  await editor.page.goto('/queue');

  // The second reviewer finds it in their queue and opens it: nothing of the first rating reaches their browser.
  const two = await browserAs(browser, testInfo, second.credentials);
  const received = recordResponses(two.page);
  await two.page.goto('/queue');
  const due = two.page.getByTestId('second-rating-due');
  await expect(due.getByTestId('second-rating-item')).toHaveCount(1);
  await due.getByRole('link', { name: CLAIM }).click();
  const secondPanel = two.page.getByTestId('claim-panel');
  await expect(secondPanel.getByTestId('blind-notice')).toBeVisible();
  await expect(secondPanel.getByRole('button', { name: /^(Save|Update) verdict$/ })).toHaveCount(0);
  await expect(secondPanel.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await secondPanel.getByRole('tab', { name: 'History' }).click();
  await expect(secondPanel.getByText('Amal First set the verdict', { exact: false })).toHaveCount(0);
  await secondPanel.getByRole('tab', { name: 'Details' }).click();
  await expect(two.page.getByText(FIRST_RATIONALE)).toHaveCount(0);
  expect(received.length).toBeGreaterThan(3);
  expect(received.filter((body) => body.includes('FIRST-RATER-RATIONALE'))).toEqual([]);
  expect(received.filter((body) => /"rating":"false"/.test(body))).toEqual([]);

  // They rate it Misleading, blind: the two ratings differ.
  await secondPanel.getByRole('radio', { name: /^Misleading/ }).check();
  await secondPanel.getByLabel('Rationale').click();
  await two.page.keyboard.type(SECOND_RATIONALE);
  await secondPanel.getByRole('button', { name: 'Submit my independent rating' }).click();
  await expect(secondPanel.getByTestId('double-rating-state')).toHaveText('The two ratings differ');
  await expect(secondPanel.getByTestId('rating-pair')).toContainText('Amal First');

  // The editor cannot approve before resolving the disagreement.
  await openClaim([editor.page], article, claim);
  const editorPanel = editor.page.getByTestId('claim-panel');
  await expect(editorPanel.getByTestId('double-rating-state')).toHaveText('The two ratings differ');
  await editorPanel.getByRole('button', { name: 'Approve' }).click();
  await expect(editor.page.getByText('an editor must resolve the disagreement', { exact: false }).first()).toBeVisible();

  // The editor takes the second rating, with a note, and then approves.
  const resolve = editorPanel.getByTestId('resolve-form');
  await resolve.getByRole('radio', { name: 'Take the second rating' }).check();
  await resolve.getByLabel('Note').click();
  await editor.page.keyboard.type('The second rater checked the opening date in the UN journal.');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(editorPanel.getByTestId('double-rating-state')).toHaveText('Disagreement resolved');
  await expect(editorPanel.getByTestId('double-rating-resolution')).toContainText('Eve Editor resolved it: took the second rating.');
  await expect(editorPanel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'misleading');
  await editorPanel.getByRole('button', { name: 'Approve' }).click();
  await expect(editorPanel.getByText('Approved', { exact: false }).first()).toBeVisible();
  await editor.page.goto('/');
  await expect(dashboardRow.getByTestId('verdict-counts')).toHaveText('Verdicts: 1 Misleading.');
  await openClaim([editor.page], article, claim);
  await editor.page.screenshot({ path: testInfo.outputPath('double-rating-resolved.png') });

  // Later the facts move on: the editor marks the approved verdict outdated, saying why.
  await editorPanel.getByRole('button', { name: 'Mark as outdated' }).click();
  await editorPanel.getByLabel('Why is it outdated?').click();
  await editor.page.keyboard.type('The UN rescheduled the round after publication.');
  await editorPanel.getByTestId('outdated-mark').getByRole('button', { name: 'Mark as outdated' }).click();
  await expect(editorPanel.getByTestId('outdated-notice')).toContainText('The UN rescheduled the round after publication.');
  await expect(editorPanel.getByTestId('outdated-notice')).toContainText('Eve Editor');

  for (const person of [one, two, editor]) await person.context.close();
});

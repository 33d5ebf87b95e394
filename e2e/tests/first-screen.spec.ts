import { expect, test, type APIRequestContext } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from './support/api.ts';
import { articleReady, createArticle, createClaim, highlightTexts, markWithMouse } from './support/article-page.ts';
import { apiAs, assignArticle, browserAs, createUser } from './support/users.ts';

/**
 * The first screen of an article comes in the page's HTML (ADR 037): its first paragraphs with the claims'
 * highlights, painted before the app's JavaScript runs; the app then takes over.
 */
const statement = (index: number) => `Statement ${index + 1} reports a figure of ${(index + 1) * 7} units.`;
const filler = 'The ministry published the figure in its annual report, and the opposition disputed it in parliament the following week.';

/** The served page's first screen (the HTML as the server sent it, before any script ran). */
async function firstScreenOf(request: APIRequestContext, path: string): Promise<string | null> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return /<div id="first-screen"[\s\S]*?<\/div><\/div>/.exec(await response.text())?.[0] ?? null;
}

/** The class of the mark that wraps exactly `text` in a first screen. */
const markClassOf = (screen: string, text: string) => new RegExp(`<mark class="([a-z0-9]+)">${text}</mark>`).exec(screen)?.[1] ?? null;

test('Reviewer opens a long article: its first screen and highlights come in the HTML, and after the app takes over marking with the mouse works', async ({ page }) => {
  test.setTimeout(120_000);
  const text = Array.from({ length: 300 }, (_, index) => `${statement(index)} ${filler}`).join('\n');
  const article = await createArticle(page.request, { title: `First screen ${Date.now()}`, text, language: 'en' });
  const rated = await createClaim(page.request, article, statement(1));
  const answer = await callApi(page.request, claimEndpoints.setVerdict, { params: { id: rated.id }, body: { rating: 'false', rationale: 'Fewer.' }, ifMatch: rated.version });
  expect(answer.status, answer.text).toBe(200);
  await createClaim(page.request, article, statement(3));
  const far = await createClaim(page.request, article, statement(299));

  const screen = await firstScreenOf(page.request, `/articles/${article.id}`);
  expect(screen).not.toBeNull();
  expect(markClassOf(screen!, statement(3))).toBe('u');
  expect(markClassOf(screen!, statement(1))).toMatch(/^r\d+$/);
  expect(screen).not.toContain(statement(299));
  // A link to a claim beyond the first screen gets no first screen: the app opens the page there.
  expect(await firstScreenOf(page.request, `/articles/${article.id}?claim=${far.id}`)).toBeNull();

  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(statement(3));
  const phrase = 'reports a figure of 35 units';
  await markWithMouse(page, phrase);
  await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(phrase);
});

test('The HTML a blind second rater gets holds no colour of the rating they must not see', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const first = await createUser(testInfo, { name: 'Amal First', role: 'reviewer' });
  const second = await createUser(testInfo, { name: 'Omar Second', role: 'reviewer' });
  const editorUser = await createUser(testInfo, { name: 'Eve Editor', role: 'editor' });
  const api = await apiAs(testInfo, first.credentials);
  // Marking with the mouse leaves out the full stop.
  const quote = statement(0).replace(/\.$/, '');
  const article = await createArticle(api, { title: `Blind first screen ${Date.now()}`, text: [`${statement(0)} ${filler}`, filler].join('\n'), language: 'en' });
  await api.dispose();
  await assignArticle(testInfo, article.id, [first.credentials, second.credentials]);

  const editor = await browserAs(browser, testInfo, editorUser.credentials);
  await editor.page.goto(`/articles/${article.id}`);
  await articleReady(editor.page);
  await editor.page.getByTestId('article-double-rating').getByRole('checkbox').click();
  await expect(editor.page.getByTestId('article-double-rating').getByRole('checkbox')).toBeChecked();
  // Saved, not only ticked: it is still on after a reload.
  await editor.page.reload();
  await articleReady(editor.page);
  await expect(editor.page.getByTestId('article-double-rating').getByRole('checkbox')).toBeChecked();
  await editor.page.goto('/queue');

  const one = await browserAs(browser, testInfo, first.credentials);
  await one.page.goto(`/articles/${article.id}`);
  await articleReady(one.page);
  await markWithMouse(one.page, quote);
  const panel = one.page.getByTestId('claim-panel');
  await expect(panel.getByTestId('double-rating-state')).toHaveText('Waiting for both ratings');
  await panel.getByRole('radio', { name: /^False/ }).check();
  await panel.getByLabel('Rationale').click();
  await one.page.keyboard.type('The audit office counted fewer.');
  await panel.getByRole('button', { name: 'Save verdict' }).click();
  await expect(panel.getByTestId('double-rating-waiting')).toBeVisible();
  await panel.getByRole('button', { name: 'Submit for review' }).click();
  await expect(panel.getByTestId('double-rating-state')).toHaveText('Waiting for the second rating');

  // The first rater's page paints their rating; the second rater's paints the claim as unrated.
  const firstScreen = await firstScreenOf(one.context.request, `/articles/${article.id}`);
  expect(markClassOf(firstScreen!, quote)).toMatch(/^r\d+$/);
  const two = await browserAs(browser, testInfo, second.credentials);
  const secondScreen = await firstScreenOf(two.context.request, `/articles/${article.id}`);
  expect(secondScreen).not.toBeNull();
  expect(markClassOf(secondScreen!, quote)).toBe('u');
  expect(secondScreen).not.toContain(`class="${markClassOf(firstScreen!, quote)}"`);
  for (const session of [editor, one, two]) await session.context.close();
});

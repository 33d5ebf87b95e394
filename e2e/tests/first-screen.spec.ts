import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi } from './support/api.ts';
import { articleReady, createArticle, createClaim, highlightTexts, markWithMouse, requireDoubleRating } from './support/article-page.ts';
import { apiAs, assignArticle, browserAs, createUser, setInterfaceLanguage } from './support/users.ts';

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
  return /<div id="first-screen"[\s\S]*?(?=<div id="root">)/.exec(await response.text())?.[0] ?? null;
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
  await requireDoubleRating(editor.page, article.id, { checkSaved: true });

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

/** A box on screen, rounded to 1/100 px. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the second paragraph of the article text and the claim on it are on screen: in the first screen (`#first-screen`,
 * its `<mark>`) before the app takes over, in the app's text (a range over the claim's characters) after.
 */
async function placesOf(page: Page, quote: string): Promise<{ paragraph: Box; claim: Box; firstScreen: boolean }> {
  return page.evaluate((claimText) => {
    const round = (rect: DOMRect) => ({
      x: Math.round(rect.x * 100) / 100,
      y: Math.round(rect.y * 100) / 100,
      width: Math.round(rect.width * 100) / 100,
      height: Math.round(rect.height * 100) / 100,
    });
    const firstScreen = document.getElementById('first-screen');
    const text = firstScreen ? firstScreen.querySelector('.article-text') : document.querySelector('[data-testid="article-text"]');
    const paragraph = text?.querySelectorAll('p')[1];
    if (!paragraph) throw new Error('No second paragraph');
    const range = document.createRange();
    const node = paragraph.firstChild?.nodeType === Node.TEXT_NODE ? paragraph.firstChild : null;
    if (firstScreen) {
      const mark = paragraph.querySelector('mark');
      if (!mark || mark.textContent !== claimText) throw new Error(`The first screen marks ${mark?.textContent ?? 'nothing'}`);
      range.selectNodeContents(mark);
    } else {
      const at = node?.textContent?.indexOf(claimText) ?? -1;
      if (!node || at < 0) throw new Error('The claim is not in the app’s second paragraph');
      range.setStart(node, at);
      range.setEnd(node, at + claimText.length);
    }
    return { paragraph: round(paragraph.getBoundingClientRect()), claim: round(range.getBoundingClientRect()), firstScreen: firstScreen !== null };
  }, quote);
}

const arabicParagraph = (index: number) =>
  `قال المتحدث باسم الحكومة إن معدل البطالة انخفض إلى ${index + 1} في المئة خلال العام الماضي بعد إطلاق برنامج التشغيل الوطني، وأضاف أن الصادرات الزراعية تضاعفت.`;

for (const ui of ['en', 'ar'] as const) {
  test(`The app takes over from the first screen without moving the text (${ui === 'en' ? 'English' : 'Arabic'} interface)`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const reader = await createUser(testInfo, { name: ui === 'en' ? 'Nadia Reader' : 'نادية القارئة', role: 'reviewer' });
    const { context, page } = await browserAs(browser, testInfo, reader.credentials);
    await setInterfaceLanguage(context.request, ui);
    const paragraphs = Array.from({ length: 120 }, (_, index) => (ui === 'en' ? `${statement(index)} ${filler}` : arabicParagraph(index)));
    const article = await createArticle(context.request, {
      title: ui === 'en' ? `No jump ${Date.now()}` : `بلا قفزة ${Date.now()}`,
      text: paragraphs.join('\n'),
      language: ui,
    });
    const quote = ui === 'en' ? statement(1) : 'معدل البطالة انخفض إلى 2 في المئة';
    await createClaim(context.request, article, quote);

    // Every layout shift of the page, from its start (the observer is installed before any of the page's own code).
    await page.addInitScript(() => {
      const shifts: { value: number; time: number }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, time: entry.startTime });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The app's JavaScript is held back until the first screen has been measured.
    const held: Route[] = [];
    let release = false;
    await page.route(/\/assets\/[^/]+\.js$/, (route) => (release ? route.continue() : void held.push(route)));
    await page.goto(`/articles/${article.id}`, { waitUntil: 'commit' });
    await expect(page.locator('#first-screen .article-text mark')).toBeVisible();
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const before = await placesOf(page, quote);
    expect(before.firstScreen).toBe(true);
    const measuredAt = await page.evaluate(() => performance.now());

    release = true;
    for (const route of held.splice(0)) await route.continue();
    await articleReady(page);
    await expect(page.locator('#first-screen')).toHaveCount(0);
    await expect.poll(() => highlightTexts(page, 'sanad-unrated')).toContain(quote);
    await expect(page.locator('html')).toHaveAttribute('dir', ui === 'ar' ? 'rtl' : 'ltr');
    const after = await placesOf(page, quote);
    expect(after.firstScreen).toBe(false);
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(after.paragraph[key] - before.paragraph[key]), `paragraph ${key}: ${before.paragraph[key]} then ${after.paragraph[key]}`).toBeLessThanOrEqual(1);
      expect(Math.abs(after.claim[key] - before.claim[key]), `claim ${key}: ${before.claim[key]} then ${after.claim[key]}`).toBeLessThanOrEqual(1);
    }
    // Nothing on the page moved when the app took over.
    const shifted = await page.evaluate((since) => (window as unknown as { shifts: { value: number; time: number }[] }).shifts.filter((shift) => shift.time >= since), measuredAt);
    expect(shifted.reduce((sum, shift) => sum + shift.value, 0)).toBeLessThan(0.001);
    await context.close();
  });
}

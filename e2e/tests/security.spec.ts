import { expect, test, type Page } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { claimEndpoints } from '@sanad/shared/api/claims';
import { callApi, readApi } from './support/api.ts';
import { articleReady, createArticle, createClaim } from './support/article-page.ts';
import { runOnDatabase } from './support/database.ts';
import { browserAs, DEMO_USERS } from './support/users.ts';

/** Markup and script a hostile writer might type, each of which must come back as plain text. */
const PAYLOADS = ['<img src=x onerror="window.__xss=1">', '"><svg onload=window.__xss=1>', 'javascript:window.__xss=1'] as const;

/** One field's hostile value: the name of the field (to find it again), then every payload. */
const hostile = (field: string) => `${field} ${PAYLOADS.join(' ')}`;

/** Records CSP violations from the first script on, in every document of the page. */
async function recordViolations(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return errors;
}

async function violationsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}

/** Nothing a payload could have created: no script ran, no element with an event handler or the payload's image exists. */
async function expectNoInjection(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    images: document.querySelectorAll('img[src="x"]').length,
    // The app's own icons all carry a viewBox; an injected <svg onload> would not.
    svgs: document.querySelectorAll('svg:not([viewBox])').length,
    scriptHrefs: document.querySelectorAll('a[href^="javascript" i]').length,
  }));
  expect(found).toEqual({ xss: undefined, handlers: 0, images: 0, svgs: 0, scriptHrefs: 0 });
}

test('ASVS 3.4.3 / 3.4.6 (A7.1): the production build is served with a CSP that forbids inline script, objects and <base>', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const csp = response?.headers()['content-security-policy'] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
  expect(scriptSrc, csp).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc.some((source) => source === '*' || source.endsWith(':'))).toBe(false);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);

  // An inline script slipped into the DOM does not run, and the browser reports it.
  const blocked = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__csp = 1;';
    document.body.append(script);
    return { ran: (window as unknown as { __csp?: unknown }).__csp !== undefined, directive: await violation };
  });
  expect(blocked).toEqual({ ran: false, directive: 'script-src-elem' });
});

test('ASVS 3.4.3 (A7.1): the main pages load and work with zero CSP violations', async ({ page, request, browser }, testInfo) => {
  const article = await createArticle(request, { title: `CSP walk ${Date.now()}`, text: 'The minister said unemployment fell to 4 per cent in May.', language: 'en' });
  const claim = await createClaim(request, article, 'unemployment fell to 4 per cent');
  const consoleErrors = await recordViolations(page);
  const visits: [string, () => Promise<void>][] = [
    ['/', () => expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible()],
    [`/articles/${article.id}`, () => articleReady(page)],
    [`/articles/${article.id}?claim=${claim.id}`, () => expect(page.getByTestId('claim-panel')).toBeVisible()],
    ['/search?q=minister', () => expect(page.getByRole('heading', { name: 'Search' })).toBeVisible()],
    ['/queue', () => expect(page.getByRole('main')).toBeVisible()],
  ];
  for (const [path, ready] of visits) {
    await page.goto(path);
    await ready();
    // Highlights (constructed stylesheets) and fonts are in place by now.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await violationsIn(page), path).toEqual([]);
  }
  // The dialogs load their code on first use; that must not trip the policy either.
  await page.goto(`/articles/${article.id}`);
  await articleReady(page);
  await page.getByRole('button', { name: /^History/ }).click();
  await expect(page.getByRole('dialog', { name: 'Revision history' })).toBeVisible();
  expect(await violationsIn(page)).toEqual([]);

  // The admin's screens, and the login page of a browser without a session.
  const admin = await browserAs(browser, testInfo, DEMO_USERS.admin);
  const adminErrors = await recordViolations(admin.page);
  for (const path of ['/admin/users', '/admin/organisation', '/approvals']) {
    await admin.page.goto(path);
    await expect(admin.page.getByRole('main')).toBeVisible();
    await admin.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await violationsIn(admin.page), path).toEqual([]);
  }
  await admin.context.clearCookies();
  await admin.page.goto('/login');
  await expect(admin.page.getByRole('heading', { name: 'Log in to Sanad' })).toBeVisible();
  expect(await violationsIn(admin.page)).toEqual([]);
  expect([...consoleErrors, ...adminErrors]).toEqual([]);
  await admin.context.close();
});

test('ASVS 3.2.2 / 1.2.1 (A5.1): markup typed into every text field renders as text, and no script runs', async ({ page, request }) => {
  const consoleErrors = await recordViolations(page);
  await page.goto('/');

  // Article title and text, typed into the "Add article" dialog.
  await page.getByRole('button', { name: 'Add article' }).click();
  const addDialog = page.getByRole('dialog');
  const title = hostile(`Title ${Date.now()}`);
  const lines = PAYLOADS.map((payload, index) => `Line ${index + 1} says ${payload} and goes on.`);
  await addDialog.getByLabel('Title').fill(title);
  await addDialog.getByLabel('Text').fill(lines.join('\n'));
  await addDialog.getByLabel('Language').fill('en');
  await addDialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await articleReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const line of lines) await expect(page.getByTestId('article-text')).toContainText(line);
  await expectNoInjection(page);

  // A claim over the first payload, then its claimant, verdict rationale, a source and a comment.
  const articleId = Number(new URL(page.url()).pathname.split('/').pop());
  const article = await readApi(request, articleEndpoints.get, { params: { id: articleId } });
  const claim = await createClaim(request, article, lines[0]!);
  await page.goto(`/articles/${articleId}?claim=${claim.id}`);
  const panel = page.getByTestId('claim-panel');
  await expect(panel.locator('blockquote').first()).toHaveText(lines[0]!);

  const claimant = hostile('Claimant');
  await panel.getByLabel('Claimant').fill(claimant);
  await panel.getByLabel('Claimant').press('Enter');
  await expect.poll(async () => (await readApi(request, claimEndpoints.get, { params: { id: claim.id } })).claimant).toBe(claimant);

  const rationale = hostile('Rationale');
  await panel.getByRole('radio', { name: /^False/ }).check();
  await panel.getByLabel('Rationale').fill(rationale);
  await panel.getByRole('button', { name: 'Save verdict' }).click();
  await expect(panel.getByRole('heading', { name: /Claim/ }).locator('[data-rating]')).toHaveAttribute('data-rating', 'false');

  const source = { title: hostile('Source title'), publisher: hostile('Publisher'), excerpt: hostile('Excerpt') };
  await panel.getByRole('button', { name: 'Add source' }).click();
  const sourceDialog = page.getByRole('dialog', { name: 'Add a source' });
  await sourceDialog.getByLabel('URL').fill(`https://example.org/xss-${Date.now()}`);
  await sourceDialog.getByLabel('Title').fill(source.title);
  await sourceDialog.getByLabel('Publisher').fill(source.publisher);
  await sourceDialog.getByLabel('Excerpt').fill(source.excerpt);
  await sourceDialog.getByRole('radio', { name: /^Context/ }).check();
  await sourceDialog.getByRole('button', { name: 'Add source' }).click();
  await expect(sourceDialog).toBeHidden();
  await expectNoInjection(page);

  const comment = hostile('Comment');
  await panel.getByRole('tab', { name: 'Discussion' }).click();
  await panel.getByLabel('Add a comment').fill(comment);
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await expect(panel.getByTestId('discussion')).toContainText(comment);
  await expectNoInjection(page);

  // Everything read back from the server after a reload is shown literally.
  await page.reload();
  await articleReady(page);
  await expect(panel.getByLabel('Claimant')).toHaveValue(claimant);
  await expect(panel.getByLabel('Rationale')).toHaveValue(rationale);
  const item = panel.getByTestId('source-item');
  await expect(item.getByRole('link', { name: source.title })).toBeVisible();
  await expect(item).toContainText(source.publisher);
  await expect(item).toContainText(source.excerpt);
  await panel.getByRole('tab', { name: 'Discussion' }).click();
  await expect(panel.getByTestId('discussion')).toContainText(comment);
  await panel.getByRole('button', { name: 'Back to all claims' }).click();
  await expect(page.getByTestId('claim-entry').first()).toContainText(lines[0]!);
  await expect(page.getByTestId('claim-entry').first()).toContainText(claimant);
  await expectNoInjection(page);

  // The search box: the query and the matching snippets stay text.
  for (const payload of PAYLOADS) {
    const box = page.getByRole('search', { name: 'Search articles, claims and sources' }).getByRole('searchbox');
    await box.fill(payload);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(box).toHaveValue(payload);
    await page.waitForLoadState('networkidle');
    await expectNoInjection(page);
  }
  await page.goto(`/search?q=${encodeURIComponent('Excerpt')}`);
  await expect(page.getByTestId('search-group-sources').getByTestId('search-result').first()).toBeVisible();
  await expectNoInjection(page);

  expect(await violationsIn(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('ASVS 1.2.2 (A5.2): a javascript: source URL forced into the database is never a live link; external links are noopener', async ({ page, request }) => {
  const article = await createArticle(request, { title: `Forced href ${Date.now()}`, text: 'The report counted 1,200 new schools in 2023.', language: 'en' });
  const claim = await createClaim(request, article, '1,200 new schools');
  const stamp = Date.now();
  for (const [title, url] of [
    ['Poisoned source', `https://example.org/poisoned-${stamp}`],
    ['Honest source', `https://example.org/honest-${stamp}`],
  ] as const) {
    const response = await callApi(request, claimEndpoints.attachSource, { params: { id: claim.id }, body: { url, title, publisher: 'Example', stance: 'supports' } });
    expect(response.status, response.text).toBe(201);
  }
  expect(runOnDatabase('UPDATE sources SET url = ? WHERE url = ?', 'JaVaScRiPt:window.__xss=1', `https://example.org/poisoned-${stamp}`)).toBe(1);

  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const panel = page.getByTestId('claim-panel');
  const items = panel.getByTestId('source-item');
  await expect(items).toHaveCount(2);
  const poisoned = items.filter({ hasText: 'Poisoned source' });
  await expect(poisoned.getByText('Poisoned source')).toBeVisible();
  await expect(poisoned.getByRole('link')).toHaveCount(0);
  await poisoned.getByText('Poisoned source').click();
  const honest = items.filter({ hasText: 'Honest source' }).getByRole('link', { name: 'Honest source' });
  await expect(honest).toHaveAttribute('href', `https://example.org/honest-${stamp}`);
  await expectNoInjection(page);
  // Every link that leaves the app opens without a handle on it and without a referrer.
  const external = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))
      .filter((link) => new URL(link.href).origin !== location.origin)
      .map((link) => ({ href: link.href, rel: link.rel.split(/\s+/).sort().join(' ') })),
  );
  expect(external.length).toBeGreaterThan(0);
  for (const link of external) expect(link.rel, link.href).toBe('noopener noreferrer');
});

test('ASVS 3.3.4 (A2.1): the session cookie is HttpOnly, so page script cannot read it', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('current-user')).toBeVisible();
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => /sanad_session$/.test(cookie.name));
  expect(session, 'the browser holds a session cookie').toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toMatch(/Lax|Strict/);
  const visible = await page.evaluate(() => document.cookie);
  expect(visible).not.toContain('sanad_session');
  expect(visible).not.toContain(session!.value);
});

test('ASVS 7.4.4 (A2.9): every authenticated page has a visible logout control', async ({ page, request, browser }, testInfo) => {
  const article = await createArticle(request, { title: `Logout everywhere ${Date.now()}`, text: 'Exports rose by 7 per cent last year.', language: 'en' });
  const claim = await createClaim(request, article, 'rose by 7 per cent');
  const reviewerPages = ['/', `/articles/${article.id}`, `/articles/${article.id}?claim=${claim.id}`, '/search?q=exports', '/queue', '/approvals', '/account', '/no-such-page'];
  for (const path of reviewerPages) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log out' }), path).toBeVisible();
  }
  const admin = await browserAs(browser, testInfo, DEMO_USERS.admin);
  for (const path of ['/admin/users', '/admin/organisation', '/approvals']) {
    await admin.page.goto(path);
    await expect(admin.page.getByRole('main')).toBeVisible();
    await expect(admin.page.getByRole('button', { name: 'Log out' }), path).toBeVisible();
  }
  await admin.context.close();
});

import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { readApi } from './support/api.ts';

/** The saved pages and document the server's extraction tests use, with the text and details they must yield. */
const fixture = (name: string) => readFileSync(new URL(`../../server/src/lib/extract/fixtures/${name}`, import.meta.url));
const arabicNews = JSON.parse(fixture('arabic-news.expected.json').toString('utf8')) as {
  article: { title: string; author: string; outlet: string; publishedOn: string; url: string; paragraphs: string[] };
};

let site: Server;
let origin = '';

test.beforeAll(async () => {
  // A news site on loopback, reachable by the app only through FETCH_ALLOW_LOOPBACK_FOR_TESTS.
  site = createServer((req, res) => {
    if (req.url === '/news/2026/03/dams-level') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(fixture('arabic-news.html'));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  site.closeAllConnections();
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

test('Reviewer starts an Arabic article from a link, checks the extracted text and details, corrects the author and adds it', async ({ page, request }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await expect(dialog.getByRole('radio', { name: 'A link' })).toBeChecked();
  await dialog.getByLabel('Article link').fill(`${origin}/news/2026/03/dams-level`);
  await dialog.getByLabel('Article link').press('Enter');

  const review = dialog.getByRole('status').filter({ hasText: 'Check before saving' });
  await expect(review).toContainText(`Extracted from ${origin}/news/2026/03/dams-level`);
  await expect(review).toContainText('7 paragraphs');
  await review.getByText('Where the details were found').click();
  await expect(review).toContainText('Title: structured data (JSON-LD)');
  await expect(review).toContainText('Address: page meta tags');

  const expected = arabicNews.article;
  await expect(dialog.getByLabel('Title')).toHaveValue(expected.title);
  const text = dialog.getByRole('textbox', { name: 'Text' });
  await expect(text).toHaveValue(expected.paragraphs.join('\n\n'));
  await expect(text).toHaveAttribute('dir', 'rtl');
  await expect(dialog.getByLabel(/Outlet/)).toHaveValue(expected.outlet);
  await expect(dialog.getByLabel(/Author/)).toHaveValue(expected.author);
  await expect(dialog.getByLabel(/Published/)).toHaveValue(expected.publishedOn);
  await expect(dialog.getByLabel(/URL/)).toHaveValue(expected.url);
  await page.screenshot({ path: testInfo.outputPath('import-review.png') });

  // The reviewer corrects a detail before saving: only the first author wrote it.
  await dialog.getByLabel(/Author/).fill('سَلمى الحدّاد');
  await dialog.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: expected.title })).toBeVisible();
  await expect(page.getByTestId('article-text').getByText('وأكّد وزيرُ المياه أنّ الحكومة «لن تقطع مياه الشرب عن أي حيّ سكني»', { exact: false })).toBeVisible();

  const id = Number(/\/articles\/(\d+)/.exec(page.url())?.[1]);
  const stored = await readApi(request, articleEndpoints.get, { params: { id } });
  expect(stored).toMatchObject({
    title: expected.title,
    text: expected.paragraphs.join('\n\n'),
    language: 'ar',
    direction: 'rtl',
    author: 'سَلمى الحدّاد',
    outlet: expected.outlet,
    publishedOn: expected.publishedOn,
    url: expected.url,
  });
});

test('Reviewer is told why a link to the cloud metadata address is refused, then starts from a Word file instead', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article link').fill('http://169.254.169.254/latest/meta-data/');
  await dialog.getByRole('button', { name: 'Fetch article' }).click();
  await expect(dialog.getByText(/does not fetch from 169\.254\.169\.254: its address is in a linkLocal range/)).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('');

  await dialog.getByRole('radio', { name: 'Word file' }).check();
  await dialog.getByLabel('Word document (.docx)').setInputFiles({
    name: 'report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: fixture('arabic-report.docx'),
  });
  await expect(dialog.getByRole('status')).toContainText('Extracted from the Word document');
  await expect(dialog.getByLabel('Title')).toHaveValue('تقرير: أسعار الخبز ترتفع ١٥٪');
  await expect(dialog.getByRole('textbox', { name: 'Text' })).toHaveValue(/«لن نسمح بأي زيادة جديدة قبل نهاية الموسم»/);
});

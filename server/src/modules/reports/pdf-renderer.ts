import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { type Browser, chromium } from 'playwright-core';
import { AppError } from '../../lib/app-error.ts';

/** Where a Chromium is: PLAYWRIGHT_CHROMIUM_PATH, Playwright's own build, or Debian's. */
function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '';
}

/** How long an unused browser stays open before it is closed. */
const IDLE_MS = 60_000;

/**
 * Renders HTML to PDF in headless Chromium (the browser the tests use), kept
 * open between reports and closed when idle. Without a Chromium: 503 saying
 * how to install one.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private idle: NodeJS.Timeout | null = null;

  /**
   * Renders `html` to PDF and embeds each of `attachments` as a file inside it
   * (a PDF's own attachments, which viewers list and `pdfdetach` extracts).
   */
  async render(html: string, attachments: readonly PdfAttachment[] = []): Promise<Buffer> {
    const pdf = await this.print(html);
    return attachments.length === 0 ? pdf : attach(pdf, attachments);
  }

  private async print(html: string): Promise<Buffer> {
    const path = chromiumPath();
    if (path === '') {
      throw new AppError('pdf_unavailable', 503, 'PDF export needs Chromium. Install it (Debian: apt-get install chromium fonts-noto-core) or set PLAYWRIGHT_CHROMIUM_PATH.');
    }
    this.browser ??= chromium.launch({
      ...(path ? { executablePath: path } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const browser = await this.browser;
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => void this.close(), IDLE_MS);
    this.idle.unref();
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      // The report is self-contained: refuse any request it might try, so nothing leaves the machine.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    } finally {
      await page.close();
    }
  }

  /** Closes the browser (at idle, and when the server stops). */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close().catch(() => undefined);
  }
}

/** A file embedded in a PDF. */
export interface PdfAttachment {
  name: string;
  mimeType: string;
  description: string;
  content: string;
}

/**
 * Embeds files in a PDF. The report's PDF carries its own text this way:
 * Chromium's text layer gives harakat apart from their letters, so the exact
 * words live in the attached Markdown (ADR 024).
 */
async function attach(pdf: Buffer, attachments: readonly PdfAttachment[]): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  for (const file of attachments) {
    await document.attach(Buffer.from(file.content, 'utf8'), file.name, { mimeType: file.mimeType, description: file.description });
  }
  return Buffer.from(await document.save({ updateFieldAppearances: false }));
}

import { expect, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

/**
 * The box of the text line just after the current selection in the article
 * (the next line of its paragraph, or the first line of the next paragraph),
 * in viewport coordinates; null when the selection ends the article.
 */
export async function lineAfterSelection(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    const text = document.querySelector('[data-testid="article-text"]');
    if (!selection || selection.rangeCount === 0 || !text) return null;
    const selected = selection.getRangeAt(0);
    const rects = Array.from(selected.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    const rest = document.createRange();
    rest.setStart(selected.endContainer, selected.endOffset);
    rest.setEnd(text, text.childNodes.length);
    // Text rects only: the element boxes of whole paragraphs would include their margins.
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!rest.intersectsNode(node)) continue;
      const piece = document.createRange();
      piece.selectNodeContents(node);
      if (node === selected.endContainer) piece.setStart(node, selected.endOffset);
      const line = Array.from(piece.getClientRects()).find((rect) => rect.width > 0 && rect.top >= bottom - 1);
      if (line) return { x: line.left, y: line.top, width: line.width, height: line.height };
    }
    return null;
  });
}

/** Asserts that the "Mark as claim" button covers neither the selected words nor the line after the selection. */
export async function expectMarkButtonClearOfText(page: Page): Promise<void> {
  const button = await page.getByTestId('mark-claim-button').boundingBox();
  expect(button, 'the Mark as claim button is shown').not.toBeNull();
  const next = await lineAfterSelection(page);
  expect(next, 'a line follows the selection').not.toBeNull();
  const selected = await page.evaluate(() => {
    const rects = Array.from(window.getSelection()!.getRangeAt(0).getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    return rects.map((rect) => ({ x: rect.left, y: rect.top, width: rect.width, height: rect.height }));
  });
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps(button!, next!), `button ${JSON.stringify(button)} covers the next line ${JSON.stringify(next)}`).toBe(false);
  for (const rect of selected) expect(overlaps(button!, rect), 'the button covers the selected words').toBe(false);
}

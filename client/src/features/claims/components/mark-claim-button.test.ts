import { describe, expect, it } from 'vitest';
import { markButtonPosition } from './mark-claim-button.tsx';

const line = (left: number, top: number, width: number, height = 30) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('markButtonPosition', () => {
  it('puts the button above the first line, centred on it, never over the lines below', () => {
    const first = line(400, 300, 200);
    const { top, left } = markButtonPosition(first, { width: 1280 });
    expect(top + 40).toBeLessThanOrEqual(first.top);
    expect(left + 168 / 2).toBe(first.left + first.width / 2);
  });

  it('keeps the button inside the window beside a line at its edge', () => {
    expect(markButtonPosition(line(1200, 300, 70), { width: 1280 }).left).toBe(1280 - 168 - 8);
    expect(markButtonPosition(line(0, 300, 40), { width: 1280 }).left).toBe(8);
  });

  it('sits level with a first line at the top of the window, beside the selection, so the line below stays clear', () => {
    const atTop = line(300, 20, 400);
    const after = markButtonPosition(atTop, { width: 1280 });
    expect(after).toEqual({ top: 20, left: atTop.right + 8, height: 30 });
    expect(after.top + after.height).toBeLessThanOrEqual(atTop.bottom);
    const wide = line(200, 20, 1000);
    expect(markButtonPosition(wide, { width: 1280 })).toEqual({ top: 20, left: 200 - 8 - 168, height: 30 });
  });
});

/**
 * The places of each code unit of a pattern as bit masks, for the bit-parallel algorithms of the word diff
 * (`commonLength` in text-diff.ts) and of the approximate search (approximate-search.ts).
 */

/** A pattern's masks: one row of `blocks` 32-bit words a distinct unit, bit i set where the pattern holds it at i. */
export interface PatternMasks {
  blocks: number;
  masks: Int32Array;
  /** Each code unit's row (`masks` from `rowOf[unit] * blocks`); row 0, all zeros, for every unit the pattern lacks. */
  rowOf: Int32Array;
}

/** Each code unit's row while `withPatternMasks` runs; all zero between calls (so one table serves every pattern). */
const rowOf = new Int32Array(0x10000);

/** Runs `use` with the masks of pattern[from, to). Not re-entrant: `use` must not build masks itself. */
export function withPatternMasks<T>(pattern: string, from: number, to: number, use: (masks: PatternMasks) => T): T {
  const m = to - from;
  const blocks = (m + 31) >>> 5;
  const masks = new Int32Array((m + 1) * blocks);
  let rows = 1;
  for (let i = 0; i < m; i += 1) {
    const unit = pattern.charCodeAt(from + i);
    if (rowOf[unit] === 0) rowOf[unit] = rows++;
    masks[rowOf[unit]! * blocks + (i >>> 5)]! |= 1 << (i & 31);
  }
  try {
    return use({ blocks, masks, rowOf });
  } finally {
    for (let i = from; i < to; i += 1) rowOf[pattern.charCodeAt(i)] = 0;
  }
}

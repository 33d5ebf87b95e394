/**
 * Agreement between independent raters of the same claims (issue #16): raw
 * agreement, Cohen's kappa for two raters over categories (the rating keys),
 * and Krippendorff's alpha for any number of raters with missing ratings, at
 * the nominal, ordinal or interval level (the ordinal level over the numeric
 * values of the rating scale).
 *
 * Every function answers `null` where the figure is undefined rather than a
 * number that would mislead: no rated pair at all, or no variation to measure
 * against (every rating in one category, where chance agreement is already 1).
 * The formulas follow Cohen (1960) and Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011); the tests check them against the worked examples.
 */

/** Two ratings of one unit by two raters: category keys (or numbers), in rater order. */
export type RatingPair<T extends string | number = string> = readonly [T, T];

/** The share of pairs on which both raters gave the same rating; null without pairs. */
export function rawAgreement<T extends string | number>(pairs: readonly RatingPair<T>[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter(([first, second]) => first === second).length / pairs.length;
}

/**
 * Cohen's kappa for two raters: (observed − expected) / (1 − expected), the
 * expected agreement from each rater's own distribution of categories. Null
 * without pairs, and when expected agreement is 1 (both raters used one and
 * the same category throughout: nothing to tell agreement from chance).
 */
export function cohensKappa<T extends string | number>(pairs: readonly RatingPair<T>[]): number | null {
  const observed = rawAgreement(pairs);
  if (observed === null) return null;
  const firstCounts = new Map<T, number>();
  const secondCounts = new Map<T, number>();
  for (const [first, second] of pairs) {
    firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
    secondCounts.set(second, (secondCounts.get(second) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, count] of firstCounts) expected += (count / pairs.length) * ((secondCounts.get(category) ?? 0) / pairs.length);
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}

/** The level of measurement of the values: how far apart two different values are. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's alpha, 1 − observed / expected disagreement, from the
 * coincidence matrix of the values. `units` holds, for each unit (claim), the
 * values its raters gave; a unit with fewer than two values is not pairable
 * and counts for nothing, so missing ratings are allowed. Ordinal and interval
 * values must be numbers. Null when no unit has two values, or when every
 * pairable value is the same (no expected disagreement).
 */
export function krippendorffAlpha(units: readonly (readonly (string | number)[])[], level: AlphaLevel): number | null {
  const pairable = units.filter((unit) => unit.length >= 2);
  if (pairable.length === 0) return null;
  const values = [...new Set(pairable.flat())];
  if (level !== 'nominal' && values.some((value) => typeof value !== 'number')) {
    throw new TypeError(`Krippendorff's alpha at the ${level} level needs numeric values.`);
  }
  // Ordinal and interval values in their order; categories in first-seen order.
  if (level !== 'nominal') values.sort((a, b) => (a as number) - (b as number));
  const index = new Map(values.map((value, position) => [value, position]));
  const size = values.length;
  // o[c][k]: each ordered pair of values within a unit, weighted 1 / (m_u − 1).
  const coincidences = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i += 1) {
      for (let j = 0; j < unit.length; j += 1) {
        if (i !== j) coincidences[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += weight;
      }
    }
  }
  const marginals = coincidences.map((row) => row.reduce((sum, count) => sum + count, 0));
  const total = marginals.reduce((sum, count) => sum + count, 0);
  const distance = distanceFunction(level, values as number[], marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      const delta = distance(c, k);
      observed += coincidences[c]![k]! * delta;
      expected += marginals[c]! * marginals[k]! * delta;
    }
  }
  if (expected === 0) return null;
  return 1 - ((total - 1) * observed) / expected;
}

/** δ² between the values at positions c and k, for the level. */
function distanceFunction(level: AlphaLevel, values: readonly number[], marginals: readonly number[]): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  // Ordinal: the marginals from c to k, less half of the two ends, squared.
  return (c, k) => {
    const [low, high] = c <= k ? [c, k] : [k, c];
    let between = 0;
    for (let g = low; g <= high; g += 1) between += marginals[g]!;
    return (between - (marginals[low]! + marginals[high]!) / 2) ** 2;
  };
}

import { type z } from 'zod';

/** One way an export breaks a standard: where (`reviewRating.ratingValue`, `first.items[0].target`) and what, as a sentence. */
export type StandardProblem = { path: string; message: string };

/** Writes a zod path as `a.b[0].c` (empty for the root). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The issues of a failed parse as problems, in the order zod found them, without repeats. */
export function problemsOf(error: z.ZodError): StandardProblem[] {
  const seen = new Set<string>();
  const problems: StandardProblem[] = [];
  for (const issue of error.issues) {
    const problem = { path: formatPath(issue.path), message: issue.message };
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Runs `schema` on `value` inside a refinement and reports its issues under the
 * current path: how a rule picks the schema for a value by its `type`.
 */
export function forward(schema: z.ZodType, value: unknown, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...path, ...issue.path] });
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be given once or as an array, as an array. */
export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

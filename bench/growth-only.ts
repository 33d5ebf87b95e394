/**
 * `npm run bench:growth`: only the growth curve of `npm run bench` (issue #14),
 * for the million-claim step that the whole run leaves out by default
 * (BENCH_MAX_CLAIMS, 1,000,000 here).
 */
import { readFileSync } from 'node:fs';
import { growthCurve } from './growth.ts';

const fixture = readFileSync(new URL('../db/seed/geneva2-opinion.ar.txt', import.meta.url), 'utf8').normalize('NFC');
const maxClaims = Number(process.env.BENCH_MAX_CLAIMS ?? 1_000_000);
const rows = await growthCurve(fixture, maxClaims, (line) => console.log(line));
for (const row of rows) console.log(`${row.what.padEnd(52)} ${row.size.padEnd(24)} SQLite ${row.sqlite.toFixed(1).padStart(8)} ms  PostgreSQL ${row.postgres.toFixed(1).padStart(8)} ms  ${row.aim ?? ''}`);

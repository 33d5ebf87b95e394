import type Database from 'better-sqlite3';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type pg from 'pg';
import * as sqliteSchema from './schema/index.ts';

/**
 * One model of a migrated database, the same for SQLite and PostgreSQL, so
 * the two schemas can be compared (HOUSE-STYLE rule 18: one schema per
 * dialect, checked against each other by a test).
 */

/** What a column's values mean to the app, whatever the dialect stores. */
export type TypeMeaning = 'integer' | 'text' | 'boolean' | 'real' | 'timestamp' | 'blob' | `other: ${string}`;

/** A column: type meaning, nullability, normalised default, whether the database assigns it. */
export interface ColumnModel {
  type: TypeMeaning;
  notNull: boolean;
  default: string | null;
  identity: boolean;
}

/** An index (unique constraints included, primary keys not). */
export interface IndexModel {
  columns: string[];
  unique: boolean;
  /** Normalised partial-index predicate, null for a full index. */
  where: string | null;
}

/** A foreign key. */
export interface ForeignKeyModel {
  columns: string[];
  references: string;
  referencedColumns: string[];
  /** no action | restrict | cascade | set null | set default */
  onDelete: string;
}

/** A table. */
export interface TableModel {
  columns: Record<string, ColumnModel>;
  primaryKey: string[];
  indexes: Record<string, IndexModel>;
  foreignKeys: ForeignKeyModel[];
  /** Names of CHECK constraints (their expressions are dialect SQL). */
  checks: string[];
}

/** Tables by name. */
export type SchemaModel = Record<string, TableModel>;

/**
 * SQLite text columns that hold a point in time (ISO-8601, `toISOString()`),
 * stored as `timestamp(3) with time zone` on PostgreSQL: by convention every
 * text column named `at` or `*_at`, except these calendar dates.
 */
export const SQLITE_TEXT_NOT_TIMESTAMP: Readonly<Record<string, string>> = {
  'sources.published_at': 'a calendar date typed by users (YYYY-MM-DD)',
};

function isTimestampName(table: string, column: string): boolean {
  return (column === 'at' || column.endsWith('_at')) && !(`${table}.${column}` in SQLITE_TEXT_NOT_TIMESTAMP);
}

/** Columns the SQLite drizzle schema reads as booleans (stored as 0/1 integers). */
function sqliteBooleanColumns(): Set<string> {
  const result = new Set<string>();
  for (const value of Object.values(sqliteSchema)) {
    const config = getTableConfig(value as SQLiteTable);
    for (const column of config.columns) if (column.columnType === 'SQLiteBoolean') result.add(`${config.name}.${column.name}`);
  }
  return result;
}

/** Lower-cased SQL with quotes, parentheses, casts and spacing taken out, so both dialects' spellings meet. */
export function normaliseSql(expression: string): string {
  return expression
    .replace(/::[a-z ]+(\[\])?/gi, '')
    .replace(/[`"()]/g, '')
    .replace(/!=/g, '<>')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A column default in one spelling: `now` for the current time, `true`/`false` for booleans, SQL literals otherwise. */
export function normaliseDefault(value: string | null, type: TypeMeaning): string | null {
  if (value === null) return null;
  let text = value.trim();
  while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  text = text.replace(/::[a-z ]+$/i, '');
  if (/^(now\(\)|current_timestamp|strftime\('%Y-%m-%dT%H:%M:%fZ', ?'now'\))$/i.test(text)) return 'now';
  if (type === 'boolean') {
    if (text === '1' || text.toLowerCase() === 'true') return 'true';
    if (text === '0' || text.toLowerCase() === 'false') return 'false';
  }
  return text;
}

function pgTypeMeaning(dataType: string, precision: number | null): TypeMeaning {
  switch (dataType) {
    case 'integer':
    case 'bigint':
    case 'smallint':
      return 'integer';
    case 'text':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'double precision':
      return 'real';
    case 'bytea':
      return 'blob';
    case 'timestamp with time zone':
      // Millisecond precision is what makes the ISO string round-trip exactly.
      return precision === 3 ? 'timestamp' : `other: timestamptz(${precision})`;
    default:
      return `other: ${dataType}`;
  }
}

function sqliteTypeMeaning(declared: string, table: string, column: string, booleans: Set<string>): TypeMeaning {
  switch (declared.toUpperCase()) {
    case 'INTEGER':
      return booleans.has(`${table}.${column}`) ? 'boolean' : 'integer';
    case 'TEXT':
      return isTimestampName(table, column) ? 'timestamp' : 'text';
    case 'REAL':
      return 'real';
    case 'BLOB':
      return 'blob';
    default:
      return `other: ${declared}`;
  }
}

const SQLITE_ON_DELETE: Record<string, string> = { 'NO ACTION': 'no action', RESTRICT: 'restrict', CASCADE: 'cascade', 'SET NULL': 'set null', 'SET DEFAULT': 'set default' };
const PG_ON_DELETE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** The model of a migrated SQLite database, leaving out `excluded` tables. */
export function introspectSqlite(sqlite: Database.Database, excluded: readonly string[]): SchemaModel {
  const booleans = sqliteBooleanColumns();
  const model: SchemaModel = {};
  const tables = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  for (const { name: table, sql } of tables) {
    if (excluded.includes(table)) continue;
    const info = sqlite.pragma(`table_info("${table}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    const primaryKey = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name);
    const columns: Record<string, ColumnModel> = {};
    for (const column of info) {
      const type = sqliteTypeMeaning(column.type, table, column.name, booleans);
      columns[column.name] = {
        type,
        notNull: column.notnull === 1,
        default: normaliseDefault(column.dflt_value, type),
        // AUTOINCREMENT is only allowed on a single INTEGER PRIMARY KEY.
        identity: /\bAUTOINCREMENT\b/i.test(sql) && primaryKey.length === 1 && primaryKey[0] === column.name,
      };
    }
    const indexes: Record<string, IndexModel> = {};
    const list = sqlite.pragma(`index_list("${table}")`) as { name: string; unique: number; origin: string; partial: number }[];
    for (const index of list) {
      if (index.origin === 'pk') continue;
      const keys = (sqlite.pragma(`index_xinfo("${index.name}")`) as { seqno: number; name: string | null; desc: number; key: number }[])
        .filter((key) => key.key === 1)
        .sort((a, b) => a.seqno - b.seqno)
        .map((key) => `${key.name ?? '<expression>'}${key.desc ? ' desc' : ''}`);
      let where: string | null = null;
      if (index.partial) {
        const definition = (sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(index.name) as { sql: string }).sql;
        where = normaliseSql(definition.replace(/^[\s\S]*?\bWHERE\b/i, ''));
      }
      indexes[index.name] = { columns: keys, unique: index.unique === 1, where };
    }
    const keys = sqlite.pragma(`foreign_key_list("${table}")`) as { id: number; seq: number; table: string; from: string; to: string; on_delete: string }[];
    const foreignKeys: ForeignKeyModel[] = [];
    for (const id of [...new Set(keys.map((key) => key.id))]) {
      const parts = keys.filter((key) => key.id === id).sort((a, b) => a.seq - b.seq);
      const first = parts[0];
      if (!first) continue;
      foreignKeys.push({
        columns: parts.map((part) => part.from),
        references: first.table,
        referencedColumns: parts.map((part) => part.to),
        onDelete: SQLITE_ON_DELETE[first.on_delete.toUpperCase()] ?? first.on_delete.toLowerCase(),
      });
    }
    const checks = [...sql.matchAll(/CONSTRAINT\s+["`]?(\w+)["`]?\s+CHECK/gi)].map((match) => match[1] ?? '').sort();
    model[table] = { columns, primaryKey, indexes, foreignKeys, checks };
  }
  return model;
}

/** The model of a migrated PostgreSQL database (schema `public`), leaving out `excluded` tables. */
export async function introspectPg(pool: pg.Pool, excluded: readonly string[]): Promise<SchemaModel> {
  const model: SchemaModel = {};
  const tables = await pool.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  for (const { table_name: table } of tables.rows) {
    if (excluded.includes(table)) continue;
    model[table] = { columns: {}, primaryKey: [], indexes: {}, foreignKeys: [], checks: [] };
  }
  const at = (table: string): TableModel | undefined => model[table];

  const columns = await pool.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    datetime_precision: number | null;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
  }>(
    `SELECT table_name, column_name, data_type, datetime_precision, is_nullable, column_default, is_identity
     FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  for (const column of columns.rows) {
    const table = at(column.table_name);
    if (!table) continue;
    const type = pgTypeMeaning(column.data_type, column.datetime_precision);
    table.columns[column.column_name] = {
      type,
      notNull: column.is_nullable === 'NO',
      default: normaliseDefault(column.column_default, type),
      identity: column.is_identity === 'YES',
    };
  }

  const primaryKeys = await pool.query<{ table_name: string; column_name: string }>(
    `SELECT tc.table_name, kcu.column_name
     FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage kcu
       ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name
     WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'
     ORDER BY tc.table_name, kcu.ordinal_position`,
  );
  for (const row of primaryKeys.rows) at(row.table_name)?.primaryKey.push(row.column_name);

  const indexes = await pool.query<{ table_name: string; index_name: string; is_unique: boolean; predicate: string | null; columns: string[] }>(
    `SELECT c.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
            pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
            array(SELECT pg_get_indexdef(ix.indexrelid, k, true) || CASE WHEN ix.indoption[k - 1] & 1 = 1 THEN ' desc' ELSE '' END
                  FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k) AS columns
     FROM pg_index ix
     JOIN pg_class i ON i.oid = ix.indexrelid
     JOIN pg_class c ON c.oid = ix.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND NOT ix.indisprimary`,
  );
  for (const row of indexes.rows) {
    const table = at(row.table_name);
    if (!table) continue;
    table.indexes[row.index_name] = {
      columns: row.columns.map((column) => column.replaceAll('"', '')),
      unique: row.is_unique,
      where: row.predicate === null ? null : normaliseSql(row.predicate),
    };
  }

  const foreignKeys = await pool.query<{ table_name: string; ref_table: string; columns: string[]; ref_columns: string[]; on_delete: string }>(
    `SELECT c.relname AS table_name, r.relname AS ref_table, con.confdeltype AS on_delete,
            array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
     FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_class r ON r.oid = con.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND con.contype = 'f'`,
  );
  for (const row of foreignKeys.rows) {
    at(row.table_name)?.foreignKeys.push({
      columns: row.columns,
      references: row.ref_table,
      referencedColumns: row.ref_columns,
      onDelete: PG_ON_DELETE[row.on_delete] ?? row.on_delete,
    });
  }

  const checks = await pool.query<{ table_name: string; name: string }>(
    `SELECT c.relname AS table_name, con.conname AS name
     FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND con.contype = 'c' ORDER BY con.conname`,
  );
  for (const row of checks.rows) at(row.table_name)?.checks.push(row.name);
  return model;
}

/** Every fact of a model as `path -> value`, the unit the diff compares. */
export function facts(model: SchemaModel): Map<string, string> {
  const result = new Map<string, string>();
  for (const [name, table] of Object.entries(model)) {
    result.set(`table ${name}`, 'present');
    for (const [column, spec] of Object.entries(table.columns)) {
      result.set(`${name}.${column} type`, spec.type);
      result.set(`${name}.${column} nullability`, spec.notNull ? 'NOT NULL' : 'nullable');
      result.set(`${name}.${column} default`, spec.default ?? '(none)');
      result.set(`${name}.${column} assigned by the database`, spec.identity ? 'yes (autoincrement/identity)' : 'no');
    }
    result.set(`${name} primary key`, `(${table.primaryKey.join(', ')})`);
    for (const [index, spec] of Object.entries(table.indexes)) {
      const where = spec.where === null ? '' : ` WHERE ${spec.where}`;
      result.set(`index ${index}`, `${spec.unique ? 'UNIQUE ' : ''}ON ${name} (${spec.columns.join(', ')})${where}`);
    }
    for (const key of table.foreignKeys) {
      result.set(`${name}(${key.columns.join(', ')}) foreign key`, `REFERENCES ${key.references}(${key.referencedColumns.join(', ')}) ON DELETE ${key.onDelete}`);
    }
    for (const check of table.checks) result.set(`${name} check ${check}`, 'present');
  }
  return result;
}

/** One difference: the fact, and its value on each side (undefined where absent). */
export interface Difference {
  fact: string;
  sqlite: string | undefined;
  pg: string | undefined;
}

/** The facts on which the two models disagree, in a stable order. */
export function diffSchemas(sqlite: SchemaModel, pg: SchemaModel): Difference[] {
  const left = facts(sqlite);
  const right = facts(pg);
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort();
  return keys.filter((key) => left.get(key) !== right.get(key)).map((fact) => ({ fact, sqlite: left.get(fact), pg: right.get(fact) }));
}

/** The differences as lines a person reads in a failing test. */
export function formatDifferences(differences: readonly Difference[]): string {
  return differences.map((d) => `  ${d.fact}:\n    sqlite:     ${d.sqlite ?? '(absent)'}\n    postgresql: ${d.pg ?? '(absent)'}`).join('\n');
}

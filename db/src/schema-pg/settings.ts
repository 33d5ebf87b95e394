import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { isoTimestamp } from './columns.ts';

/** The rating scale (PostgreSQL twin of db/src/schema/settings.ts); seeded by a custom migration. */
export const ratings = pgTable(
  'ratings',
  {
    key: text('key').primaryKey(),
    position: integer('position').notNull(),
    labelEn: text('label_en').notNull(),
    labelAr: text('label_ar').notNull(),
    definitionEn: text('definition_en').notNull(),
    definitionAr: text('definition_ar').notNull(),
    value: integer('value'),
    color: text('color').notNull(),
    tint: text('tint').notNull(),
    retiredAt: isoTimestamp('retired_at'),
    createdAt: isoTimestamp('created_at').notNull(),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('ratings_position_idx').on(table.position)],
);

/** The organisation's settings: exactly one row (id 1), seeded by a custom migration. */
export const organisation = pgTable(
  'organisation',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    url: text('url').notNull().default(''),
    logo: text('logo'),
    publishBaseUrl: text('publish_base_url').notNull().default(''),
    reportLanguage: text('report_language', { enum: ['ar', 'en'] })
      .notNull()
      .default('en'),
    defaultLanguage: text('default_language', { enum: ['ar', 'en'] })
      .notNull()
      .default('en'),
    digits: text('digits', { enum: ['latn', 'arab'] })
      .notNull()
      .default('latn'),
    minIndependentSources: integer('min_independent_sources').notNull().default(0),
    /** Whether new articles need a second, independent rating of each claim (ADR 034). */
    doubleRatingDefault: boolean('double_rating_default').notNull().default(false),
    updatedAt: isoTimestamp('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [check('organisation_single_row', sql`${table.id} = 1`)],
);

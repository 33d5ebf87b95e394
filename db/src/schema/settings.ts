import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The rating scale, edited by admins. Seeded with the default scale of
 * shared/src/rating-scale.ts by migration 0005. A rating in use is retired
 * (`retired_at`), never deleted: verdicts keep their key.
 */
export const ratings = sqliteTable(
  'ratings',
  {
    key: text('key').primaryKey(),
    position: integer('position').notNull(),
    labelEn: text('label_en').notNull(),
    labelAr: text('label_ar').notNull(),
    definitionEn: text('definition_en').notNull(),
    definitionAr: text('definition_ar').notNull(),
    /** Numeric value on the scale (higher is more accurate), null off the numeric scale. */
    value: integer('value'),
    color: text('color').notNull(),
    tint: text('tint').notNull(),
    retiredAt: text('retired_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('ratings_position_idx').on(table.position)],
);

/** The organisation's settings: exactly one row (id 1), seeded by migration 0005. */
export const organisation = sqliteTable(
  'organisation',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    url: text('url').notNull().default(''),
    /** A data: URL of a PNG, JPEG or WebP image. */
    logo: text('logo'),
    publishBaseUrl: text('publish_base_url').notNull().default(''),
    reportLanguage: text('report_language', { enum: ['ar', 'en'] })
      .notNull()
      .default('en'),
    /** Interface language of users who have not chosen one (English: the interface was English-only before). */
    defaultLanguage: text('default_language', { enum: ['ar', 'en'] })
      .notNull()
      .default('en'),
    /** Digits of numbers in the Arabic interface: `latn` (0-9) or `arab` (Arabic-Indic, ٠-٩). */
    digits: text('digits', { enum: ['latn', 'arab'] })
      .notNull()
      .default('latn'),
    /** Independent sources (supporting or contradicting) a claim needs before it can be submitted; 0: no rule. */
    minIndependentSources: integer('min_independent_sources').notNull().default(0),
    /** Whether new articles need a second, independent rating of each claim (ADR 034). */
    doubleRatingDefault: integer('double_rating_default', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (table) => [check('organisation_single_row', sql`${table.id} = 1`)],
);

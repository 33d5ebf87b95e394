-- The search index (the SQLite twin is the FTS5 table `search_fts` of
-- db/migrations/0001_search_fts.sql). `rowid` = search_docs.id, so the
-- server's index writes (`DELETE FROM search_fts WHERE rowid = $1`,
-- `INSERT INTO search_fts (rowid, body) VALUES ($1, $2)`) are the same SQL on
-- both backends. `body` is the search form computed in JavaScript
-- (shared/src/text/search-form.ts: Arabic-normalised, case-folded), written by
-- the server in the same transaction as the data it indexes. It is indexed
-- with the `simple` configuration (lower-casing, no stemming, no stop words),
-- so a query's words match the same stored words as in FTS5. The foreign key
-- replaces SQLite's `search_docs_after_delete` trigger.
CREATE TABLE "search_fts" (
	"rowid" integer PRIMARY KEY NOT NULL REFERENCES "search_docs"("id") ON DELETE CASCADE,
	"body" text NOT NULL,
	"body_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "body")) STORED
);
--> statement-breakpoint
CREATE INDEX "search_fts_body_tsv_idx" ON "search_fts" USING gin ("body_tsv");

CREATE TABLE "claim_index_versions" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
-- claim_index_versions: one counter per article, bumped by every write to its claims, their verdicts and their
-- source links, in the writing statement's transaction (ADR 035; SQLite twin in migrations/). The compact claim
-- index's ETag is (article, revision, counter), so a 304 is answered without reading a claim. No row means 0.
-- Statement triggers bump each article touched once, in article order (no deadlock between two writers).
CREATE FUNCTION "claim_index_versions_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'claims' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO "claim_index_versions" AS t ("article_id", "version")
      SELECT DISTINCT "article_id", 1 FROM new_rows ORDER BY 1
      ON CONFLICT ("article_id") DO UPDATE SET "version" = t."version" + 1;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO "claim_index_versions" AS t ("article_id", "version")
      SELECT DISTINCT "article_id", 1 FROM old_rows ORDER BY 1
      ON CONFLICT ("article_id") DO UPDATE SET "version" = t."version" + 1;
    ELSE
      INSERT INTO "claim_index_versions" AS t ("article_id", "version")
      SELECT "article_id", 1 FROM (SELECT "article_id" FROM old_rows UNION SELECT "article_id" FROM new_rows) AS touched ORDER BY 1
      ON CONFLICT ("article_id") DO UPDATE SET "version" = t."version" + 1;
    END IF;
  ELSE
    -- verdicts and claim_sources: the article of each row's claim (a claim deleted in the same statement bumped it itself).
    IF TG_OP = 'INSERT' THEN
      INSERT INTO "claim_index_versions" AS t ("article_id", "version")
      SELECT DISTINCT c."article_id", 1 FROM new_rows r JOIN "claims" c ON c."id" = r."claim_id" ORDER BY 1
      ON CONFLICT ("article_id") DO UPDATE SET "version" = t."version" + 1;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO "claim_index_versions" AS t ("article_id", "version")
      SELECT DISTINCT c."article_id", 1 FROM old_rows r JOIN "claims" c ON c."id" = r."claim_id" ORDER BY 1
      ON CONFLICT ("article_id") DO UPDATE SET "version" = t."version" + 1;
    ELSE
      INSERT INTO "claim_index_versions" AS t ("article_id", "version")
      SELECT DISTINCT c."article_id", 1
      FROM (SELECT "claim_id" FROM old_rows UNION SELECT "claim_id" FROM new_rows) r JOIN "claims" c ON c."id" = r."claim_id" ORDER BY 1
      ON CONFLICT ("article_id") DO UPDATE SET "version" = t."version" + 1;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "claims_index_version_insert" AFTER INSERT ON "claims"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "claims_index_version_update" AFTER UPDATE ON "claims"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "claims_index_version_delete" AFTER DELETE ON "claims"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "verdicts_index_version_insert" AFTER INSERT ON "verdicts"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "verdicts_index_version_update" AFTER UPDATE ON "verdicts"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "verdicts_index_version_delete" AFTER DELETE ON "verdicts"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "claim_sources_index_version_insert" AFTER INSERT ON "claim_sources"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "claim_sources_index_version_update" AFTER UPDATE ON "claim_sources"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();
--> statement-breakpoint
CREATE TRIGGER "claim_sources_index_version_delete" AFTER DELETE ON "claim_sources"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_index_versions_bump"();

CREATE TABLE "claim_index_versions" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
-- claim_index_versions: one counter per article, bumped by every INSERT, UPDATE and DELETE of its claims, in the
-- writing statement's transaction (ADR 035; SQLite twin in migrations/, the same triggers: a verdict or source
-- write changes its claim's version, ADR 015). The compact claim index's ETag is (format, article, revision,
-- counter), so a 304 is answered without reading a claim. No row means 0. Statement triggers bump each article
-- touched once, in article order (no deadlock between two writers).
CREATE FUNCTION "claim_index_versions_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
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

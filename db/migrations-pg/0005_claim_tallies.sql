CREATE TABLE "claim_tallies" (
	"article_id" integer NOT NULL,
	"reviewer_id" integer NOT NULL,
	"status" text NOT NULL,
	"rating" text NOT NULL,
	"claims" integer NOT NULL,
	CONSTRAINT "claim_tallies_article_id_reviewer_id_status_rating_pk" PRIMARY KEY("article_id","reviewer_id","status","rating")
);
--> statement-breakpoint
DROP INDEX "claims_summary_idx";--> statement-breakpoint
CREATE INDEX "claims_activity_idx" ON "claims" USING btree ("article_id","updated_at");--> statement-breakpoint
-- claim_tallies holds the dashboard's counts per (article, reviewer, status, rating), kept in
-- step with `claims` by statement triggers (ADR 027; SQLite twin: migrations/0009_claim_tallies.sql).
-- Each statement's changes are summed into one delta per key and applied in key order, so two
-- transactions lock the tally rows they share in the same order and cannot deadlock on them.
-- An UPDATE that leaves every key as it was sums to nothing and touches no tally row.
INSERT INTO "claim_tallies" ("article_id", "reviewer_id", "status", "rating", "claims")
SELECT "article_id", coalesce("assignee_id", "created_by", 0), "status", coalesce("rating", ''), count(*)::integer
FROM "claims" GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE FUNCTION "claim_tallies_apply"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "claim_tallies" AS t ("article_id", "reviewer_id", "status", "rating", "claims")
    SELECT "article_id", coalesce("assignee_id", "created_by", 0), "status", coalesce("rating", ''), count(*)::integer
    FROM new_claims GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("article_id", "reviewer_id", "status", "rating") DO UPDATE SET "claims" = t."claims" + excluded."claims";
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    WITH delta AS (
      SELECT "article_id", coalesce("assignee_id", "created_by", 0) AS reviewer_id, "status", coalesce("rating", '') AS rating, -count(*)::integer AS n
      FROM old_claims GROUP BY 1, 2, 3, 4
    )
    INSERT INTO "claim_tallies" AS t ("article_id", "reviewer_id", "status", "rating", "claims")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4
    ON CONFLICT ("article_id", "reviewer_id", "status", "rating") DO UPDATE SET "claims" = t."claims" + excluded."claims";
  ELSE
    WITH changes AS (
      SELECT "article_id", coalesce("assignee_id", "created_by", 0) AS reviewer_id, "status", coalesce("rating", '') AS rating, -1 AS n FROM old_claims
      UNION ALL
      SELECT "article_id", coalesce("assignee_id", "created_by", 0), "status", coalesce("rating", ''), 1 FROM new_claims
    ),
    delta AS (SELECT "article_id", reviewer_id, "status", rating, sum(n)::integer AS n FROM changes GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0)
    INSERT INTO "claim_tallies" AS t ("article_id", "reviewer_id", "status", "rating", "claims")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4
    ON CONFLICT ("article_id", "reviewer_id", "status", "rating") DO UPDATE SET "claims" = t."claims" + excluded."claims";
  END IF;
  DELETE FROM "claim_tallies" t USING (SELECT DISTINCT "article_id", coalesce("assignee_id", "created_by", 0) AS reviewer_id, "status", coalesce("rating", '') AS rating FROM old_claims) o
  WHERE t."article_id" = o."article_id" AND t."reviewer_id" = o.reviewer_id AND t."status" = o."status" AND t."rating" = o.rating AND t."claims" <= 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "claims_tally_insert" AFTER INSERT ON "claims"
  REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION "claim_tallies_apply"();
--> statement-breakpoint
CREATE TRIGGER "claims_tally_update" AFTER UPDATE ON "claims"
  REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION "claim_tallies_apply"();
--> statement-breakpoint
CREATE TRIGGER "claims_tally_delete" AFTER DELETE ON "claims"
  REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION "claim_tallies_apply"();

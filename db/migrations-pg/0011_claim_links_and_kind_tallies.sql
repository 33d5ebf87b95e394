CREATE TABLE "claim_links" (
	"opinion_claim_id" integer NOT NULL,
	"rests_on_claim_id" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "claim_links_opinion_claim_id_rests_on_claim_id_pk" PRIMARY KEY("opinion_claim_id","rests_on_claim_id")
);
--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_opinion_claim_id_claims_id_fk" FOREIGN KEY ("opinion_claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_rests_on_claim_id_claims_id_fk" FOREIGN KEY ("rests_on_claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_links" ADD CONSTRAINT "claim_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_links_rests_on_idx" ON "claim_links" USING btree ("rests_on_claim_id");--> statement-breakpoint
-- claim_tallies gains the claim kind as a fifth key (ADR 033; SQLite twin:
-- migrations/0015_claim_links_and_kind_tallies.sql). The table is made again and filled from "claims"; the
-- statement triggers stay and the function they run now sums per (article, reviewer, status,
-- rating, kind), in key order as before (ADR 027).
DROP TABLE "claim_tallies";--> statement-breakpoint
CREATE TABLE "claim_tallies" (
	"article_id" integer NOT NULL,
	"reviewer_id" integer NOT NULL,
	"status" text NOT NULL,
	"rating" text NOT NULL,
	"kind" text NOT NULL,
	"claims" integer NOT NULL,
	CONSTRAINT "claim_tallies_article_id_reviewer_id_status_rating_kind_pk" PRIMARY KEY("article_id","reviewer_id","status","rating","kind")
);
--> statement-breakpoint
INSERT INTO "claim_tallies" ("article_id", "reviewer_id", "status", "rating", "kind", "claims")
SELECT "article_id", coalesce("assignee_id", "created_by", 0), "status", coalesce("rating", ''), "kind", count(*)::integer
FROM "claims" GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "claim_tallies_apply"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "claim_tallies" AS t ("article_id", "reviewer_id", "status", "rating", "kind", "claims")
    SELECT "article_id", coalesce("assignee_id", "created_by", 0), "status", coalesce("rating", ''), "kind", count(*)::integer
    FROM new_claims GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("article_id", "reviewer_id", "status", "rating", "kind") DO UPDATE SET "claims" = t."claims" + excluded."claims";
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    WITH delta AS (
      SELECT "article_id", coalesce("assignee_id", "created_by", 0) AS reviewer_id, "status", coalesce("rating", '') AS rating, "kind", -count(*)::integer AS n
      FROM old_claims GROUP BY 1, 2, 3, 4, 5
    )
    INSERT INTO "claim_tallies" AS t ("article_id", "reviewer_id", "status", "rating", "kind", "claims")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("article_id", "reviewer_id", "status", "rating", "kind") DO UPDATE SET "claims" = t."claims" + excluded."claims";
  ELSE
    WITH changes AS (
      SELECT "article_id", coalesce("assignee_id", "created_by", 0) AS reviewer_id, "status", coalesce("rating", '') AS rating, "kind", -1 AS n FROM old_claims
      UNION ALL
      SELECT "article_id", coalesce("assignee_id", "created_by", 0), "status", coalesce("rating", ''), "kind", 1 FROM new_claims
    ),
    delta AS (SELECT "article_id", reviewer_id, "status", rating, "kind", sum(n)::integer AS n FROM changes GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0)
    INSERT INTO "claim_tallies" AS t ("article_id", "reviewer_id", "status", "rating", "kind", "claims")
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("article_id", "reviewer_id", "status", "rating", "kind") DO UPDATE SET "claims" = t."claims" + excluded."claims";
  END IF;
  DELETE FROM "claim_tallies" t
  USING (SELECT DISTINCT "article_id", coalesce("assignee_id", "created_by", 0) AS reviewer_id, "status", coalesce("rating", '') AS rating, "kind" FROM old_claims) o
  WHERE t."article_id" = o."article_id" AND t."reviewer_id" = o.reviewer_id AND t."status" = o."status" AND t."rating" = o.rating AND t."kind" = o."kind" AND t."claims" <= 0;
  RETURN NULL;
END;
$$;

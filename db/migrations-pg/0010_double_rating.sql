CREATE TABLE "second_ratings" (
	"claim_id" integer PRIMARY KEY NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"assigned_to" integer,
	"rater_id" integer,
	"rating" text,
	"rationale" text,
	"confidence" text,
	"rated_at" timestamp (3) with time zone,
	"first_rater_id" integer,
	"first_rating" text,
	"second_rater_id" integer,
	"completed_at" timestamp (3) with time zone,
	"agreed" boolean,
	"resolution" text,
	"resolution_note" text,
	"resolved_by" integer,
	"resolved_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "double_rating" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "double_rating_default" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "second_ratings" ADD CONSTRAINT "second_ratings_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_ratings" ADD CONSTRAINT "second_ratings_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_ratings" ADD CONSTRAINT "second_ratings_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_ratings" ADD CONSTRAINT "second_ratings_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "second_ratings_completed_idx" ON "second_ratings" USING btree ("completed_at");--> statement-breakpoint
CREATE INDEX "second_ratings_assigned_idx" ON "second_ratings" USING btree ("assigned_to");
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
CREATE INDEX "claim_links_rests_on_idx" ON "claim_links" USING btree ("rests_on_claim_id");
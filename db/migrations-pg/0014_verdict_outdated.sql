ALTER TABLE "verdicts" ADD COLUMN "outdated_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "outdated_note" text;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "outdated_by" integer;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_outdated_by_users_id_fk" FOREIGN KEY ("outdated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
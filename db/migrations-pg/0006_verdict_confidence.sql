ALTER TABLE "verdicts" ADD COLUMN "confidence" text;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "recheck_on" text;--> statement-breakpoint
CREATE INDEX "verdicts_recheck_idx" ON "verdicts" USING btree ("recheck_on");
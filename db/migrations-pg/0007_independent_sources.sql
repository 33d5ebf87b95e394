ALTER TABLE "sources" ADD COLUMN "origin" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "min_independent_sources" integer DEFAULT 0 NOT NULL;
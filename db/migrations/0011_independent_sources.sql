ALTER TABLE `sources` ADD `origin` text;--> statement-breakpoint
ALTER TABLE `organisation` ADD `min_independent_sources` integer DEFAULT 0 NOT NULL;
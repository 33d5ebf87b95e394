ALTER TABLE `verdicts` ADD `outdated_at` text;--> statement-breakpoint
ALTER TABLE `verdicts` ADD `outdated_note` text;--> statement-breakpoint
ALTER TABLE `verdicts` ADD `outdated_by` integer REFERENCES users(id) ON DELETE set null;
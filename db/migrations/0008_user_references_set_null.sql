-- Rebuilds claims and verdicts so that their references to users carry ON DELETE SET NULL, as the
-- schema declares: migration 0002 added these columns with ALTER TABLE ... ADD ... REFERENCES,
-- which drops the action. runMigrations switches foreign keys off around migrations, so dropping
-- the old tables cascades nothing; foreign_key_check must be empty afterwards.
CREATE TABLE `__new_claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`start` integer,
	`end` integer,
	`quote` text NOT NULL,
	`prefix` text NOT NULL,
	`suffix` text NOT NULL,
	`claimant` text,
	`anchor_status` text DEFAULT 'anchored' NOT NULL,
	`anchor_revision` integer DEFAULT 1 NOT NULL,
	`previous_quote` text,
	`suggested_start` integer,
	`suggested_end` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`status_note` text,
	`status_changed_at` text,
	`status_changed_by` integer,
	`created_by` integer,
	`assignee_id` integer,
	`rating` text,
	`published_at` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`status_changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "claims_span_check" CHECK(("start" IS NULL AND "end" IS NULL) OR ("start" >= 0 AND "end" > "start"))
);
--> statement-breakpoint
INSERT INTO `__new_claims` (`id`, `article_id`, `start`, `end`, `quote`, `prefix`, `suffix`, `claimant`, `anchor_status`, `anchor_revision`, `previous_quote`, `suggested_start`, `suggested_end`, `created_at`, `updated_at`, `version`, `status`, `status_note`, `status_changed_at`, `status_changed_by`, `created_by`, `assignee_id`, `rating`, `published_at`)
SELECT `id`, `article_id`, `start`, `end`, `quote`, `prefix`, `suffix`, `claimant`, `anchor_status`, `anchor_revision`, `previous_quote`, `suggested_start`, `suggested_end`, `created_at`, `updated_at`, `version`, `status`, `status_note`, `status_changed_at`, `status_changed_by`, `created_by`, `assignee_id`, `rating`, `published_at` FROM `claims`;
--> statement-breakpoint
DROP TABLE `claims`;
--> statement-breakpoint
ALTER TABLE `__new_claims` RENAME TO `claims`;
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_article_span_unique` ON `claims` (`article_id`,`start`,`end`);
--> statement-breakpoint
CREATE INDEX `claims_article_status_rating_idx` ON `claims` (`article_id`, `status`, `rating`);
--> statement-breakpoint
CREATE INDEX `claims_summary_idx` ON `claims` (`article_id`,`assignee_id`,`created_by`,`status`,`rating`,`updated_at`);
--> statement-breakpoint
CREATE TABLE `__new_verdicts` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`rating` text NOT NULL,
	`rationale` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`set_by` integer,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_verdicts` (`claim_id`, `rating`, `rationale`, `created_at`, `updated_at`, `version`, `set_by`)
SELECT `claim_id`, `rating`, `rationale`, `created_at`, `updated_at`, `version`, `set_by` FROM `verdicts`;
--> statement-breakpoint
DROP TABLE `verdicts`;
--> statement-breakpoint
ALTER TABLE `__new_verdicts` RENAME TO `verdicts`;
--> statement-breakpoint
CREATE INDEX `verdicts_rating_idx` ON `verdicts` (`rating`);

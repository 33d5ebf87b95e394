CREATE TABLE `second_ratings` (
	`claim_id` integer PRIMARY KEY NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	`assigned_to` integer,
	`rater_id` integer,
	`rating` text,
	`rationale` text,
	`confidence` text,
	`rated_at` text,
	`first_rater_id` integer,
	`first_rating` text,
	`second_rater_id` integer,
	`completed_at` text,
	`agreed` integer,
	`resolution` text,
	`resolution_note` text,
	`resolved_by` integer,
	`resolved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`rater_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `second_ratings_completed_idx` ON `second_ratings` (`completed_at`);--> statement-breakpoint
CREATE INDEX `second_ratings_assigned_idx` ON `second_ratings` (`assigned_to`);--> statement-breakpoint
ALTER TABLE `articles` ADD `double_rating` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `organisation` ADD `double_rating_default` integer DEFAULT false NOT NULL;
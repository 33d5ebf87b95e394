CREATE TABLE `source_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`status` text NOT NULL,
	`requested_by` integer,
	`requested_at` text NOT NULL,
	`fetched_at` text,
	`http_status` integer,
	`error_code` text,
	`final_url` text,
	`title` text,
	`publisher` text,
	`published_on` text,
	`text` text,
	`raw_html_gzip` blob,
	`raw_bytes` integer,
	`content_hash` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `source_snapshots_source_idx` ON `source_snapshots` (`source_id`,`id`);
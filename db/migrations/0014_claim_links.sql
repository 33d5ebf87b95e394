CREATE TABLE `claim_links` (
	`opinion_claim_id` integer NOT NULL,
	`rests_on_claim_id` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	PRIMARY KEY(`opinion_claim_id`, `rests_on_claim_id`),
	FOREIGN KEY (`opinion_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rests_on_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `claim_links_rests_on_idx` ON `claim_links` (`rests_on_claim_id`);
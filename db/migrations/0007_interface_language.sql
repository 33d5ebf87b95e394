ALTER TABLE `users` ADD `language` text;--> statement-breakpoint
ALTER TABLE `organisation` ADD `default_language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisation` ADD `digits` text DEFAULT 'latn' NOT NULL;
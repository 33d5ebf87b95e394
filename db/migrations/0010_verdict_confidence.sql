ALTER TABLE `verdicts` ADD `confidence` text;--> statement-breakpoint
ALTER TABLE `verdicts` ADD `recheck_on` text;--> statement-breakpoint
CREATE INDEX `verdicts_recheck_idx` ON `verdicts` (`recheck_on`);
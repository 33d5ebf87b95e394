ALTER TABLE `claims` ADD `rating` text;--> statement-breakpoint
UPDATE `claims` SET `rating` = (SELECT `rating` FROM `verdicts` WHERE `verdicts`.`claim_id` = `claims`.`id`);--> statement-breakpoint
CREATE INDEX `claims_article_status_rating_idx` ON `claims` (`article_id`, `status`, `rating`);

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
CREATE INDEX `claim_links_rests_on_idx` ON `claim_links` (`rests_on_claim_id`);--> statement-breakpoint
-- claim_tallies gains the claim kind as a fifth key (ADR 033), so the dashboard filters by kind
-- without reading a claim (ADR 027). The table is made again and filled from `claims`; the three
-- triggers are made again with the kind in their key and in the columns the update trigger watches.
-- The PostgreSQL twin is migrations-pg/0011_claim_links_and_kind_tallies.sql.
DROP TRIGGER `claims_tally_insert`;--> statement-breakpoint
DROP TRIGGER `claims_tally_delete`;--> statement-breakpoint
DROP TRIGGER `claims_tally_update`;--> statement-breakpoint
DROP TABLE `claim_tallies`;--> statement-breakpoint
CREATE TABLE `claim_tallies` (
	`article_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`status` text NOT NULL,
	`rating` text NOT NULL,
	`kind` text NOT NULL,
	`claims` integer NOT NULL,
	PRIMARY KEY(`article_id`, `reviewer_id`, `status`, `rating`, `kind`)
);
--> statement-breakpoint
INSERT INTO `claim_tallies` (`article_id`, `reviewer_id`, `status`, `rating`, `kind`, `claims`)
SELECT `article_id`, coalesce(`assignee_id`, `created_by`, 0), `status`, coalesce(`rating`, ''), `kind`, count(*)
FROM `claims` GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE TRIGGER `claims_tally_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `claim_tallies` (`article_id`, `reviewer_id`, `status`, `rating`, `kind`, `claims`)
  VALUES (NEW.`article_id`, coalesce(NEW.`assignee_id`, NEW.`created_by`, 0), NEW.`status`, coalesce(NEW.`rating`, ''), NEW.`kind`, 1)
  ON CONFLICT (`article_id`, `reviewer_id`, `status`, `rating`, `kind`) DO UPDATE SET `claims` = `claims` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_tally_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE `claim_tallies` SET `claims` = `claims` - 1
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '') AND `kind` = OLD.`kind`;
  DELETE FROM `claim_tallies`
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '') AND `kind` = OLD.`kind` AND `claims` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_tally_update` AFTER UPDATE OF `article_id`, `assignee_id`, `created_by`, `status`, `rating`, `kind` ON `claims`
WHEN OLD.`article_id` IS NOT NEW.`article_id`
  OR coalesce(OLD.`assignee_id`, OLD.`created_by`, 0) IS NOT coalesce(NEW.`assignee_id`, NEW.`created_by`, 0)
  OR OLD.`status` IS NOT NEW.`status`
  OR coalesce(OLD.`rating`, '') IS NOT coalesce(NEW.`rating`, '')
  OR OLD.`kind` IS NOT NEW.`kind`
BEGIN
  UPDATE `claim_tallies` SET `claims` = `claims` - 1
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '') AND `kind` = OLD.`kind`;
  DELETE FROM `claim_tallies`
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '') AND `kind` = OLD.`kind` AND `claims` <= 0;
  INSERT INTO `claim_tallies` (`article_id`, `reviewer_id`, `status`, `rating`, `kind`, `claims`)
  VALUES (NEW.`article_id`, coalesce(NEW.`assignee_id`, NEW.`created_by`, 0), NEW.`status`, coalesce(NEW.`rating`, ''), NEW.`kind`, 1)
  ON CONFLICT (`article_id`, `reviewer_id`, `status`, `rating`, `kind`) DO UPDATE SET `claims` = `claims` + 1;
END;

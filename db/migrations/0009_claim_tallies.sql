CREATE TABLE `claim_tallies` (
	`article_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`status` text NOT NULL,
	`rating` text NOT NULL,
	`claims` integer NOT NULL,
	PRIMARY KEY(`article_id`, `reviewer_id`, `status`, `rating`)
);
--> statement-breakpoint
DROP INDEX `claims_summary_idx`;--> statement-breakpoint
CREATE INDEX `claims_activity_idx` ON `claims` (`article_id`,`updated_at`);--> statement-breakpoint
-- claim_tallies holds the dashboard's counts per (article, reviewer, status, rating), kept in
-- step with `claims` by the three triggers below, so the dashboard never reads the claims
-- (ADR 027). The reviewer is coalesce(assignee, creator), 0 when neither; unrated is ''.
-- A rebuild of `claims` (create-copy-drop-rename, as 0008 did) drops these triggers: such a
-- migration must create them again. The PostgreSQL twin is migrations-pg/0005_claim_tallies.sql.
INSERT INTO `claim_tallies` (`article_id`, `reviewer_id`, `status`, `rating`, `claims`)
SELECT `article_id`, coalesce(`assignee_id`, `created_by`, 0), `status`, coalesce(`rating`, ''), count(*)
FROM `claims` GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER `claims_tally_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `claim_tallies` (`article_id`, `reviewer_id`, `status`, `rating`, `claims`)
  VALUES (NEW.`article_id`, coalesce(NEW.`assignee_id`, NEW.`created_by`, 0), NEW.`status`, coalesce(NEW.`rating`, ''), 1)
  ON CONFLICT (`article_id`, `reviewer_id`, `status`, `rating`) DO UPDATE SET `claims` = `claims` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_tally_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE `claim_tallies` SET `claims` = `claims` - 1
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '');
  DELETE FROM `claim_tallies`
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '') AND `claims` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_tally_update` AFTER UPDATE OF `article_id`, `assignee_id`, `created_by`, `status`, `rating` ON `claims`
WHEN OLD.`article_id` IS NOT NEW.`article_id`
  OR coalesce(OLD.`assignee_id`, OLD.`created_by`, 0) IS NOT coalesce(NEW.`assignee_id`, NEW.`created_by`, 0)
  OR OLD.`status` IS NOT NEW.`status`
  OR coalesce(OLD.`rating`, '') IS NOT coalesce(NEW.`rating`, '')
BEGIN
  UPDATE `claim_tallies` SET `claims` = `claims` - 1
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '');
  DELETE FROM `claim_tallies`
  WHERE `article_id` = OLD.`article_id` AND `reviewer_id` = coalesce(OLD.`assignee_id`, OLD.`created_by`, 0)
    AND `status` = OLD.`status` AND `rating` = coalesce(OLD.`rating`, '') AND `claims` <= 0;
  INSERT INTO `claim_tallies` (`article_id`, `reviewer_id`, `status`, `rating`, `claims`)
  VALUES (NEW.`article_id`, coalesce(NEW.`assignee_id`, NEW.`created_by`, 0), NEW.`status`, coalesce(NEW.`rating`, ''), 1)
  ON CONFLICT (`article_id`, `reviewer_id`, `status`, `rating`) DO UPDATE SET `claims` = `claims` + 1;
END;

CREATE TABLE `claim_index_versions` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
-- claim_index_versions: one counter per article, bumped by every write to its claims, their verdicts and their
-- source links, in the writing statement's transaction (ADR 035). The compact claim index's ETag is
-- (article, revision, counter), so a 304 is answered without reading a claim. No row means 0. A rebuild of
-- `claims`, `verdicts` or `claim_sources` drops these triggers: such a migration must create them again.
-- The PostgreSQL twin is in migrations-pg (claim_index_versions).
CREATE TRIGGER `claims_index_version_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) VALUES (NEW.`article_id`, 1)
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_index_version_delete` AFTER DELETE ON `claims` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) VALUES (OLD.`article_id`, 1)
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_index_version_update` AFTER UPDATE ON `claims` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) VALUES (NEW.`article_id`, 1)
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT OLD.`article_id`, 1 WHERE OLD.`article_id` IS NOT NEW.`article_id`
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `verdicts_index_version_insert` AFTER INSERT ON `verdicts` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT `article_id`, 1 FROM `claims` WHERE `id` = NEW.`claim_id`
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `verdicts_index_version_update` AFTER UPDATE ON `verdicts` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT `article_id`, 1 FROM `claims` WHERE `id` IN (OLD.`claim_id`, NEW.`claim_id`)
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `verdicts_index_version_delete` AFTER DELETE ON `verdicts` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT `article_id`, 1 FROM `claims` WHERE `id` = OLD.`claim_id`
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_sources_index_version_insert` AFTER INSERT ON `claim_sources` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT `article_id`, 1 FROM `claims` WHERE `id` = NEW.`claim_id`
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_sources_index_version_update` AFTER UPDATE ON `claim_sources` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT `article_id`, 1 FROM `claims` WHERE `id` IN (OLD.`claim_id`, NEW.`claim_id`)
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_sources_index_version_delete` AFTER DELETE ON `claim_sources` BEGIN
  INSERT INTO `claim_index_versions` (`article_id`, `version`) SELECT `article_id`, 1 FROM `claims` WHERE `id` = OLD.`claim_id`
  ON CONFLICT (`article_id`) DO UPDATE SET `version` = `version` + 1;
END;

CREATE TABLE `claim_index_versions` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
-- claim_index_versions: one counter per article, bumped by every INSERT, UPDATE and DELETE of its claims, in the
-- writing statement's transaction (ADR 035). A verdict or source write changes the claim too (its version: the
-- claim aggregate's rule, ADR 015), so it bumps the counter through this trigger. The compact claim index's ETag
-- is (format, article, revision, counter), so a 304 is answered without reading a claim. No row means 0.
-- No trigger on `verdicts` or `claim_sources`: a trigger there would name `claims`, and SQLite refuses the rename
-- of a table rebuild while a trigger names the dropped table (db/src/migrate.test.ts). A rebuild of `claims`
-- drops these triggers: such a migration must create them again. The PostgreSQL twin is in migrations-pg.
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

CREATE TABLE `organisation` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`logo` text,
	`publish_base_url` text DEFAULT '' NOT NULL,
	`report_language` text DEFAULT 'en' NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organisation_single_row" CHECK("organisation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`key` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`label_en` text NOT NULL,
	`label_ar` text NOT NULL,
	`definition_en` text NOT NULL,
	`definition_ar` text NOT NULL,
	`value` integer,
	`color` text NOT NULL,
	`tint` text NOT NULL,
	`retired_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ratings_position_idx` ON `ratings` (`position`);--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`claim_id` integer,
	`quote` text NOT NULL,
	`reason` text NOT NULL,
	`rating_before` text,
	`rating_after` text,
	`reopened_at` text NOT NULL,
	`reopened_by` integer,
	`publication_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `corrections_article_idx` ON `corrections` (`article_id`);--> statement-breakpoint
CREATE INDEX `corrections_claim_idx` ON `corrections` (`claim_id`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`number` integer NOT NULL,
	`published_at` text NOT NULL,
	`published_by` integer,
	`report` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_article_number_unique` ON `publications` (`article_id`,`number`);--> statement-breakpoint
ALTER TABLE `articles` ADD `author` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `outlet` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `published_on` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `url` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `published_at` text;--> statement-breakpoint
-- The default rating scale (shared/src/rating-scale.ts), which admins edit from here on.
INSERT INTO `ratings` (`key`, `position`, `label_en`, `label_ar`, `definition_en`, `definition_ar`, `value`, `color`, `tint`, `created_at`, `updated_at`) VALUES
('true', 0, 'True', 'صحيح', 'The statement is accurate and nothing significant is missing.', 'الادعاء دقيق ولا ينقصه شيء جوهري.', 5, '#1b7a3d', '#cdeed8', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')),
('mostly_true', 1, 'Mostly true', 'صحيح في الغالب', 'The statement is accurate but needs clarification or additional information.', 'الادعاء دقيق لكنه يحتاج إلى توضيح أو معلومات إضافية.', 4, '#3f7a14', '#e2f1cc', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')),
('half_true', 2, 'Half true', 'نصف صحيح', 'The statement is partially accurate but leaves out important details or takes things out of context.', 'الادعاء صحيح جزئيًا لكنه يغفل تفاصيل مهمة أو يقتطع الأمور من سياقها.', 3, '#8a5f00', '#fbe9b5', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')),
('mostly_false', 3, 'Mostly false', 'خاطئ في الغالب', 'The statement contains an element of truth but ignores critical facts that would give a different impression.', 'في الادعاء عنصر من الحقيقة لكنه يتجاهل حقائق حاسمة تعطي انطباعًا مختلفًا.', 2, '#b0440f', '#fbdac6', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')),
('false', 4, 'False', 'خاطئ', 'The statement is not accurate.', 'الادعاء غير دقيق.', 1, '#b3261e', '#f8cbc7', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')),
('misleading', 5, 'Misleading', 'مضلِّل', 'The statement may be literally accurate but is framed to give a false impression.', 'قد يكون الادعاء دقيقًا حرفيًا لكنه مصوغ بطريقة تعطي انطباعًا خاطئًا.', NULL, '#7b3fa0', '#e8d8f3', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now')),
('unverifiable', 6, 'Unverifiable', 'لا يمكن التحقق منه', 'There is not enough public evidence to prove or disprove the statement.', 'لا تتوفر أدلة علنية كافية لإثبات الادعاء أو نفيه.', NULL, '#4f5b66', '#dde3e9', strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'));--> statement-breakpoint
-- The one settings row, filled in by an admin.
INSERT INTO `organisation` (`id`, `name`, `updated_at`) VALUES (1, 'Fact-check desk', strftime('%Y-%m-%dT%H:%M:%fZ','now'));

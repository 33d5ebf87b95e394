-- The default settings rows, as SQLite's db/migrations/0005_settings_publications.sql writes them
-- (same keys, texts and values; timestamps from now()).
-- The default rating scale (shared/src/rating-scale.ts), which admins edit from here on.
INSERT INTO "ratings" ("key", "position", "label_en", "label_ar", "definition_en", "definition_ar", "value", "color", "tint", "created_at", "updated_at") VALUES
('true', 0, 'True', 'صحيح', 'The statement is accurate and nothing significant is missing.', 'الادعاء دقيق ولا ينقصه شيء جوهري.', 5, '#1b7a3d', '#cdeed8', now(), now()),
('mostly_true', 1, 'Mostly true', 'صحيح في الغالب', 'The statement is accurate but needs clarification or additional information.', 'الادعاء دقيق لكنه يحتاج إلى توضيح أو معلومات إضافية.', 4, '#3f7a14', '#e2f1cc', now(), now()),
('half_true', 2, 'Half true', 'نصف صحيح', 'The statement is partially accurate but leaves out important details or takes things out of context.', 'الادعاء صحيح جزئيًا لكنه يغفل تفاصيل مهمة أو يقتطع الأمور من سياقها.', 3, '#8a5f00', '#fbe9b5', now(), now()),
('mostly_false', 3, 'Mostly false', 'خاطئ في الغالب', 'The statement contains an element of truth but ignores critical facts that would give a different impression.', 'في الادعاء عنصر من الحقيقة لكنه يتجاهل حقائق حاسمة تعطي انطباعًا مختلفًا.', 2, '#b0440f', '#fbdac6', now(), now()),
('false', 4, 'False', 'خاطئ', 'The statement is not accurate.', 'الادعاء غير دقيق.', 1, '#b3261e', '#f8cbc7', now(), now()),
('misleading', 5, 'Misleading', 'مضلِّل', 'The statement may be literally accurate but is framed to give a false impression.', 'قد يكون الادعاء دقيقًا حرفيًا لكنه مصوغ بطريقة تعطي انطباعًا خاطئًا.', NULL, '#7b3fa0', '#e8d8f3', now(), now()),
('unverifiable', 6, 'Unverifiable', 'لا يمكن التحقق منه', 'There is not enough public evidence to prove or disprove the statement.', 'لا تتوفر أدلة علنية كافية لإثبات الادعاء أو نفيه.', NULL, '#4f5b66', '#dde3e9', now(), now());--> statement-breakpoint
-- The one settings row, filled in by an admin.
INSERT INTO "organisation" ("id", "name", "updated_at") VALUES (1, 'Fact-check desk', now());

-- Full-text index over the search form (Arabic-normalised, case-folded) of every
-- searchable field. rowid = search_docs.id; the text is written by the server in
-- the same transaction as the data it indexes.
CREATE VIRTUAL TABLE `search_fts` USING fts5(`body`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `search_docs_after_delete` AFTER DELETE ON `search_docs` BEGIN
  DELETE FROM `search_fts` WHERE rowid = old.`id`;
END;

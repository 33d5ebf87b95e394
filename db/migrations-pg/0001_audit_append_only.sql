-- The audit log is append-only: no route, role or admin can change or delete an
-- entry, and neither can a bug, because PostgreSQL refuses it here (the SQLite
-- twin is db/migrations/0003_audit_append_only.sql, with the same message).
-- Row triggers catch UPDATE and DELETE; TRUNCATE fires no row triggers, so a
-- statement trigger catches it. Only the table's owner (or a superuser) can
-- drop or disable these triggers, and the app's role should not be the owner.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit entries are never changed or removed; record a new entry instead.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();

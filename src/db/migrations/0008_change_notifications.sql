-- Every committed change of data that a server process may keep in memory (src/db/read-cache.ts) is announced on
-- the channel jixiao_changes, with the table's name, so that every process (PGlite's own, or each one sharing a
-- PostgreSQL server) forgets what it kept. Notifications are sent at commit and not at all on rollback; PostgreSQL
-- sends one per distinct payload per transaction, so an import announces each table once.
-- Not announced: the audit trail (append-only, and every audited change also changes a table below), login rate
-- limits and lock-outs, and new or touched sessions (a cached session is only ever re-checked against its row);
-- ended sessions are announced. (Hand-written: drizzle-kit does not generate triggers.)
CREATE FUNCTION jixiao_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jixiao_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  announced text;
BEGIN
  FOREACH announced IN ARRAY ARRAY[
    'divisions', 'units', 'users',
    'unit_years', 'department_plans', 'sub_goals', 'measures', 'projects', 'spending_checkpoints', 'indicators',
    'imports', 'review_findings',
    'monitoring_rounds', 'monitoring_round_units', 'monitoring_reports', 'monitoring_indicator_reports',
    'self_evaluations', 'self_evaluation_indicators'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION jixiao_announce_change()',
      announced || '_announce_change', announced);
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_announce_change AFTER DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_announce_change();

-- Indexes that FerretDB 1.24 on PostgreSQL can use, for Samspill's database.
--
-- FerretDB 1.24 hands PostgreSQL every equality filter as jsonb containment on one field
-- (`_jsonb->'field' @> value`); the btree indexes it creates for createIndexes cannot serve that, so
-- every query reads the whole table. A GIN index on the same expression can: with 100,000 nudges
-- stored, a lookup by _id went from 48 ms (a sequential scan) to 1.8 ms. See README, "Deploying on
-- PostgreSQL (FerretDB)".
--
-- Run it against FerretDB's PostgreSQL database once Samspill has started (it creates its
-- collections at start-up), and again after an upgrade that adds a collection; it is idempotent:
--   psql "postgres://user@host:5432/ferretdb" -v db=samspill -f deploy/ferretdb/postgresql-indexes.sql
-- where db is the MongoDB database name in MONGODB_URI (default samspill): FerretDB keeps each
-- MongoDB database in a PostgreSQL schema of that name.
SELECT set_config('samspill.schema', :'db', false);

DO $$
DECLARE
  t record;
  f text;
  -- The fields Samspill's queries test for equality (adapters/mongo MongoIndexes).
  fields text[] := ARRAY['_id', 'tenantId', 'leaderId', 'status', 'sharedWeek', 'caseId',
                         'meetingId', 'bodyId', 'key', 'channel', 'workspaceId', 'claimedBy',
                         'dueDay'];
BEGIN
  FOR t IN
    SELECT c.table_schema, c.table_name
    FROM information_schema.columns c
    WHERE c.table_schema = current_setting('samspill.schema')
      AND c.column_name = '_jsonb'
      AND c.table_name NOT LIKE '\_ferretdb\_%'
  LOOP
    FOREACH f IN ARRAY fields LOOP
      EXECUTE format(
        'CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin ((_jsonb -> %L))',
        left(t.table_name, 40) || '_' || left(f, 12) || '_gin', t.table_schema, t.table_name, f);
    END LOOP;
  END LOOP;
END
$$;

-- A report's identifiers are looked up by value alone (the kind is compared afterwards, in memory), which the primary
-- key (kind, value) cannot serve: without this index every report of a machine not yet known read the whole table,
-- so a first report cost more the larger the fleet.
CREATE INDEX ix_computer_identifiers_value ON computer_identifiers(value);

-- Snapshots are JSON documents of tens of kilobytes written with every changed report; lz4 compresses them for a
-- fraction of the CPU of PostgreSQL's default pglz. A server built without lz4 keeps pglz (the data is the same).
DO $$
BEGIN
    ALTER TABLE computer_sources ALTER COLUMN snapshot_json SET COMPRESSION lz4;
    ALTER TABLE unassigned_reports ALTER COLUMN snapshot_json SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END
$$;

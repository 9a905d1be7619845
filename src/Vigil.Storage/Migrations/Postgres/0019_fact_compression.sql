-- A computer row carries its program names (one per line, some 300 of them, about 10 kB) and hotfixes; PostgreSQL
-- compresses such values with pglz, which was the costliest step of inserting a new computer. lz4 compresses them for
-- a fraction of the CPU, as 0017 did for snapshots. A server built without lz4 keeps pglz (the data is the same).
DO $$
BEGIN
    ALTER TABLE computers ALTER COLUMN installed_software SET COMPRESSION lz4;
    ALTER TABLE computers ALTER COLUMN hotfixes SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END
$$;

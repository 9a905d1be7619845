-- The addresses and hostnames each computer was seen with, over time, so a log line links to the computer that had
-- the address at the line's time. Written by the inventory ingest when a report changes the set. Existing sources
-- are queued for a one-time backfill from their current snapshot, which the server does at start (SQL cannot read
-- the snapshot JSON portably); the queue empties as it goes.
CREATE TABLE computer_addresses (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    source_id uuid NOT NULL,
    kind text NOT NULL,
    value text NOT NULL,
    first_seen timestamptz NOT NULL,
    until timestamptz NULL
);
CREATE INDEX ix_computer_addresses_unit_value ON computer_addresses(unit_id, value);
CREATE INDEX ix_computer_addresses_source_until ON computer_addresses(source_id, until);

CREATE TABLE computer_address_backfill (
    source_id uuid NOT NULL PRIMARY KEY
);
INSERT INTO computer_address_backfill (source_id) SELECT id FROM computer_sources;

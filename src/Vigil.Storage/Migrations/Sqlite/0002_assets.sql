-- First asset tables so the dashboard and demo have computers and network devices; later work extends them.
CREATE TABLE computers (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    hostname TEXT NOT NULL,
    os_name TEXT NULL,
    os_version TEXT NULL,
    cpu_model TEXT NULL,
    ram_mb INTEGER NULL,
    is_personal INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    observed_at TEXT NOT NULL
);
CREATE INDEX ix_computers_unit ON computers(unit_id);

CREATE TABLE network_devices (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    hostname TEXT NOT NULL,
    kind TEXT NOT NULL,
    vendor TEXT NOT NULL,
    model TEXT NULL,
    software_version TEXT NULL,
    source TEXT NOT NULL,
    observed_at TEXT NOT NULL
);
CREATE INDEX ix_network_devices_unit ON network_devices(unit_id);

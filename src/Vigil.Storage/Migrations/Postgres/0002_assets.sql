-- First asset tables so the dashboard and demo have computers and network devices; later work extends them.
CREATE TABLE computers (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    hostname text NOT NULL,
    os_name text NULL,
    os_version text NULL,
    cpu_model text NULL,
    ram_mb integer NULL,
    is_personal boolean NOT NULL DEFAULT false,
    source text NOT NULL,
    observed_at timestamptz NOT NULL
);
CREATE INDEX ix_computers_unit ON computers(unit_id);

CREATE TABLE network_devices (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    hostname text NOT NULL,
    kind text NOT NULL,
    vendor text NOT NULL,
    model text NULL,
    software_version text NULL,
    source text NOT NULL,
    observed_at timestamptz NOT NULL
);
CREATE INDEX ix_network_devices_unit ON network_devices(unit_id);

-- Network devices: the record gains software family, image, uptime and last reload; each source's latest report is
-- kept, every field change is history, firmware baselines are kept per unit, and a version change from below a
-- baseline to at or above it is a verified firmware update. Existing rows keep their values; new columns are NULL.
ALTER TABLE network_devices ADD COLUMN software_family text NULL;
ALTER TABLE network_devices ADD COLUMN image text NULL;
ALTER TABLE network_devices ADD COLUMN uptime text NULL;
ALTER TABLE network_devices ADD COLUMN last_reload_at timestamptz NULL;
CREATE INDEX ix_network_devices_unit_serial ON network_devices(unit_id, serial_number);
CREATE INDEX ix_network_devices_unit_hostname ON network_devices(unit_id, hostname);

CREATE TABLE network_device_reports (
    device_id uuid NOT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    source text NOT NULL,
    unit_id uuid NOT NULL REFERENCES units(id),
    observed_at timestamptz NOT NULL,
    facts_json text NOT NULL,
    PRIMARY KEY (device_id, source)
);

CREATE TABLE network_device_changes (
    id uuid NOT NULL PRIMARY KEY,
    device_id uuid NOT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    at timestamptz NOT NULL,
    source text NOT NULL,
    field text NOT NULL,
    old_value text NULL,
    new_value text NULL,
    actor text NOT NULL
);
CREATE INDEX ix_network_device_changes_device ON network_device_changes(device_id, at);

CREATE TABLE firmware_baselines (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    software_family text NOT NULL,
    model text NOT NULL,
    minimum_version text NOT NULL,
    note text NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);
CREATE UNIQUE INDEX ux_firmware_baselines_unit_family_model ON firmware_baselines(unit_id, software_family, model);

CREATE TABLE firmware_update_events (
    id uuid NOT NULL PRIMARY KEY,
    device_id uuid NOT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    at timestamptz NOT NULL,
    observed_at timestamptz NOT NULL,
    source text NOT NULL,
    software_family text NOT NULL,
    old_version text NOT NULL,
    new_version text NOT NULL,
    baseline_version text NOT NULL,
    actor text NOT NULL
);
CREATE INDEX ix_firmware_update_events_unit_at ON firmware_update_events(unit_id, at);

-- Network devices: the record gains software family, image, uptime and last reload; each source's latest report is
-- kept, every field change is history, firmware baselines are kept per unit, and a version change from below a
-- baseline to at or above it is a verified firmware update. Existing rows keep their values; new columns are NULL.
ALTER TABLE network_devices ADD COLUMN software_family TEXT NULL;
ALTER TABLE network_devices ADD COLUMN image TEXT NULL;
ALTER TABLE network_devices ADD COLUMN uptime TEXT NULL;
ALTER TABLE network_devices ADD COLUMN last_reload_at TEXT NULL;
CREATE INDEX ix_network_devices_unit_serial ON network_devices(unit_id, serial_number);
CREATE INDEX ix_network_devices_unit_hostname ON network_devices(unit_id, hostname);

CREATE TABLE network_device_reports (
    device_id TEXT NOT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units(id),
    observed_at TEXT NOT NULL,
    facts_json TEXT NOT NULL,
    PRIMARY KEY (device_id, source)
);

CREATE TABLE network_device_changes (
    id TEXT NOT NULL PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT NULL,
    new_value TEXT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX ix_network_device_changes_device ON network_device_changes(device_id, at);

CREATE TABLE firmware_baselines (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    software_family TEXT NOT NULL,
    model TEXT NOT NULL,
    minimum_version TEXT NOT NULL,
    note TEXT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_firmware_baselines_unit_family_model ON firmware_baselines(unit_id, software_family, model);

CREATE TABLE firmware_update_events (
    id TEXT NOT NULL PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    at TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    source TEXT NOT NULL,
    software_family TEXT NOT NULL,
    old_version TEXT NOT NULL,
    new_version TEXT NOT NULL,
    baseline_version TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX ix_firmware_update_events_unit_at ON firmware_update_events(unit_id, at);

-- The computer record from every inventory source: resolved facts on computers, each source's latest report,
-- identifiers for merging, change history, conflicts between sources and the queue of unassigned reports.
ALTER TABLE computers ADD COLUMN domain TEXT NULL;
ALTER TABLE computers ADD COLUMN smbios_uuid TEXT NULL;
ALTER TABLE computers ADD COLUMN serial_number TEXT NULL;
ALTER TABLE computers ADD COLUMN mac_addresses TEXT NULL;
ALTER TABLE computers ADD COLUMN manufacturer TEXT NULL;
ALTER TABLE computers ADD COLUMN model TEXT NULL;
ALTER TABLE computers ADD COLUMN owner TEXT NULL;
ALTER TABLE computers ADD COLUMN os_family TEXT NOT NULL DEFAULT 'Unknown';
ALTER TABLE computers ADD COLUMN os_release TEXT NULL;
ALTER TABLE computers ADD COLUMN os_edition TEXT NULL;
ALTER TABLE computers ADD COLUMN os_build TEXT NULL;
ALTER TABLE computers ADD COLUMN os_service_pack TEXT NULL;
ALTER TABLE computers ADD COLUMN os_architecture TEXT NULL;
ALTER TABLE computers ADD COLUMN os_installed_at TEXT NULL;
ALTER TABLE computers ADD COLUMN cpu_vendor TEXT NULL;
ALTER TABLE computers ADD COLUMN cpu_brand TEXT NULL;
ALTER TABLE computers ADD COLUMN cpu_generation INTEGER NULL;
ALTER TABLE computers ADD COLUMN cpu_cores INTEGER NULL;
ALTER TABLE computers ADD COLUMN disk_summary TEXT NULL;
ALTER TABLE computers ADD COLUMN largest_ssd_gb INTEGER NULL;
ALTER TABLE computers ADD COLUMN total_disk_gb INTEGER NULL;
ALTER TABLE computers ADD COLUMN tpm_version TEXT NULL;
ALTER TABLE computers ADD COLUMN uefi INTEGER NULL;
ALTER TABLE computers ADD COLUMN secure_boot INTEGER NULL;
ALTER TABLE computers ADD COLUMN smb1_enabled INTEGER NULL;
ALTER TABLE computers ADD COLUMN security_products TEXT NULL;
ALTER TABLE computers ADD COLUMN first_seen_at TEXT NOT NULL DEFAULT '0001-01-01 00:00:00';
ALTER TABLE computers ADD COLUMN open_conflicts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE computers ADD COLUMN pins TEXT NULL;
UPDATE computers SET first_seen_at = observed_at;
CREATE INDEX ix_computers_unit_os ON computers(unit_id, os_release);

CREATE TABLE computer_sources (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    snapshot_hash TEXT NOT NULL,
    snapshot_json TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_computer_sources_key ON computer_sources(source, source_key);
CREATE INDEX ix_computer_sources_computer ON computer_sources(computer_id);

CREATE TABLE computer_identifiers (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (kind, value)
);
CREATE INDEX ix_computer_identifiers_computer ON computer_identifiers(computer_id);

CREATE TABLE computer_changes (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    source TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT NULL,
    new_value TEXT NULL,
    actor TEXT NULL
);
CREATE INDEX ix_computer_changes_computer ON computer_changes(computer_id, observed_at);

CREATE TABLE computer_conflicts (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    field TEXT NOT NULL,
    "values" TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    resolved_at TEXT NULL,
    resolved_by TEXT NULL,
    chosen_source TEXT NULL
);
CREATE INDEX ix_computer_conflicts_computer ON computer_conflicts(computer_id);

CREATE TABLE unassigned_reports (
    id TEXT NOT NULL PRIMARY KEY,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    unit_hint TEXT NULL,
    hostname TEXT NULL,
    os_name TEXT NULL,
    observed_at TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    reports INTEGER NOT NULL,
    snapshot_json TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_unassigned_reports_key ON unassigned_reports(source, source_key);

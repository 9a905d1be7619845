-- The computer record from every inventory source: resolved facts on computers, each source's latest report,
-- identifiers for merging, change history, conflicts between sources and the queue of unassigned reports.
ALTER TABLE computers ADD COLUMN domain text NULL;
ALTER TABLE computers ADD COLUMN smbios_uuid text NULL;
ALTER TABLE computers ADD COLUMN serial_number text NULL;
ALTER TABLE computers ADD COLUMN mac_addresses text NULL;
ALTER TABLE computers ADD COLUMN manufacturer text NULL;
ALTER TABLE computers ADD COLUMN model text NULL;
ALTER TABLE computers ADD COLUMN owner text NULL;
ALTER TABLE computers ADD COLUMN os_family text NOT NULL DEFAULT 'Unknown';
ALTER TABLE computers ADD COLUMN os_release text NULL;
ALTER TABLE computers ADD COLUMN os_edition text NULL;
ALTER TABLE computers ADD COLUMN os_build text NULL;
ALTER TABLE computers ADD COLUMN os_service_pack text NULL;
ALTER TABLE computers ADD COLUMN os_architecture text NULL;
ALTER TABLE computers ADD COLUMN os_installed_at timestamptz NULL;
ALTER TABLE computers ADD COLUMN cpu_vendor text NULL;
ALTER TABLE computers ADD COLUMN cpu_brand text NULL;
ALTER TABLE computers ADD COLUMN cpu_generation integer NULL;
ALTER TABLE computers ADD COLUMN cpu_cores integer NULL;
ALTER TABLE computers ADD COLUMN disk_summary text NULL;
ALTER TABLE computers ADD COLUMN largest_ssd_gb bigint NULL;
ALTER TABLE computers ADD COLUMN total_disk_gb bigint NULL;
ALTER TABLE computers ADD COLUMN tpm_version text NULL;
ALTER TABLE computers ADD COLUMN uefi boolean NULL;
ALTER TABLE computers ADD COLUMN secure_boot boolean NULL;
ALTER TABLE computers ADD COLUMN smb1_enabled boolean NULL;
ALTER TABLE computers ADD COLUMN security_products text NULL;
ALTER TABLE computers ADD COLUMN first_seen_at timestamptz NULL;
ALTER TABLE computers ADD COLUMN open_conflicts integer NOT NULL DEFAULT 0;
ALTER TABLE computers ADD COLUMN pins text NULL;
UPDATE computers SET first_seen_at = observed_at;
ALTER TABLE computers ALTER COLUMN first_seen_at SET NOT NULL;
CREATE INDEX ix_computers_unit_os ON computers(unit_id, os_release);

CREATE TABLE computer_sources (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    source text NOT NULL,
    source_key text NOT NULL,
    observed_at timestamptz NOT NULL,
    first_seen_at timestamptz NOT NULL,
    snapshot_hash text NOT NULL,
    snapshot_json text NOT NULL
);
CREATE UNIQUE INDEX ux_computer_sources_key ON computer_sources(source, source_key);
CREATE INDEX ix_computer_sources_computer ON computer_sources(computer_id);

CREATE TABLE computer_identifiers (
    kind text NOT NULL,
    value text NOT NULL,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    PRIMARY KEY (kind, value)
);
CREATE INDEX ix_computer_identifiers_computer ON computer_identifiers(computer_id);

CREATE TABLE computer_changes (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    source text NOT NULL,
    observed_at timestamptz NOT NULL,
    field text NOT NULL,
    old_value text NULL,
    new_value text NULL,
    actor text NULL
);
CREATE INDEX ix_computer_changes_computer ON computer_changes(computer_id, observed_at);

CREATE TABLE computer_conflicts (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    field text NOT NULL,
    "values" text NOT NULL,
    opened_at timestamptz NOT NULL,
    resolved_at timestamptz NULL,
    resolved_by text NULL,
    chosen_source text NULL
);
CREATE INDEX ix_computer_conflicts_computer ON computer_conflicts(computer_id);

CREATE TABLE unassigned_reports (
    id uuid NOT NULL PRIMARY KEY,
    source text NOT NULL,
    source_key text NOT NULL,
    unit_hint text NULL,
    hostname text NULL,
    os_name text NULL,
    observed_at timestamptz NOT NULL,
    first_seen_at timestamptz NOT NULL,
    reports integer NOT NULL,
    snapshot_json text NOT NULL
);
CREATE UNIQUE INDEX ux_unassigned_reports_key ON unassigned_reports(source, source_key);

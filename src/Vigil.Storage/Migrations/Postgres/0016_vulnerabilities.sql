-- Vulnerability bulletins in the server: the installation's catalog (CVEs with their NVD configurations as JSON, CISA
-- KEV rows, bulletins and their CVE × product rows; reference data without a unit) and, per unit, the findings of
-- matching it against computers and devices (closed, never deleted, when a CVE no longer applies) with the state of
-- each asset's latest match.
CREATE TABLE cves (
    id text NOT NULL PRIMARY KEY,
    description text NOT NULL,
    cvss_score double precision NULL,
    cvss_severity text NULL,
    cvss_version text NULL,
    cvss_vector text NULL,
    cwes text NOT NULL,
    published_at timestamptz NULL,
    last_modified_at timestamptz NULL,
    configurations_json text NOT NULL,
    imported_at timestamptz NOT NULL,
    imported_by text NOT NULL
);
CREATE INDEX ix_cves_imported_at ON cves(imported_at);

CREATE TABLE kev_entries (
    cve_id text NOT NULL PRIMARY KEY,
    vendor_project text NOT NULL,
    product text NOT NULL,
    name text NOT NULL,
    date_added date NULL,
    due_date date NULL,
    required_action text NOT NULL,
    known_ransomware_use boolean NOT NULL,
    notes text NOT NULL,
    imported_at timestamptz NOT NULL
);

CREATE TABLE bulletins (
    id uuid NOT NULL PRIMARY KEY,
    document_number text NOT NULL,
    date date NULL,
    title text NOT NULL,
    source_kind text NOT NULL,
    file_name text NOT NULL,
    imported_at timestamptz NOT NULL,
    imported_by text NOT NULL
);
CREATE UNIQUE INDEX ux_bulletins_document_number ON bulletins(document_number);

CREATE TABLE bulletin_rows (
    id uuid NOT NULL PRIMARY KEY,
    bulletin_id uuid NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
    position integer NOT NULL,
    cve_id text NOT NULL,
    product text NOT NULL,
    cpe text NULL,
    severity text NULL,
    cvss double precision NULL,
    exploited boolean NOT NULL,
    fix_text text NOT NULL,
    fix_kbs text NOT NULL,
    fixed_version text NULL
);
CREATE INDEX ix_bulletin_rows_bulletin ON bulletin_rows(bulletin_id, position);
CREATE INDEX ix_bulletin_rows_cve ON bulletin_rows(cve_id);

CREATE TABLE vulnerability_findings (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    asset_id uuid NOT NULL,
    asset_kind text NOT NULL,
    cve_id text NOT NULL,
    status text NOT NULL,
    evidence_json text NOT NULL,
    fixed_by text NULL,
    first_seen_at timestamptz NOT NULL,
    last_evaluated_at timestamptz NOT NULL,
    resolved_at timestamptz NULL
);
CREATE UNIQUE INDEX ux_vulnerability_findings_asset_cve ON vulnerability_findings(asset_id, cve_id);
CREATE INDEX ix_vulnerability_findings_unit_cve ON vulnerability_findings(unit_id, cve_id);
CREATE INDEX ix_vulnerability_findings_cve ON vulnerability_findings(cve_id);

CREATE TABLE vulnerability_asset_states (
    asset_id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    asset_kind text NOT NULL,
    catalog_stamp text NOT NULL,
    observed_at timestamptz NOT NULL,
    evaluated_at timestamptz NOT NULL,
    unmapped_software text NOT NULL
);
CREATE INDEX ix_vulnerability_asset_states_unit ON vulnerability_asset_states(unit_id);

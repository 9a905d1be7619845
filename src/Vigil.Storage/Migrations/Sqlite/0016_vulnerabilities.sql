-- Vulnerability bulletins in the server: the installation's catalog (CVEs with their NVD configurations as JSON, CISA
-- KEV rows, bulletins and their CVE × product rows; reference data without a unit) and, per unit, the findings of
-- matching it against computers and devices (closed, never deleted, when a CVE no longer applies) with the state of
-- each asset's latest match.
CREATE TABLE cves (
    id TEXT NOT NULL PRIMARY KEY,
    description TEXT NOT NULL,
    cvss_score REAL NULL,
    cvss_severity TEXT NULL,
    cvss_version TEXT NULL,
    cvss_vector TEXT NULL,
    cwes TEXT NOT NULL,
    published_at TEXT NULL,
    last_modified_at TEXT NULL,
    configurations_json TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE INDEX ix_cves_imported_at ON cves(imported_at);

CREATE TABLE kev_entries (
    cve_id TEXT NOT NULL PRIMARY KEY,
    vendor_project TEXT NOT NULL,
    product TEXT NOT NULL,
    name TEXT NOT NULL,
    date_added TEXT NULL,
    due_date TEXT NULL,
    required_action TEXT NOT NULL,
    known_ransomware_use INTEGER NOT NULL,
    notes TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE bulletins (
    id TEXT NOT NULL PRIMARY KEY,
    document_number TEXT NOT NULL,
    date TEXT NULL,
    title TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_bulletins_document_number ON bulletins(document_number);

CREATE TABLE bulletin_rows (
    id TEXT NOT NULL PRIMARY KEY,
    bulletin_id TEXT NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    cve_id TEXT NOT NULL,
    product TEXT NOT NULL,
    cpe TEXT NULL,
    severity TEXT NULL,
    cvss REAL NULL,
    exploited INTEGER NOT NULL,
    fix_text TEXT NOT NULL,
    fix_kbs TEXT NOT NULL,
    fixed_version TEXT NULL
);
CREATE INDEX ix_bulletin_rows_bulletin ON bulletin_rows(bulletin_id, position);
CREATE INDEX ix_bulletin_rows_cve ON bulletin_rows(cve_id);

CREATE TABLE vulnerability_findings (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    asset_id TEXT NOT NULL,
    asset_kind TEXT NOT NULL,
    cve_id TEXT NOT NULL,
    status TEXT NOT NULL,
    evidence_json TEXT NOT NULL,
    fixed_by TEXT NULL,
    first_seen_at TEXT NOT NULL,
    last_evaluated_at TEXT NOT NULL,
    resolved_at TEXT NULL
);
CREATE UNIQUE INDEX ux_vulnerability_findings_asset_cve ON vulnerability_findings(asset_id, cve_id);
CREATE INDEX ix_vulnerability_findings_unit_cve ON vulnerability_findings(unit_id, cve_id);
CREATE INDEX ix_vulnerability_findings_cve ON vulnerability_findings(cve_id);

CREATE TABLE vulnerability_asset_states (
    asset_id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    asset_kind TEXT NOT NULL,
    catalog_stamp TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    evaluated_at TEXT NOT NULL,
    unmapped_software TEXT NOT NULL
);
CREATE INDEX ix_vulnerability_asset_states_unit ON vulnerability_asset_states(unit_id);

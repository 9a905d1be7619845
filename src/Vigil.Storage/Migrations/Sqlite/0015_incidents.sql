-- Incidents: the incident, its affected computers/devices/units/indicators, its append-only timeline and its files
-- (bytes on disk, metadata here). (0012 to 0014 belong to other work.)
CREATE TABLE incidents (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    detection_method TEXT NOT NULL,
    impact TEXT NULL,
    affected_system TEXT NULL,
    system_owner TEXT NULL,
    notified_parties TEXT NULL,
    measures_taken TEXT NULL,
    reporter_name TEXT NULL,
    reporter_contact TEXT NULL,
    assignee_id TEXT NULL,
    assignee_name TEXT NULL,
    regulation_id TEXT NOT NULL,
    report_due_at TEXT NULL,
    reported_at TEXT NULL,
    opened_by_rule TEXT NULL,
    closed_at TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_incidents_unit_status ON incidents(unit_id, status);

CREATE TABLE incident_assets (
    id TEXT NOT NULL PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL,
    ref_id TEXT NULL,
    label TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX ix_incident_assets_incident ON incident_assets(incident_id);
CREATE INDEX ix_incident_assets_ref ON incident_assets(unit_id, kind, ref_id);

CREATE TABLE incident_timeline (
    id TEXT NOT NULL PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    ref_id TEXT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX ix_incident_timeline_incident ON incident_timeline(incident_id, at);

CREATE TABLE incident_files (
    id TEXT NOT NULL PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    stored_name TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NOT NULL
);
CREATE INDEX ix_incident_files_incident ON incident_files(incident_id);

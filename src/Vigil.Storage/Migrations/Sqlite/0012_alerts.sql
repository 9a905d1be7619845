-- Log hunting in the server: logs retained on disk (uploads, watched folders, syslog day files) with how far and with
-- which indicator set they were hunted, alerts aggregated per unit, indicator and subject, and the counted hits that
-- make hunting a log again idempotent (the first hits of an alert keep their details as a sample).
CREATE TABLE retained_logs (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    source_key TEXT NULL,
    bytes INTEGER NOT NULL,
    hunted_bytes INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    format TEXT NULL,
    received_at TEXT NOT NULL,
    hunted_at TEXT NULL,
    hunted_set TEXT NULL,
    hits INTEGER NOT NULL,
    received_by TEXT NOT NULL
);
CREATE INDEX ix_retained_logs_unit_received ON retained_logs(unit_id, received_at);
CREATE INDEX ix_retained_logs_source_key ON retained_logs(source_key);

CREATE TABLE alerts (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    indicator_type TEXT NOT NULL,
    indicator TEXT NOT NULL,
    action TEXT NOT NULL,
    computer_id TEXT NULL REFERENCES computers(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    address TEXT NULL,
    count INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_field TEXT NOT NULL,
    last_value TEXT NOT NULL,
    last_file TEXT NOT NULL,
    last_line INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    acknowledged_at TEXT NULL,
    acknowledged_by TEXT NULL,
    closed_at TEXT NULL,
    closed_by TEXT NULL,
    note TEXT NULL
);
CREATE UNIQUE INDEX ux_alerts_unit_indicator_subject ON alerts(unit_id, indicator_type, indicator, subject);
CREATE INDEX ix_alerts_unit_last_seen ON alerts(unit_id, last_seen);

CREATE TABLE alert_hits (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    log_id TEXT NOT NULL REFERENCES retained_logs(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    seen_at TEXT NOT NULL,
    sample INTEGER NOT NULL,
    field TEXT NULL,
    value TEXT NULL,
    line_time TEXT NULL,
    src TEXT NULL,
    dst TEXT NULL
);
CREATE UNIQUE INDEX ux_alert_hits_alert_log_line ON alert_hits(alert_id, log_id, line);
CREATE INDEX ix_alert_hits_log ON alert_hits(log_id);

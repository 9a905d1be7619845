-- Log hunting in the server: logs retained on disk (uploads, watched folders, syslog day files) with how far and with
-- which indicator set they were hunted, alerts aggregated per unit, indicator and subject, and the counted hits that
-- make hunting a log again idempotent (the first hits of an alert keep their details as a sample).
CREATE TABLE retained_logs (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    source text NOT NULL,
    name text NOT NULL,
    stored_path text NOT NULL,
    source_key text NULL,
    bytes bigint NOT NULL,
    hunted_bytes bigint NOT NULL,
    lines bigint NOT NULL,
    format text NULL,
    received_at timestamptz NOT NULL,
    hunted_at timestamptz NULL,
    hunted_set text NULL,
    hits bigint NOT NULL,
    received_by text NOT NULL
);
CREATE INDEX ix_retained_logs_unit_received ON retained_logs(unit_id, received_at);
CREATE INDEX ix_retained_logs_source_key ON retained_logs(source_key);

CREATE TABLE alerts (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    indicator_type text NOT NULL,
    indicator text NOT NULL,
    action text NOT NULL,
    computer_id uuid NULL REFERENCES computers(id) ON DELETE SET NULL,
    subject text NOT NULL,
    address text NULL,
    count bigint NOT NULL,
    first_seen timestamptz NOT NULL,
    last_seen timestamptz NOT NULL,
    last_field text NOT NULL,
    last_value text NOT NULL,
    last_file text NOT NULL,
    last_line bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    acknowledged_at timestamptz NULL,
    acknowledged_by text NULL,
    closed_at timestamptz NULL,
    closed_by text NULL,
    note text NULL
);
CREATE UNIQUE INDEX ux_alerts_unit_indicator_subject ON alerts(unit_id, indicator_type, indicator, subject);
CREATE INDEX ix_alerts_unit_last_seen ON alerts(unit_id, last_seen);

CREATE TABLE alert_hits (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    log_id uuid NOT NULL REFERENCES retained_logs(id) ON DELETE CASCADE,
    line bigint NOT NULL,
    seen_at timestamptz NOT NULL,
    sample boolean NOT NULL,
    field text NULL,
    value text NULL,
    line_time text NULL,
    src text NULL,
    dst text NULL
);
CREATE UNIQUE INDEX ux_alert_hits_alert_log_line ON alert_hits(alert_id, log_id, line);
CREATE INDEX ix_alert_hits_log ON alert_hits(log_id);

-- Incidents: the incident, its affected computers/devices/units/indicators, its append-only timeline and its files
-- (bytes on disk, metadata here); notification subscriptions, the outbox and in-app notices. (0012 to 0014 belong
-- to other work.)
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
    deadline_warned_at TEXT NULL,
    overdue_notified_at TEXT NULL,
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

CREATE TABLE notification_subscriptions (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    channel TEXT NOT NULL,
    events TEXT NOT NULL,
    target TEXT NOT NULL,
    protected_secret TEXT NULL,
    enabled INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX ix_notification_subscriptions_unit ON notification_subscriptions(unit_id);

CREATE TABLE outbox_messages (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    subscription_id TEXT NOT NULL,
    event TEXT NOT NULL,
    subject TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT NULL,
    delivered_at TEXT NULL,
    gave_up_at TEXT NULL,
    last_error TEXT NULL
);
CREATE INDEX ix_outbox_messages_due ON outbox_messages(delivered_at, gave_up_at, next_attempt_at);

CREATE TABLE in_app_notifications (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units(id),
    event TEXT NOT NULL,
    text TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL
);
CREATE INDEX ix_in_app_notifications_user ON in_app_notifications(user_id, read_at);

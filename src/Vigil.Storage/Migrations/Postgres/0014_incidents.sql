-- Incidents: the incident, its affected computers/devices/units/indicators, its append-only timeline and its files
-- (bytes on disk, metadata here); notification subscriptions, the outbox and in-app notices. (0012 to 0014 belong
-- to other work.)
CREATE TABLE incidents (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    title text NOT NULL,
    description text NOT NULL,
    severity text NOT NULL,
    status text NOT NULL,
    detected_at timestamptz NOT NULL,
    detection_method text NOT NULL,
    impact text NULL,
    affected_system text NULL,
    system_owner text NULL,
    notified_parties text NULL,
    measures_taken text NULL,
    reporter_name text NULL,
    reporter_contact text NULL,
    assignee_id uuid NULL,
    assignee_name text NULL,
    regulation_id text NOT NULL,
    report_due_at timestamptz NULL,
    reported_at timestamptz NULL,
    opened_by_rule text NULL,
    closed_at timestamptz NULL,
    deadline_warned_at timestamptz NULL,
    overdue_notified_at timestamptz NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX ix_incidents_unit_status ON incidents(unit_id, status);

CREATE TABLE incident_assets (
    id uuid NOT NULL PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    kind text NOT NULL,
    ref_id uuid NULL,
    label text NOT NULL,
    added_at timestamptz NOT NULL
);
CREATE INDEX ix_incident_assets_incident ON incident_assets(incident_id);
CREATE INDEX ix_incident_assets_ref ON incident_assets(unit_id, kind, ref_id);

CREATE TABLE incident_timeline (
    id uuid NOT NULL PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    at timestamptz NOT NULL,
    kind text NOT NULL,
    text text NOT NULL,
    ref_id uuid NULL,
    actor text NOT NULL
);
CREATE INDEX ix_incident_timeline_incident ON incident_timeline(incident_id, at);

CREATE TABLE incident_files (
    id uuid NOT NULL PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    file_name text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    stored_name text NOT NULL,
    uploaded_at timestamptz NOT NULL,
    uploaded_by text NOT NULL
);
CREATE INDEX ix_incident_files_incident ON incident_files(incident_id);

CREATE TABLE notification_subscriptions (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    channel text NOT NULL,
    events text NOT NULL,
    target text NOT NULL,
    protected_secret text NULL,
    enabled boolean NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE INDEX ix_notification_subscriptions_unit ON notification_subscriptions(unit_id);

CREATE TABLE outbox_messages (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    subscription_id uuid NOT NULL,
    event text NOT NULL,
    subject text NOT NULL,
    payload_json text NOT NULL,
    created_at timestamptz NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    claimed_until timestamptz NULL,
    delivered_at timestamptz NULL,
    gave_up_at timestamptz NULL,
    last_error text NULL
);
CREATE INDEX ix_outbox_messages_due ON outbox_messages(delivered_at, gave_up_at, next_attempt_at);

CREATE TABLE in_app_notifications (
    id uuid NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL,
    unit_id uuid NOT NULL REFERENCES units(id),
    event text NOT NULL,
    text text NOT NULL,
    link text NOT NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz NULL
);
CREATE INDEX ix_in_app_notifications_user ON in_app_notifications(user_id, read_at);

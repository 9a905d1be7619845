-- Directives and unit reports: a letter with a deadline, its attachments, one report per addressed unit, the frozen
-- versions of each submission, and the reminders sent before the deadline. (0008 and 0009 belong to other work.)
CREATE TABLE directives (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    number text NOT NULL,
    subject text NOT NULL,
    issuing_body text NOT NULL,
    parent_body text NULL,
    issued_on date NOT NULL,
    place text NULL,
    addressees text NULL,
    deadline_date date NOT NULL,
    deadline_time time NOT NULL,
    time_zone text NOT NULL,
    deadline_utc timestamptz NOT NULL,
    period_start date NOT NULL,
    requirement text NULL,
    policy_packs text NOT NULL,
    template_id text NOT NULL,
    figures_json text NOT NULL,
    reminder_hours integer NOT NULL,
    reminder_sent_at timestamptz NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX ix_directives_unit_deadline ON directives(unit_id, deadline_utc);

CREATE TABLE directive_attachments (
    id uuid NOT NULL PRIMARY KEY,
    directive_id uuid NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    file_name text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    content bytea NOT NULL,
    uploaded_at timestamptz NOT NULL,
    uploaded_by text NOT NULL
);
CREATE INDEX ix_directive_attachments_directive ON directive_attachments(directive_id);

CREATE TABLE unit_reports (
    id uuid NOT NULL PRIMARY KEY,
    directive_id uuid NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    covers_subtree boolean NOT NULL,
    status text NOT NULL,
    version integer NOT NULL,
    entries_json text NOT NULL,
    notes text NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NULL,
    submitted_at timestamptz NULL,
    submitted_by text NULL
);
CREATE UNIQUE INDEX ux_unit_reports_directive_unit ON unit_reports(directive_id, unit_id);
CREATE INDEX ix_unit_reports_unit ON unit_reports(unit_id);

CREATE TABLE report_versions (
    id uuid NOT NULL PRIMARY KEY,
    report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
    directive_id uuid NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    version integer NOT NULL,
    snapshot_json text NOT NULL,
    notes text NULL,
    submitted_at timestamptz NOT NULL,
    submitted_by text NOT NULL,
    submitted_by_id uuid NULL,
    late boolean NOT NULL,
    reopened_at timestamptz NULL,
    reopened_by text NULL,
    reopen_reason text NULL
);
CREATE UNIQUE INDEX ux_report_versions_report_version ON report_versions(report_id, version);

CREATE TABLE report_reminders (
    id uuid NOT NULL PRIMARY KEY,
    directive_id uuid NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    report_id uuid NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    sent_at timestamptz NOT NULL,
    channel text NOT NULL,
    recipient text NULL,
    failure text NULL
);
CREATE INDEX ix_report_reminders_unit ON report_reminders(unit_id, sent_at);

-- Directives and unit reports: a letter with a deadline, its attachments, one report per addressed unit, the frozen
-- versions of each submission, and the reminders sent before the deadline. (0008 and 0009 belong to other work.)
CREATE TABLE directives (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    number TEXT NOT NULL,
    subject TEXT NOT NULL,
    issuing_body TEXT NOT NULL,
    parent_body TEXT NULL,
    issued_on TEXT NOT NULL,
    place TEXT NULL,
    addressees TEXT NULL,
    deadline_date TEXT NOT NULL,
    deadline_time TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    deadline_utc TEXT NOT NULL,
    period_start TEXT NOT NULL,
    requirement TEXT NULL,
    policy_packs TEXT NOT NULL,
    template_id TEXT NOT NULL,
    figures_json TEXT NOT NULL,
    reminder_hours INTEGER NOT NULL,
    reminder_sent_at TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_directives_unit_deadline ON directives(unit_id, deadline_utc);

CREATE TABLE directive_attachments (
    id TEXT NOT NULL PRIMARY KEY,
    directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NOT NULL
);
CREATE INDEX ix_directive_attachments_directive ON directive_attachments(directive_id);

CREATE TABLE unit_reports (
    id TEXT NOT NULL PRIMARY KEY,
    directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    covers_subtree INTEGER NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    entries_json TEXT NOT NULL,
    notes TEXT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NULL,
    submitted_at TEXT NULL,
    submitted_by TEXT NULL
);
CREATE UNIQUE INDEX ux_unit_reports_directive_unit ON unit_reports(directive_id, unit_id);
CREATE INDEX ix_unit_reports_unit ON unit_reports(unit_id);

CREATE TABLE report_versions (
    id TEXT NOT NULL PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
    directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    version INTEGER NOT NULL,
    snapshot_json TEXT NOT NULL,
    notes TEXT NULL,
    submitted_at TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_by_id TEXT NULL,
    late INTEGER NOT NULL,
    reopened_at TEXT NULL,
    reopened_by TEXT NULL,
    reopen_reason TEXT NULL
);
CREATE UNIQUE INDEX ux_report_versions_report_version ON report_versions(report_id, version);

CREATE TABLE report_reminders (
    id TEXT NOT NULL PRIMARY KEY,
    directive_id TEXT NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
    report_id TEXT NOT NULL REFERENCES unit_reports(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    sent_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NULL,
    failure TEXT NULL
);
CREATE INDEX ix_report_reminders_unit ON report_reminders(unit_id, sent_at);

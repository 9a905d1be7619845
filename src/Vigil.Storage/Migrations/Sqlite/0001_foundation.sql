-- Organisation tree, accounts, tokens, audit log, shared data-protection keys and job claims.
CREATE TABLE units (
    id TEXT NOT NULL PRIMARY KEY,
    parent_id TEXT NULL REFERENCES units(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    depth INTEGER NOT NULL,
    former_district TEXT NULL,
    time_zone TEXT NOT NULL,
    contact_name TEXT NULL,
    contact_phone TEXT NULL,
    contact_email TEXT NULL,
    address TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_units_code ON units(code);
CREATE INDEX ix_units_path ON units(path);
CREATE INDEX ix_units_parent ON units(parent_id);

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    user_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until TEXT NULL,
    security_stamp TEXT NOT NULL,
    disabled INTEGER NOT NULL,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_sign_in_at TEXT NULL
);
CREATE UNIQUE INDEX ux_users_user_name ON users(user_name);

CREATE TABLE user_units (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (user_id, unit_id)
);
CREATE INDEX ix_user_units_unit ON user_units(unit_id);

CREATE TABLE api_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NULL,
    revoked_at TEXT NULL,
    last_used_at TEXT NULL
);
CREATE UNIQUE INDEX ux_api_tokens_secret_hash ON api_tokens(secret_hash);

CREATE TABLE audit_entries (
    id TEXT NOT NULL PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    unit_id TEXT NULL,
    before TEXT NULL,
    after TEXT NULL
);
CREATE INDEX ix_audit_entries_at ON audit_entries(at);
CREATE INDEX ix_audit_entries_unit ON audit_entries(unit_id, at);

-- The audit log is append-only: the database itself refuses changes and deletions.
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;

CREATE TABLE data_protection_keys (
    friendly_name TEXT NOT NULL PRIMARY KEY,
    xml TEXT NOT NULL
);

CREATE TABLE job_runs (
    id TEXT NOT NULL PRIMARY KEY,
    job_name TEXT NOT NULL,
    due_at TEXT NOT NULL,
    instance TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NULL,
    error TEXT NULL
);
CREATE UNIQUE INDEX ux_job_runs_occurrence ON job_runs(job_name, due_at);

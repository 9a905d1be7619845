-- Organisation tree, accounts, tokens, audit log, shared data-protection keys and job claims.
CREATE TABLE units (
    id uuid NOT NULL PRIMARY KEY,
    parent_id uuid NULL REFERENCES units(id),
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    path text NOT NULL,
    depth integer NOT NULL,
    former_district text NULL,
    time_zone text NOT NULL,
    contact_name text NULL,
    contact_phone text NULL,
    contact_email text NULL,
    address text NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_units_code ON units(code);
CREATE INDEX ix_units_path ON units(path text_pattern_ops);
CREATE INDEX ix_units_parent ON units(parent_id);

CREATE TABLE users (
    id uuid NOT NULL PRIMARY KEY,
    user_name text NOT NULL,
    display_name text NOT NULL,
    email text NULL,
    role text NOT NULL,
    password_hash text NOT NULL,
    must_change_password boolean NOT NULL,
    failed_sign_ins integer NOT NULL,
    locked_until timestamptz NULL,
    security_stamp text NOT NULL,
    disabled boolean NOT NULL,
    language text NOT NULL,
    created_at timestamptz NOT NULL,
    last_sign_in_at timestamptz NULL
);
CREATE UNIQUE INDEX ux_users_user_name ON users(user_name);

CREATE TABLE user_units (
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    PRIMARY KEY (user_id, unit_id)
);
CREATE INDEX ix_user_units_unit ON user_units(unit_id);

CREATE TABLE api_tokens (
    id uuid NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name text NOT NULL,
    prefix text NOT NULL,
    secret_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NULL,
    revoked_at timestamptz NULL,
    last_used_at timestamptz NULL
);
CREATE UNIQUE INDEX ux_api_tokens_secret_hash ON api_tokens(secret_hash);

CREATE TABLE audit_entries (
    id uuid NOT NULL PRIMARY KEY,
    at timestamptz NOT NULL,
    actor_id uuid NULL,
    actor_name text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text NOT NULL,
    unit_id uuid NULL,
    before text NULL,
    after text NULL
);
CREATE INDEX ix_audit_entries_at ON audit_entries(at);
CREATE INDEX ix_audit_entries_unit ON audit_entries(unit_id, at);

-- The audit log is append-only: the database itself refuses changes and deletions.
CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$;
CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

CREATE TABLE data_protection_keys (
    friendly_name text NOT NULL PRIMARY KEY,
    xml text NOT NULL
);

CREATE TABLE job_runs (
    id uuid NOT NULL PRIMARY KEY,
    job_name text NOT NULL,
    due_at timestamptz NOT NULL,
    instance text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NULL,
    error text NULL
);
CREATE UNIQUE INDEX ux_job_runs_occurrence ON job_runs(job_name, due_at);

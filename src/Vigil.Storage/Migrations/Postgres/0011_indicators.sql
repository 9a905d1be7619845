-- Threat indicators in the server: each unit's curated indicators with their warninglist state and the overrides
-- people made, committed import batches with their per-line reports, packs published to a subtree with their members,
-- the deployments units confirm, and the hashed tokens of feed URLs that firewalls pull.
CREATE TABLE indicators (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    type text NOT NULL,
    value text NOT NULL,
    sources text NOT NULL,
    family text NULL,
    tags text NOT NULL,
    description text NULL,
    first_seen timestamptz NULL,
    last_seen timestamptz NULL,
    expiry timestamptz NULL,
    confidence integer NULL,
    tlp text NULL,
    action text NOT NULL,
    alert_only_pinned boolean NOT NULL,
    warning_codes text NOT NULL,
    kill_switch boolean NOT NULL,
    flagged boolean NOT NULL,
    revoked_at timestamptz NULL,
    revoked_by text NULL,
    revoke_reason text NULL,
    last_batch_id uuid NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_indicators_unit_type_value ON indicators(unit_id, type, value);
CREATE INDEX ix_indicators_unit_updated ON indicators(unit_id, updated_at);

CREATE TABLE indicator_overrides (
    id uuid NOT NULL PRIMARY KEY,
    indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    codes text NOT NULL,
    reason text NOT NULL,
    overridden_by_id uuid NULL,
    overridden_by text NOT NULL,
    overridden_at timestamptz NOT NULL
);
CREATE INDEX ix_indicator_overrides_indicator ON indicator_overrides(indicator_id);

CREATE TABLE indicator_import_batches (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    file_names text NOT NULL,
    formats text NOT NULL,
    imported integer NOT NULL,
    skipped integer NOT NULL,
    rejected integer NOT NULL,
    created integer NOT NULL,
    merged integer NOT NULL,
    report_json text NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE INDEX ix_indicator_import_batches_unit ON indicator_import_batches(unit_id, created_at);

CREATE TABLE indicator_packs (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    target_unit_id uuid NOT NULL REFERENCES units(id),
    target_path text NOT NULL,
    pack_key text NOT NULL,
    name text NOT NULL,
    family text NULL,
    version integer NOT NULL,
    attribution text NOT NULL,
    directive_id uuid NULL,
    published_at timestamptz NULL,
    published_by text NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL
);
CREATE INDEX ix_indicator_packs_target_path ON indicator_packs(target_path);
CREATE INDEX ix_indicator_packs_directive ON indicator_packs(directive_id);

CREATE TABLE indicator_pack_members (
    pack_id uuid NOT NULL REFERENCES indicator_packs(id) ON DELETE CASCADE,
    indicator_id uuid NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    PRIMARY KEY (pack_id, indicator_id)
);
CREATE INDEX ix_indicator_pack_members_indicator ON indicator_pack_members(indicator_id);

CREATE TABLE indicator_pack_deployments (
    id uuid NOT NULL PRIMARY KEY,
    pack_id uuid NOT NULL REFERENCES indicator_packs(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    kind text NOT NULL,
    location text NOT NULL,
    note text NULL,
    deployed_at timestamptz NOT NULL,
    recorded_by_id uuid NULL,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX ix_indicator_pack_deployments_pack_unit ON indicator_pack_deployments(pack_id, unit_id);
CREATE INDEX ix_indicator_pack_deployments_unit ON indicator_pack_deployments(unit_id, deployed_at);

CREATE TABLE feed_tokens (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    name text NOT NULL,
    prefix text NOT NULL,
    secret_hash text NOT NULL,
    pack_id uuid NULL REFERENCES indicator_packs(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    revoked_at timestamptz NULL,
    last_used_at timestamptz NULL
);
CREATE UNIQUE INDEX ux_feed_tokens_secret_hash ON feed_tokens(secret_hash);
CREATE INDEX ix_feed_tokens_unit ON feed_tokens(unit_id);

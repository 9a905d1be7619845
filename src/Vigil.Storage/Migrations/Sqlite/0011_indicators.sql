-- Threat indicators in the server: each unit's curated indicators with their warninglist state and the overrides
-- people made, committed import batches with their per-line reports, packs published to a subtree with their members,
-- the deployments units confirm, and the hashed tokens of feed URLs that firewalls pull.
CREATE TABLE indicators (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    sources TEXT NOT NULL,
    family TEXT NULL,
    tags TEXT NOT NULL,
    description TEXT NULL,
    first_seen TEXT NULL,
    last_seen TEXT NULL,
    expiry TEXT NULL,
    confidence INTEGER NULL,
    tlp TEXT NULL,
    action TEXT NOT NULL,
    alert_only_pinned INTEGER NOT NULL,
    warning_codes TEXT NOT NULL,
    kill_switch INTEGER NOT NULL,
    flagged INTEGER NOT NULL,
    revoked_at TEXT NULL,
    revoked_by TEXT NULL,
    revoke_reason TEXT NULL,
    last_batch_id TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_indicators_unit_type_value ON indicators(unit_id, type, value);
CREATE INDEX ix_indicators_unit_updated ON indicators(unit_id, updated_at);

CREATE TABLE indicator_overrides (
    id TEXT NOT NULL PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    codes TEXT NOT NULL,
    reason TEXT NOT NULL,
    overridden_by_id TEXT NULL,
    overridden_by TEXT NOT NULL,
    overridden_at TEXT NOT NULL
);
CREATE INDEX ix_indicator_overrides_indicator ON indicator_overrides(indicator_id);

CREATE TABLE indicator_import_batches (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    file_names TEXT NOT NULL,
    formats TEXT NOT NULL,
    imported INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    created INTEGER NOT NULL,
    merged INTEGER NOT NULL,
    report_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX ix_indicator_import_batches_unit ON indicator_import_batches(unit_id, created_at);

CREATE TABLE indicator_packs (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    target_unit_id TEXT NOT NULL REFERENCES units(id),
    target_path TEXT NOT NULL,
    pack_key TEXT NOT NULL,
    name TEXT NOT NULL,
    family TEXT NULL,
    version INTEGER NOT NULL,
    attribution TEXT NOT NULL,
    directive_id TEXT NULL,
    published_at TEXT NULL,
    published_by TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX ix_indicator_packs_target_path ON indicator_packs(target_path);
CREATE INDEX ix_indicator_packs_directive ON indicator_packs(directive_id);

CREATE TABLE indicator_pack_members (
    pack_id TEXT NOT NULL REFERENCES indicator_packs(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (pack_id, indicator_id)
);
CREATE INDEX ix_indicator_pack_members_indicator ON indicator_pack_members(indicator_id);

CREATE TABLE indicator_pack_deployments (
    id TEXT NOT NULL PRIMARY KEY,
    pack_id TEXT NOT NULL REFERENCES indicator_packs(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL,
    location TEXT NOT NULL,
    note TEXT NULL,
    deployed_at TEXT NOT NULL,
    recorded_by_id TEXT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_indicator_pack_deployments_pack_unit ON indicator_pack_deployments(pack_id, unit_id);
CREATE INDEX ix_indicator_pack_deployments_unit ON indicator_pack_deployments(unit_id, deployed_at);

CREATE TABLE feed_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    pack_id TEXT NULL REFERENCES indicator_packs(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT NULL,
    last_used_at TEXT NULL
);
CREATE UNIQUE INDEX ux_feed_tokens_secret_hash ON feed_tokens(secret_hash);
CREATE INDEX ix_feed_tokens_unit ON feed_tokens(unit_id);

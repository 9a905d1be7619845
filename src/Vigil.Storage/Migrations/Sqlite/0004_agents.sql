-- The Vigil agent: one-time enrolment tokens, enrolled agents with their hashed credentials, delivery receipts
-- (idempotency keys) and commands handed out with heartbeats.
CREATE TABLE enrolment_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    note TEXT NULL,
    created_by TEXT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    used_by_agent_id TEXT NULL,
    revoked_at TEXT NULL
);
CREATE UNIQUE INDEX ux_enrolment_tokens_secret_hash ON enrolment_tokens(secret_hash);
CREATE INDEX ix_enrolment_tokens_unit ON enrolment_tokens(unit_id);

CREATE TABLE agents (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    computer_id TEXT NULL,
    hostname TEXT NOT NULL,
    platform TEXT NOT NULL,
    agent_version TEXT NOT NULL,
    credential_hash TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    last_seen_at TEXT NULL,
    revoked_at TEXT NULL
);
CREATE UNIQUE INDEX ux_agents_credential_hash ON agents(credential_hash);
CREATE INDEX ix_agents_unit ON agents(unit_id);

CREATE TABLE agent_receipts (
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL,
    computer_id TEXT NULL,
    PRIMARY KEY (agent_id, idempotency_key)
);
CREATE INDEX ix_agent_receipts_received_at ON agent_receipts(received_at);

CREATE TABLE agent_commands (
    id TEXT NOT NULL PRIMARY KEY,
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NULL,
    created_by TEXT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT NULL,
    completed_at TEXT NULL,
    succeeded INTEGER NULL,
    detail TEXT NULL
);
CREATE INDEX ix_agent_commands_agent ON agent_commands(agent_id, completed_at);

-- The Vigil agent: one-time enrolment tokens, enrolled agents with their hashed credentials, delivery receipts
-- (idempotency keys) and commands handed out with heartbeats.
CREATE TABLE enrolment_tokens (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    prefix text NOT NULL,
    secret_hash text NOT NULL,
    note text NULL,
    created_by uuid NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz NULL,
    used_by_agent_id uuid NULL,
    revoked_at timestamptz NULL
);
CREATE UNIQUE INDEX ux_enrolment_tokens_secret_hash ON enrolment_tokens(secret_hash);
CREATE INDEX ix_enrolment_tokens_unit ON enrolment_tokens(unit_id);

CREATE TABLE agents (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    computer_id uuid NULL,
    hostname text NOT NULL,
    platform text NOT NULL,
    agent_version text NOT NULL,
    credential_hash text NOT NULL,
    enrolled_at timestamptz NOT NULL,
    last_seen_at timestamptz NULL,
    revoked_at timestamptz NULL
);
CREATE UNIQUE INDEX ux_agents_credential_hash ON agents(credential_hash);
CREATE INDEX ix_agents_unit ON agents(unit_id);

CREATE TABLE agent_receipts (
    agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    idempotency_key text NOT NULL,
    unit_id uuid NOT NULL,
    received_at timestamptz NOT NULL,
    status text NOT NULL,
    computer_id uuid NULL,
    PRIMARY KEY (agent_id, idempotency_key)
);
CREATE INDEX ix_agent_receipts_received_at ON agent_receipts(received_at);

CREATE TABLE agent_commands (
    id uuid NOT NULL PRIMARY KEY,
    agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL,
    kind text NOT NULL,
    payload text NULL,
    created_by uuid NULL,
    created_at timestamptz NOT NULL,
    delivered_at timestamptz NULL,
    completed_at timestamptz NULL,
    succeeded boolean NULL,
    detail text NULL
);
CREATE INDEX ix_agent_commands_agent ON agent_commands(agent_id, completed_at);


-- Host isolation: each isolation of a computer (through its agent, or as a network quarantine when it has no capable
-- agent) with its state, and every step taken (time, actor, step, outcome, detail) for its history and incidents.
-- incident_id is stored as given, without a foreign key: incidents refer to isolations, not the other way round.
CREATE TABLE host_isolations (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NULL,
    incident_id TEXT NULL,
    requested_by TEXT NULL,
    requested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    agent_id TEXT NULL,
    isolate_command_id TEXT NULL,
    release_command_id TEXT NULL,
    released_at TEXT NULL
);
CREATE INDEX ix_host_isolations_computer_id_requested_at ON host_isolations(computer_id, requested_at);
CREATE INDEX ix_host_isolations_unit ON host_isolations(unit_id, status);

CREATE TABLE isolation_steps (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL,
    isolation_id TEXT NOT NULL REFERENCES host_isolations(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    step TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NULL
);
CREATE INDEX ix_isolation_steps_isolation_id_at ON isolation_steps(isolation_id, at);

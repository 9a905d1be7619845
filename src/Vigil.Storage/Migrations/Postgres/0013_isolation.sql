-- Host isolation: each isolation of a computer (through its agent, or as a network quarantine when it has no capable
-- agent) with its state, and every step taken (time, actor, step, outcome, detail) for its history and incidents.
-- incident_id is stored as given, without a foreign key: incidents refer to isolations, not the other way round.
CREATE TABLE host_isolations (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    mode text NOT NULL,
    status text NOT NULL,
    reason text NULL,
    incident_id uuid NULL,
    requested_by uuid NULL,
    requested_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    agent_id uuid NULL,
    isolate_command_id uuid NULL,
    release_command_id uuid NULL,
    released_at timestamptz NULL
);
CREATE INDEX ix_host_isolations_computer_id_requested_at ON host_isolations(computer_id, requested_at);
CREATE INDEX ix_host_isolations_unit ON host_isolations(unit_id, status);

CREATE TABLE isolation_steps (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL,
    isolation_id uuid NOT NULL REFERENCES host_isolations(id) ON DELETE CASCADE,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    step text NOT NULL,
    outcome text NOT NULL,
    detail text NULL
);
CREATE INDEX ix_isolation_steps_isolation_id_at ON isolation_steps(isolation_id, at);

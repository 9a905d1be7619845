-- Compliance: the facts evaluation needs on the computer row (hotfixes, security products, program names, ESU
-- date), retirement, the latest evaluation's marks, current verdicts, verdict history, daily counts per unit and
-- rule, ESU exceptions, remediation items with their events, and the evaluation state. Existing computers get
-- compliance_fingerprint NULL, which marks them for evaluation: the evaluation job first fills hotfixes, security
-- products and program names from their sources' snapshots, then evaluates them.
ALTER TABLE computers ADD COLUMN hotfixes text NULL;
ALTER TABLE computers ADD COLUMN security_products_json text NULL;
ALTER TABLE computers ADD COLUMN installed_software text NULL;
ALTER TABLE computers ADD COLUMN esu_until date NULL;
ALTER TABLE computers ADD COLUMN retired_at timestamptz NULL;
ALTER TABLE computers ADD COLUMN replaced_by uuid NULL;
ALTER TABLE computers ADD COLUMN compliance_fingerprint text NULL;
ALTER TABLE computers ADD COLUMN compliance_as_of date NULL;
ALTER TABLE computers ADD COLUMN compliance_observed_at timestamptz NULL;
CREATE INDEX ix_computers_replaced_by ON computers(replaced_by);

CREATE TABLE compliance_results (
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    rule_id text NOT NULL,
    unit_id uuid NOT NULL REFERENCES units(id),
    status text NOT NULL,
    remediation text NOT NULL,
    reason text NOT NULL,
    evidence_json text NOT NULL,
    data_observed_at timestamptz NULL,
    as_of date NOT NULL,
    fingerprint text NOT NULL,
    since timestamptz NOT NULL,
    evaluated_at timestamptz NOT NULL,
    PRIMARY KEY (computer_id, rule_id)
);
CREATE INDEX ix_compliance_results_unit_rule ON compliance_results(unit_id, rule_id, status);

CREATE TABLE compliance_changes (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    rule_id text NOT NULL,
    at timestamptz NOT NULL,
    as_of date NOT NULL,
    old_status text NULL,
    new_status text NOT NULL,
    remediation text NOT NULL,
    reason text NOT NULL,
    evidence_json text NOT NULL,
    data_observed_at timestamptz NULL,
    fingerprint text NOT NULL
);
CREATE INDEX ix_compliance_changes_computer ON compliance_changes(computer_id, at);

CREATE TABLE compliance_daily_counts (
    unit_id uuid NOT NULL REFERENCES units(id),
    rule_id text NOT NULL,
    day date NOT NULL,
    pass integer NOT NULL,
    fail integer NOT NULL,
    unknown integer NOT NULL,
    not_applicable integer NOT NULL,
    counted_at timestamptz NOT NULL,
    PRIMARY KEY (unit_id, rule_id, day)
);
CREATE INDEX ix_compliance_daily_counts_day ON compliance_daily_counts(day);

CREATE TABLE esu_exceptions (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    until date NOT NULL,
    note text NULL,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL,
    removed_at timestamptz NULL,
    removed_by text NULL
);
CREATE INDEX ix_esu_exceptions_computer ON esu_exceptions(computer_id);

CREATE TABLE remediation_items (
    id uuid NOT NULL PRIMARY KEY,
    computer_id uuid NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    rule_id text NULL,
    kind text NOT NULL,
    status text NOT NULL,
    title text NULL,
    reason text NULL,
    owner text NULL,
    due_on date NULL,
    replacement_computer_id uuid NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    closed_at timestamptz NULL
);
CREATE INDEX ix_remediation_items_unit_status ON remediation_items(unit_id, status);
CREATE INDEX ix_remediation_items_computer ON remediation_items(computer_id);
CREATE INDEX ix_remediation_items_replacement ON remediation_items(replacement_computer_id);
-- One open item per computer and rule; closed items (verified, cancelled) are history.
CREATE UNIQUE INDEX ux_remediation_items_open ON remediation_items(computer_id, rule_id)
    WHERE rule_id IS NOT NULL AND status IN ('Planned', 'InProgress', 'Done');

CREATE TABLE remediation_events (
    id uuid NOT NULL PRIMARY KEY,
    item_id uuid NOT NULL REFERENCES remediation_items(id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES units(id),
    at timestamptz NOT NULL,
    actor text NOT NULL,
    actor_id uuid NULL,
    kind text NOT NULL,
    from_status text NULL,
    to_status text NULL,
    text text NULL,
    data_json text NULL
);
CREATE INDEX ix_remediation_events_item ON remediation_events(item_id, at);

CREATE TABLE compliance_evaluation_state (
    id text NOT NULL PRIMARY KEY,
    fingerprint text NOT NULL,
    good_sources_json text NOT NULL,
    loaded_at timestamptz NOT NULL,
    lease_owner text NULL,
    lease_until timestamptz NULL,
    counted_day date NULL
);

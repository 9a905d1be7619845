-- Compliance: the facts evaluation needs on the computer row (hotfixes, security products, program names, ESU
-- date), retirement, the latest evaluation's marks, current verdicts, verdict history, daily counts per unit and
-- rule, ESU exceptions, remediation items with their events, and the evaluation state. Existing computers get
-- compliance_fingerprint NULL, which marks them for evaluation: the evaluation job first fills hotfixes, security
-- products and program names from their sources' snapshots, then evaluates them.
ALTER TABLE computers ADD COLUMN hotfixes TEXT NULL;
ALTER TABLE computers ADD COLUMN security_products_json TEXT NULL;
ALTER TABLE computers ADD COLUMN installed_software TEXT NULL;
ALTER TABLE computers ADD COLUMN esu_until TEXT NULL;
ALTER TABLE computers ADD COLUMN retired_at TEXT NULL;
ALTER TABLE computers ADD COLUMN replaced_by TEXT NULL;
ALTER TABLE computers ADD COLUMN compliance_fingerprint TEXT NULL;
ALTER TABLE computers ADD COLUMN compliance_as_of TEXT NULL;
ALTER TABLE computers ADD COLUMN compliance_observed_at TEXT NULL;
CREATE INDEX ix_computers_replaced_by ON computers(replaced_by);

CREATE TABLE compliance_results (
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units(id),
    status TEXT NOT NULL,
    remediation TEXT NOT NULL,
    reason TEXT NOT NULL,
    evidence_json TEXT NOT NULL,
    data_observed_at TEXT NULL,
    as_of TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    since TEXT NOT NULL,
    evaluated_at TEXT NOT NULL,
    PRIMARY KEY (computer_id, rule_id)
);
CREATE INDEX ix_compliance_results_unit_rule ON compliance_results(unit_id, rule_id, status);

CREATE TABLE compliance_changes (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    rule_id TEXT NOT NULL,
    at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    old_status TEXT NULL,
    new_status TEXT NOT NULL,
    remediation TEXT NOT NULL,
    reason TEXT NOT NULL,
    evidence_json TEXT NOT NULL,
    data_observed_at TEXT NULL,
    fingerprint TEXT NOT NULL
);
CREATE INDEX ix_compliance_changes_computer ON compliance_changes(computer_id, at);

CREATE TABLE compliance_daily_counts (
    unit_id TEXT NOT NULL REFERENCES units(id),
    rule_id TEXT NOT NULL,
    day TEXT NOT NULL,
    pass INTEGER NOT NULL,
    fail INTEGER NOT NULL,
    unknown INTEGER NOT NULL,
    not_applicable INTEGER NOT NULL,
    counted_at TEXT NOT NULL,
    PRIMARY KEY (unit_id, rule_id, day)
);
CREATE INDEX ix_compliance_daily_counts_day ON compliance_daily_counts(day);

CREATE TABLE esu_exceptions (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    until TEXT NOT NULL,
    note TEXT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    removed_at TEXT NULL,
    removed_by TEXT NULL
);
CREATE INDEX ix_esu_exceptions_computer ON esu_exceptions(computer_id);

CREATE TABLE remediation_items (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NOT NULL REFERENCES computers(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    rule_id TEXT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NULL,
    reason TEXT NULL,
    owner TEXT NULL,
    due_on TEXT NULL,
    replacement_computer_id TEXT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    closed_at TEXT NULL
);
CREATE INDEX ix_remediation_items_unit_status ON remediation_items(unit_id, status);
CREATE INDEX ix_remediation_items_computer ON remediation_items(computer_id);
CREATE INDEX ix_remediation_items_replacement ON remediation_items(replacement_computer_id);
-- One open item per computer and rule; closed items (verified, cancelled) are history.
CREATE UNIQUE INDEX ux_remediation_items_open ON remediation_items(computer_id, rule_id)
    WHERE rule_id IS NOT NULL AND status IN ('Planned', 'InProgress', 'Done');

CREATE TABLE remediation_events (
    id TEXT NOT NULL PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES remediation_items(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    actor_id TEXT NULL,
    kind TEXT NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NULL,
    text TEXT NULL,
    data_json TEXT NULL
);
CREATE INDEX ix_remediation_events_item ON remediation_events(item_id, at);

CREATE TABLE compliance_evaluation_state (
    id TEXT NOT NULL PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    good_sources_json TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    lease_owner TEXT NULL,
    lease_until TEXT NULL,
    counted_day TEXT NULL
);

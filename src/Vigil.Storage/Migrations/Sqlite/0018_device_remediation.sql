-- Remediation items may belong to a network device instead of a computer (a bulletin CVE on a Cisco ASA/IOS device):
-- computer_id becomes nullable, network_device_id is added, and exactly one of the two is set.
-- SQLite cannot relax NOT NULL in place, so remediation_items is rebuilt. The migrator runs inside a transaction with
-- foreign keys enforced (PRAGMA foreign_keys=OFF is a no-op there), and dropping remediation_items while
-- remediation_events still references it would cascade-delete every event. So the child is rebuilt first against the
-- new parent, the old child (a leaf) is dropped, then the old parent (now childless); the renames rewrite the
-- reference in remediation_events to the final name (SQLite >= 3.26).
CREATE TABLE remediation_items_new (
    id TEXT NOT NULL PRIMARY KEY,
    computer_id TEXT NULL REFERENCES computers(id) ON DELETE CASCADE,
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
    closed_at TEXT NULL,
    network_device_id TEXT NULL REFERENCES network_devices(id) ON DELETE CASCADE,
    CONSTRAINT ck_remediation_items_one_asset CHECK ((computer_id IS NULL) <> (network_device_id IS NULL))
);
INSERT INTO remediation_items_new (id, computer_id, unit_id, rule_id, kind, status, title, reason, owner, due_on,
    replacement_computer_id, created_at, created_by, updated_at, closed_at, network_device_id)
SELECT id, computer_id, unit_id, rule_id, kind, status, title, reason, owner, due_on,
    replacement_computer_id, created_at, created_by, updated_at, closed_at, NULL
FROM remediation_items;

CREATE TABLE remediation_events_new (
    id TEXT NOT NULL PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES remediation_items_new(id) ON DELETE CASCADE,
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
INSERT INTO remediation_events_new (id, item_id, unit_id, at, actor, actor_id, kind, from_status, to_status, text, data_json)
SELECT id, item_id, unit_id, at, actor, actor_id, kind, from_status, to_status, text, data_json
FROM remediation_events;

DROP TABLE remediation_events;
DROP TABLE remediation_items;
ALTER TABLE remediation_items_new RENAME TO remediation_items;
ALTER TABLE remediation_events_new RENAME TO remediation_events;

CREATE INDEX ix_remediation_items_unit_status ON remediation_items(unit_id, status);
CREATE INDEX ix_remediation_items_computer ON remediation_items(computer_id);
CREATE INDEX ix_remediation_items_replacement ON remediation_items(replacement_computer_id);
CREATE INDEX ix_remediation_items_network_device ON remediation_items(network_device_id);
-- One open item per asset and rule; closed items (verified, cancelled) are history.
CREATE UNIQUE INDEX ux_remediation_items_open ON remediation_items(computer_id, rule_id)
    WHERE rule_id IS NOT NULL AND status IN ('Planned', 'InProgress', 'Done');
CREATE UNIQUE INDEX ux_remediation_items_device_open ON remediation_items(network_device_id, rule_id)
    WHERE rule_id IS NOT NULL AND network_device_id IS NOT NULL AND status IN ('Planned', 'InProgress', 'Done');
CREATE INDEX ix_remediation_events_item ON remediation_events(item_id, at);

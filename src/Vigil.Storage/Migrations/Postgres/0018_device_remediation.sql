-- Remediation items may belong to a network device instead of a computer (a bulletin CVE on a Cisco ASA/IOS device):
-- computer_id becomes nullable, network_device_id is added, and exactly one of the two is set.
ALTER TABLE remediation_items ALTER COLUMN computer_id DROP NOT NULL;
ALTER TABLE remediation_items ADD COLUMN network_device_id uuid NULL REFERENCES network_devices(id) ON DELETE CASCADE;
ALTER TABLE remediation_items ADD CONSTRAINT ck_remediation_items_one_asset CHECK ((computer_id IS NULL) <> (network_device_id IS NULL));
CREATE INDEX ix_remediation_items_network_device ON remediation_items(network_device_id);
-- One open item per device and rule, as ux_remediation_items_open is per computer.
CREATE UNIQUE INDEX ux_remediation_items_device_open ON remediation_items(network_device_id, rule_id)
    WHERE rule_id IS NOT NULL AND network_device_id IS NOT NULL AND status IN ('Planned', 'InProgress', 'Done');

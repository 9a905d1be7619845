-- SNMP polling: per-unit credential profiles (secrets encrypted by the server, never readable back) and the addresses
-- an operator asked to poll, with the last poll's outcome and the device it found.
CREATE TABLE snmp_credential_profiles (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    user_name TEXT NULL,
    auth_protocol TEXT NULL,
    priv_protocol TEXT NULL,
    context_name TEXT NULL,
    protected_secrets TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_snmp_credential_profiles_unit_name ON snmp_credential_profiles(unit_id, name);

CREATE TABLE snmp_poll_targets (
    id TEXT NOT NULL PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    address TEXT NOT NULL,
    port INTEGER NOT NULL,
    profile_id TEXT NOT NULL REFERENCES snmp_credential_profiles(id),
    device_id TEXT NULL REFERENCES network_devices(id) ON DELETE SET NULL,
    enabled INTEGER NOT NULL,
    last_polled_at TEXT NULL,
    last_status TEXT NULL,
    last_error_code TEXT NULL,
    last_error TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_snmp_poll_targets_unit_address_port ON snmp_poll_targets(unit_id, address, port);
CREATE INDEX ix_snmp_poll_targets_profile ON snmp_poll_targets(profile_id);

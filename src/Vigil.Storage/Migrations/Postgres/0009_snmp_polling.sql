-- SNMP polling: per-unit credential profiles (secrets encrypted by the server, never readable back) and the addresses
-- an operator asked to poll, with the last poll's outcome and the device it found.
CREATE TABLE snmp_credential_profiles (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    name text NOT NULL,
    version text NOT NULL,
    user_name text NULL,
    auth_protocol text NULL,
    priv_protocol text NULL,
    context_name text NULL,
    protected_secrets text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);
CREATE UNIQUE INDEX ux_snmp_credential_profiles_unit_name ON snmp_credential_profiles(unit_id, name);

CREATE TABLE snmp_poll_targets (
    id uuid NOT NULL PRIMARY KEY,
    unit_id uuid NOT NULL REFERENCES units(id),
    address text NOT NULL,
    port integer NOT NULL,
    profile_id uuid NOT NULL REFERENCES snmp_credential_profiles(id),
    device_id uuid NULL REFERENCES network_devices(id) ON DELETE SET NULL,
    enabled boolean NOT NULL,
    last_polled_at timestamptz NULL,
    last_status text NULL,
    last_error_code text NULL,
    last_error text NULL,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_snmp_poll_targets_unit_address_port ON snmp_poll_targets(unit_id, address, port);
CREATE INDEX ix_snmp_poll_targets_profile ON snmp_poll_targets(profile_id);

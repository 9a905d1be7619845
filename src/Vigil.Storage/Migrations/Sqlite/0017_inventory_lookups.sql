-- A report's identifiers are looked up by value alone (the kind is compared afterwards, in memory), which the primary
-- key (kind, value) cannot serve: without this index every report of a machine not yet known read the whole table,
-- so a first report cost more the larger the fleet.
CREATE INDEX ix_computer_identifiers_value ON computer_identifiers(value);

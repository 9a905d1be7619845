-- Network devices from spreadsheets carry their serial, management address, location and notes.
ALTER TABLE network_devices ADD COLUMN serial_number TEXT NULL;
ALTER TABLE network_devices ADD COLUMN management_ip TEXT NULL;
ALTER TABLE network_devices ADD COLUMN location TEXT NULL;
ALTER TABLE network_devices ADD COLUMN notes TEXT NULL;

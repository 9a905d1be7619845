-- Network devices from spreadsheets carry their serial, management address, location and notes.
ALTER TABLE network_devices ADD COLUMN serial_number text NULL;
ALTER TABLE network_devices ADD COLUMN management_ip text NULL;
ALTER TABLE network_devices ADD COLUMN location text NULL;
ALTER TABLE network_devices ADD COLUMN notes text NULL;

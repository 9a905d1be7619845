-- Device lifecycle: imported end-of-sale / end-of-support dates per model pattern, laid over the embedded catalog.
-- Reference data of the installation (no unit): everyone reads it, administrators import it.
CREATE TABLE device_lifecycle_records (
    id TEXT NOT NULL PRIMARY KEY,
    vendor TEXT NOT NULL,
    model_pattern TEXT NOT NULL,
    series TEXT NULL,
    end_of_sale TEXT NULL,
    end_of_software_maintenance TEXT NULL,
    end_of_security_support TEXT NULL,
    last_date_of_support TEXT NULL,
    source TEXT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_device_lifecycle_records_vendor_pattern ON device_lifecycle_records(vendor, model_pattern);

-- Device lifecycle: imported end-of-sale / end-of-support dates per model pattern, laid over the embedded catalog.
-- Reference data of the installation (no unit): everyone reads it, administrators import it.
CREATE TABLE device_lifecycle_records (
    id uuid NOT NULL PRIMARY KEY,
    vendor text NOT NULL,
    model_pattern text NOT NULL,
    series text NULL,
    end_of_sale date NULL,
    end_of_software_maintenance date NULL,
    end_of_security_support date NULL,
    last_date_of_support date NULL,
    source text NULL,
    imported_at timestamptz NOT NULL,
    imported_by text NOT NULL
);
CREATE UNIQUE INDEX ux_device_lifecycle_records_vendor_pattern ON device_lifecycle_records(vendor, model_pattern);

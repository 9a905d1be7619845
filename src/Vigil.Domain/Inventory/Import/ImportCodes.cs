namespace Vigil.Domain.Inventory.Import;

/// <summary>The stable error codes of inventory imports (documented in docs/inventory.md).</summary>
public static class ImportCodes
{
    public const string FileTooLarge = "file.too_large";
    public const string FileEmpty = "file.empty";
    public const string FileNotSpreadsheet = "file.not_spreadsheet";
    public const string FileLegacyOrEncrypted = "file.xls_or_encrypted";
    public const string FileMacroEnabled = "file.macro_enabled";
    public const string FileOpenDocument = "file.ods";
    public const string FileCorrupt = "file.corrupt";
    public const string FileTooBigUnpacked = "file.unpacked_too_large";
    public const string FileTooManyRows = "file.too_many_rows";
    public const string FileNoDataSheet = "file.no_data_sheet";
    public const string FileNoRows = "file.no_rows";
    public const string CsvNotUtf8 = "csv.not_utf8";
    public const string CsvUnterminatedQuote = "csv.unterminated_quote";
    public const string SheetNoHeader = "sheet.no_header";
    public const string SheetKindUnknown = "sheet.kind_unknown";
    public const string ColumnUnknown = "column.unknown";
    public const string ColumnDuplicate = "column.duplicate";
    public const string ColumnMissing = "column.missing";
    public const string ColumnNoHeader = "column.no_header";
    public const string CellFormulaError = "cell.formula_error";
    public const string TooManyErrors = "import.too_many_errors";
    public const string UnitRequired = "unit.required";
    public const string UnitInvalid = "unit.invalid";
    public const string UnitNotFoundOrNotYours = "unit.not_found_or_not_yours";
    public const string HostnameRequired = "hostname.required";
    public const string HostnameInvalid = "hostname.invalid";
    public const string HostnameDuplicate = "hostname.duplicate";
    public const string IdentifierDuplicate = "identifier.duplicate";
    public const string ValueTooLong = "value.too_long";
    public const string NumberInvalid = "number.invalid";
    public const string NumberOutOfRange = "number.out_of_range";
    public const string YesNoInvalid = "yes_no.invalid";
    public const string ArchitectureInvalid = "architecture.invalid";
    public const string DiskKindInvalid = "disk_kind.invalid";
    public const string MacInvalid = "mac.invalid";
    public const string UuidInvalid = "uuid.invalid";
    public const string DeviceKindRequired = "device_kind.required";
    public const string DeviceKindUnknown = "device_kind.unknown";
    public const string IpInvalid = "ip.invalid";
}

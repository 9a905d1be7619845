namespace Vigil.Domain.Organisation.Import;

/// <summary>The header names of an organisation CSV, as they appear in error messages.</summary>
public static class UnitCsvColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string ParentCode = "parent_code";
    public const string Kind = "kind";
    public const string FormerDistrict = "former_district";
    public const string TimeZone = "time_zone";
    public const string ContactName = "contact_name";
    public const string ContactPhone = "contact_phone";
    public const string ContactEmail = "contact_email";
    public const string Address = "address";

    public static IReadOnlyList<string> All { get; } =
        [Code, Name, ParentCode, Kind, FormerDistrict, TimeZone, ContactName, ContactPhone, ContactEmail, Address];

    public static IReadOnlyList<string> Required { get; } = [Code, Name];

    /// <summary>Maps a header cell to a column name: case-insensitive, spaces and '-' read as '_'. Null when unknown.</summary>
    public static string? Recognise(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return All.FirstOrDefault(c => c == key);
    }
}

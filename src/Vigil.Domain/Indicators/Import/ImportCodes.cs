namespace Vigil.Domain.Indicators.Import;

/// <summary>The stable codes of <see cref="ImportEntry.Code"/>.</summary>
public static class ImportCodes
{
    public const string Imported = "imported";
    public const string Empty = "skipped.empty";
    public const string Comment = "skipped.comment";
    public const string Duplicate = "skipped.duplicate";
    public const string Header = "skipped.header";

    /// <summary>An item that is not an indicator Vigil enforces (a MISP "text" or "regkey", a non-indicator STIX object).</summary>
    public const string NotApplicable = "skipped.not_applicable";

    public const string InvalidValue = "rejected.invalid_value";

    /// <summary>A construct Vigil cannot turn into a blockable value (STIX MATCHES, an AND of different observables).</summary>
    public const string Unsupported = "rejected.unsupported";

    /// <summary>The file or item is not well-formed (broken JSON or XML, a bad STIX pattern).</summary>
    public const string Malformed = "rejected.malformed";

    public const string TooLarge = "rejected.too_large";
    public const string TooMany = "rejected.too_many";
}

namespace Vigil.Domain.Vulnerabilities.Stored;

/// <summary>An imported vulnerability bulletin (reference data, no unit); its rows are <see cref="StoredBulletinRow"/>.</summary>
public sealed class StoredBulletin
{
    public Guid Id { get; set; }

    /// <summary>The document's number and symbol, unique: importing the same number again replaces its rows.</summary>
    public string DocumentNumber { get; set; } = "";

    public DateOnly? Date { get; set; }

    public string Title { get; set; } = "";

    /// <summary>csv, xlsx or csaf.</summary>
    public string SourceKind { get; set; } = "";

    public string FileName { get; set; } = "";

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";
}

namespace Vigil.Domain.Assets;

/// <summary>
/// An imported lifecycle catalog entry (end of sale, software maintenance, security support, last date of support)
/// for the models a pattern names. Reference data for the whole installation, not of one unit: every signed-in person
/// reads it, only administrators import it. Imported entries are laid over the embedded default.
/// </summary>
public sealed class DeviceLifecycleRecord
{
    public Guid Id { get; set; }

    public string Vendor { get; set; } = "";

    /// <summary>A product id, or a prefix ending in <c>*</c>; stored upper case.</summary>
    public string ModelPattern { get; set; } = "";

    public string? Series { get; set; }

    public DateOnly? EndOfSale { get; set; }

    public DateOnly? EndOfSoftwareMaintenance { get; set; }

    public DateOnly? EndOfSecuritySupport { get; set; }

    public DateOnly? LastDateOfSupport { get; set; }

    /// <summary>The bulletin the dates come from (number, title, address).</summary>
    public string? Source { get; set; }

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";
}

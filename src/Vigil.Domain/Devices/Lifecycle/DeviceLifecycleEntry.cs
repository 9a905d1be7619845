namespace Vigil.Domain.Devices.Lifecycle;

/// <summary>
/// A vendor's end-of-life milestones for the models a pattern names: a product id (<c>WS-C2960X-48FPD-L</c>) or a
/// prefix ending in <c>*</c> (<c>WS-C2960X-*</c>). Any milestone may be unknown. <see cref="Line"/> is where a file
/// gave it, for error messages.
/// </summary>
public sealed record DeviceLifecycleEntry(
    string Vendor,
    string ModelPattern,
    string? Series,
    DateOnly? EndOfSale,
    DateOnly? EndOfSoftwareMaintenance,
    DateOnly? EndOfSecuritySupport,
    DateOnly? LastDateOfSupport,
    string? Source,
    int Line = 0)
{
    public bool IsPrefix => ModelPattern.EndsWith('*');

    /// <summary>The literal part of the pattern (without the trailing <c>*</c>).</summary>
    public string Literal => IsPrefix ? ModelPattern[..^1] : ModelPattern;

    /// <summary>The entry's identity in a catalog: a site's entry with the same key replaces the default one.</summary>
    public (string Vendor, string Pattern) Key => (Vendor.ToUpperInvariant(), ModelPattern.ToUpperInvariant());
}

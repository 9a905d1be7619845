using System.Globalization;
using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// A source placing a known computer in another unit than Vigil has it in. Stored as the values of a "unit"
/// conflict, one "source (key): code" line for the claim and one "vigil: code" line for the current unit; the same
/// type writes and reads that text so the two never drift apart.
/// </summary>
internal sealed record UnitClaim(InventorySource Source, string SourceKey, Guid UnitId)
{
    public const string Field = "unit";

    /// <summary>The choice that keeps the computer where it is.</summary>
    public const string KeepLabel = "vigil";

    public string Describe(string? claimedCode, string? currentCode) => string.Create(CultureInfo.InvariantCulture,
        $"{InventoryIngestService.Label(Source)} ({SourceKey}): {claimedCode}\n{KeepLabel}: {currentCode}");

    /// <summary>The claiming source's label and the unit code it named, read back from a conflict's values.</summary>
    public static (string SourceLabel, string UnitCode)? Parse(string values)
    {
        var first = ConflictValues.Parse(values).FirstOrDefault();
        return first is null || first.Source == KeepLabel || string.IsNullOrWhiteSpace(first.Value) ? null : (first.Source, first.Value.Trim());
    }
}

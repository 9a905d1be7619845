using System.Security.Cryptography;
using System.Text;
using Vigil.Domain.Access;
using Vigil.Domain.Hunting;
using Vigil.Domain.Indicators;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// The indicators in force for a unit (the feed's own computation, <see cref="IndicatorSets.OfUnitAsync"/>), compiled
/// for hunting, with a fingerprint that changes whenever the set does (value, type or action).
/// </summary>
internal sealed class UnitHuntSet(Guid unitId, List<Indicator> indicators, string fingerprint)
{
    private IndicatorMatcher? _matcher;

    public Guid UnitId { get; } = unitId;

    public int Count => indicators.Count;

    public string Fingerprint { get; } = fingerprint;

    /// <summary>Compiled on first use: the re-hunt job compares fingerprints of every unit and hunts only stale logs.</summary>
    public IndicatorMatcher Matcher => _matcher ??= IndicatorMatcher.Build(indicators);

    public static async Task<UnitHuntSet> LoadAsync(VigilDbContext db, Guid unitId, DateTime nowUtc, CancellationToken ct)
    {
        // The set is what the unit itself enforces: computed in the unit's read-only scope, as a feed would be, so a
        // coordinator's wider scope never adds packs published elsewhere.
        var previous = db.Access.Scope;
        List<Indicator> indicators;
        try
        {
            db.Access.Scope = AccessScope.ForUser(Guid.Empty, Role.Viewer, [unitId], id => [id]);
            indicators = await IndicatorSets.OfUnitAsync(db, unitId, nowUtc, ct);
        }
        finally
        {
            db.Access.Scope = previous;
        }

        return new UnitHuntSet(unitId, indicators, FingerprintOf(indicators));
    }

    private static string FingerprintOf(List<Indicator> indicators)
    {
        var lines = indicators.Select(i => $"{i.Value.Type}|{i.Value.Value}|{i.Action}|{i.AlertOnlyPinned}").Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }
}

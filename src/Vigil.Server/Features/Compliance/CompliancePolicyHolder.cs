using Vigil.Domain.Compliance;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// The policy every evaluation on this instance uses, with the errors of the last attempt to load the site files.
/// Starts with the embedded default; <see cref="CompliancePolicyService"/> replaces it at start-up and on reload.
/// </summary>
public sealed class CompliancePolicyHolder
{
    private volatile Snapshot _current;

    public CompliancePolicyHolder(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _current = new Snapshot(Embedded(clock.GetUtcNow().UtcDateTime), [], PolicyOrigin.Embedded);
    }

    public ActivePolicy Active => _current.Policy;

    /// <summary>Why the site files were refused at the last load; empty when they were taken.</summary>
    public IReadOnlyList<PolicyLoadError> Errors => _current.Errors;

    public PolicyOrigin Origin => _current.Origin;

    internal void Set(ActivePolicy policy, IReadOnlyList<PolicyLoadError> errors, PolicyOrigin origin) =>
        _current = new Snapshot(policy, errors, origin);

    /// <summary>The embedded pack and catalogs; they ship with the server, so failing to compile them is a bug.</summary>
    internal static ActivePolicy Embedded(DateTime now)
    {
        var (policy, errors) = PolicyLoader.Load(new Dictionary<string, string>(), now);
        return policy ?? throw new InvalidOperationException("The embedded compliance policy does not compile: " + string.Join("; ", errors.Select(e => e.Message)));
    }

    private sealed record Snapshot(ActivePolicy Policy, IReadOnlyList<PolicyLoadError> Errors, PolicyOrigin Origin);
}

/// <summary>Where the active policy came from.</summary>
public enum PolicyOrigin
{
    /// <summary>The embedded default pack and catalogs; the data directory has no site files.</summary>
    Embedded = 0,

    /// <summary>The embedded defaults with the site's files from the data directory.</summary>
    Site = 1,

    /// <summary>The site files are broken; the last policy that loaded without errors is kept.</summary>
    LastGood = 2,
}

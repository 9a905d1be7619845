namespace Vigil.Domain.Compliance;

/// <summary>
/// The server's one row of evaluation book-keeping: the policy last loaded without errors (its fingerprint and the
/// site files it was built from, so a restart with a broken file keeps it), and the lease that lets one instance at
/// a time run the evaluation job.
/// </summary>
public sealed class ComplianceEvaluationState
{
    public const string PolicyKey = "policy";

    public string Id { get; set; } = PolicyKey;

    public string Fingerprint { get; set; } = "";

    /// <summary>Site files of the last good policy as a JSON object of file name → text.</summary>
    public string GoodSourcesJson { get; set; } = "{}";

    public DateTime LoadedAt { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>The last local day whose counts were written by a complete pass.</summary>
    public DateOnly? CountedDay { get; set; }
}

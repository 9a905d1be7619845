namespace Vigil.Server.Features.Jobs;

/// <summary>Background jobs. Section <c>Jobs</c>.</summary>
internal sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run background jobs on this instance. Default true; every instance may run them safely.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks for due jobs. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Per-job interval overrides by job name, e.g. <c>"prune-job-history": "06:00:00"</c>.</summary>
    public Dictionary<string, TimeSpan> Intervals { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

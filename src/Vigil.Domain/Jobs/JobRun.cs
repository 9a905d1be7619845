namespace Vigil.Domain.Jobs;

/// <summary>
/// One execution of a recurring job. Occurrences fall on a fixed grid (multiples of the job's interval), and
/// (JobName, DueAt) is unique: the server whose insert succeeds runs that occurrence, every other server skips it.
/// </summary>
public sealed class JobRun
{
    public Guid Id { get; set; }

    public string JobName { get; set; } = "";

    public DateTime DueAt { get; set; }

    public string Instance { get; set; } = "";

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public string? Error { get; set; }
}

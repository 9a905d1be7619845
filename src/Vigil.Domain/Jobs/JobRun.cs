namespace Vigil.Domain.Jobs;

/// <summary>One execution of a recurring job; (JobName, DueAt) is unique so an occurrence runs once across servers.</summary>
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

namespace Vigil.Domain.Jobs;

/// <summary>The next due time of a recurring job. Servers claim an occurrence by moving NextRunAt forward atomically.</summary>
public sealed class ScheduledJob
{
    public string Name { get; set; } = "";

    public DateTime NextRunAt { get; set; }
}

namespace Vigil.Server.Features.Agents;

/// <summary>The Vigil agent's server side. Section <c>Agents</c>.</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agents";

    /// <summary>How often agents send a heartbeat and ask for commands. Default 60 seconds.</summary>
    public int HeartbeatSeconds { get; set; } = 60;

    /// <summary>How often agents send a full inventory even when nothing changed. Default 6 hours.</summary>
    public int InventoryHours { get; set; } = 6;

    /// <summary>Largest inventory body accepted. Default 4 MiB (a Windows PC with 2,000 programs sends about 300 KiB).</summary>
    public long MaxInventoryBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Enrolment attempts allowed per client address per minute. Default 20.</summary>
    public int EnrolPermitsPerMinute { get; set; } = 20;

    /// <summary>A command handed out without a result is handed out again after this long. Default 10 minutes.</summary>
    public TimeSpan CommandRedeliveryAfter { get; set; } = TimeSpan.FromMinutes(10);
}

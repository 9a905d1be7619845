namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>SNMP polling. Section <c>Vigil:Snmp</c>.</summary>
public sealed class SnmpOptions
{
    public const string SectionName = "Vigil:Snmp";

    /// <summary>How long to wait for each answer. Default 3 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many times an unanswered request is sent again. Default 2 (three tries in all).</summary>
    public int Retries { get; set; } = 2;

    /// <summary>How often the scheduled poll runs over every enabled target. Default 6 hours.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>GETBULK max-repetitions while walking entPhysicalTable. Default 25.</summary>
    public int MaxRepetitions { get; set; } = 25;

    /// <summary>Most entPhysicalTable rows read from one device; a chassis with every transceiver has a few hundred. Default 2000.</summary>
    public int MaxEntityRows { get; set; } = 2000;
}

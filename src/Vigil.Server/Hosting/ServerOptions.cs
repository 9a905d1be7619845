namespace Vigil.Server.Hosting;

/// <summary>Server-wide settings. Section <c>Vigil</c>.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Vigil";

    /// <summary>Load the demo province on start when the database has no units yet (<c>--demo</c>). Default false.</summary>
    public bool Demo { get; set; }

    /// <summary>
    /// Password for the first administrator ("admin"). Default: none, in which case a random one-time password is
    /// generated and printed once on the console; it must be changed at first sign-in. Env: VIGIL_ADMIN_PASSWORD.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>Name of this instance in job records and logs. Default: machine name + process id.</summary>
    public string? InstanceName { get; set; }

    /// <summary>Honour X-Forwarded-For/Proto from a reverse proxy (see docs/operations.md). Default false.</summary>
    public bool BehindProxy { get; set; }

    /// <summary>Proxy addresses trusted for forwarded headers when <see cref="BehindProxy"/> is on. Default: loopback only.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Sign-in attempts allowed per client address per minute. Default 10.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Requests per minute per client address on machine-facing endpoints (/api/v1 now; agents and feeds later). Default 600.</summary>
    public int MachinePermitsPerMinute { get; set; } = 600;

    public string ResolvedInstanceName => InstanceName ?? $"{Environment.MachineName}-{Environment.ProcessId}";
}

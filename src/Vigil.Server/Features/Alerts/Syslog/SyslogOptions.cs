namespace Vigil.Server.Features.Alerts.Syslog;

/// <summary>Section <c>Vigil:Syslog</c>: the receiver firewalls send to. Off unless enabled.</summary>
public sealed class SyslogOptions
{
    public const string SectionName = "Vigil:Syslog";

    public bool Enabled { get; set; }

    /// <summary>Address to listen on (default all IPv4 addresses).</summary>
    public string ListenAddress { get; set; } = "0.0.0.0";

    /// <summary>UDP port (default 514; -1 turns UDP off, 0 picks a free port). Ports below 1024 need privileges: 5514 is a common choice.</summary>
    public int UdpPort { get; set; } = 514;

    /// <summary>TCP port (default 514; -1 turns TCP off, 0 picks a free port); LF and RFC 6587 octet-counting framing are both accepted.</summary>
    public int TcpPort { get; set; } = 514;

    /// <summary>Longest message accepted (default 16 KiB); longer TCP frames close the connection, longer datagrams are cut.</summary>
    public int MaxMessageBytes { get; set; } = 16 * 1024;

    /// <summary>Most TCP connections at once (default 200).</summary>
    public int MaxConnections { get; set; } = 200;

    /// <summary>Which unit a sender's messages belong to: sender address or CIDR → unit id or code. The longest prefix wins.</summary>
    public List<SyslogSenderOptions> Senders { get; set; } = [];

    /// <summary>How long received lines wait to be hunted together (default 2 s).</summary>
    public TimeSpan HuntDelay { get; set; } = TimeSpan.FromSeconds(2);
}

public sealed class SyslogSenderOptions
{
    /// <summary>An address ("10.0.0.1") or a network ("10.0.0.0/24").</summary>
    public string Source { get; set; } = "";

    /// <summary>The unit's id or code.</summary>
    public string Unit { get; set; } = "";
}

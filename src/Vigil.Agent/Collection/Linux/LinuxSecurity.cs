using System.Globalization;
using System.Text;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Linux;

/// <summary>ClamAV (the anti-malware Linux offices actually run) and whether Samba still speaks SMBv1.</summary>
internal static class LinuxSecurity
{
    /// <summary>Signatures older than this are "out of date"; the directives ask for weekly updates at the least.</summary>
    public static readonly TimeSpan SignatureMaxAge = TimeSpan.FromDays(7);

    private static readonly string[] s_clamPrograms = ["/usr/sbin/clamd", "/usr/bin/clamscan", "/usr/bin/freshclam"];
    private static readonly string[] s_dailyDatabases = ["/var/lib/clamav/daily.cld", "/var/lib/clamav/daily.cvd"];
    private static readonly string[] s_smb1Dialects = ["NT1", "LANMAN1", "LANMAN2", "CORE", "COREPLUS"];

    public static AgentSecurityProductDto? ClamAv(LinuxFiles files, IReadOnlySet<string> runningPrograms, DateTime nowUtc)
    {
        var installed = s_clamPrograms.Any(files.FileExists) || files.DirectoryExists("/var/lib/clamav");
        if (!installed)
        {
            return null;
        }

        // The daily database decides freshness; freshclam keeps it as .cld (incremental) or .cvd (whole file).
        var daily = s_dailyDatabases
            .Select(p => ParseCvdHeader(files.ReadBytes(p, 512)))
            .Where(h => h is not null)
            .OrderByDescending(h => h!.Value.Version)
            .FirstOrDefault();
        var daemon = runningPrograms.Contains("clamd");
        return new AgentSecurityProductDto(
            "ClamAV",
            "Cisco",
            "antimalware",
            null,
            Enabled: daemon || runningPrograms.Contains("freshclam"),
            RealTimeProtection: daemon && runningPrograms.Contains("clamonacc"),
            SignaturesUpToDate: daily is { } d ? nowUtc - d.BuiltAt <= SignatureMaxAge : false,
            SignatureVersion: daily?.Version.ToString(CultureInfo.InvariantCulture),
            SignatureDate: daily?.BuiltAt,
            LastScanAt: null);
    }

    /// <summary>
    /// A .cvd/.cld starts with a 512-byte text header "ClamAV-VDB:build time:version:signatures:level:md5:dsig:builder:stime";
    /// the build time itself contains a colon (hh:mm), so the Unix time at the end is preferred.
    /// </summary>
    public static (int Version, DateTime BuiltAt)? ParseCvdHeader(byte[]? header)
    {
        if (header is null)
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(header).TrimEnd('\0', ' ');
        var f = text.Split(':');
        if (f.Length < 5 || f[0] != "ClamAV-VDB" || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }

        if (f.Length >= 10 && long.TryParse(f[9].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return (version, DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        var when = (f[1] + ":" + f[2]).Trim();
        return DateTimeOffset.TryParseExact(when, "d MMM yyyy HH:mm zzz", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (version, at.UtcDateTime)
            : (version, DateTime.MinValue);
    }

    /// <summary>False without a Samba server; otherwise whether its minimum protocol still admits SMBv1.</summary>
    public static bool Smb1ServerEnabled(LinuxFiles files)
    {
        if (!files.FileExists("/usr/sbin/smbd"))
        {
            return false;
        }

        string? minimum = null;
        var inGlobal = false;
        foreach (var raw in (files.ReadText("/etc/samba/smb.conf") ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inGlobal = line.Equals("[global]", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (!inGlobal || eq <= 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            var key = string.Join(' ', line[..eq].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            if (key is "server min protocol" or "min protocol")
            {
                minimum = line[(eq + 1)..].Trim().ToUpperInvariant();
            }
        }

        // Samba 4.11 and later default to SMB2_02; only an explicit old dialect turns SMBv1 back on.
        return minimum is not null && s_smb1Dialects.Contains(minimum);
    }

    /// <summary>Names (comm) of running programs, to tell whether clamd, freshclam or clamonacc run.</summary>
    public static HashSet<string> RunningPrograms(LinuxFiles files)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pid in files.Entries("/proc").Where(e => e.All(char.IsAsciiDigit)))
        {
            if (files.ReadLine($"/proc/{pid}/comm") is { Length: > 0 } comm)
            {
                names.Add(comm);
            }
        }

        return names;
    }
}

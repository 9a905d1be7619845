using System.Diagnostics;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Linux;

/// <summary>Installed packages: dpkg (dpkg-query, or its status file when the tool is missing) and rpm when present.</summary>
internal static class LinuxPackages
{
    private static readonly string[] s_toolDirectories = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"];

    public const string DpkgFormat = "${Package}\\t${Version}\\t${Maintainer}\\t${db:Status-Abbrev}\\n";

    public static List<AgentSoftwareDto>? Collect(LinuxFiles files, bool runCommands)
    {
        List<AgentSoftwareDto>? result = null;
        if (files.FileExists("/var/lib/dpkg/status"))
        {
            var output = runCommands && files.Root == "/" ? Run("dpkg-query", "-W", "-f", DpkgFormat) : null;
            result = output is not null ? ParseDpkgQuery(output) : ParseDpkgStatus(files.ReadText("/var/lib/dpkg/status") ?? "");
        }

        if (runCommands && files.Root == "/" && Run("rpm", "-qa", "--qf", "%{NAME}\\t%{VERSION}-%{RELEASE}\\t%{VENDOR}\\n") is { } rpm)
        {
            result ??= [];
            result.AddRange(ParseTabbed(rpm, requireInstalled: false));
        }

        return result;
    }

    /// <summary>Lines of name, version, maintainer, status ("ii " is installed).</summary>
    public static List<AgentSoftwareDto> ParseDpkgQuery(string output) => ParseTabbed(output, requireInstalled: true);

    /// <summary>/var/lib/dpkg/status: RFC 822-style stanzas; only "install ok installed" ones count.</summary>
    public static List<AgentSoftwareDto> ParseDpkgStatus(string text)
    {
        var result = new List<AgentSoftwareDto>();
        foreach (var stanza in text.Replace("\r", "", StringComparison.Ordinal).Split("\n\n"))
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in stanza.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && !char.IsWhiteSpace(line[0]))
                {
                    fields.TryAdd(line[..colon], line[(colon + 1)..].Trim());
                }
            }

            if (fields.TryGetValue("Package", out var name) && fields.GetValueOrDefault("Status")?.EndsWith(" installed", StringComparison.Ordinal) == true
                && fields.GetValueOrDefault("Status")?.StartsWith("install ", StringComparison.Ordinal) == true)
            {
                result.Add(new AgentSoftwareDto(name, fields.GetValueOrDefault("Version"), Publisher(fields.GetValueOrDefault("Maintainer"))));
            }
        }

        return result;
    }

    private static List<AgentSoftwareDto> ParseTabbed(string output, bool requireInstalled)
    {
        var result = new List<AgentSoftwareDto>();
        foreach (var line in output.Split('\n'))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Length == 0 || (requireInstalled && (parts.Length < 4 || !parts[3].StartsWith("ii", StringComparison.Ordinal))))
            {
                continue;
            }

            result.Add(new AgentSoftwareDto(parts[0], parts[1].Length == 0 ? null : parts[1], parts.Length > 2 ? Publisher(parts[2]) : null));
        }

        return result;
    }

    /// <summary>"Debian Glibc Maintainers &lt;debian-glibc@…&gt;" → the name; an address alone is kept as it is.</summary>
    private static string? Publisher(string? maintainer)
    {
        if (string.IsNullOrWhiteSpace(maintainer) || maintainer == "(none)")
        {
            return null;
        }

        var lt = maintainer.IndexOf('<', StringComparison.Ordinal);
        var name = lt > 0 ? maintainer[..lt].Trim() : maintainer.Trim();
        return name.Length == 0 ? maintainer.Trim() : name;
    }

    /// <summary>Runs a tool if it exists; null when it does not or fails. Output is read fully before waiting (no pipe deadlock).</summary>
    internal static string? Run(string tool, params string[] args)
    {
        var path = s_toolDirectories.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = "C.UTF-8";
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

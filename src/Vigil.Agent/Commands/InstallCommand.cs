using Vigil.Agent.Configuration;
using Vigil.Agent.Service;
using Vigil.Agent.Transport;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Commands;

/// <summary>
/// Enrols with a one-time token, writes the configuration (with the credential) to a file only root/SYSTEM and
/// administrators can read, and registers the service. The credential is never printed.
/// </summary>
internal static class InstallCommand
{
    private static readonly HashSet<string> s_values = ["--server", "--token", "--pin-sha256", "--config-dir", "--unit-dir"];
    private static readonly HashSet<string> s_flags = ["--allow-http", "--no-service"];

    public static async Task<int> RunAsync(IEnumerable<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var a = AgentArguments.Parse(args, s_values, s_flags, stderr);
        if (a is null || a["--server"] is not { } serverText || a["--token"] is not { } token)
        {
            stderr.WriteLine("vigil-agent install: --server URL and --token TOKEN are required.");
            return AgentApplication.Usage;
        }

        if (!Uri.TryCreate(serverText, UriKind.Absolute, out var server))
        {
            stderr.WriteLine($"vigil-agent install: '{serverText}' is not an absolute URL.");
            return AgentApplication.Usage;
        }

        var configDir = a["--config-dir"] ?? AgentPaths.DefaultConfigDirectory;
        var clock = TimeProvider.System;
        EnrolResponseDto enrolled;
        try
        {
            using var http = AgentHttp.Create(server, a.Has("--allow-http"), a["--pin-sha256"], TimeSpan.FromSeconds(60));
            var identity = CollectorFactory.ForThisMachine(clock).Collect();
            var request = new EnrolRequestDto(token, identity.Hostname ?? Environment.MachineName, identity.SmbiosUuid, AgentInfo.Version, AgentInfo.Platform);
            enrolled = await new AgentClient(http).EnrolAsync(request, ct);
        }
        catch (AgentTransportException e)
        {
            stderr.WriteLine("vigil-agent install: " + e.Message);
            return AgentApplication.Failed;
        }
        catch (HttpRequestException e)
        {
            stderr.WriteLine("vigil-agent install: " + e.Message);
            return AgentApplication.Failed;
        }

        var config = new AgentConfig
        {
            ServerUrl = server,
            AgentId = enrolled.AgentId,
            Credential = enrolled.Credential,
            UnitCode = enrolled.UnitCode,
            UnitName = enrolled.UnitName,
            PinSha256 = CertificatePin.Normalise(a["--pin-sha256"]),
            AllowHttp = a.Has("--allow-http"),
            HeartbeatSeconds = enrolled.HeartbeatSeconds,
            InventoryHours = enrolled.InventoryHours,
            SpoolDirectory = AgentPaths.DefaultSpoolDirectory(configDir),
        };
        AgentConfigStore.Save(configDir, config);
        stdout.WriteLine($"Enrolled as agent {enrolled.AgentId} in unit {enrolled.UnitCode} ({enrolled.UnitName}).");
        stdout.WriteLine($"Configuration: {AgentPaths.ConfigFile(configDir)}");
        if (a.Has("--no-service"))
        {
            stdout.WriteLine($"Service: not installed (--no-service); run: vigil-agent run --config-dir {configDir}");
        }
        else if (OperatingSystem.IsWindows())
        {
            stdout.WriteLine("Service: " + WindowsServiceInstaller.Install(configDir));
        }
        else
        {
            stdout.WriteLine("Service: " + SystemdService.Install(a["--unit-dir"] ?? SystemdService.DefaultUnitDirectory, configDir));
        }

        return AgentApplication.Ok;
    }
}

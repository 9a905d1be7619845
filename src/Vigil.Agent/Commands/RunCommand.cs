using Vigil.Agent.Configuration;
using Vigil.Agent.Isolation;
using Vigil.Agent.Running;
using Vigil.Agent.Service;
using Vigil.Agent.Spool;
using Vigil.Agent.Transport;

namespace Vigil.Agent.Commands;

/// <summary>The foreground loop that the service runs; stops cleanly on Ctrl+C, SIGTERM or a service stop.</summary>
internal static class RunCommand
{
    private static readonly HashSet<string> s_values = ["--config-dir"];
    private static readonly HashSet<string> s_flags = ["--once", "--service"];

    public static async Task<int> RunAsync(IEnumerable<string> args, TextWriter stderr, CancellationToken ct)
    {
        var a = AgentArguments.Parse(args, s_values, s_flags, stderr);
        if (a is null)
        {
            return AgentApplication.Usage;
        }

        var configDir = a["--config-dir"] ?? AgentPaths.DefaultConfigDirectory;
        var config = AgentConfigStore.Load(configDir);
        if (config is null)
        {
            stderr.WriteLine($"vigil-agent run: no configuration in {configDir}; run 'vigil-agent install' first.");
            return AgentApplication.Failed;
        }

        var clock = TimeProvider.System;
        var log = new AgentLog(stderr, clock);
        HttpClient http;
        try
        {
            http = AgentHttp.Create(config.ServerUrl, config.AllowHttp, config.PinSha256);
        }
        catch (AgentTransportException e)
        {
            log.Error(e.Message);
            return AgentApplication.Failed;
        }

        using (http)
        {
            var spool = new InventorySpool(config.SpoolDirectory ?? AgentPaths.DefaultSpoolDirectory(configDir), log, clock);
            var isolation = new IsolationController(HostFirewalls.ForThisMachine(), new IsolationStateStore(AgentPaths.DefaultStateDirectory(configDir)),
                ServerProbe.For(config.ServerUrl, config.AllowHttp, config.PinSha256), log, clock);
            var runner = new AgentRunner(config, spool, new AgentClient(http, config.Credential), CollectorFactory.ForThisMachine(clock), log, clock, isolation);
            log.Info($"vigil-agent {AgentInfo.Version} started for {config.ServerUrl} (agent {config.AgentId}, unit {config.UnitCode})");
            if (a.Has("--service") && OperatingSystem.IsWindows())
            {
                return WindowsServiceHost.Run(token => runner.RunAsync(once: false, token)) ? WindowsServiceHost.ExitCode : AgentApplication.Failed;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
            {
                c.Cancel = true;
                stop.Cancel();
            });
            using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c =>
            {
                c.Cancel = true;
                stop.Cancel();
            });
            var code = await runner.RunAsync(a.Has("--once"), stop.Token);
            log.Info($"vigil-agent stopped ({code})");
            return code;
        }
    }
}

using Vigil.Agent.Configuration;
using Vigil.Agent.Isolation;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Commands;

/// <summary>
/// <c>vigil-agent isolation status|release|apply|reapply</c>: the operator's hands on the host when the server cannot
/// be reached (release an isolation locally, see what is in force), and the same code path the service uses.
/// </summary>
internal static class IsolationCommand
{
    private static readonly HashSet<string> s_values = ["--config-dir", "--state-dir", "--server", "--extra", "--reason"];
    private static readonly HashSet<string> s_flags = ["--allow-http", "--no-dhcp"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (args.Count == 0 || args[0] is not ("status" or "release" or "apply" or "reapply"))
        {
            stderr.WriteLine("vigil-agent isolation: status, release, apply or reapply expected.");
            return AgentApplication.Usage;
        }

        var a = AgentArguments.Parse(args.Skip(1), s_values, s_flags, stderr);
        if (a is null)
        {
            return AgentApplication.Usage;
        }

        var configDir = a["--config-dir"] ?? AgentPaths.DefaultConfigDirectory;
        var config = AgentConfigStore.Load(configDir);
        var stateDir = a["--state-dir"] ?? AgentPaths.DefaultStateDirectory(configDir);
        Uri? server = null;
        if (a["--server"] is { } text && !Uri.TryCreate(text, UriKind.Absolute, out server))
        {
            stderr.WriteLine($"vigil-agent isolation: '{text}' is not a URL.");
            return AgentApplication.Usage;
        }

        server ??= config?.ServerUrl;
        var allowHttp = a.Has("--allow-http") || config?.AllowHttp == true;
        var log = new AgentLog(stderr, TimeProvider.System);
        var probe = server is null ? (_ => Task.FromResult<string?>("no server known")) : ServerProbe.For(server, allowHttp, config?.PinSha256);
        var controller = new IsolationController(HostFirewalls.ForThisMachine(), new IsolationStateStore(stateDir), probe, log, TimeProvider.System);
        try
        {
            switch (args[0])
            {
                case "status":
                    return await StatusAsync(controller, stateDir, stdout, ct);
                case "release":
                    var released = await controller.ReleaseAsync(ct);
                    stdout.WriteLine(released.Detail);
                    return released.Succeeded ? AgentApplication.Ok : AgentApplication.Failed;
                case "reapply":
                    var reapplied = await controller.ReapplyAsync(ct);
                    stdout.WriteLine(reapplied.Detail);
                    return AgentApplication.Ok;
                default:
                    if (server is null)
                    {
                        stderr.WriteLine("vigil-agent isolation apply: no server known; give --server URL or --config-dir of an installed agent.");
                        return AgentApplication.Usage;
                    }

                    var extra = (a["--extra"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                    var isolated = await controller.IsolateAsync(new IsolationCommandDto(a["--reason"] ?? "operator", null, extra, !a.Has("--no-dhcp")), server, null, ct);
                    (isolated.Succeeded ? stdout : stderr).WriteLine(isolated.Detail);
                    return isolated.Succeeded ? AgentApplication.Ok : AgentApplication.Failed;
            }
        }
        catch (InvalidDataException e)
        {
            stderr.WriteLine($"vigil-agent isolation: {e.Message}");
            return AgentApplication.Failed;
        }
    }

    private static async Task<int> StatusAsync(IsolationController controller, string stateDir, TextWriter stdout, CancellationToken ct)
    {
        var state = controller.Load();
        var active = await controller.IsActiveAsync(ct);
        var rules = active switch { true => "in force", false => "not in force", _ => "unknown" };
        if (state is null)
        {
            stdout.WriteLine($"not isolated (state directory {stateDir}); firewall rules: {rules}");
            return AgentApplication.Ok;
        }

        stdout.WriteLine($"isolated since {state.AppliedAt:u}; reason: {state.Reason}; incident: {state.IncidentId?.ToString() ?? "-"}");
        stdout.WriteLine($"allowed: {string.Join(", ", state.ServerAddresses)} port {state.ServerPort}; DNS: {string.Join(", ", state.DnsServers)}; DHCP: {state.AllowDhcp}");
        stdout.WriteLine($"firewall rules: {rules}");
        return AgentApplication.Ok;
    }
}

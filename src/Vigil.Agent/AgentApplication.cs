using Vigil.Agent.Commands;

namespace Vigil.Agent;

/// <summary>Entry logic of <c>vigil-agent</c>, separate from Program so tests run it in-process with their own writers.</summary>
internal static class AgentApplication
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public const string UsageText = """
        Usage:
          vigil-agent install --server URL --token TOKEN [--pin-sha256 HASH] [--allow-http]
                              [--config-dir DIR] [--unit-dir DIR] [--no-service]
                                          Enrol this computer and install the service (as root / Administrator)
          vigil-agent run [--config-dir DIR] [--once]
                                          Run in the foreground (what the service runs); --once: one cycle, then exit
          vigil-agent uninstall [--config-dir DIR] [--unit-dir DIR]
                                          Remove the service, the configuration and the spool
          vigil-agent inventory [--json] [--recorded-windows DIR]
                                          Print what the agent collects on this computer
          vigil-agent isolation status|release|reapply [--config-dir DIR] [--state-dir DIR]
          vigil-agent isolation apply [--config-dir DIR | --server URL [--allow-http]] [--state-dir DIR]
                                      [--extra ADDR,ADDR] [--reason TEXT] [--no-dhcp]
                                          See or lift this computer's network isolation locally (as root /
                                          Administrator), e.g. when the server cannot be reached
          vigil-agent --version
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        switch (args)
        {
            case ["--version"]:
                stdout.WriteLine($"vigil-agent {AgentInfo.Version}");
                return Ok;
            case ["--help" or "-h" or "help"]:
                stdout.WriteLine(UsageText);
                return Ok;
            case ["install", .. var rest]:
                return await InstallCommand.RunAsync(rest, stdout, stderr, ct);
            case ["run", .. var rest]:
                return await RunCommand.RunAsync(rest, stderr, ct);
            case ["uninstall", .. var rest]:
                return UninstallCommand.Run(rest, stdout, stderr);
            case ["isolation", .. var rest]:
                return await IsolationCommand.RunAsync(rest, stdout, stderr, ct);
            case ["inventory", .. var rest]:
                return InventoryCommand.Run(rest, stdout, stderr);
            default:
                stderr.WriteLine(args.Length == 0 ? "vigil-agent: a command is required." : $"vigil-agent: unknown command '{args[0]}'.");
                stderr.WriteLine(UsageText);
                return Usage;
        }
    }
}

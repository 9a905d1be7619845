namespace Vigil.Agent.Service;

/// <summary>How the service manager starts this very program, whether it runs as an apphost or via "dotnet x.dll".</summary>
internal static class AgentExecutable
{
    public static IReadOnlyList<string> Command()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell this program's path.");
        var name = Path.GetFileNameWithoutExtension(process);
        return name.Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? [process, Path.Combine(AppContext.BaseDirectory, "vigil-agent.dll")]
            : [process];
    }
}

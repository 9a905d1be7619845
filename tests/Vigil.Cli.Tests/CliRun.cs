namespace Vigil.Cli.Tests;

/// <summary>What one run of the CLI wrote and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun InProcess(params string[] args) => InProcessWithInput("", args);

    public static CliRun InProcessWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApplication.Run(args, input, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "units", name);

    public static string CiscoFixture(string relative) => Path.Combine(AppContext.BaseDirectory, "fixtures", "cisco", relative);
}

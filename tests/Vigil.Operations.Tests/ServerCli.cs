using System.Diagnostics;

namespace Vigil.Operations.Tests;

/// <summary>Runs <c>dotnet vigil-server.dll backup|restore …</c> to completion.</summary>
public static class ServerCli
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError)
    {
        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout: {StandardOutput}{Environment.NewLine}stderr: {StandardError}";
    }

    public static async Task<Outcome> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(ServerProcess.StartInfo(workingDirectory, args)) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vigil-server {string.Join(' ', args)} did not finish: {await stdout} {await stderr}");
        }

        return new Outcome(process.ExitCode, (await stdout).Trim(), (await stderr).Trim());
    }
}

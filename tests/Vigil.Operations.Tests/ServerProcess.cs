using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vigil.Operations.Tests;

/// <summary>
/// One real vigil-server running as its own OS process (<c>dotnet vigil-server.dll</c>) on a free loopback port,
/// with its console output captured so that a failing assertion can show what the server said.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminPassword = "Operations-Test-Pass-1";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
    }

    public Uri BaseAddress { get; }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "vigil-server.dll");

    /// <summary>Starts a server and returns once GET /readyz answers "Healthy".</summary>
    public static async Task<ServerProcess> StartAsync(string workingDirectory, string name, params string[] storageArgs)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        string[] args =
        [
            "--urls", baseAddress.ToString().TrimEnd('/'),
            $"--Vigil:AdminPassword={AdminPassword}",
            $"--Vigil:InstanceName={name}",
            "--Jobs:PollInterval=00:00:00.200",
            "--Jobs:Intervals:prune-job-history=00:00:01",
            .. storageArgs,
        ];
        var server = new ServerProcess(Launch(workingDirectory, args), baseAddress, name);
        server.Pump();
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Kills the process and its children at once, as a power cut or kill -9 would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the server to shut down (SIGTERM, as systemd would) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            await KillAsync();
            return;
        }

        // Signalled directly, never through a shell or the kill program, so that only this process is addressed.
        if (NativeMethods.kill(_process.Id, NativeMethods.SIGTERM) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed.{Environment.NewLine}{Describe()}");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not stop within 30 s of SIGTERM.{Environment.NewLine}{Describe()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
    }

    public string Describe() => $"--- {Name} ({BaseAddress}) output ---{Environment.NewLine}{Output}";

    internal static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The test host's own environment must not leak into the server (it would pick Development settings).
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        info.Environment.Remove("VIGIL_ADMIN_PASSWORD");
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    private static Process Launch(string workingDirectory, string[] args)
    {
        if (!File.Exists(ServerDll))
        {
            throw new InvalidOperationException($"{ServerDll} is missing; the Server project's output should be copied next to the tests.");
        }

        return Process.Start(StartInfo(workingDirectory, args)) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private void Pump()
    {
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        var last = "no answer yet";
        while (stopwatch.Elapsed < s_startTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready.{Environment.NewLine}{Describe()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && body == "Healthy")
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {body}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException e)
            {
                last = e.Message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready within {s_startTimeout} (last: {last}).{Environment.NewLine}{Describe()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

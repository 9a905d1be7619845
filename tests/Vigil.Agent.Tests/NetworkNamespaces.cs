using System.Diagnostics;
using System.Text;

namespace Vigil.Agent.Tests;

/// <summary>
/// Three network namespaces for isolation tests: "endpoint" linked by veth pairs to "server" (10.77.1.1) and "other"
/// (10.77.2.1), each of the two running an HTTP responder on port 8080. Names carry a random suffix so parallel runs
/// do not meet; Dispose stops the responders and deletes the namespaces (their veths go with them), also after a failure.
/// </summary>
internal sealed class NetworkNamespaces : IDisposable
{
    public const string ServerAddress = "10.77.1.1";
    public const string OtherAddress = "10.77.2.1";

    private readonly List<Process> _responders = [];
    private readonly string _id = Guid.NewGuid().ToString("N")[..6];

    public NetworkNamespaces()
    {
        try
        {
            foreach (var ns in new[] { Endpoint, Server, Other })
            {
                Ip("netns", "add", ns);
                Ip("-n", ns, "link", "set", "lo", "up");
            }

            Link(Server, "s", "10.77.1.2/24", "10.77.1.1/24");
            Link(Other, "o", "10.77.2.2/24", "10.77.2.1/24");
            _responders.Add(Responder(Server, ServerAddress));
            _responders.Add(Responder(Other, OtherAddress));
            for (var i = 0; i < 60 && !(Reachable(ServerAddress) && Reachable(OtherAddress)); i++)
            {
                Thread.Sleep(250);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Endpoint => $"vgl{_id}e";

    public string Server => $"vgl{_id}s";

    public string Other => $"vgl{_id}o";

    /// <summary>A new HTTP request from "endpoint" gets an answer.</summary>
    public bool Reachable(string address) =>
        Run("ip", "netns", "exec", Endpoint, "curl", "-s", "-o", "/dev/null", "-m", "3", $"http://{address}:8080/").Code == 0;

    /// <summary>A program run inside "endpoint".</summary>
    public (int Code, string Output) InEndpoint(params string[] command) => Run(["ip", "netns", "exec", Endpoint, .. command]);

    public static (int Code, string Output) Run(params string[] command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    public void Dispose()
    {
        foreach (var responder in _responders)
        {
            if (!responder.HasExited)
            {
                responder.Kill(entireProcessTree: true);
                responder.WaitForExit();
            }

            responder.Dispose();
        }

        _responders.Clear();
        foreach (var ns in new[] { Endpoint, Server, Other })
        {
            Run("ip", "netns", "del", ns);
        }
    }

    private static void Ip(params string[] args)
    {
        var (code, output) = Run(["ip", .. args]);
        Assert.True(code == 0, $"ip {string.Join(' ', args)} failed: {output}");
    }

    private void Link(string peer, string tag, string endpointAddress, string peerAddress)
    {
        var near = $"v{_id}e{tag}";
        var far = $"v{_id}{tag}e";
        Ip("link", "add", near, "netns", Endpoint, "type", "veth", "peer", "name", far, "netns", peer);
        Ip("-n", Endpoint, "addr", "add", endpointAddress, "dev", near);
        Ip("-n", peer, "addr", "add", peerAddress, "dev", far);
        Ip("-n", Endpoint, "link", "set", near, "up");
        Ip("-n", peer, "link", "set", far, "up");
    }

    private static Process Responder(string ns, string address)
    {
        var start = new ProcessStartInfo("ip") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "netns", "exec", ns, "python3", "-m", "http.server", "8080", "--bind", address })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

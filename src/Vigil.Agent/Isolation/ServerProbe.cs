using Vigil.Agent.Transport;

namespace Vigil.Agent.Isolation;

/// <summary>
/// "Is the server still reachable?" after new rules: a fresh connection (name resolution, TCP, TLS with the pin)
/// to the server's health endpoint, like the agent's own calls. Any HTTP answer counts: it proves the path, not the server's health.
/// </summary>
internal static class ServerProbe
{
    public static Func<CancellationToken, Task<string?>> For(Uri server, bool allowHttp, string? pin) => async ct =>
    {
        using var http = AgentHttp.Create(server, allowHttp, pin, TimeSpan.FromSeconds(10));
        try
        {
            using var response = await http.GetAsync("healthz", ct);
            return null;
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "timed out";
        }
    };
}

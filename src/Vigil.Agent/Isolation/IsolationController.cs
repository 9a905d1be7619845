using System.Net;
using System.Net.NetworkInformation;
using Vigil.Contracts.Agent;
using Vigil.Domain.Isolation;

namespace Vigil.Agent.Isolation;

/// <summary>
/// Isolate, release and re-apply, the same for the heartbeat commands and the operator subcommands. Isolating is
/// apply → check the server is still reachable through the new rules → keep (persist) or roll back; so a wrong policy
/// can never leave a machine cut off from the server that would release it.
/// </summary>
internal sealed class IsolationController(IHostFirewall firewall, IsolationStateStore store, Func<CancellationToken, Task<string?>> probe, AgentLog log, TimeProvider clock)
{
    /// <returns>Success and a one-line detail for the command result.</returns>
    public async Task<(bool Succeeded, string Detail)> IsolateAsync(IsolationCommandDto command, Uri serverUrl, Guid? commandId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(serverUrl);
        var addresses = new List<IPAddress>();
        try
        {
            addresses.AddRange(serverUrl.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
                ? [IPAddress.Parse(serverUrl.DnsSafeHost)]
                : await Dns.GetHostAddressesAsync(serverUrl.DnsSafeHost, ct));
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return (false, $"the server name {serverUrl.DnsSafeHost} does not resolve ({e.Message}); nothing changed");
        }

        foreach (var extra in command.ExtraAddresses ?? [])
        {
            if (!IPAddress.TryParse(extra, out var ip))
            {
                return (false, $"extra address '{extra}' is not an IP address; nothing changed");
            }

            addresses.Add(ip);
        }

        var dns = serverUrl.HostNameType == UriHostNameType.Dns ? DnsServers() : [];
        var policy = IsolationPolicy.Create(addresses, serverUrl.Port, dns, command.AllowDhcp);
        if (!policy.IsSuccess)
        {
            return (false, policy.Error!.Message + " Nothing changed.");
        }

        var previous = Load();
        var applied = await firewall.ApplyAsync(policy.Value!, ct);
        if (!applied.Succeeded)
        {
            log.Error($"isolation: {firewall.Name} refused the rules: {applied.Detail}");
            return (false, applied.Detail);
        }

        var problem = await probe(ct);
        if (problem is not null)
        {
            // Back to what was there before: an earlier isolation stays, otherwise the rules go.
            var rollback = previous is not null ? await firewall.ApplyAsync(ToPolicy(previous), ct) : await firewall.RemoveAsync(applied.PreviousState, ct);
            log.Error($"isolation: server unreachable through the new rules ({problem}); rolled back ({rollback.Detail})");
            return (false, $"server unreachable through the isolation rules ({problem}); rolled back: {rollback.Detail}");
        }

        store.Save(new IsolationState
        {
            ServerAddresses = [.. policy.Value!.ServerEndpoints.Select(e => e.Address.ToString())],
            ServerPort = serverUrl.Port,
            DnsServers = [.. policy.Value.DnsServers.Select(a => a.ToString())],
            AllowDhcp = command.AllowDhcp,
            Reason = command.Reason,
            IncidentId = command.IncidentId,
            CommandId = commandId,
            AppliedAt = clock.GetUtcNow().UtcDateTime,
            // Re-isolating keeps the state from before the first isolation, not the isolated one.
            PreviousFirewall = previous is not null ? previous.PreviousFirewall : applied.PreviousState,
        });
        var detail = $"isolated with {firewall.Name}; allowed {string.Join(", ", policy.Value.ServerEndpoints)}"
            + (policy.Value.DnsServers.Count > 0 ? $", DNS {string.Join(", ", policy.Value.DnsServers)}" : "");
        log.Info("isolation: " + detail);
        return (true, detail);
    }

    public async Task<(bool Succeeded, string Detail)> ReleaseAsync(CancellationToken ct)
    {
        IsolationState? state;
        try
        {
            state = store.Load();
        }
        catch (InvalidDataException)
        {
            state = null;
        }

        var removed = await firewall.RemoveAsync(state?.PreviousFirewall, ct);
        if (!removed.Succeeded)
        {
            log.Error($"isolation: release failed: {removed.Detail}");
            return (false, removed.Detail);
        }

        store.Delete();
        log.Info("isolation: released");
        return (true, state is null ? $"no isolation was recorded; {removed.Detail}" : $"released; {removed.Detail}");
    }

    /// <summary>At start: puts a persisted isolation back in force before the agent does anything else.</summary>
    public async Task<(bool Isolated, string Detail)> ReapplyAsync(CancellationToken ct)
    {
        var state = Load();
        if (state is null)
        {
            return (false, "not isolated");
        }

        var applied = await firewall.ApplyAsync(ToPolicy(state), ct);
        var detail = applied.Succeeded ? $"isolation re-applied ({state.Reason})" : $"isolation could not be re-applied: {applied.Detail}";
        if (applied.Succeeded)
        {
            log.Info("isolation: " + detail);
        }
        else
        {
            log.Error("isolation: " + detail);
        }

        return (true, detail);
    }

    public IsolationState? Load() => store.Load();

    public Task<bool?> IsActiveAsync(CancellationToken ct) => firewall.IsActiveAsync(ct);

    private static IsolationPolicy ToPolicy(IsolationState state)
    {
        var policy = IsolationPolicy.Create(state.ServerAddresses.Select(IPAddress.Parse), state.ServerPort, state.DnsServers.Select(IPAddress.Parse), state.AllowDhcp);
        return policy.Value ?? throw new InvalidDataException($"isolation state is invalid: {policy.Error?.Message}");
    }

    /// <summary>
    /// The DNS servers the system uses (resolv.conf on Linux, adapter settings on Windows). A local stub resolver
    /// (systemd-resolved at 127.0.0.53) needs no rule itself but its upstream servers do; they are in its own file.
    /// </summary>
    private static List<IPAddress> DnsServers()
    {
        var servers = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown)
            .SelectMany(n => n.GetIPProperties().DnsAddresses).ToList();
        const string resolved = "/run/systemd/resolve/resolv.conf";
        if (!OperatingSystem.IsWindows() && File.Exists(resolved))
        {
            foreach (var line in File.ReadLines(resolved))
            {
                var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (parts is ["nameserver", var value, ..] && IPAddress.TryParse(value, out var ip))
                {
                    servers.Add(ip);
                }
            }
        }

        return [.. servers.Where(a => !IPAddress.IsLoopback(a)).Distinct()];
    }
}
